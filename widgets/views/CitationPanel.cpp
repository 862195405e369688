#include "widgets/views/CitationPanel.h"

#include "models/data/ActorRoles.h"
#include "models/data/ClaimDate.h"
#include "models/data/ClaimKinds.h"
#include "models/data/Dataset.h"
#include "models/data/DatasetDelta.h"
#include "models/data/TextUtil.h"
#include "models/filter/SelectionState.h"
#include "models/viewmodels/PlainText.h"
#include "widgets/shell/Theme.h"
#include "widgets/views/TextBrowserAccessible.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QString ClaimScheme = QStringLiteral("dossier-claim");
const QString ArticleScheme = QStringLiteral("dossier-article");
const QString DisclosureScheme = QStringLiteral("dossier-disclose");

// A record's label or name in a menu entry: an ampersand shown, not taken for a mnemonic, and
// isolated so that a right-to-left name does not reorder the entry.
QString menuData(const QString &text)
{
    return TextUtil::isolated(QString(text).replace(QLatin1Char('&'), QStringLiteral("&&")));
}

// Our own words (translated) in the HTML: escaped. Dataset text goes through dataHtml() instead.
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dataHtml(const QString &text)
{
    return PlainText::html(text);
}

QTextBrowser *makeBrowser(QWidget *parent)
{
    // Its links listed to assistive technology; before the browser, which Qt describes once.
    TextBrowserAccessible::install();
    return new QTextBrowser(parent);
}

} // namespace

CitationPanel::CitationPanel(const Dataset &dataset, SelectionState &selection, QWidget *parent)
    : QWidget(parent), m_dataset(dataset), m_selection(selection), m_browser(makeBrowser(this)),
      m_showButton(new QPushButton(this))
{
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    setAccessibleName(tr("Citations"));
    setAccessibleDescription(tr("The selected claim's sources and quotes"));
    m_browser->setAccessibleName(tr("Claim details"));
    m_browser->setAccessibleDescription(
        tr("Statement, date, actors and each citation of the selected claim, with its quote"));
    m_showButton->setText(tr("Show in Article"));
    m_showButton->setToolTip(tr("Open the first citation's article with the quote highlighted"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_showButton);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &CitationPanel::openLink);
    m_browser->setContextMenuPolicy(Qt::CustomContextMenu);
    // A scroll area gives the position in its viewport.
    connect(m_browser, &QWidget::customContextMenuRequested, this, &CitationPanel::showContextMenu);
    // The menu key reaches the menu through the platform; Shift+F10, its other key, does not on
    // every desktop.
    auto *menuKey = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10), m_browser);
    menuKey->setContext(Qt::WidgetShortcut);
    connect(menuKey, &QShortcut::activated, this, [this] {
        const QRect cursor = m_browser->cursorRect();
        const QRect shown = m_browser->viewport()->rect();
        showContextMenu(shown.contains(cursor.center()) ? cursor.bottomLeft() : shown.topLeft());
    });
    connect(m_showButton, &QPushButton::clicked, this, [this] {
        if (m_claim >= 0 && !m_dataset.claims[m_claim].citations.isEmpty())
            emit showInArticleRequested(m_claim, 0);
    });
    connect(&m_selection, &SelectionState::selectionChanged, this,
            [this] { showClaim(m_selection.currentClaim()); });
    showClaim(m_selection.currentClaim());
}

void CitationPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showClaim(m_claim); // the quote and conflict blocks take their colours from the palette
}

namespace {

QString disclosureKey(CitationPanel::Disclosure which, const QString &sourceId)
{
    return QString::number(int(which)) + QLatin1Char(':') + sourceId;
}

} // namespace

bool CitationPanel::isOpen(Disclosure which, const QString &sourceId) const
{
    return m_open.contains(disclosureKey(which, sourceId));
}

