// CSV of what minutes record (issue 13): the optional place, times and agenda of `meetings`, and
// the `resolutions` kind, whose rows name their meeting and directors as attendance does.

#include "CsvImportSupport.h"
#include "MeetingRepository.h"
#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Pair;

namespace {

// Marie presides from 2018; Jean sits until 2019-06-30. Both attend the general assembly of
// 2019-06-15; Marie alone is in office at the board meeting of 2019-09-10, and Jean excused
// from the executive meeting of 2019-06-15.
class CsvResolutionsTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        addOrganisation(db(), QStringLiteral("Coop du Rucher"));
        imported(CsvKind::Board, "name,organisation,role,started,ended\n"
                                 "Marie Tremblay,Coop du Rucher,president,2018-06-01,\n"
                                 "Jean Roy,Coop du Rucher,director,2018-06-01,2019-06-30\n");
        // An older file: without place, times or agenda.
        imported(CsvKind::Meetings, "date,kind,title\n"
                                    "2019-06-15,agm,Assemblée générale\n"
                                    "2019-06-15,executive,\n"
                                    "2019-09-10,board,\n");
        imported(CsvKind::Attendance, "date,kind,director,status\n"
                                      "2019-06-15,agm,Marie Tremblay,present\n"
                                      "2019-06-15,agm,Jean Roy,present\n"
                                      "2019-06-15,executive,Marie Tremblay,present\n"
                                      "2019-06-15,executive,Jean Roy,excused\n"
                                      "2019-09-10,board,Marie Tremblay,present\n");
    }

    void imported(CsvKind kind, const char* csv)
    {
        const auto result = importCsv(db(), kind, QString::fromUtf8(csv));
        ASSERT_TRUE(result.ok()) << describeAll(result);
    }

    Meeting meeting(QDate date, MeetingKind kind)
    {
        auto found = MeetingRepository(db()).find(date, kind);
        EXPECT_TRUE(found.ok() && found->has_value());
        return found.ok() && found->has_value() ? **found : Meeting{};
    }

    qint64 directorId(const char* name)
    {
        auto query = sql::run(db(), QStringLiteral("SELECT id FROM directors WHERE name = ?"),
                              {QString::fromUtf8(name)});
        return query && query->next() ? query->value(0).toLongLong() : -1;
    }
};

TEST_F(CsvResolutionsTest, MeetingsTakeAPlaceTimesAndAnAgendaOfOneItemALine)
{
    const auto result =
        importCsv(db(), CsvKind::Meetings,
                  QStringLiteral("date,kind,title,notes,place,start_time,end_time,agenda\n"
                                 "2019-11-06,board,CA,,\"Siège social, Lévis\",19:00,21 h 15,"
                                 "\"Ouverture de la séance\n\nAdoption de l'ordre du jour\r\n"
                                 "  Levée de la séance \n\"\n"
                                 "2019-11-13,board,,,,7:30 PM,,\n"));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    const Meeting november = meeting(QDate(2019, 11, 6), MeetingKind::Board);
    EXPECT_EQ(november.place, QStringLiteral("Siège social, Lévis"));
    EXPECT_EQ(november.startTime, QTime(19, 0));
    EXPECT_EQ(november.endTime, QTime(21, 15));
    ASSERT_EQ(november.agenda.size(), 3);
    EXPECT_EQ(november.agenda.at(1).text, QStringLiteral("Adoption de l'ordre du jour"));
    EXPECT_EQ(november.agenda.at(2).text, QStringLiteral("Levée de la séance"));
    EXPECT_EQ(november.agenda.at(2).position, 3);
    const Meeting later = meeting(QDate(2019, 11, 13), MeetingKind::Board);
    EXPECT_EQ(later.startTime, QTime(19, 30));
    EXPECT_FALSE(later.endTime.isValid());
    EXPECT_TRUE(later.agenda.isEmpty());
    // The meetings of the older file have none of it.
    EXPECT_TRUE(meeting(QDate(2019, 6, 15), MeetingKind::Agm).place.isEmpty());
}

