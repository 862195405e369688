// The interface in French: every visible string is translated, and the .ts files are complete.
#include "app/window/MainWindow.h"
#include "models/data/ActorRoles.h"
#include "models/data/ClaimKinds.h"
#include "tests/app/window/WindowFixture.h"
#include "tests/support/TestSupport.h"
#include "widgets/shell/AboutText.h"
#include "widgets/shell/PreferencesDialog.h"
#include "widgets/shell/ShortcutsDialog.h"
#include "widgets/shell/Translations.h"
#include "widgets/views/Dashboard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Shown
{
    QString where;
    QString text;
};

/// Words that are the same in both languages: checked by hand, not a way around the test.
const QSet<QString> &sameInBothLanguages()
{
    static const QSet<QString> words = {
        QStringLiteral("Dossier"), QStringLiteral("Citations"), QStringLiteral("Sources"),
        QStringLiteral("Source"),  QStringLiteral("Date"),      QStringLiteral("Corpus"),
        QStringLiteral("Article"), QStringLiteral("Menu"),      QStringLiteral("Action"),
        QStringLiteral("A4"),      QStringLiteral("OK"),        QStringLiteral("Qt"),
        QStringLiteral("English"), QStringLiteral("Français"),  QStringLiteral("Description")};
    return words;
}

QString plain(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    return text.remove(QLatin1Char('&')).trimmed();
}

void add(QList<Shown> *out, const QString &where, const QString &text)
{
    const QString t = plain(text);
    if (!t.isEmpty())
        out->append({where, t});
}

/// Everything a user can read in a widget tree and its actions, in a stable order.
QList<Shown> shownTexts(QWidget *root)
{
    QList<Shown> out;
    QList<QWidget *> widgets{root};
    widgets += root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const QString where = QString::fromLatin1(w->metaObject()->className());
        // Qt's own widgets (dock title buttons) are translated by Qt's catalogue, not ours.
        if (where == QLatin1String("QDockWidgetTitleButton"))
            continue;
        if (w->isWindow() || qobject_cast<QDockWidget *>(w))
            add(&out, where + QStringLiteral(" title"), w->windowTitle());
        add(&out, where + QStringLiteral(" tooltip"), w->toolTip());
        add(&out, where + QStringLiteral(" status tip"), w->statusTip());
        add(&out, where + QStringLiteral(" accessible name"), w->accessibleName());
        add(&out, where + QStringLiteral(" accessible description"), w->accessibleDescription());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(&out, where, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(&out, where, button->text());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(&out, where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            add(&out, where + QStringLiteral(" special value"), spin->specialValueText());
        if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                add(&out, where + QStringLiteral(" item"), combo->itemText(i));
        if (auto *menu = qobject_cast<QMenu *>(w))
            add(&out, where + QStringLiteral(" title"), menu->title());
        if (auto *browser = qobject_cast<QTextBrowser *>(w))
            add(&out, where, browser->toPlainText());
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model())
            for (int c = 0; c < view->model()->columnCount(); ++c)
                add(&out, where + QStringLiteral(" header"),
                    view->model()->headerData(c, Qt::Horizontal).toString());
    }
    for (QAction *a : root->findChildren<QAction *>()) {
        add(&out, QStringLiteral("QAction"), a->text());
        add(&out, QStringLiteral("QAction tooltip"), a->toolTip());
        add(&out, QStringLiteral("QAction status tip"), a->statusTip());
    }
    return out;
}

} // namespace

class TestI18n final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void frenchTranslationIsEmbedded();
    void mainWindowIsFrench();
    void dialogsAreFrench();
    void claimKindsAndAboutAreFrench();
    void datesFollowTheLocale();
    void englishPluralsWhateverTheLocale();

private:
    QStringList untranslated(const QList<Shown> &english, const QList<Shown> &french) const;
    void installFrench();
    void removeFrench();

    QTemporaryDir m_settings;
    Dataset m_dataset;
    QStringList m_dataTexts;
    QTranslator m_french;
};

