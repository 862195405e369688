#include "widgets/shell/AppSettings.h"

#include "models/report/ReportWriter.h"
#include "models/store/OpenStore.h"

#include <QFileInfo>
#include <QSettings>

namespace AppSettings {

namespace {

template <typename E> E readEnum(const QString &key, E fallback, E last)
{
    const int value = QSettings().value(key, int(fallback)).toInt();
    return value >= 0 && value <= int(last) ? E(value) : fallback;
}

template <typename E> void writeEnum(const QString &key, E value)
{
    QSettings().setValue(key, int(value));
}

} // namespace

Theme theme()
{
    return readEnum(ThemeKey, Theme::System, Theme::Dark);
}

void setTheme(Theme theme)
{
    writeEnum(ThemeKey, theme);
}

Language language()
{
    return readEnum(LanguageKey, Language::System, Language::French);
}

void setLanguage(Language language)
{
    writeEnum(LanguageKey, language);
}

PageSize pageSize()
{
    return readEnum(PageSizeKey, PageSize::FromLocale, PageSize::Letter);
}

void setPageSize(PageSize size)
{
    writeEnum(PageSizeKey, size);
}

QPageSize resolvedPageSize()
{
    switch (pageSize()) {
    case PageSize::A4:
        return QPageSize(QPageSize::A4);
    case PageSize::Letter:
        return QPageSize(QPageSize::Letter);
    case PageSize::FromLocale:
        break;
    }
    return ReportWriter::defaultPageSize();
}

StartFilter startFilter()
{
    return readEnum(StartFilterKey, StartFilter::RestoreLast, StartFilter::AllClaims);
}

void setStartFilter(StartFilter filter)
{
    writeEnum(StartFilterKey, filter);
}

QString corpusPath()
{
    return QSettings().value(CorpusKey).toString();
}

void setCorpusPath(const QString &path)
{
    QSettings().setValue(CorpusKey, path);
}

QStringList recentDatabases()
{
    QStringList paths = QSettings().value(RecentKey).toStringList();
    paths.removeAll(QString());
    return paths.mid(0, MaxRecentDatabases);
}

void addRecentDatabase(const QString &path)
{
    // A server is remembered without its password: libpq finds it again in ~/.pgpass.
    const QString absolute =
        isServerLocation(path) ? displayedLocation(path) : QFileInfo(path).absoluteFilePath();
    QSettings settings;
    const QStringList stored = settings.value(RecentKey).toStringList();
    QStringList paths = stored;
    paths.removeAll(QString());
    paths.removeAll(absolute);
    paths.prepend(absolute);
    paths = paths.mid(0, MaxRecentDatabases);
    // Most starts open the same database again: writing the unchanged list would still
    // rewrite and sync the settings file, on the way to the first window.
    if (paths != stored)
        settings.setValue(RecentKey, paths);
}

} // namespace AppSettings
