#pragma once

#include <QColor>
#include <QString>

/// The colour each claim kind is drawn in everywhere (timeline, table, legend, printed chart).
/// Presentation, so it lives apart from the kind vocabulary of the core.
namespace KindColors {

QColor color(const QString &kind);

/// WCAG 2.1 contrast ratio of two colours, 1 to 21.
double contrast(const QColor &a, const QColor &b);
/// `color` moved toward white on a dark background, toward black on a light one, just far
/// enough to stand `least` : 1 against it (WCAG asks 3:1 of marks): orange and sky blue on white,
/// brown and grey on the dark theme's base, are otherwise too faint to find.
QColor standingOut(const QColor &color, const QColor &background, double least = 3.0);

} // namespace KindColors
