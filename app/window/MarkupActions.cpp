#include "app/window/MarkupActions.h"

#include "models/data/TextUtil.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "models/session/DossierSession.h"
#include "models/session/MarkupSession.h"
#include "models/viewmodels/ClaimTableModel.h"
#include "widgets/inspector/ClaimInspector.h"
#include "widgets/inspector/ClaimMarkupPanel.h"
#include "widgets/inspector/TagColoursDialog.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/Dashboard.h"
#include "widgets/views/FilterBar.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <algorithm>

MarkupActions::MarkupActions(DossierSession &session, Dashboard &dashboard, QWidget *window)
    : QObject(window), m_session(session), m_dashboard(dashboard), m_window(window),
      m_markup(new MarkupSession(session, this)),
      m_key(new QAction(tr("Mark as &Key Claim"), this)),
      m_tag(new QAction(tr("&Tag Claims…"), this)), m_untag(new QAction(tr("Remove T&ag…"), this)),
      m_note(new QAction(tr("&Note…"), this)), m_colours(new QAction(tr("Ta&g Colours…"), this))
{
    m_key->setObjectName(QStringLiteral("markKey"));
    m_key->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_tag->setObjectName(QStringLiteral("tagClaims"));
    m_untag->setObjectName(QStringLiteral("untagClaims"));
    m_note->setObjectName(QStringLiteral("noteClaim"));
    m_colours->setObjectName(QStringLiteral("tagColours"));
    connect(m_key, &QAction::triggered, this, &MarkupActions::toggleKey);
    connect(m_tag, &QAction::triggered, this, &MarkupActions::askTag);
    connect(m_untag, &QAction::triggered, this, &MarkupActions::askUntag);
    connect(m_note, &QAction::triggered, this, &MarkupActions::askNote);
    connect(m_colours, &QAction::triggered, this, [this] { askColours(); });
    connect(dashboard.selection(), &SelectionState::selectionChanged, this,
            &MarkupActions::updateEnabled);
    connect(m_markup, &MarkupSession::markableChanged, this, &MarkupActions::updateEnabled);
    connect(m_markup, &MarkupSession::refused, this, &MarkupActions::report);
    // The views read the markup where it lives; each edit tells them which claims moved.
    const Markup *markup = &m_markup->markup();
    dashboard.filter()->setMarkup(markup);
    dashboard.filterBar()->setMarkup(markup);
    dashboard.claimTable()->claimModel()->setMarkup(markup);
    const auto follow = [this](const QStringList &claimIds) {
        m_dashboard.claimTable()->claimModel()->markupChanged(claimIds);
        m_dashboard.filterBar()->fillTags();
        m_dashboard.filter()->markupChanged();
    };
    connect(m_markup, &MarkupSession::changed, this, follow);
    connect(m_markup, &MarkupSession::reset, this, [follow] { follow({}); });
    // Tag Colours needs tags: the first tag given or the last taken off moves it.
    connect(m_markup, &MarkupSession::changed, this, &MarkupActions::updateColoursEnabled);
    connect(m_markup, &MarkupSession::reset, this, &MarkupActions::updateColoursEnabled);
    connect(m_markup, &MarkupSession::markableChanged, this, &MarkupActions::updateColoursEnabled);
    updateEnabled();
    updateColoursEnabled();
}

void MarkupActions::attachInspector(ClaimInspector *inspector)
{
    auto *panel = new ClaimMarkupPanel(m_session, *m_markup, *m_dashboard.selection(), inspector);
    panel->setActions(m_key, m_tag, m_note);
    panel->setColourAction(m_colours);
    connect(panel, &ClaimMarkupPanel::colourRequested, this, &MarkupActions::askColours);
    inspector->addSection(panel);
}

void MarkupActions::addTo(QMenu *menu) const
{
    menu->addAction(m_key);
    menu->addAction(m_tag);
    menu->addAction(m_untag);
    menu->addAction(m_note);
    menu->addAction(m_colours);
}

QStringList MarkupActions::selectedIds() const
{
    QList<int> claims = m_dashboard.selection()->selectedClaims();
    if (claims.isEmpty() && m_dashboard.selection()->currentClaim() >= 0)
        claims.append(m_dashboard.selection()->currentClaim());
    QStringList ids;
    for (int claim : claims)
        ids.append(m_session.dataset().claims[claim].id);
    return ids;
}

void MarkupActions::updateEnabled()
{
    const bool selected = !selectedIds().isEmpty();
    const QString whyNot = m_markup->whyNotMarkable();
    const QString why = !whyNot.isEmpty() ? whyNot
                        : !selected       ? tr("Select a claim first")
                                          : QString();
    const bool enabled = why.isEmpty();
    const bool current = m_dashboard.selection()->currentClaim() >= 0;
    m_key->setEnabled(enabled);
    m_tag->setEnabled(enabled);
    m_untag->setEnabled(enabled);
    m_note->setEnabled(enabled && current);
    m_key->setStatusTip(enabled ? tr("Star the selected claims as key, or take their star off")
                                : why);
    m_tag->setStatusTip(enabled ? tr("Tag the selected claims with one of your issues") : why);
    m_untag->setStatusTip(enabled ? tr("Take a tag off the selected claims") : why);
    m_note->setStatusTip(enabled ? tr("Write a private note on the current claim") : why);
}

