#pragma once

#include "models/data/Dataset.h"
#include "models/markup/Markup.h"

#include <QApplication>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

class Dashboard;
class MainWindow;
class QAction;
class QPlainTextEdit;
class QWidget;

/// What the window tests share: a SQLite dossier in a temporary folder, the main window opened
/// on it as the program opens one, dialogs answered through their widgets, and what the views
/// show read back as a user reads it.
namespace GuiFixture {

/// Points QSettings (and the data folder) at `dir`, emptied; call in initTestCase().
void isolateSettings(QTemporaryDir &dir);

/// Runs `act` on the modal dialog of type T once it is open: exec() blocks the test until
/// `act` closes it.
template <typename T> void whenOpen(std::function<void(T *)> act)
{
    QTimer::singleShot(0, [act] {
        T *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<T *>(QApplication::activeModalWidget())));
        const QPointer<T> open(dialog);
        act(dialog);
        // A check that failed in `act` left it open: closed, so that the test goes on to say so
        // instead of waiting for its time-out.
        if (open && open->isVisible())
            open->reject();
    });
}

/// Writes `bytes` to `folder`/`name`; its path (fatal when it cannot).
QString writeFile(const QString &folder, const QString &name, const QByteArray &bytes);
/// Copies every file of `from` into `to` (made if missing); false when one cannot be.
bool copyFolder(const QString &from, const QString &to);

/// A new SQLite dossier at `path` holding `dataset`, as `dossier import` makes (fatal when
/// it cannot be made).
void importInto(const QString &path, const Dataset &dataset);
/// The main window on the dossier at `path` with its articles in `corpus`, opened as the
/// program opens it (loaded, then the window built on it: its edits saved there), shown and
/// exposed. Null, with the reason in `error`.
std::unique_ptr<MainWindow> openDossier(const QString &path, const QString &corpus, QString *error);

/// What the dossier at `path` holds now, read by a connection of its own.
Dataset storedDataset(const QString &path);
Markup storedMarkup(const QString &path);

/// The window's action named `name` (its object name); null when there is none.
QAction *action(const QWidget &window, const QString &name);
/// Types `text` into `field`, emptied first when it is a line edit.
void typeInto(QWidget *field, const QString &text);
/// Selects the `occurrence`th (0-based) `words` in `text` by a mouse drag across them, as a
/// user does; false when they are not shown or the drag selected something else.
bool dragSelect(QPlainTextEdit *text, const QString &words, int occurrence = 0);
/// Clicks `claim`'s row in the claim table (with `keys` held), scrolled into view first.
void clickClaim(Dashboard &dashboard, int claim, Qt::KeyboardModifiers keys = {});

/// The claims the table shows, by id, in its order.
QStringList shownIds(MainWindow &window);
/// The claims count the actor list shows for the actor named `name`; empty when not listed.
QString shownCount(Dashboard &dashboard, const QString &name);

} // namespace GuiFixture
