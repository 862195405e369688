#pragma once

#include "models/corpus/CitationLocator.h"

#include <QDialog>

class Dataset;
class QLabel;
class QPlainTextEdit;

/// An article's full text with a quoted passage highlighted and scrolled into view. When the
/// file is missing, refused or not the one the dataset was curated from, it says so above the
/// text in plain words. One window, reused for each "Show in article".
class ArticleView final : public QDialog
{
    Q_OBJECT
public:
    explicit ArticleView(const Dataset &dataset, QWidget *parent = nullptr);

    /// Reads the article of a citation from the corpus folder and shows it.
    void showCitation(const QString &corpusDir, int claim, int citation);

    QPlainTextEdit *textView() const { return m_text; }
    QLabel *statusLabel() const { return m_status; }
    /// The highlighted quote, as offsets in the shown text; empty when none.
    ArticleText::Span highlighted() const { return m_span; }

    /// Lines longer than this are shown as several, broken after a space: a text view lays
    /// out a line whole, and a one-line article of 15 MB kept the window busy for half a
    /// minute.
    static constexpr qsizetype MaxShownLine = 2000;
    CitationLocator::Status status() const { return m_result; }

private:
    void highlight();
    void centerOnQuote();

    const Dataset &m_dataset;
    QLabel *m_heading;
    QLabel *m_status;
    QPlainTextEdit *m_text;
    ArticleText::Span m_span;
    CitationLocator::Status m_result = CitationLocator::Status::NoCorpus;
};
