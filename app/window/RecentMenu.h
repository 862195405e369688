#pragma once

#include <QMenu>

/// File ▸ Open Recent: the databases opened last (AppSettings), most recent first, with
/// Alt+digit mnemonics; rebuilt each time it opens.
class RecentMenu final : public QMenu
{
    Q_OBJECT
public:
    explicit RecentMenu(QWidget *parent = nullptr);
    /// Re-reads the list (also done before the menu shows).
    void rebuild();

signals:
    void openRequested(const QString &path);
};
