#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

/// Help ▸ Keyboard Shortcuts: every action of a menu bar, by menu, with its shortcuts, read
/// from the actions themselves so the list can never drift from the menus.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};
