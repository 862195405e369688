#include "widgets/editing/ActorEditDialog.h"

#include "models/data/ActorKinds.h"
#include "models/dossier/ChangeDescription.h"
#include "models/dossier/ChangeValidator.h"
#include "models/viewmodels/PlainText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *problemText(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // the message quotes what the user typed
    label->setWordWrap(true);
    label->setVisible(false);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Active, QPalette::Highlight));
    label->setPalette(palette);
    return label;
}

} // namespace

ActorEditDialog::ActorEditDialog(const Dataset &dataset, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_dataset(dataset), m_before(actor), m_form(new QFormLayout),
      m_name(new QLineEdit(this)), m_kind(new QComboBox(this)), m_aliases(new QPlainTextEdit(this)),
      m_description(new QPlainTextEdit(this)), m_other(problemText(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(PlainText::forWindowTitle(tr("Edit Actor %1").arg(actor.id)));
    for (const QString &kind : ActorKinds::known())
        m_kind->addItem(ActorKinds::label(kind), kind);
    m_aliases->setTabChangesFocus(true);
    m_aliases->setPlaceholderText(tr("One name a line"));
    m_description->setTabChangesFocus(true);
    m_name->setText(actor.name);
    m_kind->setCurrentIndex(m_kind->findData(actor.kind));
    m_aliases->setPlainText(actor.aliases.join(QLatin1Char('\n')));
    m_description->setPlainText(actor.description);
    m_fieldProblems.insert(QStringLiteral("name"), addRow(tr("&Name:"), m_name));
    m_fieldProblems.insert(QStringLiteral("kind"), addRow(tr("&Kind:"), m_kind));
    m_fieldProblems.insert(QStringLiteral("aliases"), addRow(tr("&Aliases:"), m_aliases));
    m_fieldProblems.insert(QStringLiteral("description"),
                           addRow(tr("&Description:"), m_description));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_other);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // An actor is one small record: checked at each keystroke.
    connect(m_name, &QLineEdit::textChanged, this, &ActorEditDialog::check);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActorEditDialog::check);
    connect(m_aliases, &QPlainTextEdit::textChanged, this, &ActorEditDialog::check);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ActorEditDialog::check);
    check();
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

QLabel *ActorEditDialog::addRow(const QString &caption, QWidget *editor)
{
    auto *cell = new QWidget(this);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(editor);
    QLabel *problem = problemText(cell);
    column->addWidget(problem);
    m_form->addRow(caption, cell);
    return problem;
}

Actor ActorEditDialog::actor() const
{
    Actor a = m_before;
    a.name = m_name->text();
    // An unknown kind the dataset holds stays as it is until the user picks one.
    if (m_kind->currentIndex() >= 0)
        a.kind = m_kind->currentData().toString();
    a.aliases.clear();
    for (const QString &line : m_aliases->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            a.aliases.append(line.trimmed());
    a.description = m_description->toPlainText();
    return a;
}

QLabel *ActorEditDialog::problemLabel(const QString &field) const
{
    return m_fieldProblems.value(field, m_other);
}

void ActorEditDialog::check()
{
    const Actor after = actor();
    m_current.clear();
    if (!(after == m_before))
        m_current = validateChange(m_dataset, Change::edit(m_before, after, QString()));
    QHash<QString, QStringList> byField;
    QStringList other;
    const QString own = QStringLiteral("actor ") + m_before.id;
    for (const Problem &p : std::as_const(m_current)) {
        const QString field = p.field.section(QLatin1Char('['), 0, 0);
        if (p.record == own && m_fieldProblems.contains(field))
            byField[field].append(p.message);
        else
            other.append(p.field.isEmpty()
                             ? tr("%1: %2").arg(p.record, p.message)
                             : tr("%1, %2: %3")
                                   .arg(p.record, ChangeDescription::fieldLabel(field), p.message));
    }
    for (auto it = m_fieldProblems.cbegin(); it != m_fieldProblems.cend(); ++it) {
        const QString text = byField.value(it.key()).join(QLatin1Char('\n'));
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
    m_other->setText(other.join(QLatin1Char('\n')));
    m_other->setVisible(!other.isEmpty());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_current.isEmpty() && !(after == m_before));
    ok->setToolTip(m_current.isEmpty() ? QString() : tr("Fix the problems listed first"));
}
