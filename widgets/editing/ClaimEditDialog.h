#pragma once

#include "models/data/Dataset.h"
#include "models/data/Problem.h"
#include "models/dossier/Change.h"

#include <QDialog>

class ClaimForm;
class QDialogButtonBox;
class QLabel;

/// Edits one claim: the form, and under it what the dataset's rules say of the claim as it
/// stands, field by field, checked at each change with the same validator as an import. OK
/// is enabled only for a claim that fits the dataset and differs from the one opened. A new
/// claim (culled from a passage) is checked as a creation and may be accepted as it was opened.
class ClaimEditDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Edit,
        New
    };
    ClaimEditDialog(const Dataset &dataset, const Claim &claim, QWidget *parent = nullptr,
                    Mode mode = Mode::Edit);

    Claim claim() const;
    /// The edit as one change: the actors created in the form, then the claim created or
    /// edited, named as Edit ▸ Undo names it. One undo takes all of it back.
    Change change() const;
    ClaimForm *form() const { return m_form; }
    QLabel *problemsLabel() const { return m_problems; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    /// The problems of the claim as the form stands.
    const Problems &problems() const { return m_current; }

private:
    void check();

    const Dataset &m_dataset;
    Claim m_before;
    Mode m_mode;
    ClaimForm *m_form;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    Problems m_current;
};