void CitationPanel::toggle(Disclosure which, const QString &sourceId)
{
    if (const QString key = disclosureKey(which, sourceId); !m_open.remove(key))
        m_open.insert(key);
    // Re-rendered where the reader is: the link just followed stays in view.
    QScrollBar *bar = m_browser->verticalScrollBar();
    const int at = bar->value();
    showClaim(m_claim);
    bar->setValue(at);
}

CitationPanel::Colors CitationPanel::colors() const
{
    if (Theme::isDark(palette())) // ours: the browser gets the change after us
        return {QStringLiteral("#b8b8b8"), QStringLiteral("#34302a"), QStringLiteral("#4a2626"),
                QStringLiteral("#ff8a80")};
    return {QStringLiteral("#444444"), QStringLiteral("#f4f1ea"), QStringLiteral("#fdecea"),
            QStringLiteral("#b00000")};
}

void CitationPanel::showClaim(int claim)
{
    m_claim = claim;
    m_showButton->setEnabled(claim >= 0 && !m_dataset.claims[claim].citations.isEmpty());
    if (claim < 0) {
        m_browser->setHtml(
            QStringLiteral("<p style='color:%1'>%2</p>")
                .arg(colors().muted, esc(tr("Select a claim on the timeline or in the table to "
                                            "see its sources and quotes."))));
        return;
    }
    m_browser->setHtml(claimHtml(claim));
}

QString CitationPanel::claimHtml(int claim) const
{
    const Claim &c = m_dataset.claims[claim];
    QString html =
        QStringLiteral("<h3 style='margin-bottom:4px'>%1</h3>").arg(dataHtml(c.statement));
    QString date =
        tr("%1 · %2 · claim %3")
            .arg(esc(ClaimDate::longText(c)), esc(ClaimKinds::label(c.kind)), dataHtml(c.id));
    if (!c.dateNote.isEmpty())
        date += QStringLiteral("<br><i>%1</i>").arg(dataHtml(c.dateNote));
    html += QStringLiteral("<p style='color:%1'>%2</p>").arg(colors().muted, date);
    html += actorsHtml(claim);
    html += conflictsHtml(claim);
    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Citations (%1)").arg(c.citations.size())));
    for (int i = 0; i < c.citations.size(); ++i)
        html += citationHtml(claim, i);
    html += sourcesHtml(claim);
    return html;
}

// Each source once, after the quotes: what a reader weighing the citations needs, without
// burying the quotes under it.
QString CitationPanel::sourcesHtml(int claim) const
{
    const QList<int> &sources = m_dataset.sourcesOfClaim(claim);
    if (sources.isEmpty())
        return {};
    QString html =
        QStringLiteral("<h4>%1</h4>")
            .arg(esc(sources.size() == 1 ? tr("About the source") : tr("About the sources")));
    for (const int s : sources) {
        const Source &src = m_dataset.sources[s];
        const QString author =
            src.author.isEmpty() ? esc(tr("author unknown")) : dataHtml(src.author);
        html += QStringLiteral("<p style='margin-bottom:2px'><b>%1</b><br>%2 — <i>%3</i><br>%4 · "
                               "%5</p>")
                    .arg(dataHtml(src.label), dataHtml(src.outlet), dataHtml(src.title), author,
                         esc(tr("published %1").arg(src.published.toDisplayString())));
        // Notes and the dating reasoning run to many lines each: behind disclosures, closed
        // until asked for, so that a second source stays in view.
        if (!src.notes.isEmpty())
            html += disclosureHtml(Disclosure::Notes, s, tr("Notes on the source"), src.notes);
        if (!src.publishedNote.isEmpty())
            html += disclosureHtml(Disclosure::DateNote, s, tr("How this date was inferred"),
                                   src.publishedNote);
    }
    return html;
}