TEST_F(CsvResolutionsTest, MeetingsReportBadTimesAndPlacesWithTheirColumn)
{
    const auto result = importCsv(db(), CsvKind::Meetings,
                                  QStringLiteral("date,kind,place,start_time,end_time,agenda\n"
                                                 "2019-11-06,board,Lévis,25:00,,\n"
                                                 "2019-11-13,board,Lévis,19:00,18:30,\n"
                                                 "2019-11-20,board,Lévis,19:00,soir,\n"
                                                 "2019-11-27,board,\"Lévis\u001b[2J\",19:00,,\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(2, "start_time"), Pair(3, "end_time"),
                                           Pair(4, "end_time"), Pair(5, "place")))
        << describeAll(result);
    EXPECT_THAT(messageAt(result, 0), HasSubstr("hours go up to 23"));
    EXPECT_THAT(messageAt(result, 1),
                HasSubstr("the meeting must end after it starts (19:00); it ends at 18:30"));
    EXPECT_THAT(messageAt(result, 2), HasSubstr("\"soir\" is not a time of day"));
    EXPECT_FALSE(result.written);
    EXPECT_EQ(rowCount(db(), "meetings"), 3);
}

TEST_F(CsvResolutionsTest, ResolutionsFindTheirMeetingAndDirectors)
{
    const auto result = importCsv(
        db(), CsvKind::Resolutions,
        QStringLiteral("date,kind,number,text,mover,seconder,outcome,votes_for,votes_against,"
                       "votes_abstaining\n"
                       "2019-06-15,agm,AGA-2019-10,\"Il est résolu :\nd'adopter les états "
                       "financiers.\",marie tremblay,Jean Roy,adopted,,,\n"
                       "2019-06-15,AGM,AGA-2019-2,Nommer l'auditeur,Jean Roy,,rejected,3,12,1\n"
                       "2019-09-10,board,AGA-2019-2,Reporter le point,,,deferred,,,\n"));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    const Meeting agm = meeting(QDate(2019, 6, 15), MeetingKind::Agm);
    const QList<Resolution> resolutions = MeetingRepository(db()).resolutions(agm.id).value();
    ASSERT_EQ(resolutions.size(), 2);
    EXPECT_EQ(resolutions.at(0).number, QStringLiteral("AGA-2019-2"));
    EXPECT_EQ(resolutions.at(0).outcome, ResolutionOutcome::Rejected);
    ASSERT_TRUE(resolutions.at(0).votes.has_value());
    EXPECT_EQ(resolutions.at(0).votes->against, 12);
    EXPECT_EQ(resolutions.at(0).moverId, directorId("Jean Roy"));
    EXPECT_EQ(resolutions.at(0).seconderId, 0);
    EXPECT_EQ(resolutions.at(1).text,
              QStringLiteral("Il est résolu :\nd'adopter les états financiers."));
    EXPECT_EQ(resolutions.at(1).moverId, directorId("Marie Tremblay"));
    EXPECT_FALSE(resolutions.at(1).votes.has_value());
    EXPECT_EQ(rowCount(db(), "resolutions"), 3);
}

