#include "RecordCounts.h"

#include "BoardRepository.h"
#include "OrganisationRepository.h"
#include "ReportTextRepository.h"
#include "ServiceEntryRepository.h"
#include "ServiceEntryTestRows.h"
#include "SqlSupport.h"
#include "TestDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace bilan;
using namespace bilan::test;

namespace {

using Record = RecordCounts::Record;

const QList<Record> Every = {Record::Organisations, Record::MembershipPeriods, Record::Experts,
                             Record::HourEntries,   Record::BoardMandates,     Record::Meetings,
                             Record::FinanceLines,  Record::Surveys,           Record::Activities};

using RecordCountsTest = DatabaseTest;

TEST_F(RecordCountsTest, CountsEachKindOfRecord)
{
    RecordCounts counts(db());
    for (Record record : Every)
        EXPECT_EQ(valueOf(counts.count(record)), 0) << static_cast<int>(record);

    const qint64 alice = insertExpert(db(), QStringLiteral("Alice Martin"));
    const qint64 rucher = insertOrganisation(db(), QStringLiteral("Coop Le Rucher"));
    insertOrganisation(db(), QStringLiteral("Mutuelle Sud"));
    for (int day = 1; day <= 3; ++day) {
        ServiceEntry entry;
        entry.date = QDate(2025, 6, day);
        entry.expertId = alice;
        entry.organisationId = rucher;
        entry.minutes = 30;
        ASSERT_OK(ServiceEntryRepository(db()).add(entry));
    }
    EXPECT_EQ(valueOf(counts.count(Record::Organisations)), 2);
    EXPECT_EQ(valueOf(counts.count(Record::Organisations)),
              valueOf(OrganisationRepository(db()).count()));
    EXPECT_EQ(valueOf(counts.count(Record::Experts)), 1);
    EXPECT_EQ(valueOf(counts.count(Record::HourEntries)), 3);
    EXPECT_EQ(valueOf(counts.count(Record::Meetings)), 0);
}

// The demo is written only into an empty database: a director alone, or the report's texts
// alone, are data that it must not mix with its own.
TEST_F(RecordCountsTest, EmptyMeansNoRecordOfAnyKind)
{
    EXPECT_TRUE(valueOf(RecordCounts(db()).isEmpty()));

    ReportTexts texts;
    texts.fiscalYear = 2019;
    texts.language = QStringLiteral("fr");
    texts.president = QStringLiteral("Le mot du président");
    ASSERT_OK(ReportTextRepository(db()).save(texts));
    EXPECT_FALSE(valueOf(RecordCounts(db()).isEmpty()));

    ASSERT_OK(sql::run(db(), QStringLiteral("DELETE FROM report_texts")));
    ASSERT_OK(BoardRepository(db()).addDirector(QStringLiteral("Yvan Laurin")));
    EXPECT_FALSE(valueOf(RecordCounts(db()).isEmpty()));
}

TEST_F(RecordCountsTest, AFailureIsAnErrorNotZero)
{
    // Not prepared: a server prepares no DDL.
    QSqlQuery drop(db().connection());
    ASSERT_TRUE(drop.exec(QStringLiteral("DROP TABLE surveys")));
    auto counted = RecordCounts(db()).count(Record::Surveys);
    EXPECT_FALSE(counted.ok());
    EXPECT_FALSE(counted.message().isEmpty());
}

} // namespace
