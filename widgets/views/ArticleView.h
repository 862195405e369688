#pragma once

#include "models/corpus/ArticleLayout.h"
#include "models/corpus/CitationLocator.h"
#include "models/corpus/CitedPassages.h"

#include <QDialog>

class Dataset;
struct Source;
class NumberedTextEdit;
class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class SelectionState;

/// An article's full text, its paragraphs numbered in the margin as the citations number
/// them, every passage the dataset cites from it highlighted and the current citation's
/// stronger and outlined. Next and Previous Citation walk the cited passages in text order and
/// make their claim current; while open, the view follows the current claim to its citation
/// (but while a passage is selected, which would be lost).
/// When the file is missing, refused or not the one the dataset was curated from, it says so
/// above the text in plain words. One window, reused for each "Show in article".
struct DatasetDelta;

class ArticleView final : public QDialog
{
    Q_OBJECT
public:
    /// With a selection, the view follows its current claim and Next/Previous change it.
    explicit ArticleView(const Dataset &dataset, SelectionState *selection = nullptr,
                         QWidget *parent = nullptr);

    /// Reads the article of a citation from the corpus folder and shows it, brought to front.
    void showCitation(const QString &corpusDir, int claim, int citation);
    /// Reads a source's article and shows it with no citation current (one just added, or one
    /// no claim cites yet), its cited passages marked, brought to front.
    void showSource(const QString &corpusDir, const QString &sourceId);
    /// Shows the current citation again from another corpus folder, when open.
    void setCorpusDir(const QString &corpusDir);
    /// Follows the claim shown through a change, and marks the article's passages anew.
    void applyDelta(const DatasetDelta &delta);

    QPlainTextEdit *textView() const;
    /// The source whose article is shown; empty when none is.
    QString sourceId() const { return m_sourceId; }
    /// The article shown, as read, and how the view lays it out.
    const QString &articleText() const { return m_articleText; }
    const ArticleLayout &articleLayout() const { return m_layout; }
    /// The text selected, as offsets in the shown text; empty when nothing is.
    ArticleText::Span selectedSpan() const;
    /// Actions the text's context menu offers after its own (Copy, Select All), and whose
    /// shortcuts work in this window.
    void addContextActions(const QList<QAction *> &actions);
    QLabel *statusLabel() const { return m_status; }
    QLabel *headingLabel() const { return m_heading; }
    QLabel *positionLabel() const { return m_position; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *previousButton() const { return m_previous; }
    /// The current citation's quote, as offsets in the shown text; empty when none.
    ArticleText::Span highlighted() const { return m_span; }
    /// The cited passages of the article shown, in text order (offsets in the article).
    const QList<CitedPassage> &passages() const { return m_passages; }
    /// Index in passages() of the current citation's passage; -1 when it has none.
    int currentPassage() const { return m_current; }
    CitationRef currentCitation() const { return m_citation; }
    /// The paragraph number shown beside a line of textView(); 0 when none.
    int paragraphNumberAt(int line) const;
    /// What a passage's tooltip says: the claims citing it, as plain text.
    QString passageToolTip(int passage) const;

    /// Lines longer than this are shown as several, broken after a space: a text view lays
    /// out a line whole, and a one-line article of 15 MB kept the window busy for half a
    /// minute.
    static constexpr qsizetype MaxShownLine = 2000;
    CitationLocator::Status status() const { return m_result; }

signals:
    /// The selection in the text changed, or another article is shown.
    void textSelectionChanged();

public slots:
    void nextCitation();
    void previousCitation();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Shows a citation; the text keeps its scroll when the passage is the one shown, unless
    /// `bringIntoView`.
    void display(CitationRef citation, bool bringIntoView = false);
    void step(int delta);
    void showHeading(const Source &source);
    /// Shows `text` as the article of `sourceId`, its cited passages marked.
    void setArticle(const QString &sourceId, const QString &text);
    void showContextMenu(const QPoint &pos);
    void followSelection();
    void highlight();
    void updatePosition();
    void centerOnQuote();
    int passageAt(qsizetype shownOffset) const;

    const Dataset &m_dataset;
    SelectionState *m_selection;
    QLabel *m_heading;
    QLabel *m_status;
    NumberedTextEdit *m_text;
    QLabel *m_position;
    QPushButton *m_previous;
    QPushButton *m_next;
    QString m_corpusDir;
    QString m_sourceId;    ///< of the article shown
    QString m_articleText; ///< as read, to tell whether a citation needs another text
    ArticleLayout m_layout;
    QList<CitedPassage> m_passages;
    int m_current = -1;
    CitationRef m_citation;
    ArticleText::Span m_span;
    CitationLocator::Status m_result = CitationLocator::Status::NoCorpus;
    QList<QAction *> m_contextActions;
};
