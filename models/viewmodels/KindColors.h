#pragma once

#include <QColor>
#include <QString>

/// The colour each claim kind is drawn in everywhere (timeline, table, legend, printed chart).
/// Presentation, so it lives apart from the kind vocabulary of the core.
namespace KindColors {

QColor color(const QString &kind);

} // namespace KindColors
