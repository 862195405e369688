#pragma once

#include "models/data/Dataset.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class SourceForm;

/// Edits one source of the dossier with the source form (each field checked as typed by the
/// validator's rules, what is wrong beside it). Its id and corpus file stay. OK is enabled
/// only for a valid source that differs from the one opened.
class SourceEditDialog final : public QDialog
{
    Q_OBJECT
public:
    SourceEditDialog(const Dataset &dataset, const Source &source, const QString &corpusDir,
                     QWidget *parent = nullptr);

    Source source() const;
    SourceForm *form() const { return m_form; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void check();

    SourceForm *m_form;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    Source m_opened; ///< the form's reading of the source as opened
};
