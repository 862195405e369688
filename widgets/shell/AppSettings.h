#pragma once

#include <QPageSize>
#include <QString>
#include <QStringList>

/// Every QSettings key the program uses, and typed access to the user's preferences, in one
/// place. Only widgets and the application read these; models never do.
namespace AppSettings {

inline const QString GeometryKey = QStringLiteral("window/geometry");
inline const QString StateKey = QStringLiteral("window/state");
inline const QString SplitterKey = QStringLiteral("window/splitter");
inline const QString FilterKey = QStringLiteral("dashboard/filter");
inline const QString ModeKey = QStringLiteral("dashboard/reported");
inline const QString GroupingKey = QStringLiteral("dashboard/laneGrouping");
inline const QString LaneOrderKey = QStringLiteral("dashboard/laneOrder");
inline const QString StatementLinesKey = QStringLiteral("dashboard/statementLines");
inline const QString CorpusKey = QStringLiteral("corpus/path");
inline const QString PageSizeKey = QStringLiteral("preferences/pageSize");
inline const QString StartFilterKey = QStringLiteral("preferences/startFilter");
inline const QString ExportPathKey = QStringLiteral("export/lastPath");
inline const QString ExportFormatKey = QStringLiteral("export/format");
inline const QString LanguageKey = QStringLiteral("preferences/language");
inline const QString ThemeKey = QStringLiteral("preferences/theme");
inline const QString RecentKey = QStringLiteral("recent/databases");

constexpr int MaxRecentDatabases = 8;

enum class Theme
{
    System,
    Light,
    Dark
};
enum class Language
{
    System,
    English,
    French
};
enum class PageSize
{
    FromLocale,
    A4,
    Letter
};
enum class StartFilter
{
    RestoreLast,
    AllClaims
};

Theme theme();
void setTheme(Theme theme);
Language language();
void setLanguage(Language language);
PageSize pageSize();
void setPageSize(PageSize size);
/// The page size to print on: the preference, or the locale's usual paper.
QPageSize resolvedPageSize();
StartFilter startFilter();
void setStartFilter(StartFilter filter);
QString corpusPath();
void setCorpusPath(const QString &path);

/// Most recent first, at most MaxRecentDatabases, absolute paths.
QStringList recentDatabases();
/// Puts the path first in the list (moving it if already there).
void addRecentDatabase(const QString &path);

} // namespace AppSettings
