// Two windows on one SQLite file change the same claim: the second is refused, and the
// WriteConflictDialog shows theirs and mine side by side (plain text, the differing fields
// marked); each of its choices does what it says through the session's write path.
#include "app/window/ConflictActions.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/session/DossierSession.h"
#include "models/store/DatasetStore.h"
#include "models/store/OpenStore.h"
#include "tests/support/TestSupport.h"
#include "widgets/inspector/WriteConflictDialog.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
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
    if (!m_alice->edit(Change::edit(c1, restated(c1, Theirs), QStringLiteral("Theirs"))).isEmpty())
        return std::nullopt;
    QSignalSpy told(m_bob.get(), &DossierSession::writeConflict);
    if (m_bob->edit(Change::edit(c1, restated(c1, QStringLiteral("Mine.")), QStringLiteral("Mine")))
            .isEmpty())
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

    WriteConflictDialog dialog(*conflict);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QTableWidget *table = dialog.table();
    const int statement = rowOf(table, QStringLiteral("statement"));
    QVERIFY(statement >= 0);
    QCOMPARE(table->item(statement, 1)->text(), Theirs); // as written, never as HTML
    QCOMPARE(table->item(statement, 2)->text(), QStringLiteral("Mine."));
    QVERIFY(table->item(statement, 0)->font().bold());
    const int id = rowOf(table, QStringLiteral("id"));
    QVERIFY(id >= 0);
    QCOMPARE(table->item(id, 1)->text(), QStringLiteral("c1"));
    QCOMPARE(table->item(id, 2)->text(), QStringLiteral("c1"));
    QVERIFY(!table->item(id, 0)->font().bold());
    QVERIFY(dialog.editMineButton()->isEnabled()); // a claim: the editor can open on mine
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
    WriteConflictDialog dialog(*conflict);
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