QString CitationPanel::disclosureHtml(Disclosure which, int source, const QString &title,
                                      const QString &text) const
{
    const bool open = isOpen(which, m_dataset.sources[source].id);
    QString html =
        QStringLiteral("<p style='margin:2px 0 2px 12px'><a href='%1:%2/%3'>%4 %5</a></p>")
            .arg(DisclosureScheme)
            .arg(int(which))
            .arg(source)
            .arg(esc(title), open ? QStringLiteral("▾") : QStringLiteral("▸"));
    if (open)
        html += QStringLiteral("<p style='margin:2px 0 6px 12px; color:%1'>%2</p>")
                    .arg(colors().muted, dataHtml(text));
    return html;
}

QString CitationPanel::actorsHtml(int claim) const
{
    const Claim &c = m_dataset.claims[claim];
    QStringList actors;
    for (const ActorRef &ref : c.actors) {
        const QString name = m_dataset.actorName(ref.actor);
        actors << (ref.role.isEmpty()
                       ? QStringLiteral("<b>%1</b>").arg(dataHtml(name))
                       : tr("<b>%1</b> (%2)")
                             .arg(dataHtml(name), dataHtml(ActorRoles::label(ref.role))));
    }
    QString html =
        QStringLiteral("<p>%1 %2").arg(esc(tr("Actors:")), actors.join(QStringLiteral(", ")));
    if (!c.claimant.isEmpty())
        html += QStringLiteral("<br>%1 <b>%2</b>")
                    .arg(esc(tr("Claimed by:")), dataHtml(m_dataset.actorName(c.claimant)));
    if (!c.respondsTo.isEmpty())
        html += QStringLiteral("<br>%1 %2").arg(esc(tr("Responds to:")), claimLink(c.respondsTo));
    return html + QStringLiteral("</p>");
}

QString CitationPanel::conflictsHtml(int claim) const
{
    QString html;
    for (int k : m_dataset.conflictsOfClaim(claim)) {
        const Conflict &conflict = m_dataset.conflicts[k];
        QStringList others;
        for (const QString &id : conflict.claims)
            if (id != m_dataset.claims[claim].id)
                others << claimLink(id);
        const Colors look = colors();
        // A block, not a table: a table's frame would put U+FDD0/U+FDD1 into the text that
        // assistive technology reads.
        html += QStringLiteral("<p style='background-color:%1; margin:4px 0'><b style='color:%2'>"
                               "%3</b> %4<br>%5 %6</p>")
                    .arg(look.conflictFill, look.conflictText, esc(tr("In conflict:")),
                         dataHtml(conflict.about), esc(tr("Other claims:")),
                         others.join(QStringLiteral(" · ")));
    }
    return html;
}

QString CitationPanel::citationHtml(int claim, int citation) const
{
    const Citation &cit = m_dataset.claims[claim].citations[citation];
    const int s = m_dataset.sourceIndex(cit.source);
    if (s < 0)
        return QStringLiteral("<p>%1</p>")
            .arg(esc(tr("Unknown source “%1”").arg(TextUtil::isolated(cit.source))));
    const Source &src = m_dataset.sources[s];
    QString html = QStringLiteral("<p style='margin-bottom:2px'><b>%1</b> · %2</p>")
                       .arg(dataHtml(src.label), esc(tr("paragraph %1").arg(cit.paragraph)));
    const Colors look = colors();
    // The quote set apart by its fill and indent; a paragraph rather than a table, whose frame
    // characters would reach the accessible text.
    html += QStringLiteral("<p style='background-color:%1; margin:2px 0 2px 12px'><i>“%2”</i></p>")
                .arg(look.quoteFill, dataHtml(cit.quote));
    html += QStringLiteral("<p style='margin-top:2px'><a href='%1:%2/%3'>%4</a></p>")
                .arg(ArticleScheme)
                .arg(claim)
                .arg(citation)
                .arg(esc(tr("Show in article ›")));
    return html;
}

QString CitationPanel::claimLink(const QString &claimId) const
{
    const int other = m_dataset.claimIndex(claimId);
    if (other < 0)
        return dataHtml(claimId);
    const QString text = TextUtil::truncated(m_dataset.claims[other].statement, 90);
    return QStringLiteral("<a href='%1:%2'>%3</a>")
        .arg(ClaimScheme, QString::number(other), dataHtml(text));
}

