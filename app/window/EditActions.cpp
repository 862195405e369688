#include "app/window/EditActions.h"

#include "app/window/EditRefusal.h"

#include "models/dossier/ChangeDescription.h"
#include "models/dossier/ClaimRemoval.h"
#include "models/filter/SelectionState.h"
#include "models/session/DossierSession.h"
#include "models/viewmodels/ClaimFilterProxy.h"
#include "models/viewmodels/PlainText.h"
#include "widgets/editing/ClaimEditDialog.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/Dashboard.h"

#include "models/data/TextUtil.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/store/DatasetStore.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

EditActions::EditActions(DossierSession &session, Dashboard &dashboard, QWidget *window)
    : QObject(window), m_session(session), m_dashboard(dashboard), m_window(window),
      m_editClaim(new QAction(tr("&Edit Claim…"), this)),
      m_deleteClaim(new QAction(tr("&Delete Claim…"), this)),
      m_saveCopy(new QAction(tr("Save Cop&y As…"), this))
{
    m_saveCopy->setObjectName(QStringLiteral("saveCopy"));
    m_saveCopy->setStatusTip(tr("Save the dossier as it stands into a new database, and open it "
                                "for editing"));
    connect(m_saveCopy, &QAction::triggered, this, [this] {
        QString path = QFileDialog::getSaveFileName(
            m_window, tr("Save Copy As"),
            QDir::home().filePath(tr("dossier") + QStringLiteral(".sqlite")),
            tr("Dossier databases (*.sqlite)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".sqlite"), Qt::CaseInsensitive))
            path += QLatin1String(".sqlite");
        QString error;
        if (!saveCopyTo(path, &error)) {
            EditRefusal::show(m_window, m_session, tr("The copy was not saved."), {error});
            return;
        }
        emit copySaved(path);
    });
    m_editClaim->setObjectName(QStringLiteral("editClaim"));
    m_editClaim->setShortcut(QKeySequence(Qt::Key_F2));
    m_deleteClaim->setObjectName(QStringLiteral("deleteClaim"));
    m_deleteClaim->setShortcut(QKeySequence::Delete);
    // Delete in a search field deletes text: the action takes the key only in the table.
    m_deleteClaim->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    dashboard.claimTable()->addAction(m_deleteClaim);
    connect(m_editClaim, &QAction::triggered, this, &EditActions::editCurrentClaim);
    connect(m_deleteClaim, &QAction::triggered, this, &EditActions::deleteCurrentClaim);
    // The claim double-clicked is the one edited, whether or not the click made it current.
    connect(dashboard.claimTable(), &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) {
                const int claim = m_dashboard.claimTable()->filterProxy()->claimAt(index);
                if (claim < 0)
                    return;
                m_dashboard.selection()->setCurrentClaim(claim);
                editCurrentClaim();
            });
    connect(dashboard.selection(), &SelectionState::selectionChanged, this,
            &EditActions::updateEnabled);
    connect(&session, &DossierSession::editableChanged, this, &EditActions::updateEnabled);
    updateEnabled();
}

void EditActions::addTo(QMenu *menu) const
{
    menu->addAction(m_editClaim);
    menu->addAction(m_deleteClaim);
}

void EditActions::updateEnabled()
{
    const bool current = m_dashboard.selection()->currentClaim() >= 0;
    const bool editable = m_session.isEditable();
    const QString why = !editable  ? m_session.readOnlyReason()
                        : !current ? tr("Select a claim first")
                                   : QString();
    m_editClaim->setEnabled(current && editable);
    m_deleteClaim->setEnabled(current && editable);
    m_editClaim->setStatusTip(why.isEmpty() ? tr("Edit the current claim's date, statement, "
                                                 "kind and actors")
                                            : why);
    m_deleteClaim->setStatusTip(why.isEmpty() ? tr("Delete the current claim") : why);
}

void EditActions::editCurrentClaim()
{
    const int claim = m_dashboard.selection()->currentClaim();
    if (claim < 0 || !m_session.isEditable())
        return;
    const Dataset &dataset = m_session.dataset();
    const Claim before = dataset.claims[claim];
    ClaimEditDialog dialog(dataset, before, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // With the actors created in the form: one change, one undo.
    const Problems problems = m_session.edit(dialog.change());
    if (!problems.isEmpty())
        EditRefusal::show(m_window, m_session, tr("The claim was not changed."),
                          EditRefusal::lines(problems));
}

void EditActions::deleteCurrentClaim()
{
    const int claim = m_dashboard.selection()->currentClaim();
    if (claim < 0 || !m_session.isEditable())
        return;
    const ClaimRemoval removal = ClaimRemoval::of(m_session.dataset(), claim);
    QMessageBox ask(QMessageBox::Question, tr("Delete Claim"),
                    tr("Delete claim %1?").arg(m_session.dataset().claims[claim].id),
                    QMessageBox::Cancel, m_window);
    ask.setTextFormat(Qt::PlainText);
    ask.setInformativeText(removal.references.isEmpty()
                               ? tr("Nothing refers to it. Edit ▸ Undo brings it back.")
                               : tr("What refers to it changes too:\n%1\n\nEdit ▸ Undo brings "
                                    "all of it back.")
                                     .arg(removal.references.join(QLatin1Char('\n'))));
    QPushButton *remove = ask.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != remove)
        return;
    const Problems problems = m_session.edit(removal.change);
    if (!problems.isEmpty())
        EditRefusal::show(m_window, m_session, tr("The claim was not deleted."),
                          EditRefusal::lines(problems));
}

bool EditActions::saveCopyTo(const QString &path, QString *error)
{
    // The file dialog asked before replacing a file; the store takes only a new, empty one.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        *error = tr("%1 cannot be replaced.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFile create(path);
    if (!create.open(QIODevice::WriteOnly)) {
        *error = create.errorString();
        return false;
    }
    create.close();
    DatasetStore store;
    const Dataset &dataset = m_session.dataset();
    if (!store.open(path, DatasetStore::Mode::NewFile, error) ||
        !store.importDataset(dataset, path, TextUtil::sha256Hex(DatasetJsonWriter::write(dataset)),
                             error)) {
        store.close();
        QFile::remove(path);
        return false;
    }
    return true;
}
