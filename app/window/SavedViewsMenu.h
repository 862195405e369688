#pragma once

#include "models/viewmodels/SavedViews.h"

#include <QMenu>

class Dashboard;

/// View ▸ Saved Views: saves the current filter with the timeline's lanes and framed dates
/// under a name (asking before it replaces one), lists the saved views to apply (Alt+digit
/// for the first nine), and manages them (delete). The views live in QSettings (SavedViews).
class SavedViewsMenu final : public QMenu
{
    Q_OBJECT
public:
    SavedViewsMenu(Dashboard &dashboard, QWidget *parent = nullptr);

    /// What the dashboard shows now, under `name`.
    static SavedView capture(const Dashboard &dashboard, const QString &name);
    /// Shows the view: its filter (ids this dataset does not know dropped), lanes and dates.
    static void apply(Dashboard &dashboard, const SavedView &view);

    /// Saves the current view under `name`, replacing one so named, without asking.
    void saveAs(const QString &name);
    /// Applies the saved view so named; false when there is none.
    bool applyNamed(const QString &name);
    /// Deletes the saved view so named.
    void remove(const QString &name);

    /// Re-reads the saved views.
    void rebuild();

    QAction *saveAction() const { return m_save; }
    QAction *manageAction() const { return m_manage; }

signals:
    /// A view was applied (its name as saved).
    void applied(const QString &name);

private:
    void askAndSave();
    void manage();

    Dashboard &m_dashboard;
    QAction *m_save;
    QAction *m_manage;
    QAction *m_viewsStart = nullptr; ///< the separators around the views' entries
    QAction *m_viewsEnd = nullptr;
    QList<QAction *> m_viewActions;
};
