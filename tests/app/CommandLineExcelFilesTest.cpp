// `bilan import` of files saved by Excel on Windows (issue 15): a dry run always says the
// encoding and delimiter it found; a real import says them when the file is not plain UTF-8
// with commas, so a Windows-1252 file is said to be one. On a file and on PostgreSQL.

#include "CommandLine.h"
#include "CommandTest.h"
#include "Database.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

namespace {

QByteArray utf16le(const QString& text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(static_cast<char>(c.unicode() & 0xFF));
        bytes.append(static_cast<char>(c.unicode() >> 8));
    }
    return bytes;
}

// Excel's "CSV (comma delimited)" on a French Windows: Windows-1252, semicolons, CRLF.
const QByteArray Organisations1252 = "name;kind;region\r\n"
                                     "Coop\xE9rative l\x92\x8C"
                                     "uvre;coop;Montr\xE9"
                                     "al\r\n"
                                     "R\xE9seau \xAB Sud \xBB;network;\r\n";

class CommandLineExcelFilesTest : public test::CommandTest
{
protected:
    void SetUp() override
    {
        CommandTest::SetUp();
        // A dry run reads an existing database and creates none.
        auto database = Database::open(m_db);
        ASSERT_TRUE(database.ok()) << database.message().toStdString();
    }

    int importFile(const QString& kind, const QString& file, bool dryRun)
    {
        QStringList arguments{QStringLiteral("import"), QStringLiteral("--db"), m_db, kind, file};
        if (dryRun)
            arguments << QStringLiteral("--dry-run");
        return run(arguments);
    }

    QStringList organisationNames()
    {
        auto database = Database::open(m_db);
        if (!database) {
            ADD_FAILURE() << database.message().toStdString();
            return {};
        }
        auto all = OrganisationRepository(**database).all();
        EXPECT_TRUE(all.ok()) << all.message().toStdString();
        QStringList names;
        for (const Organisation& organisation : all ? *all : QList<Organisation>())
            names << organisation.name;
        names.sort();
        return names;
    }
};

TEST_F(CommandLineExcelFilesTest, AWindows1252FileIsSaidToBeOneInADryRunAndInTheImport)
{
    const QString csv = write(QStringLiteral("organisations.csv"), Organisations1252);
    ASSERT_EQ(importFile(QStringLiteral("organisations"), csv, true), CommandLine::Success)
        << err();
    EXPECT_EQ(m_out, csv + QStringLiteral(": Encoding: Windows-1252; delimiter: semicolon\n") +
                         csv +
                         QStringLiteral(": 2 rows checked, no problem found; nothing was "
                                        "written (dry run)\n"));
    EXPECT_THAT(err(), IsEmpty());

    ASSERT_EQ(importFile(QStringLiteral("organisations"), csv, false), CommandLine::Success)
        << err();
    EXPECT_THAT(out(), HasSubstr("Encoding: Windows-1252; delimiter: semicolon"));
    EXPECT_THAT(out(), HasSubstr("2 rows imported into"));
    EXPECT_EQ(organisationNames(), (QStringList{QStringLiteral("Coopérative l’Œuvre"),
                                                QStringLiteral("Réseau « Sud »")}));
}

TEST_F(CommandLineExcelFilesTest, APlainFileIsSaidInADryRunOnly)
{
    const QString csv =
        write(QStringLiteral("orgs.csv"), "\xEF\xBB\xBFname,kind\r\nCoop\xC3\xA9rative,coop\r\n");
    ASSERT_EQ(importFile(QStringLiteral("organisations"), csv, true), CommandLine::Success)
        << err();
    EXPECT_THAT(out(), HasSubstr("Encoding: UTF-8; delimiter: comma"));
    ASSERT_EQ(importFile(QStringLiteral("organisations"), csv, false), CommandLine::Success)
        << err();
    EXPECT_THAT(out(), Not(HasSubstr("Encoding")));
    EXPECT_THAT(out(), HasSubstr("1 row imported into"));
}

