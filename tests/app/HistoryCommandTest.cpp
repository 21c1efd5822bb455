// `bilan history` runs in-process on a database where an organisation was renamed and an entry
// changed long after its date: the text and the JSON name the change, --since and --until narrow
// it, a bad date or table is refused; on a server, only the director's login reads it.

#include "HistoryCommand.h"
#include "CommandTest.h"
#include "Database.h"
#include "ExpertRepository.h"
#include "HistoryModel.h"
#include "HistoryView.h"
#include "OrganisationRepository.h"
#include "ServerCommandFixture.h"
#include "ServiceEntryRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTableView>

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

namespace {

class HistoryCommandTest : public test::CommandTest
{
protected:
    int history(QStringList arguments)
    {
        return CommandTest::run(
            QStringList{QStringLiteral("history"), QStringLiteral("--db"), m_db} + arguments);
    }

    void SetUp() override
    {
        CommandTest::SetUp();
        auto database = Database::open(m_db);
        ASSERT_TRUE(database.ok()) << database.message().toStdString();
        Database& db = **database;
        Organisation organisation;
        organisation.name = QStringLiteral("Coop du Rucher");
        auto org = OrganisationRepository(db).add(organisation);
        ASSERT_TRUE(org.ok()) << org.message().toStdString();
        m_organisation = *org;
        auto stored = OrganisationRepository(db).get(*org);
        ASSERT_TRUE(stored.ok()) << stored.message().toStdString();
        stored->name = QStringLiteral("Coop du Grand Rucher");
        auto renamed = OrganisationRepository(db).update(*stored);
        ASSERT_TRUE(renamed.ok()) << renamed.message().toStdString();

        Expert expert;
        expert.name = QStringLiteral("Ève Roy");
        expert.started = QDate(2010, 1, 1);
        auto exp = ExpertRepository(db).add(expert);
        ASSERT_TRUE(exp.ok()) << exp.message().toStdString();
        ServiceEntry entry;
        entry.date = QDate::currentDate().addDays(-60);
        entry.expertId = *exp;
        entry.organisationId = *org;
        entry.minutes = 60;
        auto added = ServiceEntryRepository(db).add(entry);
        ASSERT_TRUE(added.ok()) << added.message().toStdString();
        m_entry = *added;
        auto loaded = ServiceEntryRepository(db).get(*added);
        ASSERT_TRUE(loaded.ok()) << loaded.message().toStdString();
        loaded->minutes = 90;
        auto changed = ServiceEntryRepository(db).update(*loaded);
        ASSERT_TRUE(changed.ok()) << changed.message().toStdString();
    }

