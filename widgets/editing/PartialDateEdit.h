#pragma once

#include "models/data/PartialDate.h"

#include <QWidget>

class QLabel;
class QLineEdit;

/// A date known to the year, the month or the day, typed as the format writes it ("2024",
/// "2024-03", "2024-03-05"), with what it reads as beside it ("March 2024 · month known") or
/// why it is not a date. For every form that takes a PartialDate (the source form, the claim
/// form): it knows nothing of what the date is for.
class PartialDateEdit final : public QWidget
{
    Q_OBJECT
public:
    explicit PartialDateEdit(QWidget *parent = nullptr);

    /// The date typed; invalid when the field is empty or holds no date.
    PartialDate date() const { return m_date; }
    void setDate(const PartialDate &date);
    bool isEmpty() const;
    /// Why the text is not a date; empty when it is one, or when the field is empty.
    QString error() const { return m_error; }

    /// The field itself: for a label's buddy, an accessible name, QTest input.
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    /// After every change of the text, with the date it now holds (invalid when none).
    void dateChanged(const PartialDate &date);

protected:
    void changeEvent(QEvent *event) override;

private:
    void parse();
    void retranslate();

    QLineEdit *m_edit;
    QLabel *m_reading;
    PartialDate m_date;
    QString m_error;
};
