#include "tests/support/GuiFixture.h"

#include "app/window/MainWindow.h"
#include "models/session/DossierSession.h"
#include "models/store/DatasetLoader.h"
#include "models/store/DatasetStore.h"
#include "models/viewmodels/ActorTableModel.h"
#include "models/viewmodels/ClaimFilterProxy.h"
#include "models/viewmodels/ClaimTableModel.h"
#include "widgets/views/ActorListView.h"
#include "widgets/views/ClaimTableView.h"
#include "widgets/views/Dashboard.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>

namespace GuiFixture {

void isolateSettings(QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
}

QString writeFile(const QString &folder, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(folder).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QDir source(from);
    for (const QString &name : source.entryList(QDir::Files))
        if (!QFile::copy(source.filePath(name), QDir(to).filePath(name)))
            return false;
    return true;
}

void importInto(const QString &path, const Dataset &dataset)
{
    DatasetStore store;
    QString error;
    if (!store.open(path, DatasetStore::Mode::ReadWrite, &error) ||
        !store.importDataset(dataset, QStringLiteral("case.json"), QStringLiteral("0"), &error))
        qFatal("%s", qPrintable(error));
}

std::unique_ptr<MainWindow> openDossier(const QString &path, const QString &corpus, QString *error)
{
    DatasetLoader::Result loaded = DatasetLoader::open(path);
    if (!loaded.dataset) {
        *error = loaded.error;
        return nullptr;
    }
    auto window = std::make_unique<MainWindow>(std::move(*loaded.dataset), loaded, corpus);
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        *error = QStringLiteral("the window was never shown");
        return nullptr;
    }
    return window;
}

Dataset storedDataset(const QString &path)
{
    DatasetStore store;
    QString error;
    std::optional<Dataset> d;
    if (store.open(path, DatasetStore::Mode::ReadOnly, &error))
        d = store.load(&error);
    return d ? *d : Dataset();
}

Markup storedMarkup(const QString &path)
{
    DatasetStore store;
    QString error;
    std::optional<Markup> markup;
    if (store.open(path, DatasetStore::Mode::ReadOnly, &error))
        markup = store.loadMarkup(&error);
    return markup ? *markup : Markup();
}

QAction *action(const QWidget &window, const QString &name)
{
    return window.findChild<QAction *>(name);
}

void typeInto(QWidget *field, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->clear();
    QTest::keyClicks(field, text);
}

bool dragSelect(QPlainTextEdit *text, const QString &words, int occurrence)
{
    const QString shown = text->toPlainText();
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        if ((at = shown.indexOf(words, at + 1)) < 0)
            return false;
    QTextCursor cursor(text->document());
    cursor.setPosition(int(at + words.size()));
    text->setTextCursor(cursor);
    text->ensureCursorVisible();
    const auto pointAt = [text](qsizetype position) {
        QTextCursor c(text->document());
        c.setPosition(int(position));
        return text->cursorRect(c).center();
    };
    QWidget *viewport = text->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, pointAt(at));
    QTest::mouseMove(viewport, pointAt(at + words.size() / 2));
    QTest::mouseMove(viewport, pointAt(at + words.size()));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, pointAt(at + words.size()));
    return text->textCursor().selectedText() == words;
}

void clickClaim(Dashboard &dashboard, int claim, Qt::KeyboardModifiers keys)
{
    ClaimTableView *table = dashboard.claimTable();
    const QModelIndex cell =
        table->filterProxy()->indexOfClaim(claim, ClaimTableModel::StatementColumn);
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, keys, table->visualRect(cell).center());
}

QStringList shownIds(MainWindow &window)
{
    ClaimTableView *table = window.dashboard()->claimTable();
    QStringList ids;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const int claim = table->filterProxy()->claimAt(table->model()->index(row, 0));
        ids.append(window.session()->dataset().claims[claim].id);
    }
    return ids;
}

QString shownCount(Dashboard &dashboard, const QString &name)
{
    ActorTableModel *model = dashboard.actorList()->actorModel();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, ActorTableModel::NameColumn).data().toString() == name)
            return model->index(row, ActorTableModel::ClaimsColumn).data().toString();
    return {};
}

} // namespace GuiFixture
