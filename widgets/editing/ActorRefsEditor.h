#pragma once

#include "models/data/Dataset.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QPushButton;

/// A claim's actors with their roles, one row each: the actor (typed with completion over names
/// and aliases, or picked), its role, and a button that removes the row; Add Actor appends one.
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

    const Dataset &m_dataset;
    QGridLayout *m_grid;
    QPushButton *m_add;
    QList<Row> m_rows;
};
