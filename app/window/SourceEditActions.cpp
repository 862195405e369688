#include "app/window/SourceEditActions.h"

#include "app/window/EditRefusal.h"
#include "app/window/RecordDeletion.h"

#include "models/data/TextUtil.h"
#include "models/dossier/ChangeDescription.h"
#include "models/dossier/RecordReferences.h"
#include "models/filter/SelectionState.h"
#include "models/session/DossierSession.h"
#include "widgets/editing/SourceEditDialog.h"
#include "widgets/views/Dashboard.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>

SourceEditActions::SourceEditActions(DossierSession &session, Dashboard &dashboard, QWidget *window)
    : QObject(window), m_session(session), m_dashboard(dashboard), m_window(window),
      m_editSource(new QAction(tr("Ed&it Source…"), this)),
      m_deleteSource(new QAction(tr("Dele&te Source…"), this))
{
    m_editSource->setObjectName(QStringLiteral("editSource"));
    m_deleteSource->setObjectName(QStringLiteral("deleteSource"));
    connect(m_editSource, &QAction::triggered, this, qOverload<>(&SourceEditActions::editSource));
    connect(m_deleteSource, &QAction::triggered, this, &SourceEditActions::deleteSource);
    connect(&session, &DossierSession::editableChanged, this, &SourceEditActions::updateEnabled);
    connect(&session.dossier(), &Dossier::changed, this, &SourceEditActions::updateEnabled);
    updateEnabled();
}

void SourceEditActions::addTo(QMenu *menu) const
{
    menu->addAction(m_editSource);
    menu->addAction(m_deleteSource);
}

void SourceEditActions::updateEnabled()
{
    const bool editable = m_session.isEditable();
    const bool any = !m_session.dataset().sources.isEmpty();
    const QString why = !editable ? m_session.readOnlyReason()
                        : !any    ? tr("The dossier has no source yet")
                                  : QString();
    m_editSource->setEnabled(editable && any);
    m_deleteSource->setEnabled(editable && any);
    m_editSource->setStatusTip(why.isEmpty() ? tr("Edit a source's label, outlet, title, author, "
                                                  "date, language and notes")
                                             : why);
    m_deleteSource->setStatusTip(why.isEmpty() ? tr("Delete a source no claim cites") : why);
}

int SourceEditActions::chooseSource(const QString &title)
{
    const Dataset &dataset = m_session.dataset();
    if (dataset.sources.isEmpty())
        return -1;
    QStringList labels;
    for (const Source &s : dataset.sources)
        labels.append(s.label);
    int first = 0;
    const int claim = m_dashboard.selection()->currentClaim();
    if (claim >= 0 && !dataset.claims[claim].citations.isEmpty())
        first = std::max(0, dataset.sourceIndex(dataset.claims[claim].citations.first().source));
    QInputDialog ask(m_window);
    ask.setWindowTitle(title);
    ask.setLabelText(tr("Source:"));
    ask.setComboBoxItems(labels);
    ask.setComboBoxEditable(false);
    ask.setTextValue(labels[first]);
    if (ask.exec() != QDialog::Accepted)
        return -1;
    // Labels are unique within a dossier (the validator sees to it).
    return int(labels.indexOf(ask.textValue()));
}

void SourceEditActions::editSource()
{
    if (!m_session.isEditable())
        return;
    if (const int source = chooseSource(tr("Edit Source")); source >= 0)
        editSource(source);
}

void SourceEditActions::editSource(int source)
{
    const Dataset &dataset = m_session.dataset();
    if (!m_session.isEditable() || source < 0 || source >= dataset.sources.size())
        return;
    const Source before = dataset.sources[source];
    SourceEditDialog dialog(dataset, before, m_dashboard.corpusPath(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Source after = dialog.source();
    const Problems problems =
        m_session.edit(Change::edit(before, after, ChangeDescription::ofEdit(before, after)));
    if (!problems.isEmpty()) {
        EditRefusal::show(m_window, m_session, tr("The source was not changed."),
                          EditRefusal::lines(problems));
    }
}

void SourceEditActions::deleteSource()
{
    if (!m_session.isEditable())
        return;
    const int source = chooseSource(tr("Delete Source"));
    if (source < 0)
        return;
    const Dataset &dataset = m_session.dataset();
    const Source gone = dataset.sources[source];
    const QStringList references = RecordReferences::toSource(dataset, source);
    RecordDeletion::run(
        m_window, m_session, gone,
        {tr("Delete Source"), tr("Delete source %1?").arg(TextUtil::isolated(gone.label)),
         tr("No claim cites it. Its file stays in the corpus folder. Edit ▸ Undo brings it back."),
         tr("It cannot be deleted while claims cite it:\n%1\n\nRemove those citations, or "
            "delete those claims, first."),
         tr("The source was not deleted.")},
        references);
}
