// Control characters in names and notes (issue 9, finding 6): refused with a message that
// shows the character escaped, whether the text comes from a CSV file or from the window's
// repositories; and no import message carries a raw control or invisible character.

#include "ActivityRepository.h"
#include "BoardRepository.h"
#include "CsvImportSupport.h"
#include "ExpertRepository.h"
#include "FieldRepository.h"
#include "FinanceRepository.h"
#include "MeetingRepository.h"
#include "OrganisationRepository.h"
#include "ReportTextRepository.h"
#include "ServiceEntryRepository.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;

namespace {

const QString Nul = QStringLiteral("Coop") + QChar(0) + QStringLiteral("Evil");
const QString Escape = QStringLiteral("Coop\x1b]0;pwned\x07\x1b[2J");
const QString C1 = QStringLiteral("Coop") + QChar(0x9B) + QStringLiteral("31m");
const QString Delete = QStringLiteral("Coop\x7f");
const QString LineBreak = QStringLiteral("Coop\nde l'Estrie");

bool hasRawControl(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0xFEFF || u == 0x200B)
            return true;
    }
    return false;
}

Organisation organisation(const QString& name)
{
    Organisation o;
    o.name = name;
    o.kind = OrganisationKind::Coop;
    return o;
}

class CsvControlCharactersTest : public DatabaseTest
{};

TEST_F(CsvControlCharactersTest, RepositoriesRefuseControlCharactersInNames)
{
    OrganisationRepository organisations(db());
    for (const QString& name : {Nul, Escape, C1, Delete, LineBreak}) {
        auto added = organisations.add(organisation(name));
        ASSERT_FALSE(added.ok()) << name.toStdString();
        EXPECT_EQ(added.error().field, QStringLiteral("name"));
        EXPECT_FALSE(hasRawControl(added.message())) << added.message().toStdString();
    }
    auto nul = organisations.add(organisation(Nul));
    EXPECT_THAT(nul.message().toStdString(), HasSubstr("Coop\\0Evil"));
    EXPECT_THAT(nul.message().toStdString(), HasSubstr("U+0000"));
    auto escape = organisations.add(organisation(Escape));
    EXPECT_THAT(escape.message().toStdString(), HasSubstr("\\x1b"));

    Organisation region = organisation(QStringLiteral("Coop"));
    region.region = QStringLiteral("Estrie\x1b");
    EXPECT_EQ(organisations.add(region).error().field, QStringLiteral("region"));
    Organisation tab = organisation(QStringLiteral("Coop\tdu Rucher"));
    EXPECT_OK(organisations.add(tab)); // a tab is whitespace, made a space

    Expert expert;
    expert.name = Escape;
    expert.started = QDate(2015, 1, 1);
    EXPECT_FALSE(ExpertRepository(db()).add(expert).ok());
    expert.name = QStringLiteral("Awa");
    expert.fields = QStringList{QStringLiteral("RH\x01")};
    EXPECT_FALSE(ExpertRepository(db()).add(expert).ok());
    EXPECT_FALSE(FieldRepository(db()).idFor(QStringLiteral("Web\nDesign")).ok());
    EXPECT_FALSE(BoardRepository(db()).addDirector(Nul).ok());
    EXPECT_FALSE(BoardRepository(db()).addDirector(LineBreak).ok());
    auto director = BoardRepository(db()).addDirector(QStringLiteral("Marie"));
    ASSERT_OK(director);
    EXPECT_FALSE(BoardRepository(db()).renameDirector(*director, Escape).ok());

    EXPECT_FALSE(MeetingRepository(db())
                     .add({0, QDate(2019, 5, 1), MeetingKind::Board, LineBreak, {}, {}, {}})
                     .ok());
    EXPECT_FALSE(MeetingRepository(db())
                     .add({0, QDate(2019, 5, 1), MeetingKind::Board, {}, Escape, {}, {}})
                     .ok());
    // Notes are several lines; tabs and line breaks of any kind are theirs.
    EXPECT_OK(MeetingRepository(db()).add(
        {0, QDate(2019, 5, 1), MeetingKind::Board, {}, QStringLiteral("a\r\nb\tc\nd"), {}, {}}));
    EXPECT_FALSE(FinanceRepository(db())
                     .add({0, 2019, Scenario::Actual, FinanceKind::Expense, Nul, 100, {}, {}})
                     .ok());
    EXPECT_FALSE(
        ActivityRepository(db())
            .add({0, QDate(2019, 5, 1), ActivityType::Event, Audience::Networks, C1, {}, {}})
            .ok());
}

