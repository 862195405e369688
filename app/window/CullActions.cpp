#include "app/window/CullActions.h"

#include "models/corpus/ArticleLayout.h"
#include "models/dossier/ChangeDescription.h"
#include "models/filter/SelectionState.h"
#include "models/format/RecordIds.h"
#include "models/session/DossierSession.h"
#include "widgets/editing/ClaimEditDialog.h"
#include "widgets/views/ArticleView.h"
#include "widgets/views/Dashboard.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>

CullActions::CullActions(DossierSession &session, Dashboard &dashboard, QWidget *window)
    : QObject(window), m_session(session), m_dashboard(dashboard),
      m_view(dashboard.articleView(window)),
      m_newClaim(new QAction(tr("New Claim from &Selection…"), this)),
      m_addCitation(new QAction(tr("Add Citation to Selected C&laim"), this))
{
    m_newClaim->setObjectName(QStringLiteral("newClaimFromSelection"));
    m_newClaim->setShortcut(QKeySequence(tr("Ctrl+N")));
    m_addCitation->setObjectName(QStringLiteral("addCitationToClaim"));
    m_view->addContextActions({m_newClaim, m_addCitation});
    connect(m_newClaim, &QAction::triggered, this, &CullActions::newClaimFromSelection);
    connect(m_addCitation, &QAction::triggered, this, &CullActions::addCitationToSelectedClaim);
    connect(m_view, &ArticleView::textSelectionChanged, this, &CullActions::updateEnabled);
    connect(dashboard.selection(), &SelectionState::selectionChanged, this,
            &CullActions::updateEnabled);
    connect(&session, &DossierSession::editableChanged, this, &CullActions::updateEnabled);
    connect(&session.dossier(), &Dossier::changed, this, &CullActions::updateEnabled);
    updateEnabled();
}

void CullActions::addTo(QMenu *menu) const
{
    menu->addAction(m_newClaim);
    menu->addAction(m_addCitation);
}

QString CullActions::whyNotCulling() const
{
    if (!m_session.isEditable())
        return m_session.readOnlyReason();
    if (m_view->sourceId().isEmpty() || m_session.dataset().sourceIndex(m_view->sourceId()) < 0 ||
        m_view->articleText().isEmpty())
        return tr("Open an article of the dossier's sources first");
    if (m_view->status() == CitationLocator::Status::ChecksumMismatch)
        return tr("The article's file is not the one its source was recorded from");
    const ArticleText::Span selected = m_view->selectedSpan();
    if (selected.end <= selected.start)
        return tr("Select a passage in the article first");
    return {};
}

void CullActions::updateEnabled()
{
    const QString why = whyNotCulling();
    const bool claim = m_dashboard.selection()->currentClaim() >= 0;
    m_newClaim->setEnabled(why.isEmpty());
    m_addCitation->setEnabled(why.isEmpty() && claim);
    m_newClaim->setStatusTip(why.isEmpty() ? tr("Create a claim citing the selected passage")
                                           : why);
    m_addCitation->setStatusTip(!why.isEmpty() ? why
                                : claim        ? tr("Add the selected passage to the current "
                                                           "claim's citations")
                                               : tr("Select a claim first"));
}

QuoteAnchor::Result CullActions::selectedCitation() const
{
    const ArticleText::Span span = m_view->articleLayout().inArticle(m_view->selectedSpan());
    return QuoteAnchor::inArticle(ArticleText(m_view->articleText()), m_view->sourceId(),
                                  span.start, span.end);
}

void CullActions::newClaimFromSelection()
{
    if (!whyNotCulling().isEmpty())
        return;
    const QuoteAnchor::Result quote = selectedCitation();
    if (!quote.ok()) {
        report(tr("No claim was created from the selection."), quote.error);
        return;
    }
    const Dataset &dataset = m_session.dataset();
    QStringList ids;
    ids.reserve(dataset.claims.size());
    for (const Claim &c : dataset.claims)
        ids.append(c.id);
    Claim claim;
    claim.id = RecordIds::nextNumbered(QStringLiteral("c"), ids);
    claim.citations = {quote.citation};
    ClaimEditDialog dialog(dataset, claim, m_view, ClaimEditDialog::Mode::New);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Claim created = dialog.claim();
    const Problems problems = m_session.edit(dialog.change()); // with any actor created
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const Problem &p : problems)
            lines.append(p.toString());
        report(tr("The claim was not created."), lines.join(QLatin1Char('\n')));
        return;
    }
    // The passage is quoted: let go of the selection, so that the view follows the new claim
    // and marks its passage as the current citation.
    clearSelection();
    m_dashboard.selection()->setCurrentClaim(m_session.dataset().claimIndex(created.id));
}

void CullActions::clearSelection()
{
    QPlainTextEdit *text = m_view->textView();
    QTextCursor cursor = text->textCursor();
    cursor.clearSelection();
    text->setTextCursor(cursor);
}

void CullActions::addCitationToSelectedClaim()
{
    const int index = m_dashboard.selection()->currentClaim();
    if (index < 0 || !whyNotCulling().isEmpty())
        return;
    const QuoteAnchor::Result quote = selectedCitation();
    if (!quote.ok()) {
        report(tr("No citation was added."), quote.error);
        return;
    }
    const Claim before = m_session.dataset().claims[index];
    if (before.citations.contains(quote.citation)) {
        report(tr("No citation was added."),
               tr("Claim %1 already cites this passage.").arg(before.id));
        return;
    }
    Claim after = before;
    after.citations.append(quote.citation);
    const Problems problems =
        m_session.edit(Change::edit(before, after, ChangeDescription::ofEdit(before, after)));
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const Problem &p : problems)
            lines.append(p.toString());
        report(tr("No citation was added."), lines.join(QLatin1Char('\n')));
        return;
    }
    clearSelection(); // shows the passage marked as cited
}

void CullActions::report(const QString &what, const QString &why)
{
    QMessageBox box(QMessageBox::Warning, tr("Cull from Article"), what, QMessageBox::Ok, m_view);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(why);
    box.exec();
}
