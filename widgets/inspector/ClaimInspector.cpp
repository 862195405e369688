#include "widgets/inspector/ClaimInspector.h"

#include "models/data/ActorRoles.h"
#include "models/data/ClaimDate.h"
#include "models/data/ClaimKinds.h"
#include "models/data/TextUtil.h"
#include "models/dossier/ChangeDescription.h"
#include "models/filter/SelectionState.h"
#include "models/session/DossierSession.h"
#include "models/store/ChangeJson.h"
#include "models/store/DossierStore.h"
#include "models/viewmodels/PlainText.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// A field's value in a history line: isolated, and said to be empty rather than left blank.
QString shownValue(const QString &value)
{
    return value.isEmpty() ? QCoreApplication::translate("ClaimInspector", "(empty)")
                           : TextUtil::isolated(value);
}

} // namespace

ClaimInspector::ClaimInspector(DossierSession &session, SelectionState &selection, QWidget *parent)
    : QWidget(parent), m_session(session), m_selection(selection), m_title(new QLabel(this)),
      m_fields(new QLabel(this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_history(new QTreeWidget(this)), m_historyNote(new QLabel(this))
{
    setObjectName(QStringLiteral("claimInspector"));
    auto *layout = new QVBoxLayout(this);
    // Dataset text in every label: never read as markup.
    for (QLabel *label : {m_title, m_fields, m_historyNote}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_fields->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_edit->setEnabled(false);
    auto *heading = new QLabel(tr("History"), this);
    m_historyHeading = heading;
    heading->setFont(bold);
    m_history->setObjectName(QStringLiteral("claimHistory"));
    m_history->setAccessibleName(tr("History of the claim"));
    m_history->setColumnCount(3);
    // What changed first: the dock is narrow, and the description is what a reader scans for.
    m_history->setHeaderLabels({tr("Change"), tr("Who"), tr("When")});
    m_history->setRootIsDecorated(true);
    m_history->setUniformRowHeights(false);
    m_history->header()->setStretchLastSection(true);
    m_historyNote->setObjectName(QStringLiteral("historyNote"));
    layout->addWidget(m_title);
    layout->addWidget(m_fields);
    layout->addWidget(m_edit, 0, Qt::AlignLeft);
    layout->addWidget(heading);
    layout->addWidget(m_historyNote);
    layout->addWidget(m_history, 1);

    connect(&selection, &SelectionState::selectionChanged, this, &ClaimInspector::refreshIfShown);
    // An edit, an undo or another window's change: the fields and the history both move.
    connect(&session.dossier(), &Dossier::changed, this, &ClaimInspector::refreshIfShown);
}

void ClaimInspector::addSection(QWidget *section)
{
    auto *column = static_cast<QVBoxLayout *>(layout());
    column->insertWidget(column->indexOf(m_historyHeading), section);
}

void ClaimInspector::setEditAction(QAction *action)
{
    m_edit->setEnabled(action->isEnabled());
    m_edit->setToolTip(PlainText::forAutoText(action->statusTip()));
    connect(m_edit, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, m_edit, [this, action] {
        m_edit->setEnabled(action->isEnabled());
        m_edit->setToolTip(PlainText::forAutoText(action->statusTip()));
    });
}

void ClaimInspector::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ClaimInspector::refreshIfShown()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void ClaimInspector::refresh()
{
    m_stale = false;
    const int claim = m_selection.currentClaim();
    const bool valid = claim >= 0 && claim < m_session.dataset().claims.size();
    showFields(valid ? claim : -1);
    showHistory(valid ? claim : -1);
}

void ClaimInspector::showFields(int claim)
{
    if (claim < 0) {
        m_title->setText(tr("No claim selected"));
        m_fields->setText(tr("Select a claim on the timeline or in the table to inspect it."));
        return;
    }
    const Dataset &dataset = m_session.dataset();
    const Claim &c = dataset.claims[claim];
    m_title->setText(tr("Claim %1").arg(TextUtil::isolated(c.id)));
    QStringList actors;
    for (const ActorRef &ref : c.actors) {
        const QString name = TextUtil::isolated(dataset.actorName(ref.actor));
        actors.append(
            ref.role.isEmpty()
                ? name
                : tr("%1 (%2)").arg(name, TextUtil::isolated(ActorRoles::label(ref.role))));
    }
    QStringList lines{
        tr("Statement: %1").arg(TextUtil::isolated(c.statement)),
        tr("Date: %1").arg(ClaimDate::longText(c)),
        tr("Kind: %1").arg(ClaimKinds::label(c.kind)),
        tr("Actors: %1").arg(actors.isEmpty() ? tr("none") : actors.join(QStringLiteral(", "))),
        tr("Claimed by: %1")
            .arg(c.claimant.isEmpty() ? tr("reported as fact")
                                      : TextUtil::isolated(dataset.actorName(c.claimant))),
    };
    if (!c.dateNote.isEmpty())
        lines.insert(2, tr("Date note: %1").arg(TextUtil::isolated(c.dateNote)));
    if (!c.respondsTo.isEmpty())
        lines.append(tr("Responds to: %1").arg(TextUtil::isolated(c.respondsTo)));
    lines.append(tr("Citations: %1").arg(c.citations.size()));
    m_fields->setText(lines.join(u'\n'));
}

void ClaimInspector::showHistory(int claim)
{
    m_history->clear();
    const auto note = [this](const QString &text) {
        m_historyNote->setText(text);
        m_historyNote->setVisible(!text.isEmpty());
    };
    if (claim < 0) {
        note(QString());
        return;
    }
    DossierStore *store = m_session.store();
    if (!store) {
        note(m_session.readOnlyReason().isEmpty()
                 ? tr("History is not recorded: no database is open.")
                 : tr("History is not recorded: %1").arg(m_session.readOnlyReason()));
        return;
    }
    const QString id = m_session.dataset().claims[claim].id;
    QString error;
    const auto changes = store->history(RecordTable::Claim, id, &error);
    if (!changes) {
        note(tr("The history cannot be read: %1").arg(error));
        return;
    }
    if (changes->isEmpty()) {
        note(m_session.isEditable()
                 ? tr("No change to this claim is recorded: it is as imported.")
                 : tr("History is not recorded: %1").arg(m_session.readOnlyReason()));
        return;
    }
    note(QString());
    const QLocale locale;
    // Newest first: the change a user has just made is the one they look for.
    for (auto it = changes->crbegin(); it != changes->crend(); ++it) {
        const LoggedChange &logged = *it;
        const QString when = locale.toString(logged.time.toLocalTime(), QLocale::ShortFormat);
        auto *row = new QTreeWidgetItem(m_history, {TextUtil::isolated(logged.change.description),
                                                    TextUtil::isolated(logged.user), when});
        // Whole in the tooltip of each column, which the narrow dock may cut.
        const QString whole = PlainText::forAutoText(
            tr("%1 — %2, %3").arg(logged.change.description, logged.user, when));
        for (int column = 0; column < 3; ++column)
            row->setToolTip(column, whole);
        for (const RecordOperation &op : logged.change.operations) {
            if (op.id != id || op.table() != RecordTable::Claim)
                continue;
            QString what;
            if (!op.before)
                what = tr("created");
            else if (!op.after)
                what = tr("deleted");
            if (!what.isEmpty()) {
                auto *line = new QTreeWidgetItem(row, {what});
                line->setFirstColumnSpanned(true);
                continue;
            }
            for (const ChangeJson::FieldChange &field : ChangeJson::changedFields(op)) {
                const QString text = tr("%1: %2 → %3")
                                         .arg(ChangeDescription::fieldLabel(field.field),
                                              shownValue(field.before), shownValue(field.after));
                auto *line = new QTreeWidgetItem(row, {text});
                line->setFirstColumnSpanned(true);
                line->setToolTip(0, PlainText::forAutoText(text));
            }
        }
    }
    m_history->expandAll();
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);
}
