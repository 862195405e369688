#include "widgets/views/ArticleView.h"

#include "models/corpus/CorpusFolder.h"
#include "models/data/DatasetDelta.h"

#include "models/data/Dataset.h"
#include "models/data/TextUtil.h"
#include "models/filter/SelectionState.h"
#include "models/viewmodels/PlainText.h"
#include "widgets/shell/Theme.h"
#include "widgets/views/NumberedTextEdit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace {

// The passages' colours on the palette's content background: the current one stronger, and
// outlined so that it stands out without colour too.
struct PassageColors
{
    QColor cited;
    QColor citedText;
    QColor current;
    QColor currentText;
    QColor outline;

    static PassageColors of(const QPalette &palette)
    {
        if (Theme::isDark(palette))
            return {QColor(0x5C, 0x4C, 0x14), QColor(0xF2, 0xF2, 0xF2), QColor(0xFF, 0xCC, 0x4D),
                    QColor(Qt::black), QColor(0xFF, 0xE8, 0xA8)};
        return {QColor(0xFF, 0xF2, 0xB3), QColor(Qt::black), QColor(0xFF, 0xBE, 0x3B),
                QColor(Qt::black), QColor(0x8A, 0x4B, 0x00)};
    }
};

} // namespace

ArticleView::ArticleView(const Dataset &dataset, SelectionState *selection, QWidget *parent)
    : QDialog(parent), m_dataset(dataset), m_selection(selection), m_heading(new QLabel(this)),
      m_status(new QLabel(this)), m_text(new NumberedTextEdit(this)), m_position(new QLabel(this)),
      m_previous(new QPushButton(tr("&Previous Citation"), this)),
      m_next(new QPushButton(tr("&Next Citation"), this))
{
    setWindowTitle(tr("Article"));
    m_text->setAccessibleName(tr("Article text"));
    m_text->setAccessibleDescription(
        tr("The full article, its paragraphs numbered as the citations number them, with every "
           "passage the dataset cites highlighted"));
    setModal(false);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a0000; border: "
                                           "1px solid #e0a0a0; padding: 6px; }"));
    m_position->setTextFormat(Qt::PlainText);
    QFont serif = m_text->font();
    serif.setFamilies({QStringLiteral("DejaVu Serif"), QStringLiteral("serif")});
    serif.setPointSizeF(serif.pointSizeF() * 1.1);
    m_text->setFont(serif);
    m_text->setReadOnly(true);
    m_text->viewport()->installEventFilter(this);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QWidget::customContextMenuRequested, this, &ArticleView::showContextMenu);
    connect(m_text, &QPlainTextEdit::selectionChanged, this, &ArticleView::textSelectionChanged);

    // Shortcuts of their own rather than the buttons': a button's shortcut clicks it a moment
    // later, and a key held down to run through the passages would lose steps.
    auto *previous = new QShortcut(QKeySequence(tr("Shift+F3")), this);
    auto *next = new QShortcut(QKeySequence(tr("F3")), this);
    connect(previous, &QShortcut::activated, this, &ArticleView::previousCitation);
    connect(next, &QShortcut::activated, this, &ArticleView::nextCitation);
    m_previous->setToolTip(tr("The cited passage before this one (%1)")
                               .arg(previous->key().toString(QKeySequence::NativeText)));
    m_next->setToolTip(tr("The cited passage after this one (%1)")
                           .arg(next->key().toString(QKeySequence::NativeText)));
    m_previous->setAutoDefault(false);
    m_next->setAutoDefault(false);
    connect(m_previous, &QPushButton::clicked, this, &ArticleView::previousCitation);
    connect(m_next, &QPushButton::clicked, this, &ArticleView::nextCitation);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // The window is made with the main window (its actions are in the Edit menu), so its words
    // are all in our catalogue, not some in Qt's.
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_previous);
    bottom->addWidget(m_next);
    bottom->addWidget(m_position, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_status);
    layout->addWidget(m_text, 1);
    layout->addLayout(bottom);
    resize(760, 620);
    updatePosition();

    if (m_selection)
        connect(m_selection, &SelectionState::selectionChanged, this,
                &ArticleView::followSelection);
}

QPlainTextEdit *ArticleView::textView() const
{
    return m_text;
}

