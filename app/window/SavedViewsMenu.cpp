#include "app/window/SavedViewsMenu.h"

#include "models/filter/FilterState.h"
#include "models/viewmodels/PlainText.h"
#include "widgets/timeline/TimelineChart.h"
#include "widgets/views/Dashboard.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

SavedViewsMenu::SavedViewsMenu(Dashboard &dashboard, QWidget *parent)
    : QMenu(tr("Saved &Views"), parent), m_dashboard(dashboard)
{
    setObjectName(QStringLiteral("savedViewsMenu"));
    m_save = new QAction(tr("&Save Current View…"), this);
    m_save->setObjectName(QStringLiteral("saveView"));
    m_save->setShortcut(QKeySequence(tr("Ctrl+Alt+S")));
    m_save->setStatusTip(tr("Keep the filter, the timeline's lanes and its dates under a name"));
    connect(m_save, &QAction::triggered, this, &SavedViewsMenu::askAndSave);
    m_manage = new QAction(tr("&Manage Views…"), this);
    m_manage->setObjectName(QStringLiteral("manageViews"));
    connect(m_manage, &QAction::triggered, this, &SavedViewsMenu::manage);
    addAction(m_save);
    m_viewsStart = addSeparator();
    m_viewsEnd = addSeparator();
    addAction(m_manage);
    rebuild();
}

SavedView SavedViewsMenu::capture(const Dashboard &dashboard, const QString &name)
{
    const TimelineChart *chart = dashboard.chart();
    SavedView view;
    view.name = name.trimmed();
    view.filter = FilterState::toVariantMap(dashboard.filter()->filter());
    view.mode = chart->mode();
    view.grouping = chart->grouping();
    view.laneOrder = chart->laneOrder();
    std::tie(view.from, view.to) = chart->visibleDates();
    return view;
}

void SavedViewsMenu::apply(Dashboard &dashboard, const SavedView &view)
{
    dashboard.filter()->setFilter(FilterState::fromVariantMap(view.filter, dashboard.dataset()));
    TimelineChart *chart = dashboard.chart();
    chart->setMode(view.mode);
    chart->setGrouping(view.grouping);
    chart->setLaneOrder(view.laneOrder);
    // Last: each change above frames the chart afresh.
    chart->setVisibleDates(view.from, view.to);
}

void SavedViewsMenu::saveAs(const QString &name)
{
    QSettings settings;
    QList<SavedView> views = SavedViews::load(settings);
    SavedViews::put(views, capture(m_dashboard, name));
    SavedViews::store(settings, views);
    rebuild();
}

bool SavedViewsMenu::applyNamed(const QString &name)
{
    const QList<SavedView> views = SavedViews::load(QSettings());
    const int i = SavedViews::find(views, name);
    if (i < 0)
        return false;
    apply(m_dashboard, views[i]);
    emit applied(views[i].name);
    return true;
}

void SavedViewsMenu::remove(const QString &name)
{
    QSettings settings;
    QList<SavedView> views = SavedViews::load(settings);
    if (const int i = SavedViews::find(views, name); i >= 0) {
        views.removeAt(i);
        SavedViews::store(settings, views);
    }
    rebuild();
}

void SavedViewsMenu::rebuild()
{
    qDeleteAll(m_viewActions);
    m_viewActions.clear();
    const QList<SavedView> views = SavedViews::load(QSettings());
    m_viewsStart->setVisible(!views.isEmpty());
    for (int i = 0; i < views.size(); ++i) {
        const QString name = PlainText::forButton(views[i].name);
        // Alt+digit for the first nine; the rest by their name's own letters.
        auto *action = new QAction(i < 9 ? tr("&%1 %2").arg(QString::number(i + 1), name)
                                         : QStringLiteral("&") + name,
                                   this);
        action->setData(views[i].name);
        connect(action, &QAction::triggered, this,
                [this, name = views[i].name] { applyNamed(name); });
        insertAction(m_viewsEnd, action);
        m_viewActions.append(action);
    }
    m_manage->setEnabled(!views.isEmpty());
}

void SavedViewsMenu::askAndSave()
{
    QWidget *window = parentWidget() ? parentWidget()->window() : nullptr;
    bool ok = false;
    const QString name =
        QInputDialog::getText(window, tr("Save Current View"), tr("Name of the view:"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    const QList<SavedView> views = SavedViews::load(QSettings());
    if (const int i = SavedViews::find(views, name); i >= 0) {
        QMessageBox box(
            QMessageBox::Question, tr("Save Current View"),
            PlainText::forAutoText(tr("A view named “%1” exists. Replace it?").arg(views[i].name)),
            QMessageBox::NoButton, window);
        QPushButton *replace = box.addButton(tr("Replace"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != replace)
            return;
    }
    saveAs(name);
}

void SavedViewsMenu::manage()
{
    QDialog dialog(parentWidget() ? parentWidget()->window() : nullptr);
    dialog.setWindowTitle(tr("Saved Views"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(tr("&Views:"), &dialog);
    auto *list = new QListWidget(&dialog);
    label->setBuddy(list);
    list->setAccessibleName(tr("Saved views"));
    for (const SavedView &view : SavedViews::load(QSettings()))
        list->addItem(view.name);
    list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::ActionRole);
    QPushButton *remove = buttons->addButton(tr("&Delete"), QDialogButtonBox::ActionRole);
    layout->addWidget(label);
    layout->addWidget(list);
    layout->addWidget(buttons);
    const auto update = [=] {
        apply->setEnabled(list->currentItem());
        remove->setEnabled(list->currentItem());
    };
    connect(list, &QListWidget::currentRowChanged, &dialog, update);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(apply, &QPushButton::clicked, &dialog, [this, list, &dialog] {
        if (QListWidgetItem *item = list->currentItem()) {
            applyNamed(item->text());
            dialog.accept();
        }
    });
    connect(remove, &QPushButton::clicked, &dialog, [this, list, update] {
        if (QListWidgetItem *item = list->currentItem()) {
            this->remove(item->text());
            delete list->takeItem(list->row(item));
            update();
        }
    });
    update();
    dialog.exec();
}
