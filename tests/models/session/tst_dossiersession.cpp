// The window's write path: edits validated, applied, undone and redone through the stack.
#include "models/format/DatasetJsonWriter.h"
#include "models/session/DossierSession.h"
#include "tests/support/RandomChanges.h"
#include "tests/support/TestSupport.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

class TestDossierSession final : public QObject
{
    Q_OBJECT
private slots:
    void editUndoRedo();
    void refusedEditLeavesNothing();
    void readOnlyRefusesEverything();
    void undoAllGivesBackTheDataset();
};

void TestDossierSession::editUndoRedo()
{
    DossierSession session(TestSupport::miniDataset());
    const QByteArray original = DatasetJsonWriter::write(session.dataset());
    QSignalSpy changed(&session.dossier(), &Dossier::changed);
    Claim after = session.dataset().claims.first();
    after.statement = QStringLiteral("A statement rewritten.");
    const Claim before = session.dataset().claims.first();
    QVERIFY(session.edit(Change::edit(before, after, QStringLiteral("Change statement of c1")))
                .isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(session.dataset().claims.first().statement, after.statement);
    QCOMPARE(session.undoStack()->count(), 1);
    QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Change statement of c1"));
    std::unique_ptr<QAction> undo(session.undoStack()->createUndoAction(nullptr));
    QVERIFY(undo->text().contains(QStringLiteral("Change statement of c1")));

    session.undoStack()->undo();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(session.dataset().claims.first().statement, before.statement);
    QCOMPARE(DatasetJsonWriter::write(session.dataset()), original);
    QVERIFY(session.undoStack()->canRedo());

    session.undoStack()->redo();
    QCOMPARE(changed.count(), 3);
    QCOMPARE(session.dataset().claims.first().statement, after.statement);
}

void TestDossierSession::refusedEditLeavesNothing()
{
    DossierSession session(TestSupport::miniDataset());
    const QByteArray original = DatasetJsonWriter::write(session.dataset());
    QSignalSpy changed(&session.dossier(), &Dossier::changed);
    Claim after = session.dataset().claims.first();
    after.citations.clear(); // every claim carries a citation
    const Problems problems = session.edit(
        Change::edit(session.dataset().claims.first(), after, QStringLiteral("Uncite")));
    QVERIFY(!problems.isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(session.undoStack()->count(), 0);
    QCOMPARE(DatasetJsonWriter::write(session.dataset()), original);
}

void TestDossierSession::readOnlyRefusesEverything()
{
    DossierSession session(TestSupport::miniDataset());
    QSignalSpy editable(&session, &DossierSession::editableChanged);
    Claim after = session.dataset().claims.first();
    after.statement = QStringLiteral("Changed.");
    QVERIFY(session.edit(Change::edit(session.dataset().claims.first(), after, QStringLiteral("E")))
                .isEmpty());
    session.setReadOnlyReason(QStringLiteral("The file is read-only."));
    QCOMPARE(editable.count(), 1);
    QVERIFY(!session.isEditable());
    after.statement = QStringLiteral("Changed again.");
    const Problems problems =
        session.edit(Change::edit(session.dataset().claims.first(), after, QStringLiteral("E2")));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().message, QStringLiteral("The file is read-only."));
    // Undo is an edit too: refused, said, and the stack stops there.
    QSignalSpy refused(&session, &DossierSession::refused);
    session.undoStack()->undo();
    QCOMPARE(refused.count(), 1);
    QCOMPARE(session.dataset().claims.first().statement, QStringLiteral("Changed."));
}

void TestDossierSession::undoAllGivesBackTheDataset()
{
    DossierSession session(TestSupport::miniDataset());
    const QByteArray original = DatasetJsonWriter::write(session.dataset());
    RandomChanges draw(42);
    int made = 0;
    while (made < 80) {
        std::optional<Change> change = draw.next(session.dataset());
        if (!change)
            continue;
        QVERIFY(session.edit(*change).isEmpty());
        ++made;
    }
    const QByteArray edited = DatasetJsonWriter::write(session.dataset());
    QVERIFY(edited != original);
    while (session.undoStack()->canUndo())
        session.undoStack()->undo();
    QCOMPARE(DatasetJsonWriter::write(session.dataset()), original);
    while (session.undoStack()->canRedo())
        session.undoStack()->redo();
    QCOMPARE(DatasetJsonWriter::write(session.dataset()), edited);
}

QTEST_MAIN(TestDossierSession)
#include "tst_dossiersession.moc"