void ArticleView::showCitation(const QString &corpusDir, int claim, int citation)
{
    m_corpusDir = corpusDir;
    // Asked for, the quote is brought back into view even when it is the one shown.
    display({claim, citation}, true);
    show();
    raise();
    activateWindow();
}

void ArticleView::showSource(const QString &corpusDir, const QString &sourceId)
{
    m_corpusDir = corpusDir;
    m_citation = {};
    m_span = {};
    const int s = m_dataset.sourceIndex(sourceId);
    QString message;
    QString text;
    CitationLocator::Status status = CitationLocator::Status::NoCorpus;
    if (s >= 0) {
        const Source &source = m_dataset.sources[s];
        showHeading(source);
        QString error;
        const std::optional<CorpusFolder::Article> article =
            corpusDir.isEmpty() ? std::nullopt : CorpusFolder(corpusDir).read(source.file, &error);
        status = !article ? (corpusDir.isEmpty() ? CitationLocator::Status::NoCorpus
                                                 : CitationLocator::Status::Unreadable)
                 : !source.sha256.isEmpty() && article->sha256 != source.sha256
                     ? CitationLocator::Status::ChecksumMismatch
                     : CitationLocator::Status::Found;
        if (!article)
            message = error.isEmpty() ? tr("No corpus folder is attached.") : error;
        else if (status == CitationLocator::Status::ChecksumMismatch)
            message = tr("The file “%1” differs from the article the dataset was built from "
                         "(its SHA-256 does not match); the text may not be what was quoted.")
                          .arg(TextUtil::isolated(source.file));
        if (article)
            text = article->text;
    }
    m_result = status;
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
    setArticle(s >= 0 ? sourceId : QString(), text);
    highlight();
    updatePosition();
    show();
    raise();
    activateWindow();
}

void ArticleView::setArticle(const QString &sourceId, const QString &text)
{
    const ArticleText article(text);
    m_layout = ArticleLayout(article, MaxShownLine);
    m_passages = text.isEmpty() || sourceId.isEmpty()
                     ? QList<CitedPassage>{}
                     : CitedPassages::of(m_dataset, sourceId, article);
    m_current = -1;
    m_text->setPlainText(m_layout.text());
    m_text->setNumberedLines(m_layout.firstLines());
    m_sourceId = sourceId;
    m_articleText = text;
    emit textSelectionChanged();
}

void ArticleView::showHeading(const Source &src)
{
    setWindowTitle(
        PlainText::forWindowTitle(tr("Article — %1").arg(TextUtil::isolated(src.title))));
    m_heading->setText(tr("<b>%1</b><br>%2 — <i>%3</i> · file %4")
                           .arg(PlainText::html(src.label), PlainText::html(src.outlet),
                                PlainText::html(src.title), PlainText::html(src.file)));
    m_heading->setAccessibleName(
        tr("%1 — %2 — %3 · file %4")
            .arg(TextUtil::isolated(src.label), TextUtil::isolated(src.outlet),
                 TextUtil::isolated(src.title), TextUtil::isolated(src.file)));
}

ArticleText::Span ArticleView::selectedSpan() const
{
    const QTextCursor cursor = m_text->textCursor();
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

void ArticleView::addContextActions(const QList<QAction *> &actions)
{
    m_contextActions += actions;
    addActions(actions);
}

void ArticleView::showContextMenu(const QPoint &pos)
{
    QMenu *menu = m_text->createStandardContextMenu(pos);
    if (!m_contextActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_contextActions);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_text->viewport()->mapToGlobal(pos));
}

void ArticleView::setCorpusDir(const QString &corpusDir)
{
    if (corpusDir == m_corpusDir)
        return;
    m_corpusDir = corpusDir;
    if (isVisible() && m_citation.claim >= 0) {
        m_sourceId.clear(); // read again, from the new folder
        display(m_citation);
    }
}

