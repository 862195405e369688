#include "widgets/editing/SourceForm.h"

#include "models/corpus/ArticleIntake.h"
#include "models/format/DatasetValidator.h"
#include "models/format/RecordIds.h"
#include "widgets/editing/PartialDateEdit.h"
#include "widgets/shell/Theme.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {

QString textOf(const QWidget *editor)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(editor))
        return plain->toPlainText();
    return {};
}

// Notes are prose of a few lines: a box that shows three of them, and Tab moves on.
QPlainTextEdit *proseEdit(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 2 * edit->frameWidth() + 8);
    return edit;
}

} // namespace

SourceForm::SourceForm(const Dataset &dataset, QString corpusDir, QWidget *parent)
    : QWidget(parent), m_dataset(dataset), m_corpusDir(std::move(corpusDir)),
      m_layout(new QFormLayout), m_label(new QLineEdit(this)), m_outlet(new QLineEdit(this)),
      m_title(new QLineEdit(this)), m_author(new QLineEdit(this)),
      m_published(new PartialDateEdit(this)), m_publishedNote(proseEdit(this)),
      m_language(new QLineEdit(this)), m_notes(proseEdit(this)), m_file(new QLineEdit(this))
{
    // The rows keep their heights and the space left over goes below them.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_layout);
    outer->addStretch(1);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Each caption beside its field, whatever the style would do with a narrow form: a caption
    // wrapped above its field reads as belonging to the row before.
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    // The order of the rows is the order of Tab: who, what, when, then the rest.
    addRow(QStringLiteral("label"), m_label);
    addRow(QStringLiteral("outlet"), m_outlet);
    addRow(QStringLiteral("title"), m_title);
    addRow(QStringLiteral("author"), m_author);
    addRow(QStringLiteral("published"), m_published);
    addRow(QStringLiteral("published_note"), m_publishedNote);
    addRow(QStringLiteral("language"), m_language);
    addRow(QStringLiteral("notes"), m_notes);
    addRow(QStringLiteral("file"), m_file);
    QWidget *previous = nullptr;
    for (const Row &row : std::as_const(m_rows)) {
        if (previous)
            setTabOrder(previous, row.editor);
        previous = row.editor;
    }
    retranslate();
    for (QLineEdit *edit : {m_label, m_outlet, m_title, m_author, m_language, m_file})
        connect(edit, &QLineEdit::textChanged, this, &SourceForm::validate);
    for (QPlainTextEdit *edit : {m_publishedNote, m_notes})
        connect(edit, &QPlainTextEdit::textChanged, this, &SourceForm::validate);
    connect(m_published, &PartialDateEdit::dateChanged, this, &SourceForm::validate);
    validate();
}

void SourceForm::addRow(const QString &name, QWidget *editor)
{
    Row row;
    row.name = name;
    row.editor = editor;
    row.label = new QLabel(this);
    row.label->setBuddy(editor);
    row.problem = new QLabel(this);
    row.problem->setTextFormat(Qt::PlainText);
    row.problem->setWordWrap(true);
    row.problem->setVisible(false);
    QPalette palette = row.problem->palette();
    palette.setColor(QPalette::WindowText,
                     Theme::isDark(palette) ? QColor(0xFF, 0x9E, 0x9E) : QColor(0xA4, 0x00, 0x00));
    row.problem->setPalette(palette);
    auto *cell = new QWidget(this);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);
    column->addWidget(row.problem);
    m_layout->addRow(row.label, cell);
    m_rows.append(row);
}

QString SourceForm::caption(const QString &name) const
{
    if (name == QLatin1String("label"))
        return tr("&Label:");
    if (name == QLatin1String("outlet"))
        return tr("&Outlet:");
    if (name == QLatin1String("title"))
        return tr("&Title:");
    if (name == QLatin1String("author"))
        return tr("A&uthor:");
    if (name == QLatin1String("published"))
        return tr("&Published:");
    if (name == QLatin1String("published_note"))
        return tr("How the &date is known:");
    if (name == QLatin1String("language"))
        return tr("Lan&guage:");
    if (name == QLatin1String("notes"))
        return tr("&Notes:");
    return tr("Corpus &file:");
}

void SourceForm::retranslate()
{
    for (const Row &row : std::as_const(m_rows)) {
        row.label->setText(caption(row.name));
        // The caption without its '&' and colon names the field for a screen reader.
        QString name = row.label->text();
        name.remove(QLatin1Char('&'));
        if (name.endsWith(QLatin1Char(':')))
            name.chop(1);
        QWidget *target = row.editor == m_published ? m_published->lineEdit() : row.editor;
        target->setAccessibleName(name.trimmed());
    }
    m_label->setPlaceholderText(tr("How readers will know it, e.g. Le Monde, March 2024"));
    m_author->setPlaceholderText(tr("Empty when unknown"));
    m_publishedNote->setPlaceholderText(
        tr("Empty when the article states its date; otherwise how it was inferred"));
    m_language->setPlaceholderText(tr("A language tag: fr, en, de-CH…"));
    m_notes->setPlaceholderText(tr("What a reader weighing the source should know"));
    validate();
}

