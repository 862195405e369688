// Markup followed across windows (issue 21): two sessions on one dossier, on each backend (the
// global `backend` column: a SQLite file, and a database on a throwaway PostgreSQL cluster).
// What one stars and tags, the other shows without opening the dossier again, told only which
// claims changed (SQLite's data_version moves on a markup write; a server's markup write
// notifies the channel the watcher listens to). A notice that brings no new markup, or markup
// that cannot be read, leaves what is shown as it was; markup undo stays with its window.
#include "models/dossier/ChangeDescription.h"
#include "models/session/DossierSession.h"
#include "models/session/MarkupSession.h"
#include "models/store/DossierStore.h"
#include "models/store/OpenStore.h"
#include "tests/support/StoreBackends.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

namespace {

// Generous: a notice comes within a second; this only bounds a failing run.
constexpr int NoticeMs = 10000;

// A window's session and its markup, opened as the window opens them: load, then attach.
struct Window
{
    std::unique_ptr<DossierSession> session;
    std::unique_ptr<MarkupSession> markup;
};

Window opened(const QString &location, const QString &user)
{
    QString error;
    auto store = openStore(location, DossierStore::Access::ReadOnly, &error);
    const auto dataset = store ? store->load(&error) : std::nullopt;
    if (!dataset) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    Window w;
    w.session = std::make_unique<DossierSession>(*dataset);
    if (!w.session->attachStore(location, user, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    w.markup = std::make_unique<MarkupSession>(*w.session);
    return w;
}

QString star(MarkupSession &markup, const QString &id)
{
    return markup.edit(MarkupChange::edit(
        markup.markup(), {id},
        [](ClaimMarkup m) {
            m.key = true;
            return m;
        },
        QStringLiteral("star")));
}

QString tag(MarkupSession &markup, const QString &id, const QString &tag)
{
    return markup.edit(MarkupChange::edit(
        markup.markup(), {id}, [&tag](const ClaimMarkup &m) { return m.withTag(tag, true); },
        QStringLiteral("tag")));
}

} // namespace

class TestMarkupFollow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { StoreBackends::addColumn(); }
    void init();
    void starAndTagReachTheOther();
    void nothingNewChangesNothing();
    void unreadableMarkupStaysShown();
    void undoStaysWithItsWindow();

private:
    QString created();

    StoreBackends m_backends;
};

void TestMarkupFollow::init()
{
    QFETCH_GLOBAL(QString, backend);
    bool skip = false;
    if (const QString why = m_backends.begin(backend, &skip); !why.isEmpty()) {
        if (skip)
            QSKIP(qPrintable(why));
        QFAIL(qPrintable(why));
    }
}

QString TestMarkupFollow::created()
{
    const QString name = QStringLiteral("case.sqlite");
    if (!m_backends.created(name, TestSupport::miniDataset()))
        return {};
    return m_backends.location(name);
}

// A stars c2 and tags c3; B, left to its event loop, shows both, told of those claims alone.
void TestMarkupFollow::starAndTagReachTheOther()
{
    const QString location = created();
    Window a = opened(location, QStringLiteral("alice"));
    Window b = opened(location, QStringLiteral("bob"));
    QVERIFY(a.session && b.session);
    QSignalSpy told(b.markup.get(), &MarkupSession::changed);
    QSignalSpy reset(b.markup.get(), &MarkupSession::reset);

    QCOMPARE(star(*a.markup, QStringLiteral("c2")), QString());
    QTRY_VERIFY_WITH_TIMEOUT(b.markup->markup().of(QStringLiteral("c2")).key, NoticeMs);
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.first().first().toStringList(), QStringList{QStringLiteral("c2")});

    QCOMPARE(tag(*a.markup, QStringLiteral("c3"), QStringLiteral("funding")), QString());
    QTRY_VERIFY_WITH_TIMEOUT(
        b.markup->markup().of(QStringLiteral("c3")).hasTag(QStringLiteral("funding")), NoticeMs);
    QCOMPARE(told.size(), 2);
    QCOMPARE(told.last().first().toStringList(), QStringList{QStringLiteral("c3")});
    QVERIFY(b.markup->markup() == a.markup->markup());
    // Never read whole again, and nothing on B's undo stack.
    QCOMPARE(reset.size(), 0);
    QCOMPARE(b.session->undoStack()->count(), 0);
}

