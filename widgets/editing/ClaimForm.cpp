#include "widgets/editing/ClaimForm.h"

#include "models/data/ClaimKinds.h"
#include "models/data/TextUtil.h"
#include "models/viewmodels/PlainText.h"
#include "widgets/editing/ActorRefsEditor.h"
#include "widgets/editing/PartialDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStringListModel>

ClaimForm::ClaimForm(const Dataset &dataset, QWidget *parent)
    : QWidget(parent), m_dataset(dataset), m_date(new PartialDateEdit(this)),
      m_datedByReport(new QCheckBox(tr("Dated by &when it was reported"), this)),
      m_dateNote(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_statement(new QPlainTextEdit(this)), m_actors(new ActorRefsEditor(dataset, this)),
      m_claimant(new QComboBox(this)), m_respondsTo(new QLineEdit(this)),
      m_citations(new QListWidget(this))
{
    m_date->lineEdit()->setToolTip(tr("As precise as the sources are: a year, a month or a day"));
    m_datedByReport->setToolTip(
        tr("The articles give no date of the event: the claim is dated by its report"));
    m_dateNote->setPlaceholderText(tr("Why this date, when it needs saying"));
    for (const QString &kind : ClaimKinds::known())
        m_kind->addItem(ClaimKinds::label(kind), kind);
    m_statement->setTabChangesFocus(true);
    m_statement->setPlaceholderText(tr("What the claim says, in neutral English"));
    m_claimant->addItem(tr("reported as fact"), QString());
    for (const Actor &a : m_dataset.actors)
        m_claimant->addItem(a.name, a.id);
    m_respondsTo->setPlaceholderText(tr("The id of the claim it answers, if any"));
    QStringList ids;
    ids.reserve(m_dataset.claims.size());
    for (const Claim &c : m_dataset.claims)
        ids.append(c.id);
    auto *completer = new QCompleter(new QStringListModel(ids, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_respondsTo->setCompleter(completer);
    m_citations->setWordWrap(true);
    m_citations->setMaximumHeight(fontMetrics().lineSpacing() * 7);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_datedByReport);
    form->addRow(tr("Date &note:"), m_dateNote);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Statement:"), m_statement);
    form->addRow(tr("Ac&tors:"), m_actors);
    form->addRow(tr("&Claimed by:"), m_claimant);
    form->addRow(tr("&Responds to:"), m_respondsTo);
    form->addRow(tr("Citations:"), m_citations);
    // Each field is named by its label for screen readers (the label is its buddy).
    for (int row = 0; row < form->rowCount(); ++row) {
        auto *label =
            qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                                       ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                       : nullptr);
        QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
        if (label && field && field->widget()) {
            QString name = label->text();
            name.remove(QLatin1Char('&'));
            name.chop(name.endsWith(QLatin1Char(':')) ? 1 : 0);
            QWidget *named = field->widget() == m_date ? m_date->lineEdit() : field->widget();
            named->setAccessibleName(name.trimmed());
        }
    }

    for (QLineEdit *edit : {m_date->lineEdit(), m_dateNote, m_respondsTo})
        connect(edit, &QLineEdit::textEdited, this, &ClaimForm::edited);
    connect(m_date->lineEdit(), &QLineEdit::textEdited, this, [this] {
        // A date typed is the event's own.
        m_datedByReport->setChecked(false);
    });
    connect(m_datedByReport, &QCheckBox::toggled, this, &ClaimForm::edited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ClaimForm::edited);
    connect(m_claimant, &QComboBox::currentIndexChanged, this, &ClaimForm::edited);
    connect(m_statement, &QPlainTextEdit::textChanged, this, &ClaimForm::edited);
    connect(m_actors, &ActorRefsEditor::edited, this, &ClaimForm::edited);
}

void ClaimForm::setClaim(const Claim &claim)
{
    const QSignalBlocker quiet(this);
    m_claim = claim;
    m_date->setDate(claim.date);
    m_datedByReport->setChecked(claim.datedByReport);
    m_dateNote->setText(claim.dateNote);
    // A kind this version does not know stays as it is; a new claim has none chosen yet.
    if (!claim.kind.isEmpty() && m_kind->findData(claim.kind) < 0)
        m_kind->addItem(claim.kind, claim.kind);
    m_kind->setCurrentIndex(m_kind->findData(claim.kind));
    m_statement->setPlainText(claim.statement);
    m_actors->setActors(claim.actors);
    m_shownActors = m_actors->actors();
    m_claimant->setCurrentIndex(std::max(0, m_claimant->findData(claim.claimant)));
    m_respondsTo->setText(claim.respondsTo);
    m_shown = {m_date->lineEdit()->text(), m_dateNote->text(), m_statement->toPlainText(),
               m_respondsTo->text()};
    m_citations->clear();
    for (const Citation &cit : claim.citations) {
        // Plain text: an item's text is never read as markup.
        auto *item =
            new QListWidgetItem(tr("%1, ¶%2: “%3”")
                                    .arg(TextUtil::isolated(m_dataset.sourceLabel(cit.source)))
                                    .arg(cit.paragraph)
                                    .arg(TextUtil::isolated(cit.quote)),
                                m_citations);
        item->setToolTip(PlainText::forAutoText(cit.quote));
    }
}

Claim ClaimForm::claim() const
{
    // A field left as shown keeps the claim's own value: text widgets do not give back every
    // string as they were given it (a text document turns no-break spaces into spaces), and
    // the dataset's text survives every round trip byte for byte.
    Claim c = m_claim;
    if (m_date->lineEdit()->text() != m_shown.date)
        c.date = m_date->date();
    c.datedByReport = m_datedByReport->isChecked();
    if (m_dateNote->text() != m_shown.dateNote)
        c.dateNote = m_dateNote->text();
    c.kind = m_kind->currentData().toString();
    if (m_statement->toPlainText() != m_shown.statement)
        c.statement = m_statement->toPlainText();
    if (const QList<ActorRef> actors = m_actors->actors(); actors != m_shownActors)
        c.actors = actors;
    c.claimant = m_claimant->currentData().toString();
    if (m_respondsTo->text() != m_shown.respondsTo)
        c.respondsTo = m_respondsTo->text().trimmed();
    return c;
}

QString ClaimForm::dateProblem() const
{
    return m_date->error();
}

QLineEdit *ClaimForm::dateEdit() const
{
    return m_date->lineEdit();
}
