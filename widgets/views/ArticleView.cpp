#include "widgets/views/ArticleView.h"

#include "models/data/Dataset.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

ArticleView::ArticleView(const Dataset &dataset, QWidget *parent)
    : QDialog(parent), m_dataset(dataset), m_heading(new QLabel(this)), m_status(new QLabel(this)),
      m_text(new QTextBrowser(this))
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
        setWindowTitle(tr("Article — %1").arg(src.title));
        m_heading->setText(tr("<b>%1</b> — <i>%2</i><br>%3 · file %4")
                               .arg(src.outlet.toHtmlEscaped(), src.title.toHtmlEscaped(),
                                    src.published.toIsoString(), src.file.toHtmlEscaped()));
    }
    m_status->setText(r.message);
    m_status->setVisible(!r.message.isEmpty());
    if (r.text.isEmpty())
        m_text->setPlainText(QString());
    else
        m_text->setPlainText(r.text);
    m_span = r.quote;
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
    m_text->ensureCursorVisible();
    const QRect at = m_text->cursorRect();
    QScrollBar *bar = m_text->verticalScrollBar();
    bar->setValue(bar->value() + at.center().y() - m_text->viewport()->height() / 3);
}
