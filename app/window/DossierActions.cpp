#include "app/window/DossierActions.h"

#include "models/corpus/ArticleIntake.h"
#include "models/data/TextUtil.h"
#include "models/dossier/Change.h"
#include "models/format/DatasetJsonWriter.h"
#include "models/session/DossierSession.h"
#include "models/store/DatasetStore.h"
#include "widgets/editing/AddArticleDialog.h"
#include "widgets/views/ArticleView.h"
#include "widgets/views/Dashboard.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

DossierActions::DossierActions(DossierSession &session, Dashboard &dashboard, QWidget *window)
    : QObject(window), m_session(session), m_dashboard(dashboard), m_window(window),
      m_newDossier(new QAction(tr("&New Dossier…"), this)),
      m_addArticle(new QAction(tr("Add &Article…"), this))
{
    m_newDossier->setObjectName(QStringLiteral("newDossier"));
    m_newDossier->setStatusTip(tr("Create an empty dossier, with a folder for its articles, and "
                                  "open it for editing"));
    m_addArticle->setObjectName(QStringLiteral("addArticle"));
    connect(m_newDossier, &QAction::triggered, this, &DossierActions::newDossier);
    connect(m_addArticle, &QAction::triggered, this, [this] { addArticle(); });
    connect(&session, &DossierSession::editableChanged, this, &DossierActions::updateEnabled);
    updateEnabled();
}

void DossierActions::updateEnabled()
{
    const bool editable = m_session.isEditable();
    m_addArticle->setEnabled(editable);
    m_addArticle->setStatusTip(editable ? tr("Add a text file or a saved web page to the corpus "
                                             "folder, with its source")
                                        : m_session.readOnlyReason());
}

QString DossierActions::corpusBeside(const QString &database)
{
    const QFileInfo info(database);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-corpus"));
}

bool DossierActions::createDossier(const QString &database, const QString &corpusDir,
                                   QString *error)
{
    const QFileInfo info(database);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir() || !folder.isWritable()) {
        *error = tr("The folder %1 cannot be written to.")
                     .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
        return false;
    }
    // The file dialog asked before replacing a file; the store takes only a new, empty one.
    if (info.exists() && !QFile::remove(database)) {
        *error = tr("%1 cannot be replaced.").arg(QDir::toNativeSeparators(database));
        return false;
    }
    const bool corpusExisted = QFileInfo(corpusDir).isDir();
    if (!corpusExisted && !QDir().mkpath(corpusDir)) {
        *error =
            tr("The corpus folder %1 cannot be created.").arg(QDir::toNativeSeparators(corpusDir));
        return false;
    }
    const auto undo = [&] {
        QFile::remove(database);
        if (!corpusExisted)
            QDir().rmdir(corpusDir);
        return false;
    };
    QFile create(database);
    if (!create.open(QIODevice::WriteOnly)) {
        *error = create.errorString();
        return undo();
    }
    create.close();
    Dataset empty;
    empty.info.title = info.completeBaseName();
    empty.reindex();
    DatasetStore store;
    if (!store.open(database, DatasetStore::Mode::NewFile, error) ||
        !store.importDataset(empty, info.fileName(),
                             TextUtil::sha256Hex(DatasetJsonWriter::write(empty)), error)) {
        store.close();
        return undo();
    }
    return true;
}

void DossierActions::newDossier()
{
    QString path;
    if (m_chooseDatabase) {
        path = m_chooseDatabase();
    } else {
        // The dialog adds the suffix before it asks whether to replace a file of that name.
        QFileDialog dialog(m_window, tr("New Dossier"), QDir::homePath(),
                           tr("Dossier databases (*.sqlite)"));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(QStringLiteral("sqlite"));
        dialog.selectFile(tr("dossier") + QStringLiteral(".sqlite"));
        if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
            path = dialog.selectedFiles().constFirst();
    }
    if (path.isEmpty())
        return;
    const QString corpus = corpusBeside(path);
    QString error;
    if (!createDossier(path, corpus, &error)) {
        report(tr("New Dossier"), tr("The dossier was not created."), error);
        return;
    }
    emit dossierCreated(path, corpus);
}

void DossierActions::addArticle(const QString &file)
{
    if (!m_session.isEditable()) {
        report(tr("Add Article"), tr("No article can be added to this dossier."),
               m_session.readOnlyReason());
        return;
    }
    QString corpus = m_dashboard.corpusPath();
    if (corpus.isEmpty() || !QFileInfo(corpus).isDir()) {
        corpus = m_chooseCorpus ? m_chooseCorpus() : askForCorpus();
        if (corpus.isEmpty())
            return;
        emit corpusChosen(corpus);
    }
    AddArticleDialog dialog(m_session.dataset(), corpus, m_window);
    if (!file.isEmpty())
        dialog.loadFile(file);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Source source = dialog.source();
    QString error;
    if (!ArticleIntake::writeToCorpus(dialog.article(), corpus, source.file, &error)) {
        report(tr("Add Article"), tr("The article was not added."), error);
        return;
    }
    const Problems problems = m_session.edit(AddArticleDialog::addSourceChange(source));
    if (!problems.isEmpty()) {
        // Nothing refers to the file just written: the dossier stays as it was.
        QFile::remove(QDir(corpus).filePath(source.file));
        QStringList lines;
        for (const Problem &p : problems)
            lines.append(p.toString());
        report(tr("Add Article"), tr("The article was not added."), lines.join(QLatin1Char('\n')));
        return;
    }
    emit articleAdded(source.id);
    // Shown at once, to cull claims from.
    m_dashboard.articleView(m_window)->showSource(corpus, source.id);
}

QString DossierActions::askForCorpus()
{
    QMessageBox ask(QMessageBox::Question, tr("Add Article"),
                    tr("This dossier has no corpus folder to keep the article in."),
                    QMessageBox::Cancel, m_window);
    ask.setTextFormat(Qt::PlainText);
    ask.setInformativeText(tr("Choose the folder that holds its articles, or an empty one."));
    QPushButton *choose = ask.addButton(tr("Choose Folder…"), QMessageBox::AcceptRole);
    ask.setDefaultButton(choose);
    ask.exec();
    if (ask.clickedButton() != choose)
        return {};
    return QFileDialog::getExistingDirectory(m_window, tr("Choose Corpus Folder"),
                                             QDir::homePath());
}

void DossierActions::report(const QString &title, const QString &what, const QString &why)
{
    QMessageBox box(QMessageBox::Warning, title, what, QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(why);
    box.exec();
}
