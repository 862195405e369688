#pragma once

#include <QStringList>

/// The roles an actor takes in a claim ("plaintiff", "investor"), as the authoring format lists
/// them (resources/dataset/FORMAT.md; a test keeps the two in step). A role is optional and
/// free text: this list is what authors pick from and what synthetic datasets use, not a rule
/// the validator enforces.
namespace ActorRoles {

const QStringList &known();

} // namespace ActorRoles