    QJsonArray json(const QStringList& arguments = {})
    {
        EXPECT_EQ(history(arguments + QStringList{QStringLiteral("--json")}), CommandLine::Success)
            << err();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(m_out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << out();
        EXPECT_TRUE(document.isArray()) << out();
        return document.array();
    }

    // The record of `operation` on `table`'s row `key`, or an empty object.
    static QJsonObject find(const QJsonArray& records, const QString& table, qint64 key,
                            const QString& operation)
    {
        for (const QJsonValue& value : records) {
            const QJsonObject record = value.toObject();
            if (record.value("table").toString() == table &&
                record.value("row_key").toString() == QString::number(key) &&
                record.value("operation").toString() == operation)
                return record;
        }
        return {};
    }

    qint64 m_organisation = 0;
    qint64 m_entry = 0;
};

TEST_F(HistoryCommandTest, JsonHoldsEveryFieldOfTheRename)
{
    const QJsonArray records = json();
    ASSERT_GE(records.size(), 4) << out(); // two inserts, two updates at least
    const QJsonObject rename = find(records, "organisations", m_organisation, "update");
    ASSERT_FALSE(rename.isEmpty()) << out();
    EXPECT_EQ(rename.value("before").toObject().value("name").toString(),
              QStringLiteral("Coop du Rucher"));
    EXPECT_EQ(rename.value("after").toObject().value("name").toString(),
              QStringLiteral("Coop du Grand Rucher"));
    // Only the columns that changed.
    EXPECT_FALSE(rename.value("after").toObject().contains("kind")) << out();
    const QDateTime at = QDateTime::fromString(rename.value("at").toString(), Qt::ISODate);
    ASSERT_TRUE(at.isValid()) << out();
    EXPECT_EQ(at.timeSpec(), Qt::UTC);
    EXPECT_TRUE(rename.value("at").toString().endsWith(u'Z'));
    for (const char* key :
         {"id", "actor", "desk", "source", "parent_table", "parent_key", "detail", "late"})
        EXPECT_TRUE(rename.contains(QLatin1String(key))) << key;
    EXPECT_FALSE(rename.value("actor").toString().isEmpty());
    EXPECT_TRUE(rename.value("late").isBool());
    EXPECT_FALSE(rename.value("late").toBool());
    // Newest first.
    EXPECT_GE(records.first().toObject().value("id").toInteger(),
              records.last().toObject().value("id").toInteger());
}

TEST_F(HistoryCommandTest, AnEntryChangedLongAfterItsDateIsLate)
{
    const QJsonObject change = find(json(), "service_entries", m_entry, "update");
    ASSERT_FALSE(change.isEmpty()) << out();
    EXPECT_TRUE(change.value("late").toBool()) << out();
    EXPECT_EQ(change.value("after").toObject().value("minutes").toInt(), 90);

    ASSERT_EQ(history({QStringLiteral("--late")}), CommandLine::Success) << err();
    EXPECT_THAT(out(), HasSubstr("⚑"));
    EXPECT_THAT(out(), Not(HasSubstr("Coop du Grand Rucher")));
}

TEST_F(HistoryCommandTest, TextNamesTheChangeOnOneLine)
{
    ASSERT_EQ(history({}), CommandLine::Success) << err();
    EXPECT_THAT(err(), IsEmpty());
    EXPECT_THAT(out(), HasSubstr("name: Coop du Rucher → Coop du Grand Rucher"));
    EXPECT_THAT(out(), HasSubstr("minutes: 60 → 90"));
    EXPECT_THAT(out(),
                HasSubstr(QStringLiteral("Organisations #%1").arg(m_organisation).toStdString()));
    EXPECT_THAT(out(), HasSubstr(" UTC "));
    const QStringList lines = m_out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines)
        EXPECT_TRUE(line.contains(QLatin1String(" UTC "))) << line.toStdString();
}

TEST_F(HistoryCommandTest, SinceUntilTableAndActorNarrowTheList)
{
    const qsizetype all = json().size();
    EXPECT_EQ(json({QStringLiteral("--since"), QStringLiteral("2000-01-01")}).size(), all);
    EXPECT_TRUE(json({QStringLiteral("--since"), QStringLiteral("2100-01-01")}).isEmpty());
    EXPECT_TRUE(json({QStringLiteral("--until"), QStringLiteral("2000-01-01")}).isEmpty());
    const QJsonArray organisations =
        json({QStringLiteral("--table"), QStringLiteral("organisations")});
    ASSERT_FALSE(organisations.isEmpty());
    EXPECT_LT(organisations.size(), all);
    for (const QJsonValue& record : organisations)
        EXPECT_EQ(record.toObject().value("table").toString(), QStringLiteral("organisations"));
    EXPECT_TRUE(json({QStringLiteral("--actor"), QStringLiteral("nobody-here")}).isEmpty());

    // Nothing matches: nothing on out, a note on err, success.
    ASSERT_EQ(history({QStringLiteral("--since"), QStringLiteral("2100-01-01")}),
              CommandLine::Success);
    EXPECT_THAT(out(), IsEmpty());
    EXPECT_THAT(err(), HasSubstr("no change"));
}

TEST_F(HistoryCommandTest, ABadDateOrTableIsRefused)
{
    for (const char* bad : {"2026-13-01", "yesterday", "2026-1-5", ""}) {
        EXPECT_EQ(history({QStringLiteral("--since"), QString::fromLatin1(bad)}),
                  CommandLine::UserError)
            << bad;
        EXPECT_THAT(err(), HasSubstr("YYYY-MM-DD")) << bad;
        EXPECT_THAT(out(), IsEmpty());
    }
    EXPECT_EQ(history({QStringLiteral("--until"), QStringLiteral("31/01/2026")}),
              CommandLine::UserError);
    EXPECT_THAT(err(), HasSubstr("31/01/2026"));
    EXPECT_EQ(history({QStringLiteral("--since"), QStringLiteral("2026-02-01"),
                       QStringLiteral("--until"), QStringLiteral("2026-01-01")}),
              CommandLine::UserError);
    EXPECT_EQ(history({QStringLiteral("--table"), QStringLiteral("passwords")}),
              CommandLine::UserError);
    EXPECT_THAT(err(), HasSubstr("service_entries"));
    EXPECT_EQ(history({QStringLiteral("stray")}), CommandLine::UsageError);
    EXPECT_EQ(history({QStringLiteral("--since")}), CommandLine::UsageError);
}

TEST_F(HistoryCommandTest, AnImportIsOneEventWithItsFileAndIds)
{
    const QString csv =
        write(QStringLiteral("heures.csv"), "date,expert,organisation,duration\n"
                                            "2026-11-02,Ève Roy,Coop du Grand Rucher,1:00\n"
                                            "2026-11-03,Ève Roy,Coop du Grand Rucher,2:00\n");
    ASSERT_EQ(
        run({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("hours"), csv}),
        CommandLine::Success)
        << err();
    const QJsonArray records = json();
    const QJsonObject event = records.first().toObject();
    EXPECT_EQ(event.value("operation").toString(), QStringLiteral("import")) << out();
    EXPECT_EQ(event.value("source").toString(), QStringLiteral("import"));
    EXPECT_EQ(event.value("table").toString(), QStringLiteral("service_entries"));
    const QJsonObject detail = event.value("detail").toObject();
    EXPECT_EQ(detail.value("rows").toInt(), 2);
    EXPECT_EQ(detail.value("sha256").toString().size(), 64);
    // Its rows are not recorded one by one.
    for (const QJsonValue& record : records)
        EXPECT_NE(record.toObject().value("row_key").toString(),
                  QString::number(detail.value("last_id").toInteger()));

    ASSERT_EQ(history({}), CommandLine::Success) << err();
    const std::string first = m_out.section(u'\n', 0, 0).toStdString();
    EXPECT_THAT(first, HasSubstr("file heures.csv"));
    EXPECT_THAT(first, HasSubstr("SHA-256 " + detail.value("sha256").toString().toStdString()));
    EXPECT_THAT(first, HasSubstr("kind hours"));
    EXPECT_THAT(first, HasSubstr("2 rows"));
    EXPECT_THAT(first, HasSubstr(QStringLiteral("ids %1–%2")
                                     .arg(detail.value("first_id").toInteger())
                                     .arg(detail.value("last_id").toInteger())
                                     .toStdString()));
}

TEST_F(HistoryCommandTest, TheCommandIsListedInTheUsage)
{
    EXPECT_TRUE(CommandLine::commands().contains(QStringLiteral("history")));
    EXPECT_THAT(CommandLine::usage().toStdString(), HasSubstr("bilan history"));
    EXPECT_THAT(HistoryCommand::usage().toStdString(), HasSubstr("--since"));
}

// On a server: the secretary's login is refused with ChangeLog's message, the director's reads.
class HistoryCommandServerTest : public test::ServerCommandTest
{
protected:
    QString addressOf(const QString& login) const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(login, QString::fromLocal8Bit(qgetenv("PGHOST")),
                 QString::fromLocal8Bit(qgetenv("PGPORT")), m_server->name());
    }
};

