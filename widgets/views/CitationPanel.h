#pragma once

#include <QSet>
#include <QWidget>

class Dataset;
struct DatasetDelta;
class QMenu;
class QPushButton;
class QTextBrowser;
class SelectionState;

/// Everything the dataset says about the current claim, quotes first: statement, date and its
/// note, actors and roles, any conflict with links to the other claims, then each citation as
/// its source's label and paragraph above the quote set apart; after them each source once
/// (outlet, title, author, publication date), its notes and the reasoning behind its date each
/// behind a disclosure ("Notes on the source ▸", "How this date was inferred ▸"). No tables: the
/// accessible text is the plain text. "Show in article" asks for the quoted passage in its article;
/// the panel itself never reads files. Its context menu (right click, the menu key, Shift+F10)
/// asks to edit the claim, a source it cites or an actor it names; the window does the editing.
class CitationPanel final : public QWidget
{
    Q_OBJECT
public:
    CitationPanel(const Dataset &dataset, SelectionState &selection, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    QPushButton *showInArticleButton() const { return m_showButton; }
    /// The claim shown, or -1.
    int shownClaim() const { return m_claim; }
    /// What a source's entry keeps behind a link: its notes, the reasoning behind its date.
    enum class Disclosure
    {
        Notes,
        DateNote
    };
    /// Whether that text of source `sourceId` is shown. Closed at first; the reader's choice
    /// holds for every claim citing the source, for the session.
    bool isOpen(Disclosure which, const QString &sourceId) const;
    /// Opens or closes it (its link, "Notes on the source ▸" or "How this date was inferred ▸",
    /// does).
    void toggle(Disclosure which, const QString &sourceId);

    /// Why the dossier cannot be edited, said on the context menu's edit entries, which are
    /// disabled; empty when it can.
    void setEditRefusal(const QString &why);
    /// The browser's own entries (copy, select all), then one to edit the claim shown, each
    /// source it cites and each actor it names.
    QMenu *createContextMenu(const QPoint &pos);
    /// Opens that menu at `pos` in the browser's viewport.
    void showContextMenu(const QPoint &pos);
    /// Shows the claim again when a source, actor or conflict it may show changed (its own
    /// changes come through the selection).
    void applyDelta(const DatasetDelta &delta);

signals:
    /// The user asked to see citation `citation` of claim `claim` in its article.
    void showInArticleRequested(int claim, int citation);
    /// The user asked to edit claim `claim`, source `source`, actor `actor` (dataset indexes).
    void editClaimRequested(int claim);
    void editSourceRequested(int source);
    void editActorRequested(int actor);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Colours of the HTML, readable on the light and the dark palette.
    struct Colors
    {
        QString muted, quoteFill, conflictFill, conflictText;
    };
    Colors colors() const;
    void showClaim(int claim);
    void openLink(const QUrl &url);
    QString claimHtml(int claim) const;
    QString actorsHtml(int claim) const;
    QString conflictsHtml(int claim) const;
    QString citationHtml(int claim, int citation) const;
    QString sourcesHtml(int claim) const;
    QString disclosureHtml(Disclosure which, int source, const QString &title,
                           const QString &text) const;
    QString claimLink(const QString &claimId) const;

    const Dataset &m_dataset;
    SelectionState &m_selection;
    QTextBrowser *m_browser;
    QPushButton *m_showButton;
    int m_claim = -1;
    QSet<QString> m_open; ///< "which:source id"
    QString m_editRefusal;
};
