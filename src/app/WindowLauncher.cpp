#include "WindowLauncher.h"

#include "ActivityRepository.h"
#include "BoardRepository.h"
#include "Database.h"
#include "ExpertRepository.h"
#include "FinanceRepository.h"
#include "MainWindow.h"
#include "MeetingRepository.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"
#include "SurveyRepository.h"

#include <QMessageBox>

namespace bilan {

namespace {

template <typename T> qint64 sizeOf(const Result<QList<T>>& rows)
{
    return rows ? rows->size() : 0;
}

template <typename T> qint64 valueOf(const Result<T>& count)
{
    return count ? static_cast<qint64>(*count) : 0;
}

} // namespace

WindowLauncher::WindowLauncher() = default;
WindowLauncher::~WindowLauncher() = default;

bool WindowLauncher::open(const QString& databasePath)
{
    auto database = Database::open(databasePath);
    if (!database) {
        QMessageBox::critical(
            nullptr, tr("Bilan"),
            tr("The database could not be opened.\n\n%1").arg(database.message()));
        return false;
    }
    m_database = std::move(database.value());
    Database& db = *m_database;

    const QDate everything(1900, 1, 1);
    const QDate ever(9999, 12, 31);
    QList<QPair<QString, qint64>> summary{
        {tr("Organisations"), valueOf(OrganisationRepository(db).count())},
        {tr("Membership periods"), sizeOf(MembershipRepository(db).all())},
        {tr("Experts"), sizeOf(ExpertRepository(db).all())},
        {tr("Hour entries"), valueOf(ServiceEntryRepository(db).count({}))},
        {tr("Board mandates"), sizeOf(BoardRepository(db).mandates())},
        {tr("Meetings"), sizeOf(MeetingRepository(db).list(everything, ever))},
        {tr("Finance lines"), sizeOf(FinanceRepository(db).all())},
        {tr("Surveys"), sizeOf(SurveyRepository(db).all())},
        {tr("Business-development activities"), sizeOf(ActivityRepository(db).all())},
    };
    m_window = std::make_unique<MainWindow>();
    m_window->setDatabasePath(db.path());
    m_window->setSummary(summary);
    return true;
}

} // namespace bilan
