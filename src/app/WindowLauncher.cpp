#include "WindowLauncher.h"

#include "BoardView.h"
#include "ButtonStyle.h"
#include "ChangeLog.h"
#include "ChangeWatcher.h"
#include "ConnectionMonitor.h"
#include "CooperativeView.h"
#include "Database.h"
#include "DatabaseSummaryView.h"
#include "DevelopmentView.h"
#include "EngagementView.h"
#include "ExpertsView.h"
#include "ExportDialog.h"
#include "FinancesView.h"
#include "FirstRunChecklist.h"
#include "HistoryView.h"
#include "HoursView.h"
#include "ImportDialog.h"
#include "ListExportActions.h"
#include "MainWindow.h"
#include "MembersView.h"
#include "MessageBox.h"
#include "PreferencesDialog.h"
#include "RecordCounts.h"
#include "ReportsView.h"
#include "RoleLimits.h"
#include "ServerBackup.h"
#include "ServerConnector.h"
#include "ServerLogin.h"
#include "Translations.h"
#include "UndoTexts.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>

namespace bilan {

namespace {

// A count, or nothing when the database could not tell; the first failure is kept to be shown.
class Counter
{
public:
    template <typename T> std::optional<qint64> value(const Result<T>& count)
    {
        return count ? std::optional<qint64>(*count) : failed(count.error());
    }
    const QString& firstProblem() const { return m_problem; }

private:
    std::optional<qint64> failed(const Error& error)
    {
        if (m_problem.isEmpty())
            m_problem = error.message;
        return std::nullopt;
    }
    QString m_problem;
};

// Starts another Bilan on `path`: each window stays on the database it was opened on.
void startWindowOn(MainWindow* window, const QString& path)
{
    const QStringList arguments{QStringLiteral("--db"), path};
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        window->showProblem(WindowLauncher::tr("Bilan could not be started on %1")
                                .arg(QDir::toNativeSeparators(path)));
}

// The Overview page's counts.
QList<QPair<QString, std::optional<qint64>>> summaryOf(Database& db, Counter& c)
{
    RecordCounts counts(db);
    using Record = RecordCounts::Record;
    return {
        {WindowLauncher::tr("Organisations"), c.value(counts.count(Record::Organisations))},
        {WindowLauncher::tr("Membership periods"),
         c.value(counts.count(Record::MembershipPeriods))},
        {WindowLauncher::tr("Experts"), c.value(counts.count(Record::Experts))},
        {WindowLauncher::tr("Hour entries"), c.value(counts.count(Record::HourEntries))},
        {WindowLauncher::tr("Board mandates"), c.value(counts.count(Record::BoardMandates))},
        {WindowLauncher::tr("Meetings"), c.value(counts.count(Record::Meetings))},
        {WindowLauncher::tr("Finance lines"), c.value(counts.count(Record::FinanceLines))},
        {WindowLauncher::tr("Surveys"), c.value(counts.count(Record::Surveys))},
        {WindowLauncher::tr("Business-development activities"),
         c.value(counts.count(Record::Activities))},
    };
}

} // namespace

WindowLauncher::WindowLauncher()
{
    // Push buttons with room for their whole text (Fusion's own hint cuts long ones).
    ButtonStyle::install();
}
WindowLauncher::~WindowLauncher()
{
    for (const QPointer<MainWindow>& window : m_retired)
        delete window.data();
}

Status WindowLauncher::backUp(const QString& path)
{
    // A server is copied row by row, which takes a while: its progress is shown.
    Status copied = m_database->isServer() ? ServerBackup::run(*m_database, path, m_window.get())
                                           : m_database->backupTo(path);
    if (m_window)
        m_window->showProblem(
            copied ? tr("The database was backed up to %1").arg(QDir::toNativeSeparators(path))
                   : copied.message());
    return copied;
}

Status WindowLauncher::createDatabase(const QString& path)
{
    if (QFileInfo::exists(path))
        return fail(tr("%1 already exists; open it with File ▸ Open Database, or choose another "
                       "name for a new database.")
                        .arg(QDir::toNativeSeparators(path)));
    // Opening a path that does not exist creates the database with every migration applied.
    auto created = Database::open(path);
    if (!created)
        return created.error();
    return {};
}

QStringList WindowLauncher::rememberDatabase(const QString& path)
{
    constexpr int Kept = 8;
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recent/databases")).toStringList();
    const QString absolute =
        Database::isServerAddress(path) ? path : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > Kept)
        recent.removeLast();
    settings.setValue(QStringLiteral("recent/databases"), recent);
    return recent;
}

