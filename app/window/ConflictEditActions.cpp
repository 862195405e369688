#include "app/window/ConflictEditActions.h"

#include "app/window/EditRefusal.h"
#include "app/window/RecordDeletion.h"

#include "models/dossier/ChangeDescription.h"
#include "models/session/DossierSession.h"
#include "models/viewmodels/ConflictTableModel.h"
#include "widgets/inspector/ConflictDialog.h"
#include "widgets/views/ConflictsView.h"
#include "widgets/views/Dashboard.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>

ConflictEditActions::ConflictEditActions(DossierSession &session, Dashboard &dashboard,
                                         QWidget *window)
    : QObject(window), m_session(session), m_dashboard(dashboard), m_window(window),
      m_editConflict(new QAction(tr("Edit Co&nflict…"), this)),
      m_deleteConflict(new QAction(tr("Delete Con&flict…"), this))
{
    m_editConflict->setObjectName(QStringLiteral("editConflict"));
    m_deleteConflict->setObjectName(QStringLiteral("deleteConflict"));
    connect(m_editConflict, &QAction::triggered, this, &ConflictEditActions::editCurrentConflict);
    connect(m_deleteConflict, &QAction::triggered, this,
            &ConflictEditActions::deleteCurrentConflict);
    // The conflicts view's context menu is its actions: right-clicking a row makes it current.
    QTableView *table = dashboard.conflicts()->table();
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addAction(m_editConflict);
    table->addAction(m_deleteConflict);
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConflictEditActions::updateEnabled);
    connect(table->model(), &QAbstractItemModel::modelReset, this,
            &ConflictEditActions::updateEnabled);
    connect(&session, &DossierSession::editableChanged, this, &ConflictEditActions::updateEnabled);
    connect(&session.dossier(), &Dossier::changed, this, &ConflictEditActions::updateEnabled);
    updateEnabled();
}

void ConflictEditActions::addTo(QMenu *menu) const
{
    menu->addAction(m_editConflict);
    menu->addAction(m_deleteConflict);
}

int ConflictEditActions::currentConflict() const
{
    const QModelIndex current = m_dashboard.conflicts()->table()->currentIndex();
    if (!current.isValid())
        return -1;
    const QVariant conflict = current.data(ConflictTableModel::ConflictRole);
    const int index = conflict.isValid() ? conflict.toInt() : -1;
    return index < m_session.dataset().conflicts.size() ? index : -1;
}

void ConflictEditActions::updateEnabled()
{
    const bool editable = m_session.isEditable();
    const bool current = currentConflict() >= 0;
    const QString why = !editable  ? m_session.readOnlyReason()
                        : !current ? tr("Select a conflict in the conflicts view first")
                                   : QString();
    m_editConflict->setEnabled(editable && current);
    m_deleteConflict->setEnabled(editable && current);
    m_editConflict->setStatusTip(why.isEmpty() ? tr("Edit what the selected conflict is about")
                                               : why);
    m_deleteConflict->setStatusTip(why.isEmpty() ? tr("Delete the selected conflict, keeping its "
                                                      "claims")
                                                 : why);
}

void ConflictEditActions::editCurrentConflict()
{
    const int conflict = currentConflict();
    if (conflict < 0 || !m_session.isEditable())
        return;
    const Dataset &dataset = m_session.dataset();
    const Conflict before = dataset.conflicts[conflict];
    QList<int> claims;
    for (const QString &id : before.claims)
        claims.append(dataset.claimIndex(id));
    ConflictDialog dialog(dataset, claims, m_window);
    dialog.setEditing(before.id, before.about);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Conflict after = before;
    after.about = dialog.about()->text().trimmed();
    if (after == before)
        return;
    const Problems problems =
        m_session.edit(Change::edit(before, after, ChangeDescription::ofEdit(before, after)));
    if (!problems.isEmpty()) {
        EditRefusal::show(m_window, m_session, tr("The conflict was not changed."),
                          EditRefusal::lines(problems));
    }
}

void ConflictEditActions::deleteCurrentConflict()
{
    const int conflict = currentConflict();
    if (conflict < 0 || !m_session.isEditable())
        return;
    const Conflict gone = m_session.dataset().conflicts[conflict];
    RecordDeletion::run(m_window, m_session, gone,
                        {tr("Delete Conflict"),
                         tr("Delete conflict %1?").arg(gone.id),
                         tr("Nothing refers to it. Its claims stay: %1.\n\nEdit ▸ Undo brings "
                            "it back.")
                             .arg(gone.claims.join(QStringLiteral(", "))),
                         {},
                         tr("The conflict was not deleted.")});
}
