#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "ErrorText.h"
#include "FileDialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMetaClassInfo>
#include <QMetaObject>
#include <QSettings>
#include <QSignalBlocker>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bilan {

namespace {

// Asks `page` whether its unsaved work may be left (true when it has nothing to ask).
bool mayLeave(QWidget* page)
{
    if (!page || page->metaObject()->indexOfMethod("confirmLeaving()") < 0)
        return true;
    bool mayLeave = true;
    QMetaObject::invokeMethod(page, "confirmLeaving", Qt::DirectConnection,
                              Q_RETURN_ARG(bool, mayLeave));
    return mayLeave;
}

bool asksOnSwitch(const QWidget* page)
{
    const QMetaObject* meta = page ? page->metaObject() : nullptr;
    const int info = meta ? meta->indexOfClassInfo("confirmLeavingOnSwitch") : -1;
    return info >= 0 && qstrcmp(meta->classInfo(info).value(), "true") == 0;
}

const QString GeometryKey = QStringLiteral("window/geometry");
const QString PageKey = QStringLiteral("window/page");

} // namespace

MainWindow::MainWindow(const Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_clock(clock), m_ui(new Ui::MainWindow)
{
    m_ui->setupUi(this);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    auto* create = new QAction(tr("&New Database…"), this);
    create->setShortcut(QKeySequence::New);
    connect(create, &QAction::triggered, this, &MainWindow::askForNewDatabase);
    auto* open = new QAction(tr("&Open Database…"), this);
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::askForDatabase);
    m_recentMenu = new QMenu(tr("Open &Recent"), this);
    m_recentMenu->setEnabled(false);
    auto* server = new QAction(tr("Connect to &Server…"), this);
    connect(server, &QAction::triggered, this, &MainWindow::connectToServerRequested);
    auto* import = new QAction(tr("&Import CSV…"), this);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(import, &QAction::triggered, this, &MainWindow::importRequested);
    auto* exportCsv = new QAction(tr("&Export a CSV File or Workbook…"), this);
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportCsv, &QAction::triggered, this, &MainWindow::exportRequested);
    auto* backup = new QAction(tr("&Back Up Database…"), this);
    connect(backup, &QAction::triggered, this, &MainWindow::askForBackupFile);
    m_ui->menuFile->insertAction(m_ui->actionQuit, create);
    m_ui->menuFile->insertAction(m_ui->actionQuit, open);
    m_ui->menuFile->insertMenu(m_ui->actionQuit, m_recentMenu);
    m_ui->menuFile->insertAction(m_ui->actionQuit, server);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    m_ui->menuFile->insertAction(m_ui->actionQuit, import);
    m_ui->menuFile->insertAction(m_ui->actionQuit, exportCsv);
    m_ui->menuFile->insertAction(m_ui->actionQuit, backup);
    m_backup = backup;
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    m_preferences = new QAction(tr("&Preferences…"), this);
    // The platform's key first when it has one (the menu shows the first); Linux has none.
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    preferenceKeys.removeAll(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferenceKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferences->setShortcuts(preferenceKeys);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::preferencesRequested);
    m_undoGroup = new QUndoGroup(this);
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(redoKeys(QKeySequence::keyBindings(QKeySequence::Redo)));
    m_ui->menuEdit->addAction(undo);
    m_ui->menuEdit->addAction(redo);
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addAction(m_preferences);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, &MainWindow::followNavigation);
    connect(m_ui->pages, &QStackedWidget::currentChanged, this, &MainWindow::followPageStack);
}

MainWindow::~MainWindow() = default;

int MainWindow::addPage(const QString& title, QWidget* page)
{
    const int index = m_ui->pages->addWidget(page);
    m_ui->navigation->addItem(title);
    // Every page under View; the first nine with a key.
    auto* action = new QAction(title, this);
    if (index < 9)
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
    connect(action, &QAction::triggered, this, [this, index] { showPage(index); });
    m_ui->menuView->addAction(action);
    if (index == 0)
        showPage(0);
    return index;
}

void MainWindow::setBanner(QWidget* banner)
{
    auto* column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    m_ui->centralLayout->removeWidget(m_ui->pages);
    column->addWidget(banner);
    column->addWidget(m_ui->pages, 1);
    m_ui->centralLayout->addLayout(column, 1);
}

int MainWindow::currentPage() const
{
    return m_ui->pages->currentIndex();
}

int MainWindow::pageIndex(const QWidget* page) const
{
    return m_ui->pages->indexOf(page);
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_ui->pages->count())
        return;
    m_ui->navigation->setCurrentRow(index);
    if (m_ui->navigation->currentRow() == index) // the page left may have asked to stay
        m_ui->pages->setCurrentIndex(index);
}

QList<QKeySequence> MainWindow::redoKeys(QList<QKeySequence> platform)
{
    // Once each: a key bound twice to one action is "ambiguous" to Qt, which then runs neither
    // (X11's only Redo binding is Ctrl+Shift+Z itself).
    if (const QKeySequence shiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z); !platform.contains(shiftZ))
        platform.append(shiftZ);
    return platform;
}