bool WindowLauncher::open(const QString& databasePath)
{
    if (Database::isServerAddress(databasePath)) {
        ServerConnector connector(nullptr);
        auto server = connector.open(databasePath);
        if (!server)
            return false;
        open(std::move(server));
        return true;
    }
    auto database = Database::open(databasePath);
    if (!database) {
        MessageBox::critical(nullptr, tr("Bilan"),
                             tr("The database could not be opened.\n\n%1").arg(database.message()));
        return false;
    }
    open(std::move(database.value()));
    return true;
}

void WindowLauncher::open(std::unique_ptr<Database> database)
{
    m_database = std::move(database);
    // Changes made from here on are the window's in the history (a server that cannot take
    // the setting has lost its connection, which the monitor says).
    (void)m_database->setChangeSource(ChangeSource::Window);
    if (m_database->isServer())
        m_monitor = std::make_unique<ConnectionMonitor>(*m_database);
    m_watcher = std::make_unique<ChangeWatcher>(*m_database);
    m_undo = std::make_unique<QUndoStack>();
    m_membersUndo = std::make_unique<QUndoStack>();
    buildWindow();
    m_window->restoreSettings();
    if (RoleLimits::recordsOnlyHours(*m_database))
        m_window->showPage(0); // a staff login: the Hours page, its only one
}

WindowLauncher* WindowLauncher::connectToServer()
{
    // Starts from the server used last, if any; the password is asked each time.
    ServerLogin start;
    const QStringList recent = QSettings().value(QStringLiteral("recent/databases")).toStringList();
    for (const QString& path : recent) {
        if (auto login = ServerLogin::fromAddress(path)) {
            start = *login;
            break;
        }
    }
    ServerConnector connector(m_window.get());
    return showServerWindow(connector.ask(start), connector.note());
}

WindowLauncher* WindowLauncher::openServer(const QString& address)
{
    ServerConnector connector(m_window.get());
    return showServerWindow(connector.open(address), connector.note());
}

WindowLauncher* WindowLauncher::showServerWindow(std::unique_ptr<Database> database,
                                                 const QString& note)
{
    if (!database)
        return nullptr;
    auto launcher = std::make_unique<WindowLauncher>();
    launcher->open(std::move(database));
    if (m_window)
        m_window->setRecentDatabases(rememberDatabase(launcher->m_database->path()));
    if (!note.isEmpty())
        launcher->window()->showProblem(note);
    launcher->window()->show();
    m_servers.push_back(std::move(launcher));
    return m_servers.back().get();
}

