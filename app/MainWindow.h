#pragma once

#include "Dataset.h"
#include "DatasetLoader.h"

#include <QMainWindow>

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Dataset dataset, const DatasetLoader::Result &origin, const QString &corpus,
               QWidget *parent = nullptr);

private:
    Dataset m_dataset;
};