void TestI18n::initTestCase()
{
    WindowFixture::isolateSettings(m_settings);
    m_dataset = TestSupport::miniDataset();
    // Strings that come from the dataset are data, the same in every language.
    m_dataTexts << m_dataset.info.title;
    for (const Actor &a : m_dataset.actors)
        m_dataTexts << a.name << a.aliases << a.description;
    for (const Source &s : m_dataset.sources)
        m_dataTexts << s.label << s.title << s.outlet << s.author << s.notes;
    for (const Claim &c : m_dataset.claims)
        m_dataTexts << c.statement << c.id;
    m_dataTexts.removeIf([](const QString &s) { return s.size() < 3; });
    QVERIFY(m_french.load(Translations::FrenchQm));
}

void TestI18n::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("French") << QStringLiteral(DOSSIER_TS_DIR "/dossier_fr.ts");
    QTest::newRow("English (plural forms)") << QStringLiteral(DOSSIER_TS_DIR "/dossier_en.ts");
}

void TestI18n::tsFileIsComplete()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file));
    QXmlStreamReader xml(&ts);
    QString context, source;
    QStringList problems;
    int messages = 0;
    const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    const auto placeholders = [&](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured(0);
        found.sort();
        found.removeDuplicates();
        return found;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString where = context + QStringLiteral(": ") + source;
            if (!type.isEmpty())
                problems << QStringLiteral("%1 (%2)").arg(where, type);
            QStringList forms;
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    forms << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (forms.isEmpty())
                forms << text;
            // A plural form says one or many: "(s)" is what a missing translation shows.
            if (forms.size() > 1 && forms.join(QString()).contains(QStringLiteral("(s)")))
                problems << QStringLiteral("%1 (a plural form keeps \"(s)\")").arg(where);
            for (const QString &form : std::as_const(forms)) {
                if (form.trimmed().isEmpty())
                    problems << QStringLiteral("%1 (empty)").arg(where);
                else if (placeholders(form) != placeholders(source) &&
                         !(placeholders(source).contains(QStringLiteral("%n"))))
                    problems << QStringLiteral("%1 (placeholders differ: %2)").arg(where, form);
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 400, qPrintable(QString::number(messages)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestI18n::frenchTranslationIsEmbedded()
{
    QCOMPARE(m_french.language(), QStringLiteral("fr_FR"));
    QCOMPARE(m_french.translate("ClaimFilter", "All claims"),
             QStringLiteral("Toutes les affirmations"));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/dossier_en.qm")));
}

void TestI18n::installFrench()
{
    QCoreApplication::installTranslator(&m_french);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

void TestI18n::removeFrench()
{
    QCoreApplication::removeTranslator(&m_french);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

QStringList TestI18n::untranslated(const QList<Shown> &english, const QList<Shown> &french) const
{
    QStringList out;
    if (english.size() != french.size()) {
        out << QStringLiteral("%1 strings in English, %2 in French: the windows differ")
                   .arg(english.size())
                   .arg(french.size());
        return out;
    }
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]{2,}"));
    for (int i = 0; i < english.size(); ++i) {
        const QString &en = english[i].text;
        if (en != french[i].text || !en.contains(letters))
            continue;
        if (sameInBothLanguages().contains(en) ||
            std::any_of(m_dataTexts.cbegin(), m_dataTexts.cend(),
                        [&en](const QString &data) { return en.contains(data); }))
            continue;
        out << QStringLiteral("%1: “%2”").arg(english[i].where, en);
    }
    return out;
}

void TestI18n::mainWindowIsFrench()
{
    removeFrench();
    auto english = WindowFixture::openWindow(m_dataset);
    QVERIFY(english);
    const QList<Shown> en = shownTexts(english.get());
    english.reset();
    installFrench();
    auto french = WindowFixture::openWindow(m_dataset);
    QVERIFY(french);
    const QList<Shown> fr = shownTexts(french.get());
    french.reset();
    removeFrench();
    QVERIFY(en.size() > 100);
    const QStringList missing = untranslated(en, fr);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("Not translated:\n") + missing.join(QLatin1Char('\n'))));
}

void TestI18n::dialogsAreFrench()
{
    const auto texts = [this] {
        auto window = WindowFixture::openWindow(m_dataset);
        PreferencesDialog preferences;
        ShortcutsDialog shortcuts(window->menuBar());
        QList<Shown> out = shownTexts(&preferences);
        out += shownTexts(&shortcuts);
        for (int r = 0; r < shortcuts.table()->rowCount(); ++r)
            for (int c = 0; c < 2; ++c)
                add(&out, QStringLiteral("shortcut row"), shortcuts.table()->item(r, c)->text());
        return out;
    };
    removeFrench();
    const QList<Shown> en = texts();
    installFrench();
    const QList<Shown> fr = texts();
    removeFrench();
    const QStringList missing = untranslated(en, fr);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("Not translated:\n") + missing.join(QLatin1Char('\n'))));
}

