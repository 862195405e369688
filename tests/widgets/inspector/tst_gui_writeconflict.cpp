// Two windows on one SQLite file change the same claim: the second is refused, and the
// WriteConflictDialog shows theirs and mine side by side as a reader reads them (plain text,
// the differing fields first and marked, the same ones folded, who changed it and when); each
// of its choices does what it says through the session's write path.
#include "app/window/ConflictActions.h"
#include "models/data/ClaimDate.h"
#include "models/data/TextUtil.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/session/DossierSession.h"
#include "models/session/WriteConflictFields.h"
#include "models/store/DatasetStore.h"
#include "models/store/OpenStore.h"
#include "models/viewmodels/PlainText.h"
#include "tests/support/TestSupport.h"
#include "widgets/inspector/WriteConflictDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QWidget>
#include <QtTest>

namespace {

Claim restated(Claim c, const QString &statement)
{
    c.statement = statement;
    return c;
}

const Claim &claimOf(const DossierSession &session, const QString &id)
{
    return session.dataset().claims[session.dataset().claimIndex(id)];
}

Claim redated(Claim c, const PartialDate &date, const QString &kind)
{
    c.date = date;
    c.kind = kind;
    return c;
}

// The row of `field` in the dialog's table; -1 when there is none.
int rowOf(const QTableWidget *table, const QString &field)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == field)
            return row;
    return -1;
}

const QString Theirs = QStringLiteral("Theirs: <b>not bold</b> & more.");

} // namespace

class TestGuiWriteConflict : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void staleEditShowsTheirsAndMine();
    void differingFieldsFirstInWords();
    void hostileTextStaysPlain_data();
    void hostileTextStaysPlain();
    void saysWhoChangedItAndWhen();
    void buttonsChoose_data();
    void buttonsChoose();
    void keepTheirsWritesNothing();
    void applyMineOnTopIsOneMoreUndoableEdit();
    void editMineWritesTheEditedClaim();
    void undoOverTheirEditIsAConflict();

private:
    std::unique_ptr<DossierSession> opened(const QString &user);
    /// Alice writes Theirs to c1; Bob, not yet shown it, writes "Mine." from what he read.
    /// The conflict Bob's window is told of.
    std::optional<WriteConflict> conflicted();
    /// Alice writes `theirs` over c1; Bob, not yet shown it, writes `mine` from what he read.
    std::optional<WriteConflict> conflicted(const Claim &theirs, const Claim &mine);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<DossierSession> m_alice, m_bob;
};

void TestGuiWriteConflict::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = m_dir->filePath(QStringLiteral("d.sqlite"));
    QString error;
    DatasetStore store;
    QVERIFY2(store.open(m_location, DatasetStore::Mode::ReadWrite, &error), qPrintable(error));
    QVERIFY2(store.importDataset(TestSupport::miniDataset(), QStringLiteral("mini"),
                                 QStringLiteral("m"), &error),
             qPrintable(error));
    m_alice = opened(QStringLiteral("alice"));
    m_bob = opened(QStringLiteral("bob"));
    QVERIFY(m_alice && m_bob);
}

std::unique_ptr<DossierSession> TestGuiWriteConflict::opened(const QString &user)
{
    QString error;
    auto store = openStore(m_location, DossierStore::Access::ReadOnly, &error);
    auto session = std::make_unique<DossierSession>(*store->load(&error));
    if (!session->attachStore(m_location, user, &error))
        return nullptr;
    return session;
}

std::optional<WriteConflict> TestGuiWriteConflict::conflicted()
{
    const Claim c1 = claimOf(*m_bob, QStringLiteral("c1"));
    return conflicted(restated(c1, Theirs), restated(c1, QStringLiteral("Mine.")));
}

std::optional<WriteConflict> TestGuiWriteConflict::conflicted(const Claim &theirs,
                                                              const Claim &mine)
{
    const Claim c1 = claimOf(*m_bob, QStringLiteral("c1"));
    if (!m_alice->edit(Change::edit(c1, theirs, QStringLiteral("Theirs"))).isEmpty())
        return std::nullopt;
    QSignalSpy told(m_bob.get(), &DossierSession::writeConflict);
    if (m_bob->edit(Change::edit(c1, mine, QStringLiteral("Mine"))).isEmpty())
        return std::nullopt;
    // Until the dialog's signal comes, whoever reports the refusal knows to leave it to it.
    if (!m_bob->conflictPending())
        return std::nullopt;
    if (!told.wait(5000) || told.size() != 1 || m_bob->conflictPending())
        return std::nullopt;
    return told.first().first().value<WriteConflict>();
}

