#include "ServerDatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace bilan::test {

namespace {

void runAs(const QString& database, const QString& statement)
{
    static QAtomicInt counter;
    const QString connection =
        QStringLiteral("bilan-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        if (!database.isEmpty())
            db.setDatabaseName(database);
        if (!db.open()) {
            failure = QStringLiteral("cannot reach the test server (is PGHOST set? run the "
                                     "tests through scripts/test.sh): ") +
                      db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                failure = statement + QStringLiteral(": ") + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!failure.isEmpty())
        throw std::runtime_error(failure.toStdString());
}

} // namespace

bool onServer()
{
    return qgetenv("BILAN_TEST_BACKEND") == "postgresql";
}

ServerDatabase::ServerDatabase()
{
    static QAtomicInt counter;
    m_name = QStringLiteral("bilan_test_%1_%2")
                 .arg(QCoreApplication::applicationPid())
                 .arg(counter.fetchAndAddRelaxed(1));
    runAs({}, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    runAs({}, QStringLiteral("CREATE DATABASE %1").arg(m_name));
}

ServerDatabase::~ServerDatabase()
{
    try {
        runAs({}, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    } catch (const std::exception&) {
        // The throwaway server goes with the run anyway.
    }
}

void ServerDatabase::administer(const QString& statement, bool inThisDatabase) const
{
    runAs(inThisDatabase ? m_name : QString(), statement);
}

} // namespace bilan::test
