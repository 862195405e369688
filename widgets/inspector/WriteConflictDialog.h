#pragma once

#include "models/session/WriteConflict.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

/// Someone else changed a record this window's edit touches: theirs and mine side by side,
/// field by field in plain text, the fields that differ marked, and the three ways on (issue
/// 22): keep theirs (mine dropped), apply mine on top (one more edit, undoable), or edit mine
/// first (claims only: the claim editor opens on mine).
class WriteConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        KeepTheirs,
        ApplyMine,
        EditMine
    };
    Q_ENUM(Choice)

    explicit WriteConflictDialog(const WriteConflict &conflict, QWidget *parent = nullptr);

    /// What was chosen; KeepTheirs when the dialog was closed (nothing of mine is written).
    Choice choice() const { return m_choice; }

    QTableWidget *table() const { return m_table; }
    QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    QPushButton *applyMineButton() const { return m_applyMine; }
    QPushButton *editMineButton() const { return m_editMine; }

private:
    void choose(Choice choice);

    Choice m_choice = Choice::KeepTheirs;
    QTableWidget *m_table;
    QPushButton *m_keepTheirs;
    QPushButton *m_applyMine;
    QPushButton *m_editMine;
};
