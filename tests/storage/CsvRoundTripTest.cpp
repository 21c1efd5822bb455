// Export then import (CsvExporter, CsvImporter): every kind exported from one database and
// imported into a fresh one gives the same files again, awkward text included.

#include "ActivityRepository.h"
#include "BoardRepository.h"
#include "CsvExporter.h"
#include "CsvImportSupport.h"
#include "ExpertRepository.h"
#include "FinanceRepository.h"
#include "MeetingRepository.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"
#include "SurveyRepository.h"
#include "TestDatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;

namespace {

const QString Rucher = QStringLiteral("Coop \"Le Rucher\"; Sherbrooke, QC");
const QString Injection = QStringLiteral("'); DROP TABLE organisations; --");
const QString Arabic = QStringLiteral("تعاونية النحل");
const QString Chinese = QStringLiteral("東京合作社");
const QString Network = QStringLiteral("Réseau Coop");
const QString Marie = QStringLiteral("Marie Tremblay");
const QString Jean = QStringLiteral("Jean \"JR\" Roy, fils");
const QString Note = QStringLiteral("  Plan, \"phase 1\";\r\nsuite\n") + Injection;
const QString MeetingNotes =
    QStringLiteral("Quorum atteint.\r\nRésolution 2019-07 adoptée; « unanime »");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return {};
    }
    return file.readAll();
}

class CsvRoundTripTest : public DatabaseTest
{
protected:
    template <typename T> static T valueOf(Result<T> result)
    {
        EXPECT_TRUE(result.ok()) << result.message().toStdString();
        return result ? std::move(result).value() : T{};
    }

