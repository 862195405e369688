#include "widgets/inspector/ConflictDialog.h"

#include "models/data/ClaimDate.h"
#include "models/data/TextUtil.h"
#include "models/viewmodels/PlainText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

ConflictDialog::ConflictDialog(const Dataset &dataset, const QList<int> &claims, QWidget *parent)
    : QDialog(parent), m_about(new QLineEdit(this))
{
    setWindowTitle(tr("Record Conflict"));
    QStringList lines;
    for (const int claim : claims) {
        const Claim &c = dataset.claims[claim];
        lines.append(tr("%1 (%2): %3")
                         .arg(TextUtil::isolated(c.id), ClaimDate::shortText(c),
                              TextUtil::isolated(c.statement.left(160))));
    }
    auto *list = new QLabel(lines.join(u'\n'), this);
    list->setTextFormat(Qt::PlainText);
    list->setWordWrap(true);
    m_about->setObjectName(QStringLiteral("conflictAbout"));
    m_about->setPlaceholderText(tr("What the claims disagree on"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = m_ok = buttons->addButton(tr("Record"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("record"));
    ok->setEnabled(false);
    connect(m_about, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("The claims in conflict:"), this));
    form->addRow(list);
    form->addRow(tr("&About:"), m_about);
    form->addRow(buttons);
    setMinimumWidth(420);
}

void ConflictDialog::setEditing(const QString &conflictId, const QString &about)
{
    setWindowTitle(PlainText::forWindowTitle(tr("Edit Conflict %1").arg(conflictId)));
    m_ok->setText(tr("Save"));
    m_about->setText(about);
}