void SourceForm::setSource(const Source &source)
{
    m_label->setText(source.label);
    m_outlet->setText(source.outlet);
    m_title->setText(source.title);
    m_author->setText(source.author);
    m_published->setDate(source.published);
    m_publishedNote->setPlainText(source.publishedNote);
    m_language->setText(source.language);
    m_notes->setPlainText(source.notes);
    m_file->setText(source.file);
    m_sha256 = source.sha256;
    validate();
}

void SourceForm::editExisting(const Source &source)
{
    m_existing = source;
    m_file->setReadOnly(true);
    setSource(source);
}

Source SourceForm::source() const
{
    Source s;
    s.label = m_label->text().trimmed();
    s.outlet = m_outlet->text().trimmed();
    s.title = m_title->text().trimmed();
    s.author = m_author->text().trimmed();
    s.published = m_published->date();
    s.publishedNote = m_publishedNote->toPlainText().trimmed();
    s.language = m_language->text().trimmed();
    s.notes = m_notes->toPlainText().trimmed();
    s.file = m_file->text().trimmed();
    s.sha256 = m_sha256;
    const QString year = s.published.isValid() ? QString::number(s.published.year()) : QString();
    if (m_existing) {
        s.id = m_existing->id;
        return s;
    }
    s.id = RecordIds::fromText(
        s.label.isEmpty() ? s.outlet + QLatin1Char(' ') + year : s.label, QStringLiteral("source"),
        [this](const QString &id) { return m_dataset.sourceIndex(id) >= 0; });
    return s;
}

void SourceForm::validate()
{
    if (m_rows.isEmpty())
        return;
    const Source candidate = source();
    // The source among the dataset's own: the rules that tie it to the others (a label of its
    // own) come with the validator's, in its words.
    Dataset check;
    check.sources = m_dataset.sources;
    DatasetValidator::Records records;
    // An edited source stands in its own place: its label is not another's.
    const int existing = m_existing ? m_dataset.sourceIndex(m_existing->id) : -1;
    if (existing >= 0) {
        check.sources[existing] = candidate;
        records.sources = {existing};
    } else {
        check.sources.append(candidate);
        records.sources = {int(check.sources.size() - 1)};
    }
    check.reindex();
    m_problems.clear();
    const auto add = [this](const QString &field, const QString &message) {
        if (!m_problems.contains(field))
            m_problems.insert(field, message);
    };
    for (const Problem &p : DatasetValidator::validateRecords(check, records, QString())) {
        // The id is made from the label; the checksum comes with the file.
        const QString field = p.field == QLatin1String("id")       ? QStringLiteral("label")
                              : p.field == QLatin1String("sha256") ? QStringLiteral("file")
                                                                   : p.field;
        add(field, p.message);
    }
    if (m_published->isEmpty())
        add(QStringLiteral("published"), tr("must not be empty: give the year at least"));
    else if (!m_published->date().isValid())
        add(QStringLiteral("published"), m_published->error());
    if (!m_existing && !m_problems.contains(QStringLiteral("file")))
        if (const QString why = ArticleIntake::whyNameUnavailable(m_corpusDir, candidate.file);
            !why.isEmpty())
            add(QStringLiteral("file"), why);

    for (const Row &row : std::as_const(m_rows)) {
        const QString problem = m_problems.value(row.name);
        // An empty field the user has not reached yet is not shouted at: OK says what is
        // missing. The date says itself what is wrong with it, beside it.
        const bool untouched = textOf(row.editor).isEmpty() || row.editor == m_published;
        row.problem->setText(problem);
        row.problem->setVisible(!problem.isEmpty() && !untouched);
        QWidget *target = row.editor == m_published ? m_published->lineEdit() : row.editor;
        if (row.editor != m_published)
            target->setAccessibleDescription(problem);
    }
    emit changed();
}

QString SourceForm::firstProblem() const
{
    for (const Row &row : m_rows)
        if (m_problems.contains(row.name)) {
            QString name = row.label->text();
            name.remove(QLatin1Char('&'));
            if (name.endsWith(QLatin1Char(':')))
                name.chop(1);
            return tr("%1: %2").arg(name.trimmed(), m_problems.value(row.name));
        }
    return {};
}

QWidget *SourceForm::field(const QString &name) const
{
    for (const Row &row : m_rows)
        if (row.name == name)
            return row.editor == m_published ? m_published->lineEdit() : row.editor;
    return nullptr;
}

void SourceForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
