#pragma once

#include "models/data/Dataset.h"

#include <QWidget>

class ActorRefsEditor;
class PartialDateEdit;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

/// A claim's fields, each labelled: date (year, year-month or day, as the sources give it)
/// and its note, kind, statement, actors with roles, claimant, the claim it responds to, and
/// its citations (shown; they are culled from the article). It edits a copy: claim() gives
/// the claim as the fields say, which the caller validates and applies as a change.
class ClaimForm final : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimForm(const Dataset &dataset, QWidget *parent = nullptr);

    void setClaim(const Claim &claim);
    /// The claim as edited; an unreadable date is left invalid, for the validator to name.
    Claim claim() const;
    /// Why the date field cannot be read; empty when it can.
    QString dateProblem() const;

    QLineEdit *dateEdit() const;
    QCheckBox *datedByReportBox() const { return m_datedByReport; }
    QLineEdit *dateNoteEdit() const { return m_dateNote; }
    QComboBox *kindBox() const { return m_kind; }
    QPlainTextEdit *statementEdit() const { return m_statement; }
    ActorRefsEditor *actorsEditor() const { return m_actors; }
    QComboBox *claimantBox() const { return m_claimant; }
    QLineEdit *respondsToEdit() const { return m_respondsTo; }
    QListWidget *citationList() const { return m_citations; }

signals:
    /// A field changed.
    void edited();

private:
    const Dataset &m_dataset;
    Claim m_claim; ///< as set: what the fields do not show (id, citations) comes from it
    /// The text fields as shown when set, to tell which the user changed.
    struct Shown
    {
        QString date, dateNote, statement, respondsTo;
    } m_shown;
    QList<ActorRef> m_shownActors;
    PartialDateEdit *m_date;
    QCheckBox *m_datedByReport;
    QLineEdit *m_dateNote;
    QComboBox *m_kind;
    QPlainTextEdit *m_statement;
    ActorRefsEditor *m_actors;
    QComboBox *m_claimant;
    QLineEdit *m_respondsTo;
    QListWidget *m_citations;
};
