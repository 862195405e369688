#pragma once

#include <QString>
#include <QStringList>

/// The claim kinds of the authoring format, in the order views list them.
namespace ClaimKinds {

/// event, allegation, response, figure, context, policy, analysis.
const QStringList &known();
/// Position in known(), or known().size() for an unknown kind.
int order(const QString &kind);
/// Translated display name ("Allegation").
QString label(const QString &kind);

} // namespace ClaimKinds
