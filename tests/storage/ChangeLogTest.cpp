// The history of changes (ChangeLog.h, docs/history.md): what a change records, an import as
// one event, and a record that no one may alter — on a file and on a server.

#include "ChangeLog.h"

#include "ChangeLogSchema.h"
#include "CsvImporter.h"
#include "ServiceEntryRepository.h"
#include "ServiceEntryTestRows.h"
#include "SqlSupport.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;

namespace {

QDate todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}

class ChangeLogTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        m_expert = insertExpert(db(), QStringLiteral("Alice Martin"));
        m_organisation = insertOrganisation(db(), QStringLiteral("Coop Le Rucher"));
    }

    ServiceEntry entry(QDate date, int minutes) const
    {
        ServiceEntry e;
        e.date = date;
        e.expertId = m_expert;
        e.organisationId = m_organisation;
        e.minutes = minutes;
        return e;
    }

    QList<ChangeRecord> history(const QString& table, const QString& key = {})
    {
        ChangeFilter filter;
        filter.table = table;
        filter.rowKey = key;
        auto records = ChangeLog(db()).list(filter);
        EXPECT_TRUE(records.ok()) << records.message().toStdString();
        return records.ok() ? *records : QList<ChangeRecord>{};
    }

    qint64 count(const QString& where = QStringLiteral("1 = 1"))
    {
        auto counted =
            sql::scalar(db(), QStringLiteral("SELECT count(*) FROM change_log WHERE ") + where);
        EXPECT_TRUE(counted.ok()) << counted.message().toStdString();
        return counted.ok() ? counted->toLongLong() : -1;
    }

    qint64 m_expert = 0;
    qint64 m_organisation = 0;
    ServiceEntryRepository m_entries{db()};
};

TEST_F(ChangeLogTest, AnEditRecordsOnlyTheColumnsThatChangedWithWhoAndWhere)
{
    auto id = m_entries.add(entry(QDate(2024, 6, 12), 60));
    ASSERT_OK(id);
    auto stored = m_entries.get(*id);
    ASSERT_OK(stored);
    ServiceEntry edited = *stored;
    edited.minutes = 90;
    ASSERT_OK(db().setChangeSource(ChangeSource::Window));
    ASSERT_OK(m_entries.update(edited));

    const auto records = history(QStringLiteral("service_entries"), QString::number(*id));
    ASSERT_EQ(records.size(), 2);
    const ChangeRecord& update = records.at(0); // newest first
    EXPECT_EQ(update.operation, ChangeOperation::Update);
    EXPECT_EQ(update.table, QStringLiteral("service_entries"));
    EXPECT_EQ(update.rowKey, QString::number(*id));
    EXPECT_EQ(update.before, (QJsonObject{{QStringLiteral("minutes"), 60}}));
    EXPECT_EQ(update.after, (QJsonObject{{QStringLiteral("minutes"), 90}}));
    EXPECT_EQ(update.source, ChangeSource::Window);
    EXPECT_EQ(update.desk, ChangeLogSchema::localDesk());
    EXPECT_EQ(update.actor, onServer() ? db().login() : ChangeLogSchema::localActor());
    EXPECT_TRUE(update.late); // a 2024 entry changed today
    EXPECT_LE(qAbs(update.at.secsTo(QDateTime::currentDateTimeUtc())), 120);
    EXPECT_EQ(update.at.timeSpec(), Qt::UTC);

    const ChangeRecord& insert = records.at(1);
    EXPECT_EQ(insert.operation, ChangeOperation::Insert);
    EXPECT_EQ(insert.source, ChangeSource::Command);
    EXPECT_TRUE(insert.before.isEmpty());
    EXPECT_EQ(insert.after.value(QStringLiteral("minutes")).toInt(), 60);
    EXPECT_EQ(insert.after.value(QStringLiteral("entry_date")).toString(),
              QStringLiteral("2024-06-12"));
    EXPECT_EQ(insert.after.value(QStringLiteral("expert_id")).toInteger(), m_expert);
    // Bookkeeping is the record's own business.
    EXPECT_FALSE(insert.after.contains(QStringLiteral("updated_at")));
    EXPECT_FALSE(insert.after.contains(QStringLiteral("created_at")));
    EXPECT_FALSE(insert.after.contains(QStringLiteral("updated_by")));
}

