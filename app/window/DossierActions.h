#pragma once

#include <QObject>
#include <functional>

class Dashboard;
class DossierSession;
class QAction;
class QWidget;

/// File ▸ New Dossier… and File ▸ Add Article…: an empty dossier the user names, with its
/// corpus folder beside it, and an article (text file or saved page) written into the corpus
/// folder with its source added through the session as one undoable edit.
///
/// Undo of an added article takes the source record away and leaves the file in the corpus
/// folder: it is evidence, and a later Add Article of the same text says it is already there
/// (under that name) rather than writing a second copy.
class DossierActions final : public QObject
{
    Q_OBJECT
public:
    DossierActions(DossierSession &session, Dashboard &dashboard, QWidget *window);

    QAction *newDossierAction() const { return m_newDossier; }
    QAction *addArticleAction() const { return m_addArticle; }

    /// The corpus folder a new dossier at `database` gets by default: "<name>-corpus" beside it.
    static QString corpusBeside(const QString &database);
    /// Creates an empty dossier at `database` (replacing a file there, which the caller asked
    /// about) and the folder `corpusDir`. Nothing is left behind when it cannot: false, with
    /// `error`.
    static bool createDossier(const QString &database, const QString &corpusDir, QString *error);

    /// Asks for a database file, creates the dossier and announces it.
    void newDossier();
    /// The Add Article dialog, on `file` when given (a drop), else empty for the user to
    /// choose one; on OK writes the article and adds its source.
    void addArticle(const QString &file = QString());

    /// Asks where a new dossier goes; empty to give up. By default a file dialog; tests answer
    /// themselves.
    using PathChooser = std::function<QString()>;
    void setDatabaseChooser(PathChooser chooser) { m_chooseDatabase = std::move(chooser); }
    /// Asks for a corpus folder when the dossier has none; empty to give up. By default the
    /// user is asked whether to choose one, then a folder dialog.
    void setCorpusChooser(PathChooser chooser) { m_chooseCorpus = std::move(chooser); }

signals:
    /// A new dossier was created: the window attaches its corpus folder and opens it.
    void dossierCreated(const QString &database, const QString &corpusDir);
    /// The user chose a corpus folder for an article: the window attaches it.
    void corpusChosen(const QString &corpusDir);
    /// An article was added: its source's id.
    void articleAdded(const QString &sourceId);

private:
    void updateEnabled();
    QString askForCorpus();
    void report(const QString &title, const QString &what, const QString &why);

    DossierSession &m_session;
    Dashboard &m_dashboard;
    QWidget *m_window;
    QAction *m_newDossier;
    QAction *m_addArticle;
    PathChooser m_chooseDatabase;
    PathChooser m_chooseCorpus;
};