// Another window's evidence edit moves the store, and a server notifies this window of its
// own markup write: the markup read again is the same, and no view is told anything.
void TestMarkupFollow::nothingNewChangesNothing()
{
    const QString location = created();
    Window a = opened(location, QStringLiteral("alice"));
    Window b = opened(location, QStringLiteral("bob"));
    QVERIFY(a.session && b.session);
    QSignalSpy toldA(a.markup.get(), &MarkupSession::changed);
    QSignalSpy toldB(b.markup.get(), &MarkupSession::changed);
    QSignalSpy noticesA(a.session.get(), &DossierSession::storeChanged);
    QSignalSpy noticesB(b.session.get(), &DossierSession::storeChanged);
    QCOMPARE(star(*a.markup, QStringLiteral("c1")), QString());
    QCOMPARE(toldA.size(), 1); // the edit itself
    QTRY_VERIFY_WITH_TIMEOUT(b.markup->markup().of(QStringLiteral("c1")).key, NoticeMs);
    QCOMPARE(toldB.size(), 1);
    if (!m_backends.isSqlite()) // its own notice reaches A's watcher too
        QTRY_VERIFY_WITH_TIMEOUT(noticesA.size() >= 1, NoticeMs);
    const qsizetype seenByB = noticesB.size();

    const int claim = a.session->dataset().claimIndex(QStringLiteral("c4"));
    const Claim before = a.session->dataset().claims[claim];
    Claim after = before;
    after.statement += QStringLiteral(" (again)");
    QVERIFY(a.session->edit(Change::edit(before, after, ChangeDescription::ofEdit(before, after)))
                .isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(noticesB.size() > seenByB, NoticeMs);
    QCOMPARE(b.session->dataset().claims[claim].statement, after.statement);
    QCOMPARE(toldA.size(), 1);
    QCOMPARE(toldB.size(), 1);
    QVERIFY(b.markup->markup().of(QStringLiteral("c1")).key);
}

// B's markup cannot be read for a while (a table taken away): what it shows stays, and the
// notice is not lost on the evidence.
void TestMarkupFollow::unreadableMarkupStaysShown()
{
    const QString location = created();
    Window a = opened(location, QStringLiteral("alice"));
    Window b = opened(location, QStringLiteral("bob"));
    QVERIFY(a.session && b.session);
    QCOMPARE(tag(*a.markup, QStringLiteral("c5"), QStringLiteral("land")), QString());
    QTRY_VERIFY_WITH_TIMEOUT(
        b.markup->markup().of(QStringLiteral("c5")).hasTag(QStringLiteral("land")), NoticeMs);
    const Markup shown = b.markup->markup();
    QString error;
    QVERIFY2(m_backends.exec(QStringLiteral("case.sqlite"),
                             QStringLiteral("ALTER TABLE markup_claim_tags RENAME TO away"),
                             &error),
             qPrintable(error));
    QSignalSpy toldB(b.markup.get(), &MarkupSession::changed);
    QSignalSpy refused(b.markup.get(), &MarkupSession::refused);
    QSignalSpy noticesB(b.session.get(), &DossierSession::storeChanged);

    const int claim = a.session->dataset().claimIndex(QStringLiteral("c2"));
    const Claim before = a.session->dataset().claims[claim];
    Claim after = before;
    after.statement += QStringLiteral(" (checked)");
    QVERIFY(a.session->edit(Change::edit(before, after, ChangeDescription::ofEdit(before, after)))
                .isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(b.session->dataset().claims[claim].statement == after.statement,
                             NoticeMs);
    QVERIFY(noticesB.size() >= 1);
    QVERIFY(b.markup->markup() == shown);
    QCOMPARE(toldB.size(), 0);
    QCOMPARE(refused.size(), 0); // no message box for a read nobody asked for
}

// Each window's undo takes back its own markup edit, which the other then follows; a window
// never undoes the other's.
void TestMarkupFollow::undoStaysWithItsWindow()
{
    const QString location = created();
    Window a = opened(location, QStringLiteral("alice"));
    Window b = opened(location, QStringLiteral("bob"));
    QVERIFY(a.session && b.session);
    const QString c1 = QStringLiteral("c1");
    const QString c2 = QStringLiteral("c2");
    const QString issue = QStringLiteral("timeline");
    QCOMPARE(star(*a.markup, c1), QString());
    QTRY_VERIFY_WITH_TIMEOUT(b.markup->markup().of(c1).key, NoticeMs);
    QCOMPARE(tag(*b.markup, c2, issue), QString());
    QTRY_VERIFY_WITH_TIMEOUT(a.markup->markup().of(c2).hasTag(issue), NoticeMs);
    QCOMPARE(a.session->undoStack()->count(), 1);
    QCOMPARE(b.session->undoStack()->count(), 1);

    a.session->undoStack()->undo(); // A's star
    QVERIFY(!a.markup->markup().of(c1).key);
    QVERIFY(a.markup->markup().of(c2).hasTag(issue));
    QTRY_VERIFY_WITH_TIMEOUT(!b.markup->markup().of(c1).key, NoticeMs);
    QVERIFY(b.markup->markup().of(c2).hasTag(issue));

    b.session->undoStack()->undo(); // B's tag
    QTRY_VERIFY_WITH_TIMEOUT(!a.markup->markup().of(c2).hasTag(issue), NoticeMs);
    QVERIFY(b.markup->markup().isEmpty());
    QVERIFY(a.markup->markup().isEmpty());
    QVERIFY(!a.session->undoStack()->canUndo());
    QVERIFY(!b.session->undoStack()->canUndo());
}

QTEST_MAIN(TestMarkupFollow)
#include "tst_markupfollow.moc"
