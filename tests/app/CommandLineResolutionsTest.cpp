// `bilan import` and `bilan export` of what minutes record (issue 13): meetings with their place,
// times and agenda, and the `resolutions` kind, bad rows reported by line and column.

#include "CommandLine.h"
#include "CommandTest.h"

#include <QFile>

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

namespace {

class CommandLineResolutionsTest : public test::CommandTest
{
protected:
    void imported(const char* kind, const char* name, const QByteArray& csv)
    {
        const QString file = write(QString::fromLatin1(name), csv);
        ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                       QString::fromLatin1(kind), file}),
                  CommandLine::Success)
            << err();
    }

    QByteArray exported(const char* kind)
    {
        const QString file = path(QString::fromLatin1(kind) + QStringLiteral("-out.csv"));
        EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                       QString::fromLatin1(kind), file}),
                  CommandLine::Success)
            << err();
        QFile read(file);
        EXPECT_TRUE(read.open(QIODevice::ReadOnly));
        return read.readAll();
    }

    void SetUp() override
    {
        test::CommandTest::SetUp();
        imported("organisations", "orgs.csv", "name,kind\nCoop du Rucher,coop\n");
        imported("board", "board.csv",
                 "name,organisation,role,started,ended\n"
                 "Marie Tremblay,Coop du Rucher,president,2018-06-01,\n"
                 "Jean Roy,Coop du Rucher,director,2018-06-01,\n");
        imported("meetings", "meetings.csv",
                 "date,kind,title,notes,place,start_time,end_time,agenda\n"
                 "2019-06-15,agm,AGA,,\"Salle Desjardins, Lévis\",19:00,21:30,"
                 "\"Ouverture de la séance\nAdoption de l'ordre du jour\nLevée de la séance\"\n");
        imported("attendance", "attendance.csv",
                 "date,kind,director,status\n"
                 "2019-06-15,agm,Marie Tremblay,present\n"
                 "2019-06-15,agm,Jean Roy,absent\n");
    }
};

TEST_F(CommandLineResolutionsTest, TheUsageNamesTheKind)
{
    EXPECT_EQ(run({QStringLiteral("import")}), CommandLine::UsageError);
    EXPECT_THAT(err(), HasSubstr("attendance, resolutions, finances"));
}

TEST_F(CommandLineResolutionsTest, BadRowsArePrintedWithLineAndColumnAndNothingIsWritten)
{
    const QString csv = write(QStringLiteral("resolutions.csv"),
                              "date,kind,number,text,mover,seconder,outcome,votes_for,"
                              "votes_against,votes_abstaining\n"
                              "2019-06-15,agm,AGA-2019-01,Adopter les états,Marie Tremblay,"
                              "Jean Roy,adopted,,,\n"
                              "2019-06-15,agm,AGA-2019-02,Nommer l'auditeur,Marie Tremblay,,"
                              "adopted,8,,\n");
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                   QStringLiteral("resolutions"), csv}),
              CommandLine::UserError);
    const QStringList lines = m_err.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << err();
    EXPECT_EQ(lines.at(0), csv + QStringLiteral(":2: seconder: Jean Roy is not recorded as "
                                                "present at the meeting, so cannot second "
                                                "resolution AGA-2019-01; the seconder must be a "
                                                "director present"));
    EXPECT_THAT(lines.at(1).toStdString(),
                HasSubstr(":3: votes_against: votes are counted all three or not at all"));
    EXPECT_EQ(lines.at(2), QStringLiteral("bilan: 2 problems found; nothing was written"));
    EXPECT_EQ(exported("resolutions"),
              QByteArray("\xEF\xBB\xBF"
                         "date,kind,number,text,mover,seconder,outcome,votes_for,votes_against,"
                         "votes_abstaining\r\n"));
}

TEST_F(CommandLineResolutionsTest, ExportWritesWhatImportReads)
{
    imported("resolutions", "resolutions.csv",
             "date,kind,number,text,mover,seconder,outcome,votes_for,votes_against,"
             "votes_abstaining\n"
             "2019-06-15,agm,AGA-2019-10,Adopter les états,Marie Tremblay,,adopted,,,\n"
             "2019-06-15,agm,AGA-2019-9,Nommer l'auditeur,Marie Tremblay,,rejected,8,12,0\n");
    EXPECT_THAT(out(), HasSubstr("2 rows imported into"));
    EXPECT_EQ(exported("resolutions").toStdString(),
              "\xEF\xBB\xBF"
              "date,kind,number,text,mover,seconder,outcome,votes_for,votes_against,"
              "votes_abstaining\r\n"
              "2019-06-15,agm,AGA-2019-9,Nommer l'auditeur,Marie Tremblay,,rejected,8,12,0\r\n"
              "2019-06-15,agm,AGA-2019-10,Adopter les états,Marie Tremblay,,adopted,,,\r\n");
    EXPECT_EQ(exported("meetings").toStdString(),
              "\xEF\xBB\xBF"
              "date,kind,title,notes,place,start_time,end_time,agenda\r\n"
              "2019-06-15,agm,AGA,,\"Salle Desjardins, Lévis\",19:00,21:30,\"Ouverture de la "
              "séance\nAdoption de l'ordre du jour\nLevée de la séance\"\r\n");
    EXPECT_THAT(err(), IsEmpty());
}

} // namespace