TEST_F(HistoryCommandServerTest, OnlyTheDirectorReadsTheHistory)
{
    const QByteArray adminPassword = qgetenv("PGPASSWORD");
    qputenv("PGPASSWORD", test::Password.toUtf8());
    const int secretary = run({QStringLiteral("history"), QStringLiteral("--db"),
                               addressOf(m_secretary), QStringLiteral("--json")});
    const std::string refused = err();
    const std::string refusedOut = out();
    const int director = run({QStringLiteral("history"), QStringLiteral("--db"),
                              addressOf(m_director), QStringLiteral("--json")});
    if (adminPassword.isNull())
        qunsetenv("PGPASSWORD");
    else
        qputenv("PGPASSWORD", adminPassword);
    EXPECT_EQ(secretary, CommandLine::UserError) << refusedOut;
    EXPECT_THAT(refused, Not(IsEmpty()));
    EXPECT_THAT(refusedOut, IsEmpty());
    EXPECT_EQ(director, CommandLine::Success) << err();
    EXPECT_THAT(out(), HasSubstr("Coop du Rucher"));
}

// The History page of a login that may not read the record says why instead of the list; the
// director's lists the changes.
TEST_F(HistoryCommandServerTest, TheSecretarysHistoryPageSaysWhyNot)
{
    auto secretary = openAs(m_secretary);
    ASSERT_TRUE(secretary);
    {
        HistoryView page(*secretary);
        EXPECT_FALSE(page.mayRead());
        EXPECT_EQ(page.model()->rowCount(), 0);
        auto* message = page.findChild<QLabel*>(QStringLiteral("messageLabel"));
        ASSERT_NE(message, nullptr);
        EXPECT_TRUE(message->text().contains(QStringLiteral("director")))
            << message->text().toStdString();
        EXPECT_FALSE(message->isHidden());
        EXPECT_TRUE(page.findChild<QTableView*>(QStringLiteral("historyTable"))->isHidden());
    }
    auto director = openAs(m_director);
    ASSERT_TRUE(director);
    HistoryView page(*director);
    EXPECT_TRUE(page.mayRead());
    EXPECT_GT(page.model()->rowCount(), 0);
}

} // namespace
