#include "widgets/editing/ActorRefsEditor.h"

#include "models/data/ActorKinds.h"
#include "models/data/ActorRoles.h"
#include "models/data/TextUtil.h"
#include "models/format/RecordIds.h"
#include "models/viewmodels/PlainText.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ActorRefsEditor::ActorRefsEditor(const Dataset &dataset, QWidget *parent)
    : QWidget(parent), m_dataset(dataset), m_grid(new QGridLayout),
      m_add(new QPushButton(tr("&Add Actor"), this)), m_create(new QPushButton(this)),
      m_newKind(new QComboBox(this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    m_grid->setContentsMargins(0, 0, 0, 0);
    column->addLayout(m_grid);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    buttons->addWidget(m_create);
    buttons->addWidget(m_newKind);
    column->addLayout(buttons);
    for (const QString &kind : ActorKinds::known())
        m_newKind->addItem(ActorKinds::label(kind), kind);
    m_newKind->setAccessibleName(tr("Kind of the new actor"));
    m_create->setVisible(false);
    m_newKind->setVisible(false);
    connect(m_create, &QPushButton::clicked, this, &ActorRefsEditor::createActor);
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
    m_typed = nullptr;
    for (const ActorRef &ref : actors)
        addRow(ref);
    // Filling the rows is not typing: nothing to offer until the user types.
    m_typed = nullptr;
    offerCreation();
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
    for (const Actor &a : std::as_const(m_created))
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
    QComboBox *box = row.actor;
    connect(box, &QComboBox::currentTextChanged, this, [this, box] {
        m_typed = box;
        offerCreation();
    });
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
        if (m_typed == m_rows[i].actor)
            m_typed = nullptr;
        m_rows[i].actor->deleteLater();
        m_rows[i].role->deleteLater();
        m_rows[i].remove->deleteLater();
        m_rows.removeAt(i);
        break;
    }
    relayout();
    offerCreation();
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

bool ActorRefsEditor::namesAnActor(const QString &text) const
{
    if (m_dataset.findActor(text) >= 0)
        return true;
    const QString folded = TextUtil::foldForSearch(text);
    return std::any_of(m_created.begin(), m_created.end(),
                       [&](const Actor &a) { return TextUtil::foldForSearch(a.name) == folded; });
}

void ActorRefsEditor::offerCreation()
{
    const QString text = m_typed ? m_typed->currentText().trimmed() : QString();
    const bool offer = !text.isEmpty() && !namesAnActor(text);
    if (offer)
        m_create->setText(tr("Create actor “%1”").arg(TextUtil::isolated(text)));
    m_create->setVisible(offer);
    m_newKind->setVisible(offer);
}

void ActorRefsEditor::createActor()
{
    QComboBox *typed = m_typed;
    if (!typed)
        return;
    const QString name = typed->currentText().trimmed();
    if (name.isEmpty() || namesAnActor(name))
        return;
    Actor actor;
    actor.name = name;
    actor.kind = m_newKind->currentData().toString();
    actor.id = RecordIds::fromText(name, QStringLiteral("actor"), [this](const QString &id) {
        return m_dataset.actorIndex(id) >= 0 ||
               std::any_of(m_created.begin(), m_created.end(),
                           [&](const Actor &a) { return a.id == id; });
    });
    m_created.append(actor);
    for (const Row &row : std::as_const(m_rows)) {
        // Every row may name it; the row typed in does now, by its id.
        const QString text = row.actor->currentText();
        row.actor->addItem(actor.name, actor.id);
        row.actor->setEditText(text);
    }
    typed->setCurrentIndex(typed->findData(actor.id));
    m_typed = typed;
    offerCreation();
    emit edited();
}

QList<Actor> ActorRefsEditor::newActors() const
{
    const QList<ActorRef> refs = actors();
    QList<Actor> out;
    for (const Actor &a : m_created)
        if (std::any_of(refs.begin(), refs.end(),
                        [&](const ActorRef &ref) { return ref.actor == a.id; }))
            out.append(a);
    return out;
}