TEST_F(ChangeLogTest, AnUpdateOfBookkeepingAloneRecordsNothing)
{
    auto id = m_entries.add(entry(QDate(2024, 6, 12), 60));
    ASSERT_OK(id);
    const qint64 before = count();
    ASSERT_OK(sql::run(db(),
                       QStringLiteral("UPDATE service_entries SET updated_at = 'later', "
                                      "updated_by = 'someone' WHERE id = ?"),
                       {*id}));
    EXPECT_EQ(count(), before);
}

TEST_F(ChangeLogTest, ADeleteRecordsTheWholeRowAndARowKeepsItsParent)
{
    auto id = m_entries.add(entry(QDate(2024, 6, 12), 60));
    ASSERT_OK(id);
    ASSERT_OK(m_entries.remove(*id));
    auto records = history(QStringLiteral("service_entries"), QString::number(*id));
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records.at(0).operation, ChangeOperation::Delete);
    EXPECT_TRUE(records.at(0).after.isEmpty());
    EXPECT_EQ(records.at(0).before.value(QStringLiteral("minutes")).toInt(), 60);

    // A meeting's attendance belongs to it: the meeting's history shows it.
    const QString now = db().timestamp();
    auto director = sql::insert(db(),
                                QStringLiteral("INSERT INTO directors (name, name_key, created_at, "
                                               "updated_at) VALUES ('Lise', 'lise', ?, ?)"),
                                {now, now});
    ASSERT_OK(director);
    auto meeting = sql::insert(db(),
                               QStringLiteral("INSERT INTO meetings (meeting_date, kind, "
                                              "created_at, updated_at) VALUES ('2024-09-10', "
                                              "'board', ?, ?)"),
                               {now, now});
    ASSERT_OK(meeting);
    ASSERT_OK(sql::run(db(),
                       QStringLiteral("INSERT INTO attendance (meeting_id, director_id, status, "
                                      "created_at, updated_at) VALUES (?, ?, 'present', ?, ?)"),
                       {*meeting, *director, now, now}));
    ASSERT_OK(sql::run(db(), QStringLiteral("DELETE FROM meetings WHERE id = ?"), {*meeting}));
    records = history(QStringLiteral("meetings"), QString::number(*meeting));
    // The meeting's insert and delete, its attendance's insert and (cascaded) delete.
    ASSERT_EQ(records.size(), 4);
    int attendance = 0;
    for (const ChangeRecord& record : std::as_const(records)) {
        if (record.table != QLatin1String("attendance"))
            continue;
        ++attendance;
        EXPECT_EQ(record.rowKey, QStringLiteral("%1/%2").arg(*meeting).arg(*director));
        EXPECT_EQ(record.parentTable, QStringLiteral("meetings"));
        EXPECT_EQ(record.parentKey, QString::number(*meeting));
    }
    EXPECT_EQ(attendance, 2);
}