void ArticleView::applyDelta(const DatasetDelta &delta)
{
    if (delta.claims.isEmpty() && delta.sources.isEmpty())
        return;
    if (m_citation.claim < 0) {
        // An article shown for its source: the passages claims cite in it may have changed.
        if (!m_sourceId.isEmpty() && m_dataset.sourceIndex(m_sourceId) >= 0) {
            m_passages = CitedPassages::of(m_dataset, m_sourceId, ArticleText(m_articleText));
            highlight();
            updatePosition();
        }
        return;
    }
    const int claim = delta.claims.newIndexOf(m_citation.claim);
    if (claim >= 0 && m_citation.citation < m_dataset.claims[claim].citations.size()) {
        m_sourceId.clear(); // the passages cited in the article may have changed
        display({claim, m_citation.citation});
        return;
    }
    // The claim shown is gone: its article stays, with nothing marked in it.
    m_citation = {};
    m_passages.clear();
    m_current = -1;
    m_span = {};
    highlight();
    updatePosition();
}

void ArticleView::display(CitationRef ref, bool bringIntoView)
{
    const CitationLocator::Result r =
        CitationLocator::locate(m_dataset, m_corpusDir, ref.claim, ref.citation);
    m_result = r.status;
    m_citation = ref;
    const Citation &cit = m_dataset.claims[ref.claim].citations[ref.citation];
    const int s = m_dataset.sourceIndex(cit.source);
    if (s >= 0)
        showHeading(m_dataset.sources[s]);
    m_status->setText(r.message);
    m_status->setVisible(!r.message.isEmpty());

    const bool sameText = s >= 0 && m_sourceId == cit.source && r.text == m_articleText;
    if (!sameText)
        setArticle(s >= 0 ? cit.source : QString(), r.text);
    const ArticleText::Span previous = m_span;
    const bool found = r.quote.end > r.quote.start;
    m_span = found ? m_layout.shown(r.quote) : ArticleText::Span{};
    m_current = -1;
    for (int i = 0; found && i < m_passages.size(); ++i)
        if (m_passages[i].span == r.quote)
            m_current = i;
    highlight();
    updatePosition();
    // Reading on in the same passage keeps the scroll; another passage is brought to the
    // middle once the document is laid out at the window's size.
    if (found && (bringIntoView || !sameText || previous != m_span)) {
        QTextCursor at(m_text->document());
        at.setPosition(int(m_span.start));
        m_text->setTextCursor(at);
        QTimer::singleShot(0, this, &ArticleView::centerOnQuote);
    }
}

void ArticleView::highlight()
{
    // The window's palette: a palette change reaches the window before its children.
    const PassageColors colors = PassageColors::of(palette());
    QList<QTextEdit::ExtraSelection> selections;
    for (int i = 0; i < m_passages.size(); ++i) {
        const ArticleText::Span span = m_layout.shown(m_passages[i].span);
        QTextEdit::ExtraSelection passage;
        passage.cursor = QTextCursor(m_text->document());
        passage.cursor.setPosition(int(span.start));
        passage.cursor.setPosition(int(span.end), QTextCursor::KeepAnchor);
        const bool current = i == m_current;
        passage.format.setBackground(current ? colors.current : colors.cited);
        passage.format.setForeground(current ? colors.currentText : colors.citedText);
        selections.append(passage);
    }
    // A quote the passages do not hold (another paragraph's text, a changed file) is still
    // shown where it was found.
    if (m_current < 0 && m_span.end > m_span.start) {
        QTextEdit::ExtraSelection quote;
        quote.cursor = QTextCursor(m_text->document());
        quote.cursor.setPosition(int(m_span.start));
        quote.cursor.setPosition(int(m_span.end), QTextCursor::KeepAnchor);
        quote.format.setBackground(colors.current);
        quote.format.setForeground(colors.currentText);
        selections.append(quote);
    }
    // The current one last, so that it is drawn over a passage overlapping it.
    if (m_current >= 0)
        selections.move(m_current, selections.size() - 1);
    m_text->setExtraSelections(selections);
    m_text->setOutlined(m_span, colors.outline);
}

void ArticleView::updatePosition()
{
    const bool any = !m_passages.isEmpty();
    m_previous->setEnabled(any && m_current != 0);
    m_next->setEnabled(any && m_current != m_passages.size() - 1);
    if (m_current >= 0)
        m_position->setText(tr("Citation %1 of %2 · paragraph %3")
                                .arg(m_current + 1)
                                .arg(m_passages.size())
                                .arg(m_passages[m_current].paragraph));
    else if (any)
        m_position->setText(
            tr("%n passage(s) of this article cited", nullptr, int(m_passages.size())));
    else
        m_position->setText(m_articleText.isEmpty() ? QString()
                                                    : tr("No passage of this article is cited"));
}

