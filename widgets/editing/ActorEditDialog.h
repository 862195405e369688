#pragma once

#include "models/data/Dataset.h"
#include "models/data/Problem.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/// Edits one actor: its name, kind, aliases (one a line) and description, each checked as it
/// changes by the validator an import runs (validateChange()), with what is wrong under the
/// field it is about; what is wrong with another record (a name that another actor already
/// answers to) is said under the form. OK is enabled only for an actor that fits the dataset
/// and differs from the one opened. The id stays: the claims refer to the actor by it.
class ActorEditDialog final : public QDialog
{
    Q_OBJECT
public:
    ActorEditDialog(const Dataset &dataset, const Actor &actor, QWidget *parent = nullptr);

    Actor actor() const;
    /// The problems of the actor as the form stands.
    const Problems &problems() const { return m_current; }
    /// What is said under a field ("name", "kind", "aliases", "description"), or under the
    /// form for any other key.
    QLabel *problemLabel(const QString &field) const;
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QPlainTextEdit *aliasesEdit() const { return m_aliases; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QLabel *addRow(const QString &caption, QWidget *editor);
    void check();

    const Dataset &m_dataset;
    Actor m_before;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QPlainTextEdit *m_aliases;
    QPlainTextEdit *m_description;
    QLabel *m_other;
    QHash<QString, QLabel *> m_fieldProblems;
    QDialogButtonBox *m_buttons;
    Problems m_current;
};
