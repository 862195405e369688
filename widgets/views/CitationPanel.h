#pragma once

#include <QWidget>

class Dataset;
class QPushButton;
class QTextBrowser;
class SelectionState;

/// Everything the dataset says about the current claim: statement, date and its note, actors
/// and roles, each citation (outlet, title, author, publication date, paragraph) with its
/// quote set apart, and any conflict with links to the other claims. "Show in article" asks
/// for the quoted passage in its article; the panel itself never reads files.
class CitationPanel final : public QWidget
{
    Q_OBJECT
public:
    CitationPanel(const Dataset &dataset, SelectionState &selection, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    QPushButton *showInArticleButton() const { return m_showButton; }
    /// The claim shown, or -1.
    int shownClaim() const { return m_claim; }

signals:
    /// The user asked to see citation `citation` of claim `claim` in its article.
    void showInArticleRequested(int claim, int citation);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Colours of the HTML, readable on the light and the dark palette.
    struct Colors
    {
        QString muted, quoteFill, quoteRule, conflictFill, conflictText;
    };
    Colors colors() const;
    void showClaim(int claim);
    void openLink(const QUrl &url);
    QString claimHtml(int claim) const;
    QString actorsHtml(int claim) const;
    QString conflictsHtml(int claim) const;
    QString citationHtml(int claim, int citation) const;
    QString sourcesHtml(int claim) const;
    QString claimLink(const QString &claimId) const;

    const Dataset &m_dataset;
    SelectionState &m_selection;
    QTextBrowser *m_browser;
    QPushButton *m_showButton;
    int m_claim = -1;
};
