#pragma once

#include "models/data/Dataset.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

class MainWindow;

/// The real main window on the mini dataset, with settings in a private folder.
namespace WindowFixture {

/// Points QSettings (and the data folder) at a fresh temporary folder; call in initTestCase().
void isolateSettings(QTemporaryDir &dir);
/// A main window on the mini dataset (no database file), shown and exposed.
std::unique_ptr<MainWindow> openWindow(const Dataset &dataset);

} // namespace WindowFixture
