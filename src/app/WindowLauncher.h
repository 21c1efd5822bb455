#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QUndoStack>

#include <memory>
#include <vector>

class QWidget;

namespace bilan {

class ConnectionMonitor;
class ChangeWatcher;
class Database;
class MainWindow;
class ReportsView;

// Opens the database and the main window on it (the window itself never opens files), and
// carries out the File menu: a new database, CSV import and export, a backup, a server. A file
// opens in a process of its own; a server opens in another window of this process, since the
// password typed for it may go nowhere else (ServerConnector).
class WindowLauncher
{
    Q_DECLARE_TR_FUNCTIONS(bilan::WindowLauncher)

public:
    WindowLauncher();
    ~WindowLauncher();
    // False, with the reason shown to the user, when the database cannot be opened. A server
    // address finds its password as ServerConnector::open says, asking in the Connect to
    // Server dialog when needed; false when the user cancels it.
    bool open(const QString& databasePath);
    // The window on `database`, opened by the caller.
    void open(std::unique_ptr<Database> database);
    MainWindow* window() const { return m_window.get(); }
    ConnectionMonitor* connectionMonitor() const { return m_monitor.get(); }

    // File ▸ Connect to Server… and a server in Open Recent: a new window on it, returned;
    // null when the user cancelled.
    WindowLauncher* connectToServer();
    WindowLauncher* openServer(const QString& address);
    // The windows opened on servers from this one.
    const std::vector<std::unique_ptr<WindowLauncher>>& serverWindows() const { return m_servers; }

    // A copy of the open database into `path` (a new file), said in the status bar.
    Status backUp(const QString& path);
    // Creates an empty database at `path` (never over an existing file); the window then opens
    // it in a process of its own, as File ▸ Open does.
    static Status createDatabase(const QString& path);
    // Puts `path` first in the recent databases kept in the user's settings; returns the list.
    // A file is kept as its absolute path, a server as its address (which holds no password).
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
    // The first-run checklist above the pages, while a step is left to do.
    void addChecklist(QWidget* cooperativePage);
    // File ▸ Export Report as OpenDocument: the Reports page shown, then its file dialog.
    void addReportExport(ReportsView* reports);
    // The Engagement page: File ▸ Export Engagement List…, and a row's detail on the Members page.
    void addEngagementPage();
    void showPreferences();
    void showImport();
    void showExport();
    WindowLauncher* showServerWindow(std::unique_ptr<Database> database, const QString& note);

    std::unique_ptr<Database> m_database;
    // On a server: reconnects after the server went away; set before the window, gone before
    // the database.
    std::unique_ptr<ConnectionMonitor> m_monitor;
    // Another desk's changes; gone before the database it watches.
    std::unique_ptr<ChangeWatcher> m_watcher;
    // The views' edits, undone from the Edit menu; outlives the window that shows it.
    std::unique_ptr<QUndoStack> m_undo;
    // The Members page's own (merges): Edit ▸ Undo undoes what the page shown did.
    std::unique_ptr<QUndoStack> m_membersUndo;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<WindowLauncher>> m_servers;
    // Windows replaced by rebuild() and not yet deleted by the event loop: deleted with the
    // launcher, before the database their pages (and their timers) read.
    std::vector<QPointer<MainWindow>> m_retired;
};

} // namespace bilan
