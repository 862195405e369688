#pragma once

#include <QWidget>

class Dataset;
class FilterState;
class QComboBox;
class QHBoxLayout;
class ElidedLabel;
class FlowLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

/// Edits the shared filter: actors (search-as-you-type, several at once, shown as removable
/// chips), year range, source, kind and free text, plus a clear-all. It writes every edit to
/// the FilterState and follows it back, so other views' changes (an actor checked in the list,
/// a restored filter) show here too. The active filter is always spelled out in words.
class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(FilterState &filter, QWidget *parent = nullptr);

    /// Puts the cursor in the text search (Edit ▸ Find).
    void focusSearch();

    QLineEdit *actorEdit() const { return m_actorEdit; }
    QSpinBox *fromYearBox() const { return m_fromYear; }
    QSpinBox *toYearBox() const { return m_toYear; }
    QComboBox *sourceBox() const { return m_source; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *clearButton() const { return m_clear; }
    ElidedLabel *summaryLabel() const { return m_summary; }
    /// The layout the controls flow in (rows by width).
    FlowLayout *flowLayout() const { return m_flow; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enableClearButton();
    void placeControls();
    void buildActorPicker();
    void describeForAccessibility();
    /// A label screen readers relate to `buddy` (QLabel::setBuddy()), without drawing it.
    void labelForAccessibility(QWidget *buddy, const QString &text);
    void buildCombos();
    void addTypedActor();
    void addActorByText(const QString &text);
    void applyYears();
    void syncFromFilter();
    void rebuildChips();

    FilterState &m_filter;
    const Dataset &m_dataset;
    FlowLayout *m_flow = nullptr;
    QHBoxLayout *m_chips = nullptr;
    QLineEdit *m_actorEdit = nullptr;
    QSpinBox *m_fromYear = nullptr;
    QSpinBox *m_toYear = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_clear = nullptr;
    ElidedLabel *m_summary = nullptr;
    QTimer *m_searchDelay = nullptr;
};
