// Spreadsheet formula injection (issue 9, finding 5): free text that a spreadsheet would run as
// a formula (=…, +…, -…, @…, a leading tab or carriage return) is exported so that spreadsheets
// show it as text, on every kind, and Bilan's import gives every text back exactly.

#include "ActivityRepository.h"
#include "BoardRepository.h"
#include "CsvExporter.h"
#include "CsvImportSupport.h"
#include "CsvReader.h"
#include "ExpertRepository.h"
#include "FinanceRepository.h"
#include "MeetingRepository.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"
#include "TestDatabase.h"

#include <QBuffer>
#include <QSet>

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;

namespace {

// One-line texts: names, regions, titles, labels. Every one starts a formula, or looks like
// the guard, or both.
const QStringList Names{
    QStringLiteral("-Coop"),
    QStringLiteral("'=x"),
    QStringLiteral("''"),
    QStringLiteral("=1+1"),
    QStringLiteral("+33"),
    QStringLiteral("@SUM(A1)"),
    QStringLiteral("-"),
    QStringLiteral("'"),
    QStringLiteral("=HYPERLINK(\"http://evil.example\",\"clic\")"),
    QStringLiteral("'-Coop"),
    QStringLiteral("''+1"),
    QStringLiteral("'t Hooft"),
    QStringLiteral("\uFF1D1+1"), // full-width equals sign
    QStringLiteral("@"),
};
// Notes keep their spaces and line breaks.
const QStringList Notes{
    QStringLiteral("=cmd|' /C calc'!A0"),
    QStringLiteral("\tx"),
    QStringLiteral("\rx"),
    QStringLiteral("  =1+1"),
    QStringLiteral("\n@SUM(A1)"),
    QStringLiteral("'\t"),
    QStringLiteral("-1"),
    QStringLiteral("+"),
};

bool startsFormula(const QString& cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.front();
    const QString trimmed = cell.trimmed();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' ||
           c == QChar(0xFF1D) ||
           (!trimmed.isEmpty() && QStringLiteral("=+-@").contains(trimmed.front()));
}

template <typename T> T valueOf(Result<T> result)
{
    EXPECT_TRUE(result.ok()) << result.message().toStdString();
    return result ? std::move(result).value() : T{};
}

class CsvFormulaInjectionTest : public DatabaseTest
{
protected:
    // Every free-text column of every kind holds each tricky text somewhere.
    void fill(Database& db)
    {
        OrganisationRepository organisations(db);
        ExpertRepository experts(db);
        ServiceEntryRepository hours(db);
        BoardRepository board(db);
        MeetingRepository meetings(db);
        FinanceRepository finances(db);
        ActivityRepository activities(db);
        MembershipRepository memberships(db);
        QDate day(2019, 5, 1);
        for (int i = 0; i < Names.size(); ++i) {
            const QString& text = Names.at(i);
            const QString& note = Notes.at(i % Notes.size());
            Organisation organisation;
            organisation.name = text;
            organisation.kind = OrganisationKind::Coop;
            organisation.region = text;
            organisation.sector = Names.at((i + 1) % Names.size());
            const qint64 organisationId = valueOf(organisations.add(organisation));
            valueOf(memberships.add({0,
                                     organisationId,
                                     MembershipCategory::Member,
                                     QDate(2015, 4, 1),
                                     QDate(),
                                     {},
                                     {}}));
            Expert expert;
            expert.name = text;
            expert.role = ExpertRole::Professional;
            expert.region = text;
            expert.fields = QStringList{text};
            expert.started = QDate(2015, 1, 1);
            const qint64 expertId = valueOf(experts.add(expert));
            valueOf(hours.add({0, day, expertId, organisationId, 90, text, note, {}, {}}));
            const qint64 directorId = valueOf(board.directorIdFor(text));
            valueOf(board.addMandate({0,
                                      directorId,
                                      organisationId,
                                      BoardRole::Director,
                                      QDate(2018, 6, 1),
                                      QDate(),
                                      {},
                                      {}}));
            Meeting meeting{0, day, MeetingKind::Board, text, note, {}, {}};
            meeting.place = text;
            meeting.agenda = {AgendaItem{1, text}, AgendaItem{2, Names.at((i + 1) % Names.size())}};
            const qint64 meetingId = valueOf(meetings.add(meeting));
            EXPECT_OK(
                meetings.setAttendance({meetingId, directorId, AttendanceStatus::Present, {}, {}}));
            Resolution resolution;
            resolution.meetingId = meetingId;
            resolution.number = text;
            resolution.text = note;
            resolution.moverId = directorId;
            valueOf(meetings.addResolution(resolution));
            valueOf(finances.add(
                {0, 2019, Scenario::Actual, FinanceKind::Expense, text, 100 + i, {}, {}}));
            valueOf(
                activities.add({0, day, ActivityType::Event, Audience::Networks, text, {}, {}}));
            day = day.addDays(1);
        }
    }

    QByteArray exported(Database& db, CsvKind kind)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        EXPECT_TRUE(buffer.open(QIODevice::WriteOnly));
        auto rows = CsvExporter(db).exportTo(kind, buffer);
        EXPECT_TRUE(rows.ok()) << rows.message().toStdString();
        return bytes;
    }