// A dry run that finds problems still says how it read the file, before the problems.
TEST_F(CommandLineExcelFilesTest, ADryRunWithProblemsSaysTheEncodingFirst)
{
    QByteArray bytes = Organisations1252;
    bytes.replace(";network;", ";club;");
    const QString csv = write(QStringLiteral("organisations.csv"), bytes);
    EXPECT_EQ(importFile(QStringLiteral("organisations"), csv, true), CommandLine::UserError);
    const QStringList lines = m_err.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << err();
    EXPECT_EQ(lines.at(0), csv + QStringLiteral(": Encoding: Windows-1252; delimiter: semicolon"));
    EXPECT_THAT(lines.at(1).toStdString(), HasSubstr(":3: kind: \"club\""));
    EXPECT_THAT(out(), IsEmpty());

    // An undefined byte is a problem on its line, with the encoding it was read in.
    bytes = Organisations1252;
    bytes.replace("Sud", "S\x81"
                         "d");
    write(QStringLiteral("organisations.csv"), bytes);
    EXPECT_EQ(importFile(QStringLiteral("organisations"), csv, false), CommandLine::UserError);
    EXPECT_THAT(err(), HasSubstr("Encoding: Windows-1252; delimiter: semicolon"));
    EXPECT_THAT(err(), HasSubstr((csv + QStringLiteral(":3: byte 0x81 is not a character of "
                                                       "Windows-1252"))
                                     .toStdString()));
    EXPECT_EQ(organisationNames(), QStringList());
}

// Excel's "Unicode text" for the hours, after the people and organisations they name.
TEST_F(CommandLineExcelFilesTest, HoursSavedAsUnicodeTextImport)
{
    const QString experts =
        write(QStringLiteral("experts.txt"),
              utf16le(QStringLiteral(
                  "\uFEFFname\trole\tstarted\r\nBenoît Gagné\tprofessional\t2015-04-01\r\n")));
    ASSERT_EQ(importFile(QStringLiteral("experts"), experts, false), CommandLine::Success) << err();
    EXPECT_THAT(out(), HasSubstr("Encoding: UTF-16LE; delimiter: tab"));
    const QString organisations = write(QStringLiteral("organisations.csv"), Organisations1252);
    ASSERT_EQ(importFile(QStringLiteral("organisations"), organisations, false),
              CommandLine::Success)
        << err();

    const QString hours = write(
        QStringLiteral("hours.txt"),
        utf16le(QStringLiteral("\uFEFFdate\texpert\torganisation\tduration\tnote\r\n"
                               "2020-01-06\tBenoît Gagné\tCoopérative l’Œuvre\t1,5\t\"AG\tannuelle"
                               "\npréparation\"\r\n"
                               "2020-01-07\tBenoît Gagné\tRéseau « Sud »\t2:15\t\r\n")));
    ASSERT_EQ(importFile(QStringLiteral("hours"), hours, true), CommandLine::Success) << err();
    EXPECT_THAT(out(), HasSubstr("Encoding: UTF-16LE; delimiter: tab"));
    EXPECT_THAT(out(), HasSubstr("2 rows checked"));
    ASSERT_EQ(importFile(QStringLiteral("hours"), hours, false), CommandLine::Success) << err();
    EXPECT_THAT(out(), HasSubstr("2 rows imported into"));

    auto database = Database::open(m_db);
    ASSERT_TRUE(database.ok()) << database.message().toStdString();
    auto entries = ServiceEntryRepository(**database).list({});
    ASSERT_TRUE(entries.ok()) << entries.message().toStdString();
    ASSERT_EQ(entries->size(), 2);
    int minutes = 0;
    QStringList notes;
    for (const ServiceEntry& entry : *entries) {
        minutes += entry.minutes;
        notes << entry.note;
    }
    EXPECT_EQ(minutes, 90 + 135);
    EXPECT_TRUE(notes.contains(QStringLiteral("AG\tannuelle\npréparation")))
        << notes.join(u'|').toStdString();
}

} // namespace
