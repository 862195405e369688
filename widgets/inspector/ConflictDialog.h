#pragma once

#include "models/data/Dataset.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

/// Record Conflict…: the claims that disagree, listed, and what they disagree on, typed. The
/// validator judges the result when the caller applies it.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const Dataset &dataset, const QList<int> &claims, QWidget *parent = nullptr);

    QLineEdit *about() const { return m_about; }
    /// For Edit Conflict…: the recorded conflict's title and text, and OK saves.
    void setEditing(const QString &conflictId, const QString &about);

private:
    QLineEdit *m_about;
    QPushButton *m_ok;
};