void TestGuiWriteConflict::staleEditShowsTheirsAndMine()
{
    const auto conflict = conflicted();
    QVERIFY(conflict);
    QCOMPARE(claimOf(*m_bob, QStringLiteral("c1")).statement, Theirs);
    QCOMPARE(m_bob->undoStack()->count(), 0);
    QCOMPARE(conflict->missed().id, QStringLiteral("c1"));
    QVERIFY(conflict->theirs && conflict->mineRecord());

    WriteConflictDialog dialog(*conflict, m_bob->dataset());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The one field that differs, alone at the top, marked, theirs beside mine.
    const QTableWidget *differing = dialog.differingTable();
    QCOMPARE(differing->rowCount(), 1);
    QCOMPARE(differing->item(0, 0)->text(), QStringLiteral("Statement"));
    QCOMPARE(differing->item(0, 1)->text(), Theirs); // as written, never as HTML
    QCOMPARE(differing->item(0, 2)->text(), QStringLiteral("Mine."));
    QVERIFY(differing->item(0, 0)->font().bold());
    QVERIFY(differing->isVisible());
    QVERIFY(differing->mapTo(&dialog, QPoint()).y() <
            dialog.sameToggle()->mapTo(&dialog, QPoint()).y());
    // The eight others folded under one line until asked for.
    const QTableWidget *same = dialog.sameTable();
    QCOMPARE(same->rowCount(), 8);
    QVERIFY(!same->isVisible());
    QVERIFY2(dialog.sameToggle()->text().contains(QLatin1String("8")),
             qPrintable(dialog.sameToggle()->text()));
    QTest::mouseClick(dialog.sameToggle(), Qt::LeftButton);
    QVERIFY(same->isVisible());
    const int id = rowOf(same, QStringLiteral("Identifier"));
    QVERIFY(id >= 0);
    QCOMPARE(same->item(id, 1)->text(), QStringLiteral("c1"));
    QVERIFY(!same->item(id, 0)->font().bold());
    QTest::mouseClick(dialog.sameToggle(), Qt::LeftButton);
    QVERIFY(!same->isVisible());
    QVERIFY(dialog.editMineButton()->isEnabled()); // a claim: the editor can open on mine
}

// Theirs moved the date and the kind, mine the statement: all three first, in the format's
// order, each in words, and the actors and the quote the same, by name and by source.
void TestGuiWriteConflict::differingFieldsFirstInWords()
{
    const Claim c1 = claimOf(*m_bob, QStringLiteral("c1"));
    const Claim theirs =
        redated(c1, PartialDate::fromYearMonth(2019, 3), QStringLiteral("allegation"));
    const auto conflict = conflicted(theirs, restated(c1, QStringLiteral("Mine.")));
    QVERIFY(conflict);
    const QList<ConflictField> fields = WriteConflictFields::of(*conflict, m_bob->dataset());
    QCOMPARE(fields.size(), 9);
    QCOMPARE(fields.first().field, QStringLiteral("date"));
    for (int i = 0; i < fields.size(); ++i)
        QCOMPARE(fields[i].differs, i < 3);
    WriteConflictDialog dialog(*conflict, m_bob->dataset());
    const QTableWidget *differing = dialog.differingTable();
    QCOMPARE(differing->rowCount(), 3);
    QCOMPARE(differing->item(0, 0)->text(), QStringLiteral("Date"));
    QCOMPARE(differing->item(0, 1)->text(), ClaimDate::longText(theirs));
    QVERIFY(differing->item(0, 1)->text().contains(QLatin1String("2019")));
    QVERIFY(!differing->item(0, 1)->text().contains(QLatin1String("2019-03")));
    QCOMPARE(differing->item(0, 2)->text(), ClaimDate::longText(c1));
    QCOMPARE(differing->item(1, 0)->text(), QStringLiteral("Kind"));
    QCOMPARE(differing->item(1, 1)->text(), QStringLiteral("Allegation"));
    QCOMPARE(differing->item(1, 2)->text(), QStringLiteral("Event"));
    QCOMPARE(differing->item(2, 0)->text(), QStringLiteral("Statement"));
    const QTableWidget *same = dialog.sameTable();
    QCOMPARE(same->rowCount(), 6);
    const int actors = rowOf(same, QStringLiteral("Actors"));
    QVERIFY(actors >= 0);
    QCOMPARE(same->item(actors, 1)->text(), QStringLiteral("Jeanne Dupont (founder), Acme"));
    const int citations = rowOf(same, QStringLiteral("Citations"));
    QVERIFY(citations >= 0);
    QCOMPARE(same->item(citations, 1)->text(),
             QStringLiteral("“Acme, a été fondée en 2015 par Jeanne Dupont” — Courrier du Test, "
                            "March 2024, paragraph 2"));
    const int claimant = rowOf(same, QStringLiteral("Claimant"));
    QVERIFY(claimant >= 0);
    QCOMPARE(same->item(claimant, 1)->text(), QStringLiteral("reported as fact"));
    for (int row = 0; row < same->rowCount(); ++row)
        QVERIFY(!same->item(row, 1)->text().contains(u'{'));
}

