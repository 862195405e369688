#include "widgets/editing/PartialDateEdit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

PartialDateEdit::PartialDateEdit(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_reading(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_reading, 1);
    m_reading->setTextFormat(Qt::PlainText);
    m_edit->setMaxLength(32);
    setFocusProxy(m_edit);
    retranslate();
    connect(m_edit, &QLineEdit::textChanged, this, &PartialDateEdit::parse);
    parse();
}

void PartialDateEdit::setDate(const PartialDate &date)
{
    m_edit->setText(date.isValid() ? date.toIsoString() : QString());
}

bool PartialDateEdit::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

void PartialDateEdit::parse()
{
    const QString text = m_edit->text().trimmed();
    m_error.clear();
    m_date = text.isEmpty() ? PartialDate() : PartialDate::parse(text, &m_error);
    if (m_date.isValid()) {
        QString known;
        switch (m_date.precision()) {
        case PartialDate::Precision::Year:
            known = tr("year known");
            break;
        case PartialDate::Precision::Month:
            known = tr("month known");
            break;
        case PartialDate::Precision::Day:
        case PartialDate::Precision::Invalid:
            known = tr("day known");
            break;
        }
        m_reading->setText(tr("%1 · %2").arg(m_date.toDisplayString(locale()), known));
    } else {
        m_reading->setText(m_error);
    }
    m_edit->setAccessibleDescription(m_reading->text());
    emit dateChanged(m_date);
}

void PartialDateEdit::retranslate()
{
    m_edit->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    m_edit->setToolTip(tr("A year (2024), a month (2024-03) or a day (2024-03-05): only as "
                          "much as the source tells"));
}

void PartialDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        parse();
    } else if (event->type() == QEvent::LocaleChange) {
        parse();
    }
    QWidget::changeEvent(event);
}
