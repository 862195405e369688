#include "widgets/shell/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

QLocale localeFor(AppSettings::Language choice)
{
    switch (choice) {
    case AppSettings::Language::English:
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    case AppSettings::Language::French:
        return QLocale(QLocale::French, QLocale::France);
    case AppSettings::Language::System:
        break;
    }
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::French || system.language() == QLocale::English ||
        system.language() == QLocale::C)
        return system;
    return QLocale(QLocale::English);
}

QLocale install(AppSettings::Language choice)
{
    const QLocale locale = localeFor(choice);
    QLocale::setDefault(locale);
    auto *app = QCoreApplication::instance();
    if (!app)
        return locale;
    auto *ours = new QTranslator(app);
    // Under the C locale (a bare terminal, CI) English is loaded all the same: its plural forms
    // are what turn "%n claim(s)" into "1 claim" and "2 claims".
    if (ours->load(locale, QStringLiteral("dossier"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral(":/i18n/dossier_en")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    // Qt's own strings (standard buttons, dialogs) when the qt6-translations-l10n package is
    // installed; without it they stay English.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale;
}

} // namespace Translations