void WindowLauncher::buildWindow()
{
    Database& db = *m_database;
    Counter c;
    const auto summary = summaryOf(db, c);
    m_window = std::make_unique<MainWindow>(db.clock());
    m_window->setDatabasePath(db.path(), db.login());
    if (m_monitor)
        m_monitor->setStatusBar(m_window->statusBar());
    const auto showProblem = [window = m_window.get()](const QString& message) {
        window->showProblem(message);
    };
    // What the login may change (RoleLimits): the pages it may only read say why.
    const RoleLimits limits(db);
    using Page = RoleLimits::Page;
    // The staff's page first: the one open all day.
    auto* hours = new HoursView(db, m_undo.get(), db.clock());
    limits.limit(hours, Page::Hours);
    hours->setMayAddOrganisations(limits.mayChange(Page::Members));
    m_window->setUndoStack(m_undo.get(), hours);
    m_window->addPage(tr("Hours"), hours);
    // A staff login on a server reads the hours and the experts, nothing else (ServerRoles).
    const bool staffOnly = RoleLimits::recordsOnlyHours(db);
    if (!staffOnly) {
        auto* board = new BoardView(db);
        QObject::connect(board, &BoardView::errorOccurred, m_window.get(), showProblem);
        m_window->addPage(tr("Board"), board);
        auto* members = new MembersView(db, db.clock());
        QObject::connect(members, &MembersView::errorOccurred, m_window.get(), showProblem);
        limits.limit(members, Page::Members);
        members->setUndoStack(m_membersUndo.get());
        m_window->setUndoStack(m_membersUndo.get(), members);
        m_window->addPage(tr("Members"), members);
    }
    auto* experts = new ExpertsView(db);
    QObject::connect(experts, &ExpertsView::errorOccurred, m_window.get(), showProblem);
    limits.limit(experts, Page::Experts);
    m_window->addPage(tr("Experts"), experts);
    if (!staffOnly) {
        auto* finances = new FinancesView(db, nullptr, &db.clock());
        QObject::connect(finances, &FinancesView::errorOccurred, m_window.get(), showProblem);
        limits.limit(finances, Page::Finances);
        m_window->addPage(tr("Finances"), finances);
        auto* development = new DevelopmentView(db);
        QObject::connect(development, &DevelopmentView::errorOccurred, m_window.get(), showProblem);
        limits.limit(development, Page::Development);
        m_window->addPage(tr("Development"), development);
        auto* reports = new ReportsView(db);
        QObject::connect(reports, &ReportsView::errorOccurred, m_window.get(), showProblem);
        m_window->addPage(tr("Reports"), reports);
        addReportExport(reports);
        auto* cooperative = new CooperativeView(db);
        QObject::connect(cooperative, &CooperativeView::errorOccurred, m_window.get(), showProblem);
        limits.limit(cooperative, Page::Cooperative);
        m_window->addPage(tr("Cooperative"), cooperative);
        if (limits.mayChange(Page::Cooperative))
            addChecklist(cooperative);
        auto* overview = new DatabaseSummaryView;
        overview->setSummary(summary);
        overview->setSource([this] {
            Counter counter;
            return summaryOf(*m_database, counter);
        });
        m_window->addPage(tr("Overview"), overview);
        addEngagementPage();
        // Every change, for the director (another login sees why not).
        auto* history = new HistoryView(db);
        QObject::connect(history, &HistoryView::errorOccurred, m_window.get(), showProblem);
        m_window->addPage(tr("History"), history);
    }
    // Another desk's change: the lists, totals and counts shown are read again.
    QObject::connect(m_watcher.get(), &ChangeWatcher::changed, m_window.get(),
                     [this] { m_window->reloadPages(); });
    if (staffOnly) {
        m_window->setRecentDatabases(rememberDatabase(db.path()));
        connectFileMenu();
        m_window->showNote(RoleLimits::staffWindow(db.login()));
        return;
    }
    m_window->setRecentDatabases(rememberDatabase(db.path()));
    connectFileMenu();
    if (!c.firstProblem().isEmpty())
        m_window->showProblem(c.firstProblem());
}

void WindowLauncher::addReportExport(ReportsView* reports)
{
    MainWindow* window = m_window.get();
    auto* action = new QAction(tr("Export Report as Open&Document…"), window);
    action->setObjectName(QStringLiteral("exportReportOdtAction"));
    QObject::connect(action, &QAction::triggered, reports, [window, reports] {
        // The page left may ask to stay (unsaved texts): then nothing is exported.
        window->showPage(window->pageIndex(reports));
        if (window->currentPage() == window->pageIndex(reports))
            reports->askAndExportOdt();
    });
    window->addExportAction(action);
}

void WindowLauncher::addEngagementPage()
{
    MainWindow* window = m_window.get();
    auto* engagement = new EngagementView(*m_database);
    QObject::connect(engagement, &EngagementView::errorOccurred, window,
                     [window](const QString& message) { window->showProblem(message); });
    window->addPage(tr("Engagement"), engagement);
    // A row's detail is the Members page's: the organisation selected there, filters cleared
    // when they hide it.
    QObject::connect(engagement, &EngagementView::organisationActivated, window,
                     [window](qint64 organisationId) {
                         auto* members = window->findChild<MembersView*>();
                         if (!members)
                             return;
                         window->showPage(window->pageIndex(members));
                         if (window->currentPage() == window->pageIndex(members))
                             members->showOrganisation(organisationId);
                     });
    QAction* action = engagement->exportAction();
    QObject::connect(action, &QAction::triggered, engagement, [window, engagement] {
        window->showPage(window->pageIndex(engagement));
        if (window->currentPage() == window->pageIndex(engagement))
            engagement->askAndExport();
    });
    window->addExportAction(action);
}

void WindowLauncher::addChecklist(QWidget* cooperativePage)
{
    auto* checklist = new FirstRunChecklist(*m_database);
    MainWindow* window = m_window.get();
    const auto pageOf = [window](const QWidget* page) { return window->pageIndex(page); };
    QObject::connect(checklist, &FirstRunChecklist::stepRequested, window,
                     [window, pageOf, cooperativePage](FirstRunChecklist::Step step) {
                         switch (step) {
                         case FirstRunChecklist::Step::Cooperative:
                             window->showPage(pageOf(cooperativePage));
                             return;
                         case FirstRunChecklist::Step::Organisations:
                             window->showPage(pageOf(window->findChild<MembersView*>()));
                             return;
                         case FirstRunChecklist::Step::Experts:
                             window->showPage(pageOf(window->findChild<ExpertsView*>()));
                             return;
                         case FirstRunChecklist::Step::Board:
                             window->showPage(pageOf(window->findChild<BoardView*>()));
                             return;
                         }
                     });
    QObject::connect(checklist, &FirstRunChecklist::importRequested, window,
                     [this] { showImport(); });
    QObject::connect(m_watcher.get(), &ChangeWatcher::changed, checklist,
                     &FirstRunChecklist::refresh);
    QObject::connect(m_undo.get(), &QUndoStack::indexChanged, checklist,
                     &FirstRunChecklist::refresh);
    window->setBanner(checklist);
    checklist->refresh();
}

