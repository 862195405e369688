// Preferences, themes and recent databases (dropped files: tst_gui_import).
#include "app/window/MainWindow.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "tests/app/window/WindowFixture.h"
#include "tests/support/TestSupport.h"
#include "widgets/shell/AppSettings.h"
#include "widgets/shell/PreferencesDialog.h"
#include "widgets/shell/Theme.h"
#include "widgets/timeline/TimelineChart.h"
#include "widgets/timeline/TimelineStyle.h"
#include "widgets/views/CitationPanel.h"
#include "widgets/views/Dashboard.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <qcustomplot.h>

class TestPreferences final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void dialogSavesEveryChoice();
    void themeAppliesAtOnce_data();
    void themeAppliesAtOnce();
    void darknessIsTheContentArea_data();
    void darknessIsTheContentArea();
    void pageSizeFollowsThePreference();
    void startWithAllClaims();
    void recentDatabasesKeepEightMostRecentFirst();

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_files;
    Dataset m_dataset;
};

void TestPreferences::initTestCase()
{
    WindowFixture::isolateSettings(m_settings);
    m_dataset = TestSupport::miniDataset();
}

void TestPreferences::init()
{
    QSettings().clear();
}

void TestPreferences::cleanupTestCase()
{
    Theme::apply(AppSettings::Theme::System);
}

void TestPreferences::dialogSavesEveryChoice()
{
    PreferencesDialog dialog;
    dialog.corpusEdit()->setText(m_files.path());
    dialog.pageSizeBox()->setCurrentIndex(int(AppSettings::PageSize::Letter));
    dialog.startFilterBox()->setCurrentIndex(int(AppSettings::StartFilter::AllClaims));
    dialog.languageBox()->setCurrentIndex(int(AppSettings::Language::French));
    dialog.themeBox()->setCurrentIndex(int(AppSettings::Theme::Dark));
    QSignalSpy corpus(&dialog, &PreferencesDialog::corpusChanged);
    dialog.save();
    QCOMPARE(AppSettings::corpusPath(), m_files.path());
    QCOMPARE(corpus.count(), 1);
    QCOMPARE(AppSettings::pageSize(), AppSettings::PageSize::Letter);
    QCOMPARE(AppSettings::startFilter(), AppSettings::StartFilter::AllClaims);
    QCOMPARE(AppSettings::language(), AppSettings::Language::French);
    QCOMPARE(AppSettings::theme(), AppSettings::Theme::Dark);
    QVERIFY(Theme::isDark(QApplication::palette()));
    // Reopened, the dialog shows what was saved.
    PreferencesDialog again;
    QCOMPARE(again.themeBox()->currentIndex(), int(AppSettings::Theme::Dark));
    QCOMPARE(again.languageBox()->currentIndex(), int(AppSettings::Language::French));
    Theme::apply(AppSettings::Theme::Light);
}

void TestPreferences::themeAppliesAtOnce_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<bool>("dark");
    QTest::newRow("dark") << int(AppSettings::Theme::Dark) << true;
    QTest::newRow("light") << int(AppSettings::Theme::Light) << false;
}

void TestPreferences::themeAppliesAtOnce()
{
    QFETCH(int, theme);
    QFETCH(bool, dark);
    auto window = WindowFixture::openWindow(m_dataset);
    QVERIFY(window);
    Dashboard *d = window->dashboard();
    d->selection()->setCurrentClaim(0);
    Theme::apply(AppSettings::Theme(theme));
    QCoreApplication::processEvents();
    QCustomPlot *plot = d->chart()->plot();
    QCOMPARE(Theme::isDark(plot->palette()), dark);
    // The chart's background and tick labels come from the palette: readable either way.
    const QColor base = plot->palette().color(QPalette::Base);
    QCOMPARE(plot->xAxis->tickLabelColor(), plot->palette().color(QPalette::Text));
    QVERIFY(std::abs(plot->xAxis->tickLabelColor().lightness() - base.lightness()) > 120);
    // The quote block's fill follows too (dark fill on a dark theme).
    const QString html = d->citationPanel()->browser()->toHtml();
    QVERIFY2(html.contains(dark ? QStringLiteral("#34302a") : QStringLiteral("#f4f1ea")),
             qPrintable(html.mid(html.indexOf(QStringLiteral("<body")), 1500)));
}

