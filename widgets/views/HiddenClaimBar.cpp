#include "widgets/views/HiddenClaimBar.h"

#include "models/data/Dataset.h"
#include "models/data/TextUtil.h"
#include "models/filter/FilterState.h"
#include "models/filter/FilterWidening.h"
#include "models/filter/SelectionState.h"
#include "models/viewmodels/PlainText.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

HiddenClaimBar::HiddenClaimBar(FilterState &filter, SelectionState &selection, QWidget *parent)
    : QFrame(parent), m_filter(filter), m_selection(selection), m_message(new QLabel(this)),
      m_show(new QPushButton(tr("Show It"), this)),
      m_clear(new QPushButton(tr("Clear Filter"), this)), m_dismiss(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The palette's tooltip colours: a notice that reads in the light and the dark themes.
    QPalette notice = palette();
    notice.setColor(QPalette::Window, notice.color(QPalette::ToolTipBase));
    notice.setColor(QPalette::WindowText, notice.color(QPalette::ToolTipText));
    setPalette(notice);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_show->setToolTip(tr("Widen the filter just enough to show this claim"));
    m_clear->setToolTip(tr("Show every claim"));
    m_dismiss->setText(QStringLiteral("✕"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setFocusPolicy(Qt::StrongFocus);
    m_dismiss->setToolTip(tr("Keep the filter and leave this claim (Escape)"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 3, 4, 3);
    row->setSpacing(6);
    row->addWidget(m_message, 1);
    row->addWidget(m_show);
    row->addWidget(m_clear);
    row->addWidget(m_dismiss);

    setAccessibleName(tr("Hidden claim"));
    m_show->setAccessibleDescription(m_show->toolTip());
    m_clear->setAccessibleName(tr("Clear the filter"));
    m_clear->setAccessibleDescription(m_clear->toolTip());
    m_dismiss->setAccessibleName(tr("Keep the filter"));
    m_dismiss->setAccessibleDescription(m_dismiss->toolTip());

    connect(m_show, &QPushButton::clicked, this, &HiddenClaimBar::showClaim);
    connect(m_clear, &QPushButton::clicked, this, &HiddenClaimBar::clearFilter);
    connect(m_dismiss, &QToolButton::clicked, this, &HiddenClaimBar::dismiss);
    connect(&m_selection, &SelectionState::selectionChanged, this, &HiddenClaimBar::update);
    // A filter change also drops the hidden claim from the selection (SelectionState), which
    // updates the bar; this catches a filter that now shows it.
    connect(&m_filter, &FilterState::changed, this, &HiddenClaimBar::update);
    hide();
}

void HiddenClaimBar::update()
{
    const int current = m_selection.currentClaim();
    const int hidden = current >= 0 && !m_filter.accepts(current) ? current : -1;
    if (hidden == m_claim)
        return;
    m_claim = hidden;
    if (hidden < 0) {
        hide();
        return;
    }
    const Claim &c = m_filter.dataset().claims[hidden];
    m_message->setText(tr("%1 is hidden by the current filter: the timeline and the table do not "
                          "show it.")
                           .arg(TextUtil::isolated(c.id)));
    m_message->setToolTip(PlainText::forAutoText(TextUtil::isolated(c.statement)));
    setAccessibleDescription(m_message->text());
    const bool wasVisible = isVisible();
    show();
    if (!wasVisible && QAccessible::isActive()) {
        // Announced as an alert: the user's eyes may be on the citations.
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void HiddenClaimBar::showClaim()
{
    const int claim = m_claim;
    if (claim < 0)
        return;
    m_filter.setFilter(FilterWidening::toShow(m_filter.filter(), m_filter.dataset(), claim));
    reselect(claim);
}

void HiddenClaimBar::clearFilter()
{
    const int claim = m_claim;
    if (claim < 0)
        return;
    m_filter.clear();
    reselect(claim);
}

void HiddenClaimBar::reselect(int claim)
{
    // The views rebuilt for the new filter; selecting afresh scrolls each one to the claim.
    m_selection.clearSelection();
    m_selection.setCurrentClaim(claim);
}

void HiddenClaimBar::dismiss()
{
    if (m_claim >= 0)
        m_selection.clearSelection();
}

void HiddenClaimBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QFrame::keyPressEvent(event);
}