void TestI18n::claimKindsAndAboutAreFrench()
{
    removeFrench();
    QStringList en;
    for (const QString &kind : ClaimKinds::known())
        en << ClaimKinds::label(kind);
    for (const QString &role : ActorRoles::known())
        en << ActorRoles::label(role);
    en << AboutText::sources() << AboutText::about(m_dataset, QString());
    installFrench();
    QStringList fr;
    for (const QString &kind : ClaimKinds::known())
        fr << ClaimKinds::label(kind);
    for (const QString &role : ActorRoles::known())
        fr << ActorRoles::label(role);
    fr << AboutText::sources() << AboutText::about(m_dataset, QString());
    removeFrench();
    QCOMPARE(fr.size(), en.size());
    for (int i = 0; i < en.size(); ++i)
        QVERIFY2(en[i] != fr[i], qPrintable(en[i]));
    QVERIFY(fr.contains(QStringLiteral("Accusation")));
    QVERIFY(fr.contains(QStringLiteral("demandeur")));
    // A role the vocabulary does not know is data: shown as written, in any language.
    QCOMPARE(ActorRoles::label(QStringLiteral("<b>witness</b>")), QStringLiteral("<b>witness</b>"));
}

// In English, under any system locale (the C locale of a bare terminal or CI included), a
// count reads "1 claim", "2 claims": never "2 claim(s)".
void TestI18n::englishPluralsWhateverTheLocale()
{
    removeFrench();
    const QLocale locale = Translations::install(AppSettings::Language::System);
    const auto added = QCoreApplication::instance()->findChildren<QTranslator *>();
    const QString one = QCoreApplication::translate("TimelineChart", "%n claim(s)", nullptr, 1);
    const QString two = QCoreApplication::translate("TimelineChart", "%n claim(s)", nullptr, 2);
    for (QTranslator *t : added) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (locale.language() == QLocale::French)
        QSKIP("the system language is French");
    QCOMPARE(one, QStringLiteral("1 claim"));
    QCOMPARE(two, QStringLiteral("2 claims"));
}

void TestI18n::datesFollowTheLocale()
{
    const QLocale french(QLocale::French, QLocale::France);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(PartialDate::parse(u"2024-03").toDisplayString(french), QStringLiteral("mars 2024"));
    QCOMPARE(PartialDate::parse(u"2024-03").toDisplayString(english), QStringLiteral("March 2024"));
    QCOMPARE(PartialDate::parse(u"2024-08-05").toDisplayString(french),
             QStringLiteral("5 août 2024"));
    // A year stays a year: no month or day is invented.
    QCOMPARE(PartialDate::parse(u"2019").toDisplayString(french), QStringLiteral("2019"));
}

QTEST_MAIN(TestI18n)
#include "tst_gui_i18n.moc"
