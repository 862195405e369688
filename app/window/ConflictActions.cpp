#include "app/window/ConflictActions.h"

#include "models/session/DossierSession.h"
#include "models/store/DossierStore.h"
#include "widgets/editing/ClaimEditDialog.h"

#include <QMessageBox>

ConflictActions::ConflictActions(DossierSession &session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
    connect(&session, &DossierSession::writeConflict, this, &ConflictActions::ask);
}

void ConflictActions::ask(const WriteConflict &conflict)
{
    WriteConflictDialog dialog(conflict, m_session.dataset(), theirChange(conflict), m_window);
    dialog.exec();
    std::optional<Claim> edited;
    if (dialog.choice() == WriteConflictDialog::Choice::EditMine) {
        ClaimEditDialog editor(m_session.dataset(), std::get<Claim>(*conflict.mineRecord()),
                               m_window);
        if (editor.exec() == QDialog::Accepted)
            edited = editor.claim();
    }
    const Problems problems = resolve(conflict, dialog.choice(), edited);
    if (problems.isEmpty())
        return;
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    QMessageBox box(QMessageBox::Warning, tr("Edit Refused"), tr("Your version was not saved."),
                    QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    box.exec();
}

std::optional<LoggedChange> ConflictActions::theirChange(const WriteConflict &conflict) const
{
    const DossierStore *store = m_session.store();
    if (!store)
        return std::nullopt;
    QString error;
    // Theirs is what the dataset holds now: the record's last logged change made it so.
    const auto changes = store->history(conflict.missed().table(), conflict.missed().id, &error);
    if (!changes || changes->isEmpty())
        return std::nullopt;
    return changes->last();
}

Problems ConflictActions::resolve(const WriteConflict &conflict, WriteConflictDialog::Choice choice,
                                  const std::optional<Claim> &edited)
{
    Change mine = conflict.mine;
    switch (choice) {
    case WriteConflictDialog::Choice::KeepTheirs:
        return {}; // theirs is in the dataset already; mine was never written
    case WriteConflictDialog::Choice::EditMine:
        if (!edited)
            return {};
        mine.operations[conflict.operation].after = *edited;
        break;
    case WriteConflictDialog::Choice::ApplyMine:
        break;
    }
    const Change onTop = WriteConflict::rebased(mine, m_session.dataset());
    if (onTop.operations.isEmpty())
        return {}; // theirs is mine already
    return m_session.edit(onTop);
}