void TestGuiWriteConflict::hostileTextStaysPlain_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("html") << QStringLiteral("<img src=x><b>bold</b>&amp;");
    QTest::newRow("direction override")
        << (QStringLiteral("abc ") + QChar(0x202E) + QStringLiteral("evil") + QChar(0x202C));
    QTest::newRow("right to left and html")
        << (QString(QChar(0x05D0)) + QStringLiteral(" <i>x</i> ") + QChar(0x202B) + QChar(0x05D1) +
            QChar(0x202C));
}

void TestGuiWriteConflict::hostileTextStaysPlain()
{
    QFETCH(QString, statement);
    const Claim c1 = claimOf(*m_bob, QStringLiteral("c1"));
    const auto conflict = conflicted(restated(c1, statement), restated(c1, QStringLiteral("M.")));
    QVERIFY(conflict);
    WriteConflictDialog dialog(*conflict, m_bob->dataset());
    const QTableWidget *differing = dialog.differingTable();
    QCOMPARE(differing->rowCount(), 1);
    const QTableWidgetItem *theirs = differing->item(0, 1);
    QCOMPARE(theirs->text(), TextUtil::isolated(statement));
    QCOMPARE(theirs->toolTip(), PlainText::forAutoText(TextUtil::isolated(statement)));
}

void TestGuiWriteConflict::saysWhoChangedItAndWhen()
{
    const auto conflict = conflicted();
    QVERIFY(conflict);
    QWidget window;
    ConflictActions actions(*m_bob, &window);
    const auto theirs = actions.theirChange(*conflict);
    QVERIFY(theirs);
    QCOMPARE(theirs->user, QStringLiteral("alice"));
    WriteConflictDialog dialog(*conflict, m_bob->dataset(), theirs);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.theirChangeLabel()->isVisible());
    QVERIFY2(dialog.theirChangeLabel()->text().contains(QLatin1String("alice")),
             qPrintable(dialog.theirChangeLabel()->text()));
    QCOMPARE(dialog.theirChangeLabel()->textFormat(), Qt::PlainText);
    WriteConflictDialog unknown(*conflict, m_bob->dataset());
    unknown.show();
    QVERIFY(QTest::qWaitForWindowExposed(&unknown));
    QVERIFY(!unknown.theirChangeLabel()->isVisible());
}

void TestGuiWriteConflict::buttonsChoose_data()
{
    QTest::addColumn<int>("button");
    QTest::addColumn<WriteConflictDialog::Choice>("choice");
    QTest::addColumn<int>("result");
    QTest::newRow("keep theirs") << 0 << WriteConflictDialog::Choice::KeepTheirs
                                 << int(QDialog::Rejected);
    QTest::newRow("apply mine") << 1 << WriteConflictDialog::Choice::ApplyMine
                                << int(QDialog::Accepted);
    QTest::newRow("edit mine") << 2 << WriteConflictDialog::Choice::EditMine
                               << int(QDialog::Accepted);
}

void TestGuiWriteConflict::buttonsChoose()
{
    QFETCH(int, button);
    QFETCH(WriteConflictDialog::Choice, choice);
    QFETCH(int, result);
    const auto conflict = conflicted();
    QVERIFY(conflict);
    WriteConflictDialog dialog(*conflict, m_bob->dataset());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *buttons[] = {dialog.keepTheirsButton(), dialog.applyMineButton(),
                              dialog.editMineButton()};
    QTest::mouseClick(buttons[button], Qt::LeftButton);
    QCOMPARE(dialog.choice(), choice);
    QCOMPARE(dialog.result(), result);
    QVERIFY(!dialog.isVisible());
}