    void fill(Database& db)
    {
        const qint64 network = addOrganisation(db, Network, OrganisationKind::Network);
        Organisation rucher;
        rucher.name = Rucher;
        rucher.kind = OrganisationKind::Coop;
        rucher.region = QStringLiteral("Estrie; Québec");
        rucher.sector = QStringLiteral("agri, food");
        rucher.networkId = network;
        const qint64 rucherId = valueOf(OrganisationRepository(db).add(rucher));
        const qint64 injection = addOrganisation(db, Injection, OrganisationKind::Npo);
        const qint64 arabic = addOrganisation(db, Arabic, OrganisationKind::Mutual);
        addOrganisation(db, Chinese, OrganisationKind::Other);

        MembershipRepository memberships(db);
        valueOf(memberships.add({0,
                                 rucherId,
                                 MembershipCategory::Member,
                                 QDate(2015, 4, 1),
                                 QDate(2017, 4, 1),
                                 {},
                                 {}}));
        valueOf(memberships.add(
            {0, rucherId, MembershipCategory::Managed, QDate(2018, 1, 15), QDate(), {}, {}}));
        valueOf(memberships.add(
            {0, arabic, MembershipCategory::Auxiliary, QDate(2019, 5, 1), QDate(), {}, {}}));

        ExpertRepository experts(db);
        Expert awa;
        awa.name = QStringLiteral("Awa Diallo");
        awa.role = ExpertRole::Professional;
        awa.fields =
            QStringList{QStringLiteral("Ressources humaines"), QStringLiteral("Legal; contracts")};
        awa.region = QStringLiteral("Estrie");
        awa.gender = Gender::F;
        awa.birthYear = 1980;
        awa.started = QDate(2015, 4, 1);
        const qint64 awaId = valueOf(experts.add(awa));
        Expert li;
        li.name = QStringLiteral("李伟");
        li.role = ExpertRole::Trainer;
        li.started = QDate(2018, 1, 1);
        li.ended = QDate(2020, 12, 31);
        const qint64 liId = valueOf(experts.add(li));
        Expert pat;
        pat.name = QStringLiteral("O'Brien, \"Pat\"");
        pat.role = ExpertRole::Director;
        pat.gender = Gender::X;
        pat.birthYear = 1975;
        pat.started = QDate(2010, 1, 1);
        valueOf(experts.add(pat));

        ServiceEntryRepository hours(db);
        const auto entry = [&](QDate day, qint64 expert, qint64 organisation, int minutes,
                               const QString& field, const QString& note) {
            valueOf(hours.add({0, day, expert, organisation, minutes, field, note, {}, {}}));
        };
        entry(QDate(2019, 5, 1), awaId, rucherId, 90, QStringLiteral("Ressources humaines"), Note);
        entry(QDate(2019, 5, 1), liId, injection, 1, QString(), Injection);
        entry(QDate(2019, 4, 30), liId, arabic, 1440, QStringLiteral("Web"),
              Arabic + u'\n' + Chinese);
        entry(QDate(2019, 5, 1), awaId, arabic, 605, QStringLiteral("Web"), QString());

        BoardRepository board(db);
        const qint64 marieId = valueOf(board.directorIdFor(Marie));
        const qint64 jeanId = valueOf(board.directorIdFor(Jean));
        valueOf(board.addMandate({0,
                                  marieId,
                                  rucherId,
                                  BoardRole::President,
                                  QDate(2018, 6, 1),
                                  QDate(2020, 5, 31),
                                  {},
                                  {}}));
        valueOf(board.addMandate(
            {0, marieId, rucherId, BoardRole::Director, QDate(2020, 6, 1), QDate(), {}, {}}));
        valueOf(board.addMandate({0,
                                  jeanId,
                                  arabic,
                                  BoardRole::SecretaryTreasurer,
                                  QDate(2018, 6, 1),
                                  QDate(2019, 6, 30),
                                  {},
                                  {}}));

        MeetingRepository meetings(db);
        const auto meeting = [](QDate date, MeetingKind kind, const QString& title,
                                const QString& notes) {
            Meeting m;
            m.date = date;
            m.kind = kind;
            m.title = title;
            m.notes = notes;
            return m;
        };
        Meeting assembly = meeting(QDate(2019, 6, 15), MeetingKind::Agm,
                                   QStringLiteral("Assemblée générale; annuelle"), QString());
        assembly.place = QStringLiteral("Salle \"Desjardins\", Lévis");
        assembly.startTime = QTime(19, 0);
        assembly.endTime = QTime(21, 30);
        assembly.agenda = {AgendaItem{1, QStringLiteral("Ouverture; mot de bienvenue")},
                           AgendaItem{2, QStringLiteral("=Adoption de l'ordre du jour")},
                           AgendaItem{3, QStringLiteral("Élection « du conseil »")}};
        const qint64 agm = valueOf(meetings.add(assembly));
        const qint64 boardMeeting = valueOf(
            meetings.add(meeting(QDate(2019, 9, 10), MeetingKind::Board, QString(), MeetingNotes)));
        valueOf(meetings.add(meeting(QDate(2019, 9, 10), MeetingKind::Executive,
                                     QStringLiteral("Exec, \"spécial\""), QString())));
        EXPECT_OK(meetings.setAttendance({agm, marieId, AttendanceStatus::Present, {}, {}}));
        EXPECT_OK(meetings.setAttendance({agm, jeanId, AttendanceStatus::Excused, {}, {}}));
        Resolution counted;
        counted.meetingId = agm;
        counted.number = QStringLiteral("AGA-2019-10");
        counted.text = QStringLiteral("Attendu que…\nIl est résolu d'adopter « le budget », "
                                      "sans \"réserve\"");
        counted.moverId = marieId;
        counted.outcome = ResolutionOutcome::Rejected;
        counted.votes = ResolutionVotes{3, 7, 0};
        valueOf(meetings.addResolution(counted));
        Resolution deferred;
        deferred.meetingId = agm;
        deferred.number = QStringLiteral("AGA-2019-9");
        deferred.text = QStringLiteral("-1 au budget");
        deferred.outcome = ResolutionOutcome::Deferred;
        valueOf(meetings.addResolution(deferred));
        EXPECT_OK(
            meetings.setAttendance({boardMeeting, marieId, AttendanceStatus::Absent, {}, {}}));

        FinanceRepository finances(db);
        const auto line = [&](int year, Scenario scenario, FinanceKind kind, const QString& label,
                              qint64 cents) {
            valueOf(finances.add({0, year, scenario, kind, label, cents, {}, {}}));
        };
        line(2019, Scenario::Actual, FinanceKind::RevenueMembers,
             QStringLiteral("Cotisations, membres"), 123456789);
        line(2019, Scenario::Budget, FinanceKind::Expense, QString(), 100);
        line(2018, Scenario::Actual, FinanceKind::PublicFunding,
             QStringLiteral("Subvention \"PME\""), 5);
        line(2019, Scenario::Actual, FinanceKind::Expense, Injection, 0);

        SurveyRepository surveys(db);
        valueOf(surveys.add({0, 2019, 120, 110, {}, {}}));
        valueOf(surveys.add({0, 2018, 0, 0, {}, {}}));

        ActivityRepository activities(db);
        valueOf(activities.add({0,
                                QDate(2019, 5, 2),
                                ActivityType::Event,
                                Audience::Networks,
                                QStringLiteral("Salon; coops"),
                                {},
                                {}}));
        valueOf(activities.add({0,
                                QDate(2019, 5, 3),
                                ActivityType::Agreement,
                                Audience::RelayPartners,
                                QString(),
                                {},
                                {}}));
    }