TEST_F(CsvControlCharactersTest, SettingsAndReportTextsRefuseThemButKeepLineBreaks)
{
    SettingsRepository settings(db());
    EXPECT_FALSE(settings.setValue(QStringLiteral("cooperative/name"), Escape).ok());
    EXPECT_OK(settings.setValue(QStringLiteral("cooperative/address"),
                                QStringLiteral("1 rue du Rucher\nSherbrooke")));
    ReportTexts texts;
    texts.fiscalYear = 2019;
    texts.language = QStringLiteral("fr");
    texts.mission = QStringLiteral("Servir\r\nnos membres");
    EXPECT_OK(ReportTextRepository(db()).save(texts));
    texts.vision = Nul;
    auto refused = ReportTextRepository(db()).save(texts);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("vision"));
}

TEST_F(CsvControlCharactersTest, HoursRefuseAControlCharacterInANoteButKeepLineBreaks)
{
    const qint64 organisationId = addOrganisation(db(), QStringLiteral("Coop"));
    const qint64 expertId = addExpert(db(), QStringLiteral("Awa"));
    ServiceEntryRepository hours(db());
    EXPECT_FALSE(
        hours.add({0, QDate(2019, 5, 1), expertId, organisationId, 60, {}, Escape, {}, {}}).ok());
    EXPECT_OK(hours.add({0,
                         QDate(2019, 5, 1),
                         expertId,
                         organisationId,
                         60,
                         {},
                         QStringLiteral("one\r\ntwo\tthree"),
                         {},
                         {}}));

    const auto result = importCsv(db(), CsvKind::Hours,
                                  QStringLiteral("date,expert,organisation,duration,field,note\n"
                                                 "2019-05-02,Awa,Coop,1,,\"a\x1b[2Jb\"\n"
                                                 "2019-05-02,Awa,Coop,1,\"Web\nDesign\",\n"
                                                 "2019-05-03,Awa,Coop,1,,\"ok\nstill ok\"\n"));
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(where(result), (std::vector<std::pair<int, std::string>>{{2, "note"}, {3, "field"}}));
}

TEST_F(CsvControlCharactersTest, AnImportRefusesThemAndItsMessagesShowThemEscaped)
{
    QByteArray file = "name,kind\n";
    for (const QString& name : {Nul, Escape, C1, LineBreak})
        file += "\"" + name.toUtf8() + "\",coop\n";
    const auto result = importCsv(db(), CsvKind::Organisations, file);
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.problems.size(), 4) << describeAll(result);
    EXPECT_EQ(rowCount(db(), "organisations"), 0);
    for (const ImportProblem& problem : result.problems) {
        const QString line = CsvImporter::describe(QStringLiteral("orgs.csv"), problem);
        EXPECT_FALSE(hasRawControl(line)) << line.toStdString();
        EXPECT_EQ(problem.column, QStringLiteral("name"));
    }
    EXPECT_THAT(CsvImporter::describe(QStringLiteral("f"), result.problems.at(1)).toStdString(),
                HasSubstr("Coop\\x1b]0;pwned\\x07\\x1b[2J"));
}

TEST_F(CsvControlCharactersTest, AMessageQuotingTheFileShowsItsControlCharactersEscaped)
{
    addOrganisation(db(), QStringLiteral("Coop"));
    // (Not a byte-order mark at the very start of a value: SQLite drops that one as it binds
    // UTF-16 text.) Names the database does not know are quoted back in the message.
    const auto result = importCsv(db(), CsvKind::Memberships,
                                  QStringLiteral("organisation,category,joined\n"
                                                 "\"Coop\x1b]0;pwned\x07\",member,2019-05-01\n"
                                                 "Co\uFEFFop,member,2019-05-01\n"
                                                 "Coop,member,\u200B2019-05-01\n"));
    ASSERT_EQ(result.problems.size(), 3) << describeAll(result);
    const QString first = CsvImporter::describe(QStringLiteral("m.csv"), result.problems.at(0));
    EXPECT_FALSE(hasRawControl(first));
    EXPECT_THAT(first.toStdString(), HasSubstr("Coop\\x1b]0;pwned\\x07"));
    EXPECT_THAT(CsvImporter::describe(QStringLiteral("m.csv"), result.problems.at(1)).toStdString(),
                HasSubstr("Co<U+FEFF>op"));
    EXPECT_THAT(CsvImporter::describe(QStringLiteral("m.csv"), result.problems.at(2)).toStdString(),
                HasSubstr("<U+200B>2019-05-01"));
    EXPECT_THAT(CsvImporter::describe(QStringLiteral("a\x1b.csv"), {}).toStdString(),
                HasSubstr("a\\x1b.csv"));
}

} // namespace
