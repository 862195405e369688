#pragma once

#include <QFrame>

class FilterState;
class QLabel;
class QPushButton;
class QToolButton;
class SelectionState;

/// The one answer to "the current claim is one the filter hides", however it became current
/// (a conflict link in the citations, Back or Forward, any later link): a notice above the
/// views naming the claim, with Show It (the filter widened just enough, FilterWidening) and
/// Clear Filter, after either of which the claim is shown and selected in every view, and ✕
/// (or Escape), which keeps the filter and lets the claim go, so no view is left showing a claim
/// the others do not. Meanwhile the citations show the claim the user went to, and this bar
/// says why the timeline and table do not.
class HiddenClaimBar final : public QFrame
{
    Q_OBJECT
public:
    HiddenClaimBar(FilterState &filter, SelectionState &selection, QWidget *parent = nullptr);

    /// The hidden claim the bar is about, or -1 when it is not shown.
    int claim() const { return m_claim; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *showButton() const { return m_show; }
    QPushButton *clearButton() const { return m_clear; }
    QToolButton *dismissButton() const { return m_dismiss; }

    void showClaim();
    void clearFilter();
    void dismiss();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void update();
    /// Makes the claim current again once the filter shows it, so every view selects it.
    void reselect(int claim);

    FilterState &m_filter;
    SelectionState &m_selection;
    QLabel *m_message;
    QPushButton *m_show;
    QPushButton *m_clear;
    QToolButton *m_dismiss;
    int m_claim = -1;
};
