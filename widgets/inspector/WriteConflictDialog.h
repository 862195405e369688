#pragma once

#include "models/session/WriteConflict.h"
#include "models/store/ChangeLog.h"

#include <QDialog>

class Dataset;
class QLabel;
class QPushButton;
class QTableWidget;
class QToolButton;

/// Someone else changed a record this window's edit touches: theirs and mine side by side,
/// field by field as an investigator reads them (WriteConflictFields), the fields that differ
/// first and marked, those the same folded away, who changed it and when when the store knows;
/// and the three ways on (issue 22): keep theirs (mine dropped), apply mine on top (one more
/// edit, undoable), or edit mine first (claims only: the claim editor opens on mine).
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

    /// `dataset` names the actors and sources the record refers to; `theirChange` is the last
    /// change the store logged for the record (none: it keeps no history, or could not read it).
    WriteConflictDialog(const WriteConflict &conflict, const Dataset &dataset,
                        const std::optional<LoggedChange> &theirChange = std::nullopt,
                        QWidget *parent = nullptr);

    /// What was chosen; KeepTheirs when the dialog was closed (nothing of mine is written).
    Choice choice() const { return m_choice; }

    /// Field, theirs, mine: the fields that differ.
    QTableWidget *differingTable() const { return m_differing; }
    /// Field and value: the fields the same on both sides, hidden until sameToggle() opens it.
    QTableWidget *sameTable() const { return m_same; }
    QToolButton *sameToggle() const { return m_sameToggle; }
    /// Who made their change and when; hidden when the store does not say.
    QLabel *theirChangeLabel() const { return m_theirChange; }
    QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    QPushButton *applyMineButton() const { return m_applyMine; }
    QPushButton *editMineButton() const { return m_editMine; }

private:
    void choose(Choice choice);

    Choice m_choice = Choice::KeepTheirs;
    QLabel *m_theirChange;
    QTableWidget *m_differing;
    QToolButton *m_sameToggle;
    QTableWidget *m_same;
    QPushButton *m_keepTheirs;
    QPushButton *m_applyMine;
    QPushButton *m_editMine;
};