void CitationPanel::openLink(const QUrl &url)
{
    if (url.scheme() == ClaimScheme) {
        m_selection.setCurrentClaim(url.path().toInt());
    } else if (url.scheme() == DisclosureScheme) {
        const QStringList parts = url.path().split(QLatin1Char('/'));
        const int which = parts.value(0).toInt();
        const int source = parts.value(1, QStringLiteral("-1")).toInt();
        if (parts.size() == 2 && source >= 0 && source < m_dataset.sources.size() &&
            (which == int(Disclosure::Notes) || which == int(Disclosure::DateNote)))
            toggle(Disclosure(which), m_dataset.sources[source].id);
    } else if (url.scheme() == ArticleScheme) {
        const QStringList parts = url.path().split(QLatin1Char('/'));
        if (parts.size() == 2)
            emit showInArticleRequested(parts[0].toInt(), parts[1].toInt());
    }
}

void CitationPanel::setEditRefusal(const QString &why)
{
    m_editRefusal = why;
}

QMenu *CitationPanel::createContextMenu(const QPoint &pos)
{
    // The browser's entries look for a link where the menu opens, in the document.
    const QPoint scrolled(m_browser->horizontalScrollBar()->value(),
                          m_browser->verticalScrollBar()->value());
    QMenu *menu = m_browser->createStandardContextMenu(pos + scrolled);
    menu->setObjectName(QStringLiteral("citationMenu"));
    menu->setToolTipsVisible(true);
    if (m_claim < 0 || m_claim >= m_dataset.claims.size())
        return menu;
    menu->addSeparator();
    const auto add = [this, menu](const QString &text, const QString &name, auto emitIt) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        action->setEnabled(m_editRefusal.isEmpty());
        if (!m_editRefusal.isEmpty()) {
            action->setToolTip(PlainText::forAutoText(m_editRefusal));
            action->setStatusTip(m_editRefusal);
        }
        connect(action, &QAction::triggered, this, emitIt);
    };
    const int claim = m_claim;
    const Claim &c = m_dataset.claims[claim];
    add(tr("&Edit Claim…"), QStringLiteral("editClaim"),
        [this, claim] { emit editClaimRequested(claim); });
    for (const int s : m_dataset.sourcesOfClaim(claim))
        add(tr("Edit Source %1…").arg(menuData(m_dataset.sources[s].label)),
            QStringLiteral("editSource:") + m_dataset.sources[s].id,
            [this, s] { emit editSourceRequested(s); });
    // Each actor once: those the claim names, then its claimant when it names it not.
    QList<int> actors;
    for (const ActorRef &ref : c.actors)
        actors.append(m_dataset.actorIndex(ref.actor));
    if (!c.claimant.isEmpty())
        actors.append(m_dataset.actorIndex(c.claimant));
    QList<int> seen;
    for (const int a : std::as_const(actors)) {
        if (a < 0 || seen.contains(a))
            continue;
        seen.append(a);
        add(tr("Edit Actor %1…").arg(menuData(m_dataset.actors[a].name)),
            QStringLiteral("editActor:") + m_dataset.actors[a].id,
            [this, a] { emit editActorRequested(a); });
    }
    return menu;
}

void CitationPanel::showContextMenu(const QPoint &pos)
{
    QMenu *menu = createContextMenu(pos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_browser->viewport()->mapToGlobal(pos));
}

void CitationPanel::applyDelta(const DatasetDelta &delta)
{
    if (m_claim < 0 || (delta.sources.isEmpty() && delta.actors.isEmpty() &&
                        delta.conflicts.isEmpty() && !delta.claims.movesRows()))
        return;
    // Re-rendered where the reader is, as a disclosure does.
    QScrollBar *bar = m_browser->verticalScrollBar();
    const int at = bar->value();
    showClaim(delta.claims.newIndexOf(m_claim));
    bar->setValue(at);
}
