#include "MainWindow.h"

#include <QLabel>

MainWindow::MainWindow(Dataset dataset, const DatasetLoader::Result &origin, const QString &corpus,
                       QWidget *parent)
    : QMainWindow(parent), m_dataset(std::move(dataset))
{
    Q_UNUSED(origin);
    Q_UNUSED(corpus);
    setCentralWidget(new QLabel(tr("%1 claims").arg(m_dataset.claims.size())));
}