    static QList<QStringList> records(const QByteArray& bytes)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        EXPECT_TRUE(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        EXPECT_TRUE(reader.readHeader());
        QList<QStringList> all;
        CsvReader::Record record;
        while (reader.next(record))
            all << record.fields;
        EXPECT_TRUE(reader.error().isEmpty()) << reader.error().toStdString();
        return all;
    }
};

TEST_F(CsvFormulaInjectionTest, NoExportedCellStartsAFormulaOnAnyKind)
{
    fill(db());
    for (CsvKind kind : CsvFormat::kinds()) {
        const QList<QStringList> rows = records(exported(db(), kind));
        if (kind != CsvKind::Surveys) {
            EXPECT_FALSE(rows.isEmpty()) << CsvFormat::key(kind).toStdString();
        }
        for (const QStringList& row : rows) {
            for (const QString& cell : row) {
                EXPECT_FALSE(startsFormula(cell))
                    << CsvFormat::key(kind).toStdString() << ": " << cell.toStdString();
            }
        }
    }
}

TEST_F(CsvFormulaInjectionTest, GuardedCellsAreQuotedAndStartWithOneSingleQuote)
{
    fill(db());
    const QString text = QString::fromUtf8(exported(db(), CsvKind::Organisations));
    EXPECT_THAT(text.toStdString(), ::testing::HasSubstr("\r\n\"'-Coop\",coop,\"'-Coop\","));
    EXPECT_THAT(text.toStdString(), ::testing::HasSubstr("\r\n\"''=x\",coop,"));
    // Not a formula, so left as it is: a leading quote that leads to nothing.
    EXPECT_THAT(text.toStdString(), ::testing::HasSubstr("\r\n'',coop,'',"));
    EXPECT_THAT(text.toStdString(), ::testing::HasSubstr("\r\n't Hooft,coop,"));
}

TEST_F(CsvFormulaInjectionTest, EveryTextComesBackExactlyThroughImportIntoAFreshDatabase)
{
    fill(db());
    TestDatabase second;
    QList<QByteArray> first;
    for (CsvKind kind : CsvFormat::kinds()) {
        first << exported(db(), kind);
        const auto result = importCsv(second.db(), kind, first.last());
        ASSERT_TRUE(result.ok()) << CsvFormat::key(kind).toStdString() << "\n"
                                 << describeAll(result);
    }
    for (int i = 0; i < CsvFormat::kinds().size(); ++i) {
        const CsvKind kind = CsvFormat::kinds().at(i);
        EXPECT_EQ(exported(second.db(), kind).toStdString(), first.at(i).toStdString())
            << CsvFormat::key(kind).toStdString();
    }

    auto organisations = OrganisationRepository(second.db()).all();
    ASSERT_OK(organisations);
    QSet<QString> names;
    QSet<QString> regions;
    for (const Organisation& organisation : *organisations) {
        names.insert(organisation.name);
        regions.insert(organisation.region);
    }
    EXPECT_EQ(names, QSet<QString>(Names.cbegin(), Names.cend()));
    EXPECT_EQ(regions, QSet<QString>(Names.cbegin(), Names.cend()));
    EXPECT_TRUE(names.contains(QStringLiteral("-Coop")));

    auto entries = ServiceEntryRepository(second.db()).list({});
    ASSERT_OK(entries);
    QSet<QString> notes;
    QSet<QString> fields;
    for (const ServiceEntry& entry : *entries) {
        notes.insert(entry.note);
        fields.insert(entry.field);
    }
    EXPECT_EQ(notes, QSet<QString>(Notes.cbegin(), Notes.cend()));
    EXPECT_EQ(fields, QSet<QString>(Names.cbegin(), Names.cend()));

    auto meetings = MeetingRepository(second.db()).list(QDate(2019, 1, 1), QDate(2020, 1, 1));
    ASSERT_OK(meetings);
    QSet<QString> titles;
    for (const Meeting& meeting : *meetings)
        titles.insert(meeting.title);
    EXPECT_EQ(titles, QSet<QString>(Names.cbegin(), Names.cend()));
}

TEST_F(CsvFormulaInjectionTest, AHandMadeFileFollowsTheSpreadsheetConvention)
{
    // A quote before a formula is the spreadsheet's "this is text" mark; anywhere else a quote
    // is part of the name.
    const auto result = importCsv(db(), CsvKind::Organisations,
                                  QStringLiteral("name,kind,region\n"
                                                 "'=1+1,coop,'-Estrie\n"
                                                 "'t Hooft,coop,'Ouest\n"
                                                 "=2+2,coop,-Nord\n"));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    auto all = OrganisationRepository(db()).all();
    ASSERT_OK(all);
    QStringList seen;
    for (const Organisation& organisation : *all)
        seen << organisation.name + u'|' + organisation.region;
    seen.sort();
    EXPECT_EQ(seen, (QStringList{QStringLiteral("'t Hooft|'Ouest"), QStringLiteral("=1+1|-Estrie"),
                                 QStringLiteral("=2+2|-Nord")}));
}

} // namespace