TEST_F(ChangeLogTest, AnImportIsOneEventWithItsFileAndIdRange)
{
    const qint64 before = count();
    const QString path = m_test.folder() + QStringLiteral("/hours-2024.csv");
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("date,expert,organisation,duration\n"
                   "2024-05-01,Alice Martin,Coop Le Rucher,1.5\n"
                   "2024-05-02,Alice Martin,Coop Le Rucher,2\n"
                   "2024-05-03,Alice Martin,Coop Le Rucher,0:30\n");
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    auto largest = sql::scalar(db(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM "
                                                    "service_entries"));
    ASSERT_OK(largest);

    ASSERT_OK(db().setChangeSource(ChangeSource::Import));
    const ImportResult result = CsvImporter(db()).importFile(CsvKind::Hours, path);
    ASSERT_TRUE(result.ok()) << result.problems.value(0).message.toStdString();

    EXPECT_EQ(count(), before + 1);
    EXPECT_EQ(count(QStringLiteral("table_name = 'service_entries' AND operation = 'insert'")), 0);
    const auto records = history(QStringLiteral("service_entries"));
    ASSERT_EQ(records.size(), 1);
    const ChangeRecord& event = records.at(0);
    EXPECT_EQ(event.operation, ChangeOperation::Import);
    EXPECT_EQ(event.source, ChangeSource::Import);
    EXPECT_TRUE(event.rowKey.isEmpty());
    EXPECT_EQ(event.detail.value(QStringLiteral("file")).toString(),
              QStringLiteral("hours-2024.csv"));
    EXPECT_EQ(event.detail.value(QStringLiteral("sha256")).toString(), sha);
    EXPECT_EQ(event.detail.value(QStringLiteral("kind")).toString(), QStringLiteral("hours"));
    EXPECT_EQ(event.detail.value(QStringLiteral("rows")).toInt(), 3);
    EXPECT_EQ(event.detail.value(QStringLiteral("first_id")).toInteger(),
              largest->toLongLong() + 1);
    EXPECT_EQ(event.detail.value(QStringLiteral("last_id")).toInteger(), largest->toLongLong() + 3);

    // After the import, single changes are recorded again.
    auto id = m_entries.add(entry(QDate(2024, 6, 12), 60));
    ASSERT_OK(id);
    EXPECT_EQ(count(), before + 2);
}

