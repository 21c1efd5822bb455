// Files saved by Excel on Windows (issue 15, "Excel's own CSV"), written byte for byte as Excel
// writes them, imported on a file and on PostgreSQL: "CSV (comma delimited)" on a French
// Windows (Windows-1252, semicolons, CRLF), "Unicode text" (UTF-16LE with a byte-order mark,
// tabs) and "CSV UTF-8" (a byte-order mark, commas). The result says what was found.

#include "CsvImportSupport.h"
#include "ServiceEntryRepository.h"
#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;

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

// Excel's "CSV (comma delimited)" with the French list separator: Windows-1252, ';', CRLF after
// every row, quotes only around a cell holding ';', a quote or a line break (Alt+Enter: LF).
// é = 0xE9, è = 0xE8, ô = 0xF4, Œ = 0x8C, ’ = 0x92, « » = 0xAB 0xBB, — = 0x97.
const QByteArray OrganisationsFrench1252 =
    "name;kind;region;sector;network\r\n"
    "R\xE9seau des coop\xE9ratives \x97 Estrie;network;Estrie;;\r\n"
    "Coop\xE9rative l\x92\x8C"
    "uvre;coop;Montr\xE9"
    "al;\"caf\xE9; th\xE9\";R\xE9seau des "
    "coop\xE9ratives \x97 Estrie\r\n"
    "Mutuelle \xAB Le Ch\xEAne \xBB;mutual;Trois-Rivi\xE8res;;\r\n";

class CsvExcelFilesTest : public DatabaseTest
{
protected:
    QStringList organisationNames()
    {
        auto all = OrganisationRepository(db()).all();
        EXPECT_TRUE(all.ok()) << all.message().toStdString();
        QStringList names;
        for (const Organisation& organisation : all ? *all : QList<Organisation>())
            names << organisation.name;
        names.sort();
        return names;
    }
};

TEST_F(CsvExcelFilesTest, OrganisationsSavedAsCsvOnAFrenchWindowsReadAsWritten)
{
    const ImportResult dry =
        importCsv(db(), CsvKind::Organisations, OrganisationsFrench1252, /*dryRun=*/true);
    ASSERT_TRUE(dry.ok()) << describeAll(dry);
    EXPECT_EQ(dry.rows, 3);
    EXPECT_EQ(dry.encoding, QStringLiteral("Windows-1252"));
    EXPECT_EQ(dry.delimiter, u';');
    EXPECT_FALSE(dry.plainFormat());
    EXPECT_EQ(CsvImporter::describeFormat(dry),
              QStringLiteral("Encoding: Windows-1252; delimiter: semicolon"));
    EXPECT_EQ(rowCount(db(), "organisations"), 0);

    const ImportResult result = importCsv(db(), CsvKind::Organisations, OrganisationsFrench1252);
    ASSERT_TRUE(result.ok()) << describeAll(result);
    EXPECT_TRUE(result.written);
    EXPECT_EQ(result.encoding, QStringLiteral("Windows-1252"));
    EXPECT_EQ(
        organisationNames(),
        (QStringList{QStringLiteral("Coopérative l’Œuvre"), QStringLiteral("Mutuelle « Le Chêne »"),
                     QStringLiteral("Réseau des coopératives — Estrie")}));
    auto all = OrganisationRepository(db()).all();
    ASSERT_OK(all);
    for (const Organisation& organisation : *all) {
        if (organisation.name.startsWith(u"Coop")) {
            EXPECT_EQ(organisation.region, QStringLiteral("Montréal"));
            EXPECT_EQ(organisation.sector, QStringLiteral("café; thé"));
        }
    }
}

TEST_F(CsvExcelFilesTest, AnUndefinedWindows1252ByteIsAProblemOnItsLine)
{
    QByteArray bytes = OrganisationsFrench1252;
    bytes.replace("Ch\xEAne", "Ch\x9Dne");
    const ImportResult result = importCsv(db(), CsvKind::Organisations, bytes);
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.problems.size(), 1) << describeAll(result);
    EXPECT_EQ(result.problems.first().line, 4);
    EXPECT_THAT(messageAt(result, 0), HasSubstr("byte 0x9D"));
    EXPECT_EQ(result.encoding, QStringLiteral("Windows-1252"));
    EXPECT_EQ(rowCount(db(), "organisations"), 0);
}

// "Unicode text": UTF-16LE with its mark, tabs, CRLF; a note holding a tab and a line break is
// quoted; a decimal comma needs no quotes.
TEST_F(CsvExcelFilesTest, HoursSavedAsUnicodeTextImport)
{
    addExpert(db(), QStringLiteral("李伟"));
    addExpert(db(), QStringLiteral("Benoît Gagné"));
    addOrganisation(db(), QStringLiteral("Coopérative l’Œuvre"));
    const QString text =
        QStringLiteral("\uFEFFdate\texpert\torganisation\tduration\tfield\tnote\r\n"
                       "2020-01-06\t李伟\tCoopérative l’Œuvre\t1,5\t\t\"bilan\tannuel\nsuivi\"\r\n"
                       "2020-01-07\tBenoît Gagné\tCoopérative l’Œuvre\t0:45\t\t🐝 ruches\r\n");
    const ImportResult dry = importCsv(db(), CsvKind::Hours, utf16le(text), /*dryRun=*/true);
    ASSERT_TRUE(dry.ok()) << describeAll(dry);
    EXPECT_EQ(CsvImporter::describeFormat(dry),
              QStringLiteral("Encoding: UTF-16LE; delimiter: tab"));

    const ImportResult result = importCsv(db(), CsvKind::Hours, utf16le(text));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    EXPECT_EQ(result.rows, 2);
    auto entries = ServiceEntryRepository(db()).list({});
    ASSERT_OK(entries);
    ASSERT_EQ(entries->size(), 2);
    QList<int> minutes;
    QStringList notes;
    for (const ServiceEntry& entry : *entries) {
        minutes << entry.minutes;
        notes << entry.note;
    }
    std::sort(minutes.begin(), minutes.end());
    notes.sort();
    EXPECT_EQ(minutes, (QList<int>{45, 90}));
    EXPECT_EQ(notes,
              (QStringList{QStringLiteral("bilan\tannuel\nsuivi"), QStringLiteral("🐝 ruches")}));

    // A last byte lost on the way: the file ends inside a character.
    const ImportResult cut = importCsv(db(), CsvKind::Hours, utf16le(text).chopped(1));
    EXPECT_FALSE(cut.ok());
    EXPECT_THAT(describeAll(cut), HasSubstr("middle of a UTF-16 character"));
}

// "CSV UTF-8": a byte-order mark and commas, the plain case a summary need not mention.
TEST_F(CsvExcelFilesTest, CsvUtf8IsPlain)
{
    const ImportResult result =
        importCsv(db(), CsvKind::Organisations,
                  QByteArray("\xEF\xBB\xBFname,kind\r\nCoop\xC3\xA9rative,coop\r\n"));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    EXPECT_EQ(result.encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(result.delimiter, u',');
    EXPECT_TRUE(result.plainFormat());
    EXPECT_EQ(organisationNames(), QStringList{QStringLiteral("Coopérative")});
    EXPECT_EQ(CsvImporter::describeFormat(ImportResult{}), QString());
}

} // namespace
