// On a server, a login that row-level security leaves alone (the owner of the tables, as in
// these tests) writes the checked hours through COPY … FROM STDIN: every row with its exact
// values, the text format's special characters included, and a row the server refuses in the
// middle of the stream leaves nothing written.

#include "CsvImportSupport.h"
#include "FieldRepository.h"
#include "ServiceEntryRepository.h"
#include "TestDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace bilan;
using namespace bilan::test;

namespace {

class ServerCopyImportTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        if (!onServer())
            GTEST_SKIP() << "COPY is the server's";
        Expert expert;
        expert.name = QStringLiteral("Expert Un");
        expert.role = ExpertRole::Professional;
        expert.started = QDate(2000, 1, 1);
        auto added = ExpertRepository(db()).add(expert);
        ASSERT_OK(added);
        m_expert = *added;
        Organisation organisation;
        organisation.name = QStringLiteral("Coop Un");
        organisation.kind = OrganisationKind::Coop;
        auto organisationId = OrganisationRepository(db()).add(organisation);
        ASSERT_OK(organisationId);
        m_organisation = *organisationId;
        // Every statement that inserts hours says what it was: COPY or INSERT.
        m_test.server()->administer(QStringLiteral(
            "CREATE TABLE inserted_by (statement TEXT);"
            "CREATE FUNCTION note_statement() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "INSERT INTO inserted_by VALUES (current_query()); RETURN NULL; END $$;"
            "CREATE TRIGGER note_statement AFTER INSERT ON service_entries FOR EACH STATEMENT "
            "EXECUTE FUNCTION note_statement()"));
    }

    QString value(const QString& statement)
    {
        QSqlQuery query(db().connection());
        EXPECT_TRUE(query.exec(statement)) << statement.toStdString();
        return query.next() ? query.value(0).toString() : QStringLiteral("<none>");
    }

    qint64 m_expert = 0;
    qint64 m_organisation = 0;
};

} // namespace

TEST_F(ServerCopyImportTest, EveryRowGoesThroughCopyWithItsExactValues)
{
    auto field = FieldRepository(db()).idFor(QStringLiteral("Droit"));
    ASSERT_OK(field);
    const QStringList notes{
        QStringLiteral("a\ttab"),
        QStringLiteral("a back\\slash"),
        QStringLiteral("two\nlines"),
        QStringLiteral("carriage\rreturn"),
        QStringLiteral("quotes ' and \" and ,"),
        QStringLiteral("accents é à ç Œ ß 日本"),
        QStringLiteral("\\N"), // the text format's NULL, written as text: stays text
        QStringLiteral("\\.\nend"),
        QString(),
    };
    std::vector<ServiceEntryRepository::CheckedRow> rows;
    for (int i = 0; i < notes.size(); ++i)
        rows.push_back({QDate(2020, 1, 1).addDays(i), m_expert, m_organisation, 30 + i,
                        i % 2 == 0 ? *field : 0, notes.at(i)});
    ASSERT_OK(ServiceEntryRepository(db()).insertChecked(rows));

    QSqlQuery query(db().connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT entry_date, expert_id, organisation_id, "
                                          "minutes, field_id, note FROM service_entries "
                                          "ORDER BY id")));
    int i = 0;
    while (query.next()) {
        ASSERT_LT(i, notes.size());
        EXPECT_EQ(query.value(0).toString(), QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate));
        EXPECT_EQ(query.value(1).toLongLong(), m_expert);
        EXPECT_EQ(query.value(2).toLongLong(), m_organisation);
        EXPECT_EQ(query.value(3).toInt(), 30 + i);
        if (i % 2 == 0)
            EXPECT_EQ(query.value(4).toLongLong(), *field) << "row " << i;
        else
            EXPECT_TRUE(query.value(4).isNull()) << "row " << i;
        EXPECT_FALSE(query.value(5).isNull()) << "row " << i;
        EXPECT_EQ(query.value(5).toString(),
                  notes.at(i).isNull() ? QStringLiteral("") : notes.at(i))
            << "row " << i;
        ++i;
    }
    EXPECT_EQ(i, notes.size());
    EXPECT_EQ(
        value(QStringLiteral("SELECT string_agg(statement, '|') FROM inserted_by")),
        QStringLiteral("COPY service_entries (entry_date, expert_id, organisation_id, "
                       "minutes, field_id, note, created_at, updated_at, updated_by) FROM STDIN"));
}

TEST_F(ServerCopyImportTest, ARowRefusedInTheMiddleOfTheStreamWritesNothing)
{
    m_test.server()->administer(QStringLiteral(
        "ALTER TABLE service_entries ADD CONSTRAINT no_boom CHECK (note <> 'boom')"));
    const auto csv = [](bool boom) {
        QByteArray text = "date,expert,organisation,duration,note\n";
        for (int i = 0; i < 5000; ++i)
            text += QStringLiteral("%1,Expert Un,Coop Un,15min,%2\n")
                        .arg(QDate(2001, 1, 1).addDays(i / 20).toString(Qt::ISODate),
                             boom && i == 2500 ? QStringLiteral("boom") : QStringLiteral("ok"))
                        .toUtf8();
        return text;
    };
    const ImportResult refused = importCsv(db(), CsvKind::Hours, csv(true));
    EXPECT_FALSE(refused.ok());
    EXPECT_FALSE(refused.written);
    ASSERT_FALSE(refused.problems.isEmpty());
    EXPECT_TRUE(refused.problems.first().message.startsWith(
        QStringLiteral("the database refused the change")))
        << refused.problems.first().message.toStdString();
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM service_entries")), QStringLiteral("0"));

    // The connection carries on: the same file without the refused note goes in whole.
    const ImportResult again = importCsv(db(), CsvKind::Hours, csv(false));
    ASSERT_TRUE(again.ok()) << describeAll(again);
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM service_entries")),
              QStringLiteral("5000"));
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM inserted_by WHERE statement LIKE "
                                   "'COPY %'")),
              QStringLiteral("1"));
}
