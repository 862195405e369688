#pragma once

#include <QString>
#include <QStringList>

/// The claim kinds of the authoring format: the one list the validator admits and the views
/// show, in the order they show it (resources/dataset/FORMAT.md says the same; a test keeps the
/// two in step).
namespace ClaimKinds {

/// event, allegation, response, figure, context, policy, analysis.
const QStringList &known();
/// Position in known(), or known().size() for an unknown kind.
int order(const QString &kind);
/// Translated display name ("Allegation"); an unknown kind is shown as written.
QString label(const QString &kind);

} // namespace ClaimKinds
