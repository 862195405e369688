#include "widgets/editing/ActorRefsEditor.h"

#include "models/data/ActorRoles.h"
#include "models/viewmodels/PlainText.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ActorRefsEditor::ActorRefsEditor(const Dataset &dataset, QWidget *parent)
    : QWidget(parent), m_dataset(dataset), m_grid(new QGridLayout),
      m_add(new QPushButton(tr("&Add Actor"), this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    m_grid->setContentsMargins(0, 0, 0, 0);
    column->addLayout(m_grid);
    column->addWidget(m_add, 0, Qt::AlignLeft);
    m_add->setToolTip(tr("Add an actor to the claim"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow({});
        m_rows.last().actor->setFocus();
        emit edited();
    });
}

void ActorRefsEditor::setActors(const QList<ActorRef> &actors)
{
    for (const Row &row : std::as_const(m_rows)) {
        delete row.actor;
        delete row.role;
        delete row.remove;
    }
    m_rows.clear();
    for (const ActorRef &ref : actors)
        addRow(ref);
}

QList<ActorRef> ActorRefsEditor::actors() const
{
    QList<ActorRef> out;
    for (const Row &row : m_rows) {
        const QString text = row.actor->currentText().trimmed();
        // The item's id when the text is an item's; else whatever names an actor (an alias).
        const int item = row.actor->findText(text, Qt::MatchFixedString);
        QString id = item >= 0 ? row.actor->itemData(item).toString() : QString();
        if (id.isEmpty()) {
            const int a = m_dataset.findActor(text);
            id = a >= 0 ? m_dataset.actors[a].id : text;
        }
        out.append({id, row.role->currentData().toString()});
    }
    return out;
}

void ActorRefsEditor::addRow(const ActorRef &ref)
{
    Row row;
    row.actor = new QComboBox(this);
    row.actor->setEditable(true);
    row.actor->setInsertPolicy(QComboBox::NoInsert);
    for (const Actor &a : m_dataset.actors)
        row.actor->addItem(a.name, a.id);
    row.actor->completer()->setFilterMode(Qt::MatchContains);
    row.actor->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    const int at = row.actor->findData(ref.actor);
    row.actor->setCurrentIndex(at);
    if (at < 0)
        row.actor->setEditText(ref.actor);
    row.actor->setAccessibleName(tr("Actor %1").arg(m_rows.size() + 1));
    row.role = new QComboBox(this);
    for (const QString &role : ActorRoles::known())
        row.role->addItem(ActorRoles::label(role), role);
    row.role->setCurrentIndex(std::max(0, row.role->findData(ref.role)));
    row.role->setAccessibleName(tr("Role of actor %1").arg(m_rows.size() + 1));
    row.remove = new QPushButton(tr("Remove"), this);
    row.remove->setAccessibleName(tr("Remove actor %1").arg(m_rows.size() + 1));
    connect(row.actor, &QComboBox::currentTextChanged, this, &ActorRefsEditor::edited);
    connect(row.role, &QComboBox::currentIndexChanged, this, &ActorRefsEditor::edited);
    QPushButton *remove = row.remove;
    connect(remove, &QPushButton::clicked, this, [this, remove] {
        removeRow(remove);
        emit edited();
    });
    m_rows.append(row);
    relayout();
}

void ActorRefsEditor::removeRow(QPushButton *button)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].remove != button)
            continue;
        m_rows[i].actor->deleteLater();
        m_rows[i].role->deleteLater();
        m_rows[i].remove->deleteLater();
        m_rows.removeAt(i);
        break;
    }
    relayout();
    m_add->setFocus();
}

void ActorRefsEditor::relayout()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        m_grid->addWidget(m_rows[i].actor, int(i), 0);
        m_grid->addWidget(m_rows[i].role, int(i), 1);
        m_grid->addWidget(m_rows[i].remove, int(i), 2);
        if (i > 0)
            QWidget::setTabOrder(m_rows[i - 1].remove, m_rows[i].actor);
        QWidget::setTabOrder(m_rows[i].actor, m_rows[i].role);
        QWidget::setTabOrder(m_rows[i].role, m_rows[i].remove);
    }
    m_grid->setColumnStretch(0, 1);
}
