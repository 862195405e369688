#include "widgets/editing/ClaimEditDialog.h"

#include "models/dossier/ChangeDescription.h"
#include "models/dossier/ChangeValidator.h"
#include "models/viewmodels/PlainText.h"
#include "widgets/editing/ActorRefsEditor.h"
#include "widgets/editing/ClaimForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

ClaimEditDialog::ClaimEditDialog(const Dataset &dataset, const Claim &claim, QWidget *parent,
                                 Mode mode)
    : QDialog(parent), m_dataset(dataset), m_before(claim), m_mode(mode),
      m_form(new ClaimForm(dataset, this)), m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(PlainText::forWindowTitle(
        (mode == Mode::New ? tr("New Claim %1") : tr("Edit Claim %1")).arg(claim.id)));
    m_form->setClaim(claim);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setAccessibleName(tr("Problems"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Checked once typing pauses: the validator runs over the dataset's references.
    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(150);
    connect(delay, &QTimer::timeout, this, &ClaimEditDialog::check);
    connect(m_form, &ClaimForm::edited, delay, qOverload<>(&QTimer::start));
    check();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

Claim ClaimEditDialog::claim() const
{
    return m_form->claim();
}

Change ClaimEditDialog::change() const
{
    const Claim after = m_form->claim();
    Change change = m_mode == Mode::New
                        ? Change::create(after, ChangeDescription::ofCreate(after))
                        : Change::edit(m_before, after, ChangeDescription::ofEdit(m_before, after));
    const QList<Actor> created = m_form->actorsEditor()->newActors();
    for (qsizetype i = 0; i < created.size(); ++i)
        change.operations.insert(i, {created[i].id, std::nullopt, created[i]});
    return change;
}

void ClaimEditDialog::check()
{
    const Claim after = m_form->claim();
    m_current.clear();
    if (const QString date = m_form->dateProblem(); !date.isEmpty()) {
        Problem p;
        p.field = QStringLiteral("date");
        p.message = date;
        m_current.append(p);
    } else if (m_mode == Mode::New || !(after == m_before)) {
        m_current = validateChange(m_dataset, change());
    }
    QStringList lines;
    for (const Problem &p : std::as_const(m_current))
        lines.append(p.field.isEmpty()
                         ? p.message
                         : tr("%1: %2").arg(ChangeDescription::fieldLabel(
                                                p.field.section(QLatin1Char('['), 0, 0)),
                                            p.message));
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_current.isEmpty() && (m_mode == Mode::New || !(after == m_before)));
    ok->setToolTip(m_current.isEmpty() ? QString() : tr("Fix the problems listed first"));
}
