#include "widgets/inspector/ActorMergeDialog.h"

#include "models/data/TextUtil.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

ActorMergeDialog::ActorMergeDialog(const Dataset &dataset, const QStringList &merged,
                                   QWidget *parent)
    : QDialog(parent), m_dataset(dataset), m_merged(merged), m_target(new QComboBox(this)),
      m_summary(new QLabel(this))
{
    setWindowTitle(tr("Merge Actors"));
    QStringList names;
    for (const QString &id : merged)
        names.append(TextUtil::isolated(dataset.actorName(id)));
    // Sorted by name, as the actor list reads; the merged ones cannot be the target.
    QList<int> others;
    for (int i = 0; i < dataset.actors.size(); ++i)
        if (!merged.contains(dataset.actors[i].id))
            others.append(i);
    std::sort(others.begin(), others.end(), [&dataset](int a, int b) {
        return QString::localeAwareCompare(dataset.actors[a].name, dataset.actors[b].name) < 0;
    });
    for (const int i : std::as_const(others))
        m_target->addItem(TextUtil::isolated(dataset.actors[i].name), dataset.actors[i].id);
    auto *what =
        new QLabel(tr("Merge %1 into the actor chosen below. The merged names become its aliases.")
                       .arg(names.join(QStringLiteral(", "))),
                   this);
    for (QLabel *label : {what, m_summary}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("merge"));
    ok->setEnabled(m_target->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(what);
    form->addRow(tr("&Keep:"), m_target);
    form->addRow(m_summary);
    form->addRow(buttons);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ActorMergeDialog::update);
    update();
}

ActorMerge ActorMergeDialog::merge() const
{
    return ActorMerge::of(m_dataset, m_target->currentData().toString(), m_merged);
}

void ActorMergeDialog::update()
{
    if (m_target->currentIndex() < 0) {
        m_summary->setText(tr("There is no other actor to merge into."));
        return;
    }
    const ActorMerge merge = this->merge();
    m_summary->setText(
        merge.ok() ? tr("%n claim(s) will name %1 instead. Edit ▸ Undo brings all of it back.",
                        nullptr, merge.claims)
                         .arg(m_target->currentText())
                   : merge.refusal);
}
