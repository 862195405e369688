#pragma once

#include "models/data/Dataset.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QPushButton;

/// A claim's actors with their roles, one row each: the actor (typed with completion over names
/// and aliases, or picked), its role, and a button that removes the row; Add Actor appends one.
/// A name typed that no actor answers to is offered as a new actor (Create actor "…", with its
/// kind), which the caller creates in the same change as the claim.
class ActorRefsEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit ActorRefsEditor(const Dataset &dataset, QWidget *parent = nullptr);

    void setActors(const QList<ActorRef> &actors);
    /// The rows as references; a row whose text names no actor keeps the text as its id, so
    /// that the validator names it ("unknown actor").
    QList<ActorRef> actors() const;
    QPushButton *addButton() const { return m_add; }
    /// Shown while the row being typed in names no actor: creates one of that name.
    QPushButton *createButton() const { return m_create; }
    QComboBox *newActorKindBox() const { return m_newKind; }
    /// The actors created here that a row still names, in the order created.
    QList<Actor> newActors() const;
    int rowCount() const { return int(m_rows.size()); }
    QComboBox *actorBox(int row) const { return m_rows[row].actor; }
    QComboBox *roleBox(int row) const { return m_rows[row].role; }

signals:
    void edited();

private:
    struct Row
    {
        QComboBox *actor = nullptr;
        QComboBox *role = nullptr;
        QPushButton *remove = nullptr;
    };
    void addRow(const ActorRef &ref);
    void removeRow(QPushButton *button);
    void relayout();
    void offerCreation();
    void createActor();
    /// Whether some actor, of the dataset or created here, answers to `text`.
    bool namesAnActor(const QString &text) const;

    const Dataset &m_dataset;
    QGridLayout *m_grid;
    QPushButton *m_add;
    QPushButton *m_create;
    QComboBox *m_newKind;
    QList<Row> m_rows;
    QList<Actor> m_created;
    QComboBox *m_typed = nullptr; ///< the row whose text the creation offer is about
};