void ArticleView::nextCitation()
{
    step(1);
}

void ArticleView::previousCitation()
{
    step(-1);
}

void ArticleView::step(int delta)
{
    if (m_passages.isEmpty())
        return;
    int target = m_current + delta;
    if (m_current < 0) {
        // From a quote outside the passages (or none), the next one after it in the text.
        const qsizetype at = m_span.start;
        target = delta > 0 ? 0 : int(m_passages.size()) - 1;
        for (int i = 0; i < m_passages.size(); ++i) {
            const qsizetype start = m_layout.shown(m_passages[i].span).start;
            if (delta > 0 && start > at) {
                target = i;
                break;
            }
            if (delta < 0 && start < at)
                target = i;
        }
    }
    if (target < 0 || target >= m_passages.size())
        return;
    const CitationRef ref = m_passages[target].citations.first();
    display(ref);
    if (m_selection)
        m_selection->setCurrentClaim(ref.claim);
}

void ArticleView::followSelection()
{
    // A passage selected in the text is being culled (to a claim chosen meanwhile): the view
    // stays on it rather than lose it.
    if (!isVisible() || !m_selection || m_text->textCursor().hasSelection())
        return;
    const int claim = m_selection->currentClaim();
    if (claim < 0 || claim >= m_dataset.claims.size() || claim == m_citation.claim ||
        m_dataset.claims[claim].citations.isEmpty())
        return;
    // The claim's quote of this passage, else its first in this article, else its first.
    if (m_current >= 0)
        for (const CitationRef &ref : std::as_const(m_passages[m_current].citations))
            if (ref.claim == claim)
                return display(ref);
    const QList<Citation> &citations = m_dataset.claims[claim].citations;
    int citation = 0;
    for (int i = 0; i < citations.size(); ++i)
        if (citations[i].source == m_sourceId) {
            citation = i;
            break;
        }
    display({claim, citation});
}

void ArticleView::centerOnQuote()
{
    if (m_span.end <= m_span.start)
        return;
    m_text->centerCursor();
}

int ArticleView::paragraphNumberAt(int line) const
{
    return m_text->numberAt(line);
}

int ArticleView::passageAt(qsizetype shownOffset) const
{
    // The current one first: it is drawn over any passage overlapping it.
    if (m_current >= 0) {
        const ArticleText::Span span = m_layout.shown(m_passages[m_current].span);
        if (shownOffset >= span.start && shownOffset < span.end)
            return m_current;
    }
    for (int i = 0; i < m_passages.size(); ++i) {
        const ArticleText::Span span = m_layout.shown(m_passages[i].span);
        if (shownOffset >= span.start && shownOffset < span.end)
            return i;
    }
    return -1;
}

QString ArticleView::passageToolTip(int passage) const
{
    if (passage < 0 || passage >= m_passages.size())
        return {};
    const QList<CitationRef> &refs = m_passages[passage].citations;
    QStringList lines;
    lines << tr("Cited by %n claim(s), paragraph %1:", nullptr, int(refs.size()))
                 .arg(m_passages[passage].paragraph);
    for (const CitationRef &ref : refs) {
        const Claim &claim = m_dataset.claims[ref.claim];
        lines << tr("%1: %2").arg(TextUtil::isolated(claim.id),
                                  TextUtil::isolated(claim.statement));
    }
    return lines.join(QLatin1Char('\n'));
}

bool ArticleView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor at = m_text->cursorForPosition(help->pos());
        // The nearest cursor stands between two characters: the one under the mouse is on
        // its left or on its right. A point past a line's end is near no character.
        const QRect cursor = m_text->cursorRect(at);
        const bool left = help->pos().x() < cursor.center().x() && at.position() > 0;
        const int passage = passageAt(at.position() - (left ? 1 : 0));
        if (passage >= 0 && std::abs(cursor.center().x() - help->pos().x()) < cursor.height())
            QToolTip::showText(help->globalPos(), PlainText::forAutoText(passageToolTip(passage)),
                               m_text->viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void ArticleView::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        highlight();
}
