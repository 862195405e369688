#pragma once

#include <QSet>
#include <QWidget>
#include <functional>

struct ClaimFilter;

class CheckListButton;
struct DatasetDelta;
struct TableDelta;
class Dataset;
class FilterState;
class Markup;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class ElidedLabel;
class FlowLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTimer;

/// Edits the shared filter: actors (search-as-you-type, several at once, shown as removable
/// chips), year range, sources and kinds (several at once), whether claims are in conflict,
/// rest on one source or several, who claims them, and free text, plus a clear-all. It writes every
/// edit to the FilterState and follows it back, so other views' changes (an actor checked in the
/// list, a restored filter) show here too. The active filter is always spelled out in words.
class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(FilterState &filter, QWidget *parent = nullptr);

    /// Puts the cursor in the text search (Edit ▸ Find).
    void focusSearch();
    /// Offers again the actors, sources, claimants and years a change to the dataset moved.
    void applyDelta(const DatasetDelta &delta);

    QLineEdit *actorEdit() const { return m_actorEdit; }
    QSpinBox *fromYearBox() const { return m_fromYear; }
    QSpinBox *toYearBox() const { return m_toYear; }
    CheckListButton *sourcesButton() const { return m_sources; }
    CheckListButton *kindsButton() const { return m_kinds; }
    QComboBox *conflictBox() const { return m_conflict; }
    QComboBox *sourcingBox() const { return m_sourcing; }
    CheckListButton *claimantsButton() const { return m_claimants; }
    QCheckBox *keyOnlyBox() const { return m_keyOnly; }
    CheckListButton *tagsButton() const { return m_tags; }
    /// The user's markup whose tags the tag choice offers (null: none); it must outlive the bar
    /// or be set back to null first. Call fillTags() when its tags change.
    void setMarkup(const Markup *markup);
    /// Offers again the tags the markup holds, with their colours.
    void fillTags();
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
    void buildCombos();
    void buildChoices();
    void fillActorNames();
    void fillYearRange();
    void fillSources();
    void fillClaimants();
    void widenYearRange(const TableDelta &claims);
    /// Counts each actor's claims as claimant, from every claim.
    void countClaimants();
    /// Follows the claims' changes in the counts; whether an actor became or stopped being a
    /// claimant, which changes the list offered.
    bool followClaimants(const TableDelta &claims);
    /// A visible label and its field, one item of the flow; the label names the field for
    /// screen readers too.
    QWidget *labelled(const QString &label, QWidget *field);
    /// Changes one part of the filter, from a control.
    void edit(const std::function<void(ClaimFilter &)> &change);
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
    QStringListModel *m_actorNames = nullptr; ///< what the actor picker completes
    QSpinBox *m_fromYear = nullptr;
    QSpinBox *m_toYear = nullptr;
    CheckListButton *m_sources = nullptr;
    CheckListButton *m_kinds = nullptr;
    QComboBox *m_conflict = nullptr;
    QComboBox *m_sourcing = nullptr;
    CheckListButton *m_claimants = nullptr;
    QCheckBox *m_keyOnly = nullptr;
    CheckListButton *m_tags = nullptr;
    const Markup *m_markup = nullptr;
    std::vector<int> m_claimantOf;       ///< per claim, its claimant's actor index or -1
    std::vector<int> m_claimsOfClaimant; ///< per actor, the claims it is the claimant of
    QList<QWidget *> m_pairs;            ///< the labelled fields, in the flow's order
    QLineEdit *m_search = nullptr;
    QPushButton *m_clear = nullptr;
    ElidedLabel *m_summary = nullptr;
    QTimer *m_searchDelay = nullptr;
};
