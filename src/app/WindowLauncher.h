#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <QUndoStack>

#include <memory>

namespace bilan {

class ChangeWatcher;
class Database;
class MainWindow;

// Opens the database and the main window on it (the window itself never opens files), and
// carries out the File menu: a new database, CSV import and export, a backup.
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
    // Creates an empty database at `path` (never over an existing file); the window then opens
    // it in a process of its own, as File ▸ Open does.
    static Status createDatabase(const QString& path);
    // Puts `path` first in the recent databases kept in the user's settings; returns the list.
    static QStringList rememberDatabase(const QString& path);

    // Installs `language` ("fr", "en", or "" for the system's) and builds the window again in
    // it, on the same page and at the same place. The undo history is kept.
    void switchLanguage(const QString& language);
    // Builds every page again, so that each reads the database afresh (after an import); false
    // when a page with unsaved work asked to stay.
    bool rebuildWindow();

private:
    void buildWindow();
    // Replaces the window by a new one, without asking.
    void rebuild();
    void connectFileMenu();
    void showPreferences();
    void showImport();
    void showExport();

    std::unique_ptr<Database> m_database;
    // Another desk's changes; gone before the database it watches.
    std::unique_ptr<ChangeWatcher> m_watcher;
    // The views' edits, undone from the Edit menu; outlives the window that shows it.
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace bilan