TEST_F(CsvResolutionsTest, EveryBadRowIsReportedWithItsColumnAndNothingIsWritten)
{
    // One resolution already stored, whose number a row gives again.
    imported(CsvKind::Resolutions, "date,kind,number,text,outcome\n"
                                   "2019-09-10,board,CA-2019-05,Adopter le budget,adopted\n");
    const auto result = importCsv(
        db(), CsvKind::Resolutions,
        QStringLiteral(
            "date,kind,number,text,mover,seconder,outcome,votes_for,votes_against,"
            "votes_abstaining\n"
            "2019-06-16,agm,1,Texte,,,adopted,,,\n"       // 2 no meeting
            "2019-06-15,agm,2,Texte,Nobody,,adopted,,,\n" // 3 unknown director
            "2019-06-15,executive,3,Texte,Marie Tremblay,Jean Roy,adopted,,,\n" // 4 excused
            "2019-09-10,board,4,Texte,Jean Roy,,adopted,,,\n"                   // 5 out of office
            "2019-06-15,agm,5,Texte,Jean Roy,jean roy,adopted,,,\n"             // 6 same director
            "2019-06-15,agm,6,Texte,,,carried,,,\n"                             // 7 outcome
            "2019-06-15,agm,7,Texte,,,adopted,4,,1\n"                           // 8 partial votes
            "2019-06-15,agm,8,Texte,,,adopted,quatre,0,0\n"                     // 9 not a number
            "2019-06-15,agm,9,Texte,,,adopted,4,0,-1\n"                         // 10 negative
            "2019-06-15,agm,,Texte,,,adopted,,,\n"                              // 11 no number
            "2019-06-15,agm,11,\" \",,,adopted,,,\n"                            // 12 no text
            "2019-06-15,agm,12,Texte,,,adopted,,,\n"                            // 13 repeated on 14
            "2019-06-15,AGM,12,Autre texte,,,rejected,,,\n"                     // 14
            "2019-09-10,board,CA-2019-05,Texte,,,adopted,,,\n"));               // 15 already stored
    EXPECT_THAT(where(result),
                ElementsAre(Pair(2, "date"), Pair(3, "mover"), Pair(4, "seconder"),
                            Pair(5, "mover"), Pair(6, "seconder"), Pair(7, "outcome"),
                            Pair(8, "votes_against"), Pair(9, "votes_for"),
                            Pair(10, "votes_abstaining"), Pair(11, "number"), Pair(12, "text"),
                            Pair(13, "number"), Pair(14, "number"), Pair(15, "number")))
        << describeAll(result);
    EXPECT_THAT(messageAt(result, 0), HasSubstr("no general assembly on 2019-06-16"));
    EXPECT_THAT(messageAt(result, 1), HasSubstr("no director named \"Nobody\""));
    EXPECT_THAT(messageAt(result, 2),
                HasSubstr("Jean Roy is not recorded as present at the meeting, so cannot second "
                          "resolution 3"));
    EXPECT_THAT(messageAt(result, 3), HasSubstr("cannot move resolution 4"));
    EXPECT_THAT(messageAt(result, 4), HasSubstr("moved and seconded by the same director"));
    EXPECT_THAT(messageAt(result, 5), HasSubstr("\"carried\" is not one of adopted, rejected, "
                                                "deferred"));
    EXPECT_THAT(messageAt(result, 6), HasSubstr("votes are counted all three or not at all"));
    EXPECT_THAT(messageAt(result, 7), HasSubstr("\"quatre\" is not a whole number"));
    EXPECT_THAT(messageAt(result, 8), HasSubstr("cannot be negative"));
    EXPECT_THAT(messageAt(result, 9), HasSubstr("a resolution needs a number"));
    EXPECT_THAT(messageAt(result, 10), HasSubstr("resolution 11 needs a text"));
    EXPECT_THAT(messageAt(result, 11), HasSubstr("given again on line 14"));
    EXPECT_THAT(messageAt(result, 12), HasSubstr("already given on line 13"));
    EXPECT_THAT(messageAt(result, 13), HasSubstr("resolution CA-2019-05 is already recorded"));
    EXPECT_FALSE(result.written);
    EXPECT_EQ(rowCount(db(), "resolutions"), 1);

    // A file without the outcome column is refused at its header.
    const auto header = importCsv(db(), CsvKind::Resolutions,
                                  QStringLiteral("date,kind,number,text\n"
                                                 "2019-06-15,agm,20,Texte\n"));
    EXPECT_THAT(where(header), ElementsAre(Pair(1, "outcome")));
}

} // namespace
