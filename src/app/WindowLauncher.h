#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <QUndoStack>

#include <memory>

namespace bilan {

class Database;
class MainWindow;

// Opens the database and the main window on it (the window itself never opens files).
class WindowLauncher
{
    Q_DECLARE_TR_FUNCTIONS(bilan::WindowLauncher)

public:
    WindowLauncher();
    ~WindowLauncher();
    // False, with the reason shown to the user, when the database cannot be opened.
    bool open(const QString& databasePath);
    MainWindow* window() const { return m_window.get(); }

    // A copy of the open database into `path` (a new file), said in the status bar.
    Status backUp(const QString& path);
    // Puts `path` first in the recent databases kept in the user's settings; returns the list.
    static QStringList rememberDatabase(const QString& path);

private:
    std::unique_ptr<Database> m_database;
    // The views' edits, undone from the Edit menu; outlives the window that shows it.
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace bilan
