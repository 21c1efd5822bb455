// Migration 2 (issue 9, finding 11): a database written before names were kept in Unicode NFC
// holds decomposed names and keys; once upgraded, either form of a name finds its row, and two
// rows that were one name in two forms stay apart, the later one renamed so both can be seen.

#include "BoardRepository.h"
#include "CsvImportSupport.h"
#include "Database.h"
#include "ExpertRepository.h"
#include "FinanceRepository.h"
#include "Migrations.h"
#include "OrganisationRepository.h"
#include "TestDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;

namespace {

const QString Composed = QStringLiteral("Caf\u00e9 du R\u00e9seau");
const QString Decomposed = QStringLiteral("Cafe\u0301 du Re\u0301seau");

// The key as Bilan computed it before version 2: no normalisation.
QString oldKey(const QString& name)
{
    return name.simplified().toCaseFolded();
}

class NameMigrationTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("old.sqlite")); }

    // Rows written behind Bilan's back, as the previous version stored them.
    void writeOldRows(const QStringList& statements)
    {
        const QString connection = QStringLiteral("name-migration-raw");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path());
            ASSERT_TRUE(db.open());
            QSqlQuery query(db);
            for (const QString& statement : statements)
                ASSERT_TRUE(query.exec(statement))
                    << statement.toStdString() << ": " << query.lastError().text().toStdString();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    QTemporaryDir m_dir;
};

QString quoted(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(u'\'', QStringLiteral("''")) +
           QLatin1Char('\'');
}

TEST_F(NameMigrationTest, DecomposedNamesOfAnOlderFileKeepWorkingOnceUpgraded)
{
    const std::vector<Migration> first{migrations().front()};
    Database::Options old;
    old.migrations = &first;
    {
        auto db = Database::open(path(), old);
        ASSERT_OK(db);
        ASSERT_EQ((*db)->schemaVersion(), 1);
    }
    const QString t = QStringLiteral("'2020-01-01T00:00:00.000Z'");
    const QString e = QStringLiteral("Re\u0301mi");
    const QString d = QStringLiteral("He\u0301le\u0300ne");
    writeOldRows({
        QStringLiteral("INSERT INTO organisations (id, name, name_key, kind, region, created_at, "
                       "updated_at) VALUES (1, %1, %2, 'coop', %3, %4, %4)")
            .arg(quoted(Decomposed), quoted(oldKey(Decomposed)),
                 quoted(QStringLiteral("Monte\u0301re\u0301gie")), t),
        // The same name typed the other way: a second organisation then, one name now.
        QStringLiteral("INSERT INTO organisations (id, name, name_key, kind, created_at, "
                       "updated_at) VALUES (2, %1, %2, 'coop', %3, %3)")
            .arg(quoted(Composed), quoted(oldKey(Composed)), t),
        QStringLiteral("INSERT INTO experts (id, name, name_key, role, started_on, created_at, "
                       "updated_at) VALUES (1, %1, %2, 'professional', '2019-01-01', %3, %3)")
            .arg(quoted(e), quoted(oldKey(e)), t),
        QStringLiteral("INSERT INTO directors (id, name, name_key, created_at, updated_at) "
                       "VALUES (1, %1, %2, %3, %3)")
            .arg(quoted(d), quoted(oldKey(d)), t),
        QStringLiteral("INSERT INTO finance_lines (fiscal_year, scenario, kind, label, "
                       "amount_cents, created_at, updated_at) VALUES "
                       "(2019, 'actual', 'expense', %1, 100, %3, %3), "
                       "(2019, 'actual', 'expense', %2, 200, %3, %3)")
            .arg(quoted(QStringLiteral("Loyer re\u0301seau")),
                 quoted(QStringLiteral("Loyer r\u00e9seau")), t),
    });

    auto upgraded = Database::open(path());
    ASSERT_OK(upgraded);
    Database& db = **upgraded;
    EXPECT_EQ(db.schemaVersion(), latestSchemaVersion());
    EXPECT_GE(latestSchemaVersion(), 2);

    OrganisationRepository organisations(db);
    for (const QString& spelling : {Composed, Decomposed}) {
        auto found = organisations.findByName(spelling);
        ASSERT_OK(found);
        ASSERT_TRUE(found->has_value());
        EXPECT_EQ((*found)->id, 1);
        EXPECT_EQ((*found)->name, Composed);
        EXPECT_EQ((*found)->region, QStringLiteral("Mont\u00e9r\u00e9gie"));
    }
    auto second = organisations.get(2);
    ASSERT_OK(second);
    EXPECT_EQ(second->name, Composed + QStringLiteral(" (2)"));

    auto expert = ExpertRepository(db).findByName(QStringLiteral("R\u00e9mi"));
    ASSERT_OK(expert);
    ASSERT_TRUE(expert->has_value());
    EXPECT_EQ((*expert)->name, QStringLiteral("R\u00e9mi"));
    auto director = BoardRepository(db).findDirector(QStringLiteral("H\u00e9l\u00e8ne"));
    ASSERT_OK(director);
    ASSERT_TRUE(director->has_value());

    auto lines = FinanceRepository(db).forYear(2019);
    ASSERT_OK(lines);
    QStringList labels;
    for (const FinanceLine& line : *lines)
        labels << line.label;
    labels.sort();
    EXPECT_EQ(labels, (QStringList{QStringLiteral("Loyer r\u00e9seau"),
                                   QStringLiteral("Loyer r\u00e9seau (2)")}));

    // Hours naming the decomposed form, as a Mac writes it, find the organisation.
    const auto hours =
        importCsv(db, CsvKind::Hours,
                  QStringLiteral("date,expert,organisation,duration\n2019-05-01,%1,%2,1\n")
                      .arg(e, Decomposed));
    ASSERT_TRUE(hours.ok()) << describeAll(hours);
}

} // namespace