void WindowLauncher::connectFileMenu()
{
    MainWindow* window = m_window.get();
    addListExportActions(window);
    QObject::connect(window, &MainWindow::openDatabaseRequested, window,
                     [this, window](const QString& path) {
                         if (Database::isServerAddress(path))
                             openServer(path);
                         else
                             startWindowOn(window, path);
                     });
    QObject::connect(window, &MainWindow::connectToServerRequested, window,
                     [this] { connectToServer(); });
    QObject::connect(window, &MainWindow::newDatabaseRequested, window,
                     [window](const QString& path) {
                         const Status created = createDatabase(path);
                         if (!created) {
                             MessageBox::warning(window, tr("New database"), created.message());
                             return;
                         }
                         rememberDatabase(path);
                         startWindowOn(window, path);
                     });
    QObject::connect(window, &MainWindow::importRequested, window, [this] { showImport(); });
    QObject::connect(window, &MainWindow::exportRequested, window, [this] { showExport(); });
    QObject::connect(window, &MainWindow::preferencesRequested, window,
                     [this] { showPreferences(); });
    QObject::connect(window, &MainWindow::backupRequested, window,
                     // backUp() tells the outcome in the status bar itself.
                     [this](const QString& path) { (void)backUp(path); });
}

void WindowLauncher::showPreferences()
{
    const QString before = Translations::resolve(PreferencesDialog::savedLanguage());
    PreferencesDialog dialog(*m_database, m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString after = Translations::resolve(PreferencesDialog::savedLanguage());
    if (after == before)
        return;
    // Not from inside the dialog's own call stack: the window that opened it is replaced.
    QTimer::singleShot(0, m_window.get(), [this, after] { switchLanguage(after); });
}

void WindowLauncher::showImport()
{
    ImportDialog dialog(*m_database, m_window.get());
    bool imported = false;
    QObject::connect(&dialog, &ImportDialog::imported, &dialog, [&imported] { imported = true; });
    dialog.exec();
    // Every page reads what the import wrote: lists, counts, totals and figures.
    if (imported)
        QTimer::singleShot(0, m_window.get(), [this] { rebuildWindow(); });
}

void WindowLauncher::showExport()
{
    ExportDialog dialog(*m_database, m_window.get());
    dialog.exec();
}

void WindowLauncher::switchLanguage(const QString& language)
{
    if (m_window && !m_window->confirmLeavingPages()) {
        m_window->showProblem(tr("The new language will be used the next time Bilan starts."));
        return;
    }
    Translations::install(language);
    // The undo history is kept: its texts are worded again in the new language.
    if (m_window) {
        for (const QUndoGroup* group : m_window->findChildren<QUndoGroup*>())
            UndoTexts::retranslate(group->stacks());
    }
    rebuild();
}

bool WindowLauncher::rebuildWindow()
{
    if (!m_window)
        return false;
    // A page with unsaved work (report texts) asks first; staying keeps the window as it is.
    if (!m_window->confirmLeavingPages()) {
        m_window->showProblem(
            tr("The pages were not read again: save or discard your changes, then reopen them."));
        return false;
    }
    rebuild();
    return true;
}

void WindowLauncher::rebuild()
{
    std::unique_ptr<MainWindow> old = std::move(m_window);
    const bool visible = old->isVisible();
    old->saveSettings();
    buildWindow();
    m_window->restoreSettings();
    if (RoleLimits::recordsOnlyHours(*m_database))
        m_window->showPage(0); // a staff login: the Hours page, its only one
    if (visible)
        m_window->show();
    old->hide();
    // Deleted once control is back in the event loop, which may still be delivering to it.
    MainWindow* retired = old.release();
    retired->deleteLater();
    std::erase_if(m_retired, [](const QPointer<MainWindow>& window) { return window.isNull(); });
    m_retired.emplace_back(retired);
}

} // namespace bilan
