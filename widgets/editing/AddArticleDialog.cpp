#include "widgets/editing/AddArticleDialog.h"

#include "models/corpus/ArticleLayout.h"
#include "models/corpus/ArticleText.h"
#include "models/dossier/Change.h"
#include "models/viewmodels/PlainText.h"
#include "widgets/editing/SourceForm.h"
#include "widgets/views/ArticleView.h"
#include "widgets/views/NumberedTextEdit.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

// The one local file a drag carries, or an empty string.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

AddArticleDialog::AddArticleDialog(const Dataset &dataset, const QString &corpusDir,
                                   QWidget *parent)
    : QDialog(parent), m_dataset(dataset), m_corpusDir(corpusDir), m_fileLabel(new QLabel(this)),
      m_fileName(new QLineEdit(this)), m_choose(new QPushButton(this)), m_status(new QLabel(this)),
      m_reviewLabel(new QLabel(this)), m_review(new NumberedTextEdit(this)),
      m_form(new SourceForm(dataset, corpusDir, this)), m_reason(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setAcceptDrops(true);
    m_fileName->setReadOnly(true);
    m_fileLabel->setBuddy(m_fileName);
    m_choose->setAutoDefault(false);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    m_status->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a0000; border: "
                                           "1px solid #e0a0a0; padding: 6px; }"));
    m_reviewLabel->setBuddy(m_review);
    m_review->setReadOnly(true);
    QFont serif = m_review->font();
    serif.setFamilies({QStringLiteral("DejaVu Serif"), QStringLiteral("serif")});
    m_review->setFont(serif);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_fileName, 1);
    fileRow->addWidget(m_choose);

    auto *reviewBox = new QWidget(this);
    auto *reviewColumn = new QVBoxLayout(reviewBox);
    reviewColumn->setContentsMargins(0, 0, 0, 0);
    reviewColumn->addWidget(m_reviewLabel);
    reviewColumn->addWidget(m_review, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(reviewBox);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_reason, 1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    setTabOrder(m_fileName, m_choose);
    setTabOrder(m_choose, m_review);
    setTabOrder(m_review, m_form->field(QStringLiteral("label")));
    setTabOrder(m_form->field(QStringLiteral("file")), m_buttons);

    connect(m_choose, &QPushButton::clicked, this, &AddArticleDialog::chooseFile);
    connect(m_form, &SourceForm::changed, this, &AddArticleDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    m_form->setEnabled(false);
    resize(1000, 640);
}

bool AddArticleDialog::loadFile(const QString &path)
{
    m_path = path;
    m_fileName->setText(QDir::toNativeSeparators(path));
    m_article = ArticleIntake::fromFile(path, m_corpusDir);
    m_status->setText(m_article.error);
    m_status->setVisible(!m_article.ok());
    if (m_article.ok()) {
        const ArticleText text(m_article.text);
        const ArticleLayout layout(text, ArticleView::MaxShownLine);
        m_review->setPlainText(layout.text());
        m_review->setNumberedLines(layout.firstLines());
        Source suggested = m_article.suggested;
        // A first label readers can tell apart: the outlet and year, as sources without one
        // are known; the user is expected to make it better.
        if (suggested.label.isEmpty() && !suggested.outlet.isEmpty())
            suggested.label = suggested.fallbackLabel();
        m_form->setSource(suggested);
    } else {
        m_review->setPlainText(QString());
        m_review->setNumberedLines({});
    }
    m_form->setEnabled(m_article.ok());
    updateState();
    return m_article.ok();
}

Source AddArticleDialog::source() const
{
    Source s = m_form->source();
    s.sha256 = m_article.sha256;
    return s;
}

QString AddArticleDialog::blockedReason() const
{
    if (m_path.isEmpty())
        return tr("Choose an article file, or drop one here.");
    if (!m_article.ok())
        return tr("This file cannot be added.");
    if (!m_form->isValid())
        return m_form->firstProblem();
    return {};
}

void AddArticleDialog::updateState()
{
    const QString reason = blockedReason();
    m_reason->setText(reason);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(reason.isEmpty());
    ok->setToolTip(PlainText::forAutoText(reason));
    ok->setAccessibleDescription(reason);
}

void AddArticleDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add Article"), m_path.isEmpty() ? QString() : QFileInfo(m_path).path(),
        tr("Articles (*.txt *.html *.htm *.xhtml);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void AddArticleDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AddArticleDialog::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    loadFile(path);
}

void AddArticleDialog::retranslate()
{
    setWindowTitle(tr("Add Article"));
    m_fileLabel->setText(tr("Article fil&e:"));
    m_fileName->setAccessibleName(tr("Article file"));
    m_fileName->setPlaceholderText(tr("A UTF-8 text file or a saved HTML page"));
    m_choose->setText(tr("&Browse…"));
    m_reviewLabel->setText(tr("Pa&ragraphs, numbered as citations will number them:"));
    m_review->setAccessibleName(tr("Article paragraphs"));
    m_review->setAccessibleDescription(
        tr("The article as it will be kept in the corpus, one numbered paragraph after another"));
    updateState();
}

void AddArticleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

Change AddArticleDialog::addSourceChange(const Source &source)
{
    return Change::create(Record(source), tr("Add source %1").arg(source.label));
}
