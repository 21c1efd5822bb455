#pragma once

#include "AboutDialog.h"
#include "Clock.h"

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QUndoGroup;
class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace bilan {

// The window's frame: a navigation list beside the pages, the menus, the status bar. It only
// assembles the views it is given and wires their actions; it opens no file and runs no query.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `clock` dates the backup file name it suggests.
    explicit MainWindow(const Clock& clock = Clock::system(), QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds a page under `title`, listed under View; Ctrl+1, Ctrl+2… reach the first nine.
    // Returns its index.
    int addPage(const QString& title, QWidget* page);
    // A panel above the pages, whichever is shown (the first-run checklist).
    void setBanner(QWidget* banner);
    int currentPage() const;
    // The index of `page`, -1 when it is not one of the window's.
    int pageIndex(const QWidget* page) const;
    void showPage(int index);
    // Undo and redo of the views' edits, with the platform's shortcuts. One stack per page
    // (Qt's QUndoGroup): Edit ▸ Undo undoes the edits of the page shown, never those of a page
    // out of sight; a stack given no page is undone from every page without one.
    // The Redo keys: every binding of the platform (Ctrl+Y where it is Redo) and Ctrl+Shift+Z
    // everywhere, as users of other tools expect, each once.
    static QList<QKeySequence> redoKeys(QList<QKeySequence> platform);
    void setUndoStack(QUndoStack* stack, QWidget* page = nullptr);

    // The file, or the server's address and the login connected with (never a password).
    void setDatabasePath(const QString& path, const QString& login = {});
    // A problem the user must know about, kept in the status bar until a change made in this
    // window goes through (the undo stack moves).
    void showProblem(const QString& message);
    // A note kept in the status bar whatever happens after.
    void showNote(const QString& message);

    // Geometry and the last page shown, from the user's settings.
    void restoreSettings();
    void saveSettings() const;
    // Asks each page that has unsaved work (a page with an invokable `bool confirmLeaving()`)
    // whether it may go; false as soon as one says to stay. A page whose class info
    // "confirmLeavingOnSwitch" is "true" is asked too before another page is shown.
    bool confirmLeavingPages();
    // Another desk changed the database: each page with an invokable
    // `void reloadFromDatabase()` reads its lists and totals again (never a form being typed).
    void reloadPages();
    // An export of a page's (the annual report as OpenDocument) under File, after Export CSV.
    void addExportAction(QAction* action);
    // The databases under File ▸ Open Recent, most recent first.
    void setRecentDatabases(const QStringList& paths);
    // What Help ▸ About Bilan shows: the version, the database of this window, the log file.
    AboutDialog::Details aboutDetails() const;

signals:
    // The user chose a database to open, or a file to back the open one up to.
    void openDatabaseRequested(const QString& path);
    void newDatabaseRequested(const QString& path);
    void connectToServerRequested();
    void importRequested();
    void exportRequested();
    void backupRequested(const QString& path);
    void preferencesRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void askForDatabase();
    void askForNewDatabase();
    void askForBackupFile();
    void showAbout();
    // The stack of the page shown becomes the one Edit ▸ Undo works on.
    void followPageStack();
    // The page list's choice, once the page left agrees (else the list shows it again).
    void followNavigation(int row);

    const Clock& m_clock;
    std::unique_ptr<Ui::MainWindow> m_ui;
    QMenu* m_recentMenu = nullptr;
    QAction* m_preferences = nullptr;
    QAction* m_backup = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    QHash<const QWidget*, QPointer<QUndoStack>> m_pageStacks;
    QPointer<QUndoStack> m_windowStack;
    QString m_problem;
    QString m_databaseShown;
};

} // namespace bilan