void TestPreferences::darknessIsTheContentArea_data()
{
    QTest::addColumn<bool>("darkContent");
    QTest::newRow("dark content in a light frame") << true;
    QTest::newRow("light content in a dark frame") << false;
}

// A platform theme may pair a light window frame with dark content, or the reverse. What is
// painted on the content (the citation panel's blocks, the timeline's lanes) must contrast
// with the content: one definition of darkness, read by both.
void TestPreferences::darknessIsTheContentArea()
{
    QFETCH(bool, darkContent);
    const QPalette light = Theme::lightPalette();
    const QPalette dark = Theme::darkPalette();
    QPalette mixed = darkContent ? light : dark;
    for (QPalette::ColorRole role : {QPalette::Base, QPalette::Text})
        mixed.setColor(role, (darkContent ? dark : light).color(role));
    QCOMPARE(Theme::isDark(mixed), darkContent);
    QCOMPARE(TimelineStyle::laneColor(mixed, true),
             TimelineStyle::laneColor(darkContent ? dark : light, true));
    auto window = WindowFixture::openWindow(m_dataset);
    QVERIFY(window);
    window->dashboard()->selection()->setCurrentClaim(0);
    CitationPanel *panel = window->dashboard()->citationPanel();
    panel->setPalette(mixed);
    const QString html = panel->browser()->toHtml();
    QVERIFY2(html.contains(darkContent ? QStringLiteral("#34302a") : QStringLiteral("#f4f1ea")),
             qPrintable(html.mid(html.indexOf(QStringLiteral("<body")), 1500)));
}

void TestPreferences::pageSizeFollowsThePreference()
{
    AppSettings::setPageSize(AppSettings::PageSize::Letter);
    QCOMPARE(AppSettings::resolvedPageSize().id(), QPageSize::Letter);
    AppSettings::setPageSize(AppSettings::PageSize::A4);
    QCOMPARE(AppSettings::resolvedPageSize().id(), QPageSize::A4);
}

void TestPreferences::startWithAllClaims()
{
    ClaimFilter narrowed;
    narrowed.actors = {m_dataset.actors.first().id};
    QSettings().setValue(AppSettings::FilterKey, FilterState::toVariantMap(narrowed));
    {
        auto window = WindowFixture::openWindow(m_dataset);
        QVERIFY(!window->dashboard()->filter()->filter().isEmpty()); // restored by default
        window->dashboard()->filter()->setFilter(narrowed);
        window->close();
    }
    AppSettings::setStartFilter(AppSettings::StartFilter::AllClaims);
    auto window = WindowFixture::openWindow(m_dataset);
    QVERIFY(window->dashboard()->filter()->filter().isEmpty());
}

void TestPreferences::recentDatabasesKeepEightMostRecentFirst()
{
    for (int i = 0; i < 10; ++i)
        AppSettings::addRecentDatabase(m_files.filePath(QStringLiteral("db%1.sqlite").arg(i)));
    AppSettings::addRecentDatabase(m_files.filePath(QStringLiteral("db5.sqlite")));
    const QStringList recent = AppSettings::recentDatabases();
    QCOMPARE(recent.size(), AppSettings::MaxRecentDatabases);
    QCOMPARE(recent.first(), m_files.filePath(QStringLiteral("db5.sqlite")));
    QCOMPARE(recent.at(1), m_files.filePath(QStringLiteral("db9.sqlite")));
    QCOMPARE(recent.count(m_files.filePath(QStringLiteral("db5.sqlite"))), 1);
}

QTEST_MAIN(TestPreferences)
#include "tst_gui_preferences.moc"
