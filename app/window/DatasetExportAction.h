#pragma once

#include <QObject>
#include <functional>

class DossierSession;
class Markup;
class QAction;
class QWidget;

/// File ▸ Export Dataset…: the whole dossier as it stands, in the authoring JSON the CLI's
/// `export` writes (the same writer), so that `dossier check --corpus` accepts the file and
/// importing it gives the same dossier back. The user's markup goes to a file of its own beside
/// it (MarkupJson), only when "Include my markup" is on, as from the CLI's --with-markup.
/// The folder last exported to and that choice are remembered across sessions.
class DatasetExportAction final : public QObject
{
    Q_OBJECT
public:
    DatasetExportAction(DossierSession &session, QWidget *window);

    QAction *action() const { return m_action; }
    /// "Include my markup (stars, tags, notes)": checkable, off until the user turns it on.
    QAction *includeMarkupAction() const { return m_includeMarkup; }
    /// The markup written when asked; it must outlive this action. None: no markup is written.
    void setMarkup(const Markup *markup) { m_markup = markup; }

    /// Asks where to write, then writes; a failure is shown to the user.
    void exportDataset();
    /// Writes the dataset to `path` atomically (a failed write leaves any file there as it
    /// was); false with `error` when it cannot.
    bool exportTo(const QString &path, QString *error);

    /// Asks for the file to write, starting from `suggested`; empty to give up. By default a
    /// file dialog; tests answer themselves.
    using PathChooser = std::function<QString(const QString &suggested)>;
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }
    /// Where the next export is first proposed: the folder last exported to (or Documents).
    QString suggestedPath() const;

signals:
    void exported(const QString &path);

private:
    DossierSession &m_session;
    QWidget *m_window;
    QAction *m_action;
    QAction *m_includeMarkup;
    const Markup *m_markup = nullptr;
    PathChooser m_choosePath;
};
