#include "widgets/editing/SourceEditDialog.h"

#include "models/viewmodels/PlainText.h"
#include "widgets/editing/SourceForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SourceEditDialog::SourceEditDialog(const Dataset &dataset, const Source &source,
                                   const QString &corpusDir, QWidget *parent)
    : QDialog(parent), m_form(new SourceForm(dataset, corpusDir, this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(PlainText::forWindowTitle(tr("Edit Source %1").arg(source.id)));
    m_form->editExisting(source);
    // Compared with what the form reads back, so that opening and closing changes nothing.
    m_opened = m_form->source();
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problems"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &SourceForm::changed, this, &SourceEditDialog::check);
    check();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

Source SourceEditDialog::source() const
{
    return m_form->source();
}

void SourceEditDialog::check()
{
    // The form says each problem beside its field; this line says the first, which may be
    // beside a field the user has not reached.
    const QString first = m_form->firstProblem();
    m_problem->setText(first);
    m_problem->setVisible(!first.isEmpty());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_form->isValid() && !(m_form->source() == m_opened));
    ok->setToolTip(m_form->isValid() ? QString() : tr("Fix the problems listed first"));
}
