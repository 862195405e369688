#pragma once

#include <QString>
#include <QStringList>

/// The actor kinds of the authoring format: the one list the validator admits and the views
/// name (resources/dataset/FORMAT.md says the same; a test keeps the two in step).
namespace ActorKinds {

/// person, organization, company, product, court, government, group, media.
const QStringList &known();
/// Translated display name ("person"); an unknown kind is shown as written.
QString label(const QString &kind);

} // namespace ActorKinds
