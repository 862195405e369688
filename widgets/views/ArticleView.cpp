#include "widgets/views/ArticleView.h"

#include "models/data/Dataset.h"
#include "models/data/TextUtil.h"
#include "models/viewmodels/PlainText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <vector>

namespace {

// The article as the view shows it: lines longer than ArticleView::MaxShownLine broken into
// several (after a space when there is one, never inside a character), and where the breaks
// went, to map offsets in the article to offsets in the view.
struct ShownText
{
    QString text;
    std::vector<qsizetype> breaks; // article offsets before which a line break was put

    static ShownText of(const QString &article)
    {
        ShownText shown;
        const qsizetype size = article.size();
        if (size > ArticleView::MaxShownLine)
            shown.text.reserve(size + size / (ArticleView::MaxShownLine / 2) + 1);
        qsizetype lineStart = 0;
        qsizetype copied = 0;
        for (qsizetype i = 0; i < size; ++i) {
            if (article[i] == QLatin1Char('\n')) {
                lineStart = i + 1;
                continue;
            }
            if (i - lineStart < ArticleView::MaxShownLine)
                continue;
            // After the last space of the line's second half; a line without one is cut.
            const qsizetype half = lineStart + ArticleView::MaxShownLine / 2;
            const qsizetype space = QStringView(article).sliced(half, i - half).lastIndexOf(u' ');
            qsizetype cut = space >= 0 ? half + space + 1 : i;
            while (cut > lineStart + 1 && (article[cut].isLowSurrogate() || article[cut].isMark()))
                --cut;
            shown.text += QStringView(article).sliced(copied, cut - copied);
            shown.text += QLatin1Char('\n');
            shown.breaks.push_back(cut);
            copied = cut;
            lineStart = cut;
        }
        if (shown.breaks.empty())
            shown.text = article;
        else
            shown.text += QStringView(article).sliced(copied);
        return shown;
    }

    qsizetype start(qsizetype offset) const
    {
        return offset + (std::upper_bound(breaks.begin(), breaks.end(), offset) - breaks.begin());
    }
    qsizetype end(qsizetype offset) const
    {
        return offset + (std::lower_bound(breaks.begin(), breaks.end(), offset) - breaks.begin());
    }
};

} // namespace

ArticleView::ArticleView(const Dataset &dataset, QWidget *parent)
    : QDialog(parent), m_dataset(dataset), m_heading(new QLabel(this)), m_status(new QLabel(this)),
      m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Article"));
    m_text->setAccessibleName(tr("Article text"));
    m_text->setAccessibleDescription(tr("The full article, with the quoted passage highlighted"));
    setModal(false);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a0000; border: "
                                           "1px solid #e0a0a0; padding: 6px; }"));
    QFont serif = m_text->font();
    serif.setFamilies({QStringLiteral("DejaVu Serif"), QStringLiteral("serif")});
    serif.setPointSizeF(serif.pointSizeF() * 1.1);
    m_text->setFont(serif);
    m_text->setReadOnly(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_status);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(760, 620);
}

void ArticleView::showCitation(const QString &corpusDir, int claim, int citation)
{
    const CitationLocator::Result r =
        CitationLocator::locate(m_dataset, corpusDir, claim, citation);
    m_result = r.status;
    const Citation &cit = m_dataset.claims[claim].citations[citation];
    const int s = m_dataset.sourceIndex(cit.source);
    if (s >= 0) {
        const Source &src = m_dataset.sources[s];
        setWindowTitle(
            PlainText::forWindowTitle(tr("Article — %1").arg(TextUtil::isolated(src.title))));
        m_heading->setText(tr("<b>%1</b><br>%2 — <i>%3</i> · file %4")
                               .arg(PlainText::html(src.label), PlainText::html(src.outlet),
                                    PlainText::html(src.title), PlainText::html(src.file)));
    }
    m_status->setText(r.message);
    m_status->setVisible(!r.message.isEmpty());
    const ShownText shown = ShownText::of(r.text);
    m_text->setPlainText(shown.text);
    m_span = r.quote.end > r.quote.start
                 ? ArticleText::Span{shown.start(r.quote.start), shown.end(r.quote.end)}
                 : ArticleText::Span{};
    highlight();
    show();
    raise();
    activateWindow();
    // Scroll once the document is laid out at the window's size.
    QTimer::singleShot(0, this, &ArticleView::centerOnQuote);
}

void ArticleView::highlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_span.end > m_span.start) {
        QTextEdit::ExtraSelection quote;
        quote.cursor = QTextCursor(m_text->document());
        quote.cursor.setPosition(int(m_span.start));
        quote.cursor.setPosition(int(m_span.end), QTextCursor::KeepAnchor);
        quote.format.setBackground(QColor(0xFF, 0xE0, 0x66));
        quote.format.setForeground(QColor(Qt::black));
        selections.append(quote);
        QTextCursor at(m_text->document());
        at.setPosition(int(m_span.start));
        m_text->setTextCursor(at);
    }
    m_text->setExtraSelections(selections);
}

void ArticleView::centerOnQuote()
{
    if (m_span.end <= m_span.start)
        return;
    m_text->centerCursor();
}
