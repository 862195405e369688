#include "tests/app/window/WindowFixture.h"

#include "app/window/MainWindow.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace WindowFixture {

void isolateSettings(QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
}

std::unique_ptr<MainWindow> openWindow(const Dataset &dataset)
{
    DatasetLoader::Result origin;
    auto window = std::make_unique<MainWindow>(dataset, origin, QString());
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    return window;
}

} // namespace WindowFixture