TEST_F(ChangeLogTest, AFailedImportLeavesNoEvent)
{
    const qint64 before = count();
    QFile file(m_test.folder() + QStringLiteral("/bad.csv"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("date,expert,organisation,duration\n"
               "2024-05-01,Alice Martin,Coop Le Rucher,1.5\n"
               "2024-05-02,Nobody,Coop Le Rucher,2\n");
    file.close();
    const ImportResult result = CsvImporter(db()).importFile(CsvKind::Hours, file.fileName());
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(count(), before);
}

TEST_F(ChangeLogTest, TheRecordRefusesUpdateAndDelete)
{
    auto id = m_entries.add(entry(QDate(2024, 6, 12), 60));
    ASSERT_OK(id);
    const qint64 before = count();
    ASSERT_GT(before, 0);
    auto updated = sql::run(db(), QStringLiteral("UPDATE change_log SET actor = 'nobody'"));
    ASSERT_FALSE(updated.ok());
    auto deleted = sql::run(db(), QStringLiteral("DELETE FROM change_log"));
    ASSERT_FALSE(deleted.ok());
    EXPECT_THAT(deleted.message().toStdString(),
                HasSubstr("the history of changes cannot be altered"));
    if (onServer()) {
        auto truncated = sql::run(db(), QStringLiteral("TRUNCATE change_log"));
        EXPECT_FALSE(truncated.ok());
    }
    EXPECT_EQ(count(), before);
    EXPECT_EQ(count(QStringLiteral("actor = 'nobody'")), 0);
}

TEST_F(ChangeLogTest, ARolledBackChangeLeavesNoRecord)
{
    const qint64 before = count();
    {
        Transaction transaction(db());
        ASSERT_OK(transaction.begun());
        ASSERT_OK(m_entries.add(entry(QDate(2024, 6, 12), 60)));
        EXPECT_EQ(count(), before + 1);
    } // not committed
    EXPECT_EQ(count(), before);
}

TEST_F(ChangeLogTest, AnEntryChangedMoreThanThirtyDaysAfterItsDateIsLate)
{
    auto late = m_entries.add(entry(todayUtc().addDays(-31), 60));
    auto onTime = m_entries.add(entry(todayUtc().addDays(-30), 60));
    auto fresh = m_entries.add(entry(todayUtc(), 60));
    ASSERT_OK(late);
    ASSERT_OK(onTime);
    ASSERT_OK(fresh);
    auto flagged = ChangeLog(db()).lateEntries({*late, *onTime, *fresh});
    ASSERT_OK(flagged);
    EXPECT_EQ(*flagged, (QSet<qint64>{*late}));

    // Moved back to 40 days ago: the earlier date counts.
    auto stored = m_entries.get(*fresh);
    ASSERT_OK(stored);
    ServiceEntry moved = *stored;
    moved.date = todayUtc().addDays(-40);
    ASSERT_OK(m_entries.update(moved));
    flagged = ChangeLog(db()).lateEntries({*late, *onTime, *fresh});
    ASSERT_OK(flagged);
    EXPECT_EQ(*flagged, (QSet<qint64>{*late, *fresh}));

    ChangeFilter filter;
    filter.lateOnly = true;
    auto records = ChangeLog(db()).list(filter);
    ASSERT_OK(records);
    ASSERT_EQ(records->size(), 2);
    for (const ChangeRecord& record : std::as_const(*records))
        EXPECT_TRUE(record.late);
}

TEST_F(ChangeLogTest, FiltersByActorAndDay)
{
    ASSERT_OK(m_entries.add(entry(QDate(2024, 6, 12), 60)));
    ChangeLog log(db());
    auto actors = log.actors();
    ASSERT_OK(actors);
    ASSERT_FALSE(actors->isEmpty());
    ChangeFilter filter;
    filter.actor = actors->constFirst();
    filter.since = todayUtc().addDays(-1);
    filter.until = todayUtc().addDays(1);
    filter.limit = 1;
    auto records = log.list(filter);
    ASSERT_OK(records);
    EXPECT_EQ(records->size(), 1);
    filter.actor = QStringLiteral("nobody at all");
    records = log.list(filter);
    ASSERT_OK(records);
    EXPECT_TRUE(records->isEmpty());
    filter.actor.clear();
    filter.since = todayUtc().addDays(2);
    filter.until = {};
    records = log.list(filter);
    ASSERT_OK(records);
    EXPECT_TRUE(records->isEmpty());
    EXPECT_TRUE(log.canRead().ok() && *log.canRead());
}

TEST_F(ChangeLogTest, AConnectionWithoutBilansFunctionsCannotWriteAFile)
{
    BILAN_FILE_ONLY();
    ASSERT_OK(m_entries.add(entry(QDate(2024, 6, 12), 60)));
    const QString name = QStringLiteral("change-log-shell");
    {
        QSqlDatabase shell = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        shell.setDatabaseName(m_test.path());
        ASSERT_TRUE(shell.open());
        QSqlQuery query(shell);
        EXPECT_FALSE(query.exec(QStringLiteral("UPDATE service_entries SET minutes = 1")));
        EXPECT_THAT(query.lastError().text().toStdString(), HasSubstr("bilan_change"));
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM change_log")));
        // Registered, its functions let it write, and its change is recorded as "other".
        ASSERT_OK(ChangeLogSchema::registerFunctions(shell, nullptr));
        EXPECT_TRUE(query.exec(QStringLiteral("UPDATE service_entries SET minutes = 1")))
            << query.lastError().text().toStdString();
        shell.close();
    }
    QSqlDatabase::removeDatabase(name);
    const auto records = history(QStringLiteral("service_entries"));
    ASSERT_FALSE(records.isEmpty());
    EXPECT_EQ(records.at(0).source, ChangeSource::Other);
    EXPECT_EQ(records.at(0).after.value(QStringLiteral("minutes")).toInt(), 1);
}

TEST(ChangeLogWords, RoundTrip)
{
    for (ChangeSource source : {ChangeSource::Window, ChangeSource::Import, ChangeSource::Copy,
                                ChangeSource::Command, ChangeSource::Other})
        EXPECT_EQ(changeSourceFromWord(QString::fromLatin1(changeSourceWord(source))), source);
    for (ChangeOperation operation :
         {ChangeOperation::Insert, ChangeOperation::Update, ChangeOperation::Delete,
          ChangeOperation::Import, ChangeOperation::Copy})
        EXPECT_EQ(changeOperationFromWord(QString::fromLatin1(changeOperationWord(operation))),
                  operation);
    EXPECT_FALSE(changeSourceFromWord(u"psql").has_value());
    EXPECT_EQ(recordedTables().size(), 18);
}

} // namespace
