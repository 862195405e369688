#include "widgets/views/OverviewPanel.h"

#include "models/data/Dataset.h"
#include "models/data/DatasetDelta.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "models/viewmodels/OverviewHtml.h"
#include "widgets/views/TextBrowserAccessible.h"

#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QTextBrowser *makeBrowser(QWidget *parent)
{
    // Its links listed to assistive technology; before the browser, which Qt describes once.
    TextBrowserAccessible::install();
    return new QTextBrowser(parent);
}

/// The document's first link to `href`, selected, or a null cursor.
QTextCursor findLink(QTextDocument *document, const QString &href)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            return cursor;
        }
    return {};
}

} // namespace

OverviewPanel::OverviewPanel(FilterState &filter, SelectionState &selection, QWidget *parent)
    : QWidget(parent), m_filter(filter), m_selection(selection), m_browser(makeBrowser(this))
{
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    setAccessibleName(tr("Overview"));
    setAccessibleDescription(tr("The dispute in brief, under the filter"));
    m_browser->setAccessibleName(tr("Overview of the dispute"));
    m_browser->setAccessibleDescription(
        tr("Title, span, counts, parties, points of conflict and single-source claims; each "
           "link filters or selects"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &OverviewPanel::openLink);
    connect(&m_filter, &FilterState::changed, this, &OverviewPanel::refresh);
    refresh();
}

void OverviewPanel::refresh()
{
    const Dataset &dataset = m_filter.dataset();
    const std::vector<int> shown = m_filter.dateOrder().flagged(m_filter.matching());
    m_shown = DisputeSummary::ofOrdered(dataset, QList<int>(shown.begin(), shown.end()));
    if (m_allStale) {
        // With every claim shown, the whole dispute is what is shown.
        if (shown.size() == size_t(dataset.claims.size())) {
            m_all = m_shown;
        } else {
            const std::span<const int> every = m_filter.dateOrder().claims();
            m_all = DisputeSummary::ofOrdered(dataset, QList<int>(every.begin(), every.end()));
        }
        m_allStale = false;
    }
    // Most edits leave the figures as they were: the browser then keeps its document, which
    // setHtml() would parse and lay out again for nothing.
    QString html = OverviewHtml::html(m_filter.dataset(), m_filter.filter(), m_shown, m_all);
    if (html == m_html)
        return;
    m_html = std::move(html);
    // A link followed from the keyboard stays where it was, and so does the scroll.
    const QString focused = m_browser->textCursor().charFormat().anchorHref();
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(m_html);
    if (!focused.isEmpty())
        if (const QTextCursor cursor = findLink(m_browser->document(), focused); !cursor.isNull())
            m_browser->setTextCursor(cursor);
    m_browser->verticalScrollBar()->setValue(scroll);
}

void OverviewPanel::applyDelta(const DatasetDelta &delta)
{
    // The whole dispute's figures are taken again on the refresh the filter's announcement of
    // the change brings.
    m_allStale = m_allStale || !delta.isEmpty();
}

void OverviewPanel::openLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String(OverviewHtml::Scheme))
        return;
    const Dataset &d = m_filter.dataset();
    const QString kind = url.path().section(QLatin1Char('/'), 0, 0);
    bool ok = false;
    const int index = url.path().section(QLatin1Char('/'), 1, 1).toInt(&ok);
    if (kind == QLatin1String(OverviewHtml::ActorLink) && ok && index >= 0 &&
        index < d.actors.size()) {
        const QString &id = d.actors[index].id;
        m_filter.setActorIncluded(id, !m_filter.filter().actors.contains(id));
    } else if (kind == QLatin1String(OverviewHtml::ConflictLink) && ok) {
        for (const DisputeSummary::ConflictPart &part : std::as_const(m_shown.conflicts))
            if (part.conflict == index)
                m_selection.setSelectedClaims(part.shown);
    } else if (kind == QLatin1String(OverviewHtml::SingleSourceLink)) {
        ClaimFilter filter = m_filter.filter();
        filter.singleSource = ClaimFilter::Side::Yes;
        m_filter.setFilter(filter);
    } else if (kind == QLatin1String(OverviewHtml::ClearLink)) {
        m_filter.clear();
    }
}