void TestGuiWriteConflict::keepTheirsWritesNothing()
{
    const auto conflict = conflicted();
    QVERIFY(conflict);
    const quint64 revision = m_bob->store()->revision();
    QWidget window;
    ConflictActions actions(*m_bob, &window);
    QVERIFY(actions.resolve(*conflict, WriteConflictDialog::Choice::KeepTheirs).isEmpty());
    QCOMPARE(m_bob->store()->revision(), revision);
    QCOMPARE(claimOf(*m_bob, QStringLiteral("c1")).statement, Theirs);
    QCOMPARE(m_bob->undoStack()->count(), 0);
}

void TestGuiWriteConflict::applyMineOnTopIsOneMoreUndoableEdit()
{
    const auto conflict = conflicted();
    QVERIFY(conflict);
    QWidget window;
    ConflictActions actions(*m_bob, &window);
    QVERIFY(actions.resolve(*conflict, WriteConflictDialog::Choice::ApplyMine).isEmpty());
    QCOMPARE(claimOf(*m_bob, QStringLiteral("c1")).statement, QStringLiteral("Mine."));
    QCOMPARE(m_bob->undoStack()->count(), 1);
    QTRY_COMPARE(claimOf(*m_alice, QStringLiteral("c1")).statement, QStringLiteral("Mine."));
    // Undoing it gives theirs back, not what Bob first read.
    m_bob->undoStack()->undo();
    QCOMPARE(claimOf(*m_bob, QStringLiteral("c1")).statement, Theirs);
    QTRY_COMPARE(claimOf(*m_alice, QStringLiteral("c1")).statement, Theirs);
}

void TestGuiWriteConflict::editMineWritesTheEditedClaim()
{
    const auto conflict = conflicted();
    QVERIFY(conflict);
    QWidget window;
    ConflictActions actions(*m_bob, &window);
    const quint64 revision = m_bob->store()->revision();
    QVERIFY(actions.resolve(*conflict, WriteConflictDialog::Choice::EditMine).isEmpty());
    QCOMPARE(m_bob->store()->revision(), revision); // the editor cancelled: nothing
    const Claim edited =
        restated(std::get<Claim>(*conflict->mineRecord()), QStringLiteral("Mine, edited."));
    QVERIFY(actions.resolve(*conflict, WriteConflictDialog::Choice::EditMine, edited).isEmpty());
    QCOMPARE(claimOf(*m_bob, QStringLiteral("c1")).statement, QStringLiteral("Mine, edited."));
    QCOMPARE(m_bob->store()->revision(), revision + 1);
}

// Alice's undo of her edit after Bob changed the claim again is a conflict too: shown, with
// Bob's version as theirs and hers from before as mine.
void TestGuiWriteConflict::undoOverTheirEditIsAConflict()
{
    const Claim c1 = claimOf(*m_alice, QStringLiteral("c1"));
    const Claim alices = restated(c1, QStringLiteral("Alice's."));
    QVERIFY(m_alice->edit(Change::edit(c1, alices, QStringLiteral("A"))).isEmpty());
    QTRY_COMPARE(claimOf(*m_bob, QStringLiteral("c1")).statement, alices.statement);
    QVERIFY(m_bob
                ->edit(Change::edit(alices, restated(c1, QStringLiteral("Bob's.")),
                                    QStringLiteral("B")))
                .isEmpty());
    QSignalSpy told(m_alice.get(), &DossierSession::writeConflict);
    m_alice->undoStack()->undo();
    QVERIFY(told.wait(5000));
    const auto conflict = told.first().first().value<WriteConflict>();
    QCOMPARE(std::get<Claim>(*conflict.theirs).statement, QStringLiteral("Bob's."));
    QCOMPARE(std::get<Claim>(*conflict.mineRecord()).statement, c1.statement);
    QCOMPARE(claimOf(*m_alice, QStringLiteral("c1")).statement, QStringLiteral("Bob's."));
}

QTEST_MAIN(TestGuiWriteConflict)
#include "tst_gui_writeconflict.moc"