    QString exportAll(Database& db, const QString& folder)
    {
        for (CsvKind kind : CsvFormat::kinds()) {
            const QString path = m_dir.filePath(folder + u'/' + CsvFormat::key(kind) + ".csv");
            EXPECT_TRUE(QDir().mkpath(m_dir.filePath(folder)));
            auto rows = CsvExporter(db).exportFile(kind, path);
            EXPECT_TRUE(rows.ok()) << rows.message().toStdString();
        }
        return m_dir.filePath(folder);
    }

    QTemporaryDir m_dir;
};

TEST_F(CsvRoundTripTest, EveryKindExportsImportsAndExportsAgainByteForByte)
{
    fill(db());
    const QString first = exportAll(db(), QStringLiteral("first"));

    TestDatabase second;
    for (CsvKind kind : CsvFormat::kinds()) {
        const QString path = first + u'/' + CsvFormat::key(kind) + ".csv";
        const auto result = CsvImporter(second.db()).importFile(kind, path);
        EXPECT_TRUE(result.ok()) << CsvFormat::key(kind).toStdString() << "\n"
                                 << describeAll(result);
        EXPECT_TRUE(result.ignoredColumns.isEmpty());
    }
    const QString again = exportAll(second.db(), QStringLiteral("again"));
    for (CsvKind kind : CsvFormat::kinds()) {
        const QString name = u'/' + CsvFormat::key(kind) + ".csv";
        const QByteArray before = readAll(first + name);
        EXPECT_GT(before.count('\n'), 1) << "nothing exported for " << name.toStdString();
        EXPECT_EQ(before.toStdString(), readAll(again + name).toStdString()) << name.toStdString();
    }

    // A few values, read back through the repositories of the second database.
    Database& db2 = second.db();
    auto minutes = ServiceEntryRepository(db2).totalMinutes({});
    ASSERT_OK(minutes);
    EXPECT_EQ(*minutes, 90 + 1 + 1440 + 605);
    auto notes = ServiceEntryRepository(db2).list({});
    ASSERT_OK(notes);
    QStringList noteTexts;
    for (const ServiceEntry& entry : *notes)
        noteTexts << entry.note;
    EXPECT_TRUE(noteTexts.contains(Note)) << noteTexts.join(u'|').toStdString();
    auto board = MeetingRepository(db2).find(QDate(2019, 9, 10), MeetingKind::Board);
    ASSERT_OK(board);
    ASSERT_TRUE(board->has_value());
    EXPECT_EQ((*board)->notes, MeetingNotes);
    auto assembly = MeetingRepository(db2).find(QDate(2019, 6, 15), MeetingKind::Agm);
    ASSERT_OK(assembly);
    ASSERT_TRUE(assembly->has_value());
    EXPECT_EQ((*assembly)->place, QStringLiteral("Salle \"Desjardins\", Lévis"));
    EXPECT_EQ((*assembly)->endTime, QTime(21, 30));
    ASSERT_EQ((*assembly)->agenda.size(), 3);
    EXPECT_EQ((*assembly)->agenda.at(1).text, QStringLiteral("=Adoption de l'ordre du jour"));
    auto resolutions = MeetingRepository(db2).resolutions((*assembly)->id);
    ASSERT_OK(resolutions);
    ASSERT_EQ(resolutions->size(), 2);
    EXPECT_EQ(resolutions->at(0).text, QStringLiteral("-1 au budget"));
    EXPECT_EQ(resolutions->at(1).outcome, ResolutionOutcome::Rejected);
    ASSERT_TRUE(resolutions->at(1).votes.has_value());
    EXPECT_EQ(resolutions->at(1).votes->against, 7);

    auto lines = FinanceRepository(db2).forYear(2019);
    ASSERT_OK(lines);
    qint64 members = 0;
    for (const FinanceLine& line : *lines) {
        if (line.kind == FinanceKind::RevenueMembers)
            members = line.amountCents;
    }
    EXPECT_EQ(members, 123456789);

    auto awa = ExpertRepository(db2).findByName(QStringLiteral("Awa Diallo"));
    ASSERT_OK(awa);
    ASSERT_TRUE(awa->has_value());
    EXPECT_EQ((*awa)->fields, (QStringList{QStringLiteral("Ressources humaines"),
                                           QStringLiteral("Legal; contracts")}));
    EXPECT_EQ((*awa)->gender, Gender::F);
    EXPECT_EQ((*awa)->birthYear, 1980);
    EXPECT_EQ((*awa)->region, QStringLiteral("Estrie"));
    auto li = ExpertRepository(db2).findByName(QStringLiteral("李伟"));
    ASSERT_OK(li);
    ASSERT_TRUE(li->has_value());
    EXPECT_FALSE((*li)->gender.has_value());
    EXPECT_FALSE((*li)->birthYear.has_value());
    EXPECT_EQ((*li)->ended, QDate(2020, 12, 31));

    OrganisationRepository organisations(db2);
    auto rucher = organisations.findByName(Rucher);
    auto network = organisations.findByName(Network);
    ASSERT_OK(rucher);
    ASSERT_OK(network);
    ASSERT_TRUE(rucher->has_value() && network->has_value());
    EXPECT_EQ((*rucher)->networkId, (*network)->id);
    EXPECT_EQ((*rucher)->sector, QStringLiteral("agri, food"));
    auto injection = organisations.findByName(Injection);
    ASSERT_OK(injection);
    EXPECT_TRUE(injection->has_value());
    auto count = organisations.count();
    ASSERT_OK(count);
    EXPECT_EQ(*count, 5);

    auto periods = MembershipRepository(db2).forOrganisation((*rucher)->id);
    ASSERT_OK(periods);
    ASSERT_EQ(periods->size(), 2);
    EXPECT_EQ(periods->at(0).left, QDate(2017, 4, 1));
    EXPECT_TRUE(periods->at(1).isOpen());
    EXPECT_EQ(periods->at(1).category, MembershipCategory::Managed);

    EXPECT_EQ(rowCount(db2, "attendance"), 3);
    EXPECT_EQ(rowCount(db2, "directors"), 2);
    EXPECT_EQ(rowCount(db2, "board_mandates"), 3);
}

