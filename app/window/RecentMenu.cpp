#include "app/window/RecentMenu.h"

#include "models/store/OpenStore.h"
#include "models/viewmodels/PlainText.h"

#include "widgets/shell/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

RecentMenu::RecentMenu(QWidget *parent) : QMenu(tr("Open &Recent"), parent)
{
    connect(this, &QMenu::aboutToShow, this, &RecentMenu::rebuild);
    rebuild();
}

void RecentMenu::rebuild()
{
    clear();
    const QStringList paths = AppSettings::recentDatabases();
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths[i];
        const bool server = isServerLocation(path);
        const QString name =
            PlainText::forButton(server ? displayedLocation(path) : QFileInfo(path).fileName());
        QAction *action = addAction(tr("&%1 %2").arg(QString::number(i + 1), name));
        action->setToolTip(PlainText::forAutoText(QDir::toNativeSeparators(path)));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(server || QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (paths.isEmpty())
        addAction(tr("No recent databases"))->setEnabled(false);
    addSeparator();
    QAction *clearList = addAction(tr("&Clear the List"), this, [this] {
        QSettings().remove(AppSettings::RecentKey);
        rebuild();
    });
    clearList->setEnabled(!paths.isEmpty());
    setEnabled(true);
}