// Not tied to the selection: colours belong to tags, whichever claims carry them.
void MarkupActions::updateColoursEnabled()
{
    const QString whyNot = m_markup->whyNotMarkable();
    const QString whyNoColours = !whyNot.isEmpty() ? whyNot
                                 : m_markup->markup().tags().isEmpty()
                                     ? tr("No claim is tagged yet")
                                     : QString();
    m_colours->setEnabled(whyNoColours.isEmpty());
    m_colours->setStatusTip(whyNoColours.isEmpty() ? tr("Choose the colour each of your tags is "
                                                        "shown in")
                                                   : whyNoColours);
}

void MarkupActions::toggleKey()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const Markup &markup = m_markup->markup();
    const bool allKey =
        std::all_of(ids.cbegin(), ids.cend(), [&](const QString &id) { return markup.of(id).key; });
    const QString description =
        ids.size() == 1
            ? (allKey ? tr("Unstar %1").arg(ids.first()) : tr("Star %1 as key").arg(ids.first()))
            : (allKey ? tr("Unstar %n claims", nullptr, int(ids.size()))
                      : tr("Star %n claims as key", nullptr, int(ids.size())));
    report(m_markup->edit(MarkupChange::edit(
        markup, ids,
        [allKey](ClaimMarkup m) {
            m.key = !allKey;
            return m;
        },
        description)));
}

void MarkupActions::tagSelected(const QString &tag)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (const QString why = MarkupTags::whyNotATag(tag); !why.isEmpty()) {
        report(why);
        return;
    }
    const QString kept = TextUtil::isolated(MarkupTags::normalise(tag));
    const QString description =
        ids.size() == 1 ? tr("Tag %1 with “%2”").arg(ids.first(), kept)
                        : tr("Tag %n claims with “%1”", nullptr, int(ids.size())).arg(kept);
    report(m_markup->edit(MarkupChange::edit(
        m_markup->markup(), ids, [&tag](const ClaimMarkup &m) { return m.withTag(tag, true); },
        description)));
}

void MarkupActions::untagSelected(const QString &tag)
{
    const QStringList ids = selectedIds();
    const QString kept = TextUtil::isolated(MarkupTags::normalise(tag));
    const QString description =
        ids.size() == 1 ? tr("Remove tag “%2” from %1").arg(ids.value(0), kept)
                        : tr("Remove tag “%1” from %n claims", nullptr, int(ids.size())).arg(kept);
    report(m_markup->edit(MarkupChange::edit(
        m_markup->markup(), ids, [&tag](const ClaimMarkup &m) { return m.withTag(tag, false); },
        description)));
}

void MarkupActions::setNote(const QString &note)
{
    const int claim = m_dashboard.selection()->currentClaim();
    if (claim < 0)
        return;
    const QString id = m_session.dataset().claims[claim].id;
    report(m_markup->edit(MarkupChange::edit(
        m_markup->markup(), {id},
        [&note](ClaimMarkup m) {
            m.note = note.trimmed();
            return m;
        },
        tr("Note on %1").arg(id))));
}

void MarkupActions::askTag()
{
    if (selectedIds().isEmpty())
        return;
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(tr("Tag Claims"));
    dialog.setLabelText(tr("Tag the selected claims with:"));
    dialog.setComboBoxEditable(true);
    dialog.setComboBoxItems(m_markup->markup().tags());
    dialog.setTextValue(QString());
    if (dialog.exec() == QDialog::Accepted)
        tagSelected(dialog.textValue());
}

void MarkupActions::askUntag()
{
    QStringList tags;
    for (const QString &id : selectedIds())
        tags += m_markup->markup().of(id).tags;
    tags = MarkupTags::normaliseAll(tags);
    if (tags.isEmpty()) {
        report(tr("The selected claims have no tags."));
        return;
    }
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(tr("Remove Tag"));
    dialog.setLabelText(tr("Take this tag off the selected claims:"));
    dialog.setComboBoxItems(tags);
    if (dialog.exec() == QDialog::Accepted)
        untagSelected(dialog.textValue());
}

void MarkupActions::askNote()
{
    const int claim = m_dashboard.selection()->currentClaim();
    if (claim < 0)
        return;
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(tr("Note"));
    dialog.setLabelText(tr("Your private note on %1 (never part of the evidence):")
                            .arg(m_session.dataset().claims[claim].id));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(m_markup->markup().of(m_session.dataset().claims[claim].id).note);
    if (dialog.exec() == QDialog::Accepted)
        setNote(dialog.textValue());
}

void MarkupActions::askColours(const QString &tag)
{
    if (!m_colours->isEnabled())
        return;
    TagColoursDialog dialog(m_markup->markup(), tag, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    MarkupChange change;
    change.colours = dialog.edits();
    change.description = TagColoursDialog::describe(change.colours);
    report(m_markup->edit(std::move(change)));
}

void MarkupActions::report(const QString &why)
{
    if (why.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Markup Refused"), tr("The markup was not saved."),
                    QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(why);
    box.exec();
}