TEST_F(CsvRoundTripTest, ExportWritesBomCommasCrlfAndTheSpellingsTheImporterReads)
{
    fill(db());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    auto rows = CsvExporter(db()).exportTo(CsvKind::Finances, buffer);
    ASSERT_OK(rows);
    EXPECT_EQ(*rows, 4);
    const std::string text = bytes.toStdString();
    EXPECT_EQ(text.rfind("\xEF\xBB\xBFyear,scenario,kind,label,amount\r\n", 0), 0u) << text;
    EXPECT_THAT(text, HasSubstr("2019-2020,actual,revenue_members,\"Cotisations, membres\","
                                "1234567.89\r\n"));
    EXPECT_THAT(text,
                HasSubstr("2018-2019,actual,public_funding,\"Subvention \"\"PME\"\"\",0.05\r\n"));

    QByteArray hours;
    QBuffer hoursBuffer(&hours);
    ASSERT_TRUE(hoursBuffer.open(QIODevice::WriteOnly));
    ASSERT_OK(CsvExporter(db()).exportTo(CsvKind::Hours, hoursBuffer));
    EXPECT_THAT(hours.toStdString(), HasSubstr("2019-04-30,李伟," + Arabic.toStdString() +
                                               ",24:00,Web,\"" + Arabic.toStdString() + "\n"));
    EXPECT_THAT(hours.toStdString(), HasSubstr(",0:01,,"));
}

TEST_F(CsvRoundTripTest, AnEmptyDatabaseExportsHeadersOnly)
{
    for (CsvKind kind : CsvFormat::kinds()) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
        auto rows = CsvExporter(db()).exportTo(kind, buffer);
        ASSERT_OK(rows);
        EXPECT_EQ(*rows, 0);
        EXPECT_EQ(bytes,
                  "\xEF\xBB\xBF" + CsvFormat::columnNames(kind).join(u',').toUtf8() + "\r\n");
    }
}

TEST_F(CsvRoundTripTest, ExportingIntoAMissingFolderFailsWithoutAFile)
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/hours.csv"));
    auto rows = CsvExporter(db()).exportFile(CsvKind::Hours, path);
    EXPECT_FALSE(rows.ok());
    EXPECT_THAT(rows.message().toStdString(), HasSubstr("cannot write"));
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace
