#pragma once

#include <QString>

/// Display names of the actor kinds of the authoring format (person, company, …).
namespace ActorKinds {

/// Translated display name ("Person"); an unknown kind is shown as written.
QString label(const QString &kind);

} // namespace ActorKinds