void MainWindow::setUndoStack(QUndoStack* stack, QWidget* page)
{
    m_undoGroup->addStack(stack);
    if (page)
        m_pageStacks.insert(page, stack);
    else
        m_windowStack = stack;
    followPageStack();
    // A later success ends the problem shown.
    connect(stack, &QUndoStack::indexChanged, this, [this] {
        if (!m_problem.isEmpty() && m_ui->statusBar->currentMessage() == m_problem)
            m_ui->statusBar->clearMessage();
        m_problem.clear();
    });
}

void MainWindow::followPageStack()
{
    QUndoStack* stack = m_pageStacks.value(m_ui->pages->currentWidget());
    m_undoGroup->setActiveStack(stack ? stack : m_windowStack.data());
}

void MainWindow::setDatabasePath(const QString& path, const QString& login)
{
    const QString shown =
        login.isEmpty() ? QDir::toNativeSeparators(path) : tr("%1 on %2").arg(login, path);
    // The platform adds " — Bilan" (the application's display name) after it.
    setWindowTitle(shown);
    m_databaseShown = shown;
    // A permanent label: messages come and go (a menu's hints clear them), the file stays said.
    if (!m_databaseLabel) {
        m_databaseLabel = new QLabel(this);
        m_ui->statusBar->addPermanentWidget(m_databaseLabel);
    }
    m_databaseLabel->setText(login.isEmpty() ? tr("Database: %1").arg(shown)
                                             : tr("Server: %1").arg(shown));
}

void MainWindow::addExportAction(QAction* action)
{
    m_ui->menuFile->insertAction(m_backup, action);
}

void MainWindow::showProblem(const QString& message)
{
    m_problem = ErrorText::sentence(message);
    m_ui->statusBar->showMessage(m_problem);
}

void MainWindow::showNote(const QString& message)
{
    m_problem.clear();
    m_ui->statusBar->showMessage(message);
}

void MainWindow::setRecentDatabases(const QStringList& paths)
{
    m_recentMenu->clear();
    for (const QString& path : paths) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this,
                [this, path] { emit openDatabaseRequested(path); });
    }
    m_recentMenu->setEnabled(!paths.isEmpty());
}

AboutDialog::Details MainWindow::aboutDetails() const
{
    return {QCoreApplication::applicationVersion(), m_databaseShown, AboutDialog::logFile()};
}

void MainWindow::showAbout()
{
    AboutDialog dialog(aboutDetails(), this);
    dialog.exec();
}

void MainWindow::askForDatabase()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Open a Bilan database"), QString(),
                                    tr("Bilan databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        emit openDatabaseRequested(path);
}

void MainWindow::askForNewDatabase()
{
    // No question about an existing file: it is refused, never replaced.
    const QString path = FileDialog::getSaveFileName(
        this, tr("Create a new Bilan database"),
        QDir::home().filePath(QStringLiteral("bilan.sqlite")), tr("Bilan databases (*.sqlite)"), {},
        FileDialog::Existing::NotAsked);
    if (!path.isEmpty())
        emit newDatabaseRequested(path);
}

void MainWindow::askForBackupFile()
{
    const QString suggested = QDir::home().filePath(
        tr("bilan-backup-%1.sqlite").arg(m_clock.today().toString(Qt::ISODate)));
    // No question about an existing file: a backup never replaces one, it is refused.
    const QString path = FileDialog::getSaveFileName(this, tr("Back up the database"), suggested,
                                                     tr("Bilan databases (*.sqlite)"), {},
                                                     FileDialog::Existing::NotAsked);
    if (!path.isEmpty())
        emit backupRequested(path);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    showPage(settings.value(PageKey, 0).toInt());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(PageKey, currentPage());
}

void MainWindow::reloadPages()
{
    for (int index = 0; index < m_ui->pages->count(); ++index) {
        QWidget* page = m_ui->pages->widget(index);
        if (page->metaObject()->indexOfMethod("reloadFromDatabase()") >= 0)
            QMetaObject::invokeMethod(page, "reloadFromDatabase", Qt::DirectConnection);
    }
}

bool MainWindow::confirmLeavingPages()
{
    for (int index = 0; index < m_ui->pages->count(); ++index) {
        if (!mayLeave(m_ui->pages->widget(index))) {
            showPage(index);
            return false;
        }
    }
    return true;
}

void MainWindow::followNavigation(int row)
{
    QWidget* shown = m_ui->pages->currentWidget();
    if (row != m_ui->pages->currentIndex() && asksOnSwitch(shown) && !mayLeave(shown)) {
        const QSignalBlocker blocker(m_ui->navigation);
        m_ui->navigation->setCurrentRow(m_ui->pages->currentIndex());
        return;
    }
    m_ui->pages->setCurrentIndex(row);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmLeavingPages()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace bilan
