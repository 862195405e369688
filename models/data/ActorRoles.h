#pragma once

#include <QStringList>

/// The roles an actor takes in a claim ("plaintiff", "investor"), as the authoring format lists
/// them (resources/dataset/FORMAT.md; a test keeps the two in step). A role is optional and
/// free text: this list is what authors pick from and what synthetic datasets use, not a rule
/// the validator enforces.
namespace ActorRoles {

const QStringList &known();
/// A role as a reader of the interface's language reads it: a known role translated, any other
/// as the dataset writes it (it is data).
QString label(const QString &role);

} // namespace ActorRoles
