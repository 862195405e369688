#pragma once

#include "widgets/shell/AppSettings.h"

#include <QLocale>

/// The interface's language: English or French (Qt Linguist files embedded under :/i18n).
namespace Translations {

/// The locale the interface uses for a choice. "System" keeps the system locale when it is
/// French or English and falls back to English otherwise (there is no other translation).
QLocale localeFor(AppSettings::Language choice);
/// Makes the locale the default one (dates, numbers) and installs our translator, and Qt's
/// own when it is installed, on the application. Call once, before any widget exists.
QLocale install(AppSettings::Language choice);
/// The French translation of the interface, as shipped (for tests and tools).
inline const QString FrenchQm = QStringLiteral(":/i18n/dossier_fr.qm");

} // namespace Translations
