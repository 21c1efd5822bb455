// Issue 15: `bilan export … FILE.xlsx` and `bilan figures --xlsx` write workbooks that
// LibreOffice opens with the rows of the CSV export, typed (dates, h:mm durations, amounts),
// and the figures' workbook has one sheet per section of the report. LibreOffice (Debian's
// libreoffice-calc-nogui, in scripts/setup.sh) converts every workbook in one run.

#include "CommandLine.h"
#include "CommandTest.h"
#include "CsvFormat.h"
#include "CsvFormulaGuard.h"
#include "CsvReader.h"
#include "Parsing.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gmock/gmock.h>

#include <optional>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

// A small cooperative with what makes a spreadsheet stumble: accents, commas and quotes in
// names, a name that looks like a formula, a note on two lines, long and short durations,
// negative and large amounts, open membership periods.
const QByteArray Organisations = "name,kind,region,sector,network\n"
                                 "Réseau des CPE,network,Montréal,Petite enfance,\n"
                                 "\"Coop \"\"Le Rucher\"\", Québec\",coop,Capitale-Nationale,,\n"
                                 "'=SUM(1;2),npo,,Emploi,Réseau des CPE\n"
                                 "Mutuelle de l'Estrie,mutual,Estrie,Assurance,\n";
const QByteArray Memberships =
    "organisation,category,joined,left\n"
    "Réseau des CPE,member,2015-04-01,\n"
    "\"Coop \"\"Le Rucher\"\", Québec\",auxiliary,2018-06-14,2020-01-31\n"
    "'=SUM(1;2),managed,2019-12-31,\n"
    "Mutuelle de l'Estrie,supporting,2016-02-29,2019-03-31\n";
const QByteArray Experts = "name,role,fields,region,gender,birth_year,started,ended\n"
                           "Ève Roy,professional,Gestion|Paie,Estrie,F,1966,2015-04-01,\n"
                           "Awa Diallo,trainer,Formation,,,,2017-09-05,2021-06-30\n";
const QByteArray Hours = "date,expert,organisation,duration,field,note\n"
                         "2019-04-01,Ève Roy,Réseau des CPE,0:05,Paie,\n"
                         "2019-05-02,Ève Roy,\"Coop \"\"Le Rucher\"\", Québec\",7:30,Gestion,"
                         "\"Deux lignes\nde note\"\n"
                         "2019-12-31,Awa Diallo,'=SUM(1;2),24:00,Formation,\"=1+1\"\n"
                         "2020-03-31,Awa Diallo,Mutuelle de l'Estrie,1:45,,\"virgule, ici\"\n"
                         "2018-07-01,Ève Roy,Réseau des CPE,3:00,Paie,\n";
const QByteArray Finances = "year,scenario,kind,label,amount\n"
                            "2019-2020,actual,revenue_members,Cotisations,1234567.89\n"
                            "2019-2020,actual,expense,Salaires,0.05\n"
                            "2019-2020,budget,revenue_other,Autres,0\n"
                            "2018-2019,actual,revenue_members,Cotisations,1000000\n"
                            "2018-2019,actual,expense,Salaires,950000.10\n";

QByteArray bytesOf(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// One entry of a zip file, through `unzip` (scripts/setup.sh installs it).
std::optional<QByteArray> zipEntry(const QString& zip, const QString& entry)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return std::nullopt;
    return process.readAllStandardOutput();
}

QList<QStringList> readCsv(const QString& file)
{
    QFile device(file);
    EXPECT_TRUE(device.open(QIODevice::ReadOnly)) << file.toStdString();
    CsvReader reader(&device);
    QList<QStringList> rows;
    if (!reader.readHeader())
        return rows;
    rows << reader.header();
    CsvReader::Record record;
    while (reader.next(record))
        rows << record.fields;
    EXPECT_TRUE(reader.error().isEmpty()) << reader.error().toStdString();
    return rows;
}

// A cell of Bilan's CSV as the workbook's cell shows it once LibreOffice has written it out:
// the formula guard gone (the workbook's text cell needs none), an amount as cents.
QString comparable(QString cell, const CsvColumn& column)
{
    cell.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (column.text)
        CsvFormulaGuard::unprotect(cell);
    if (column.type == TableColumn::Type::Cents && !cell.isEmpty()) {
        auto cents = Parsing::amount(cell);
        return cents ? QString::number(*cents) : QStringLiteral("not an amount: ") + cell;
    }
    return cell;
}

class SpreadsheetCommandsTest : public test::CommandTest
{
protected:
    void SetUp() override
    {
        CommandTest::SetUp();
        for (const auto& [kind, bytes] :
             {std::pair{"organisations", Organisations}, std::pair{"memberships", Memberships},
              std::pair{"experts", Experts}, std::pair{"hours", Hours},
              std::pair{"finances", Finances}}) {
            const QString file =
                write(QString::fromLatin1(kind) + QStringLiteral(".in.csv"), bytes);
            ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                           QString::fromLatin1(kind), file}),
                      CommandLine::Success)
                << kind << ": " << err();
        }
    }

    int exportTo(const QString& kind, const QString& file)
    {
        return run({QStringLiteral("export"), QStringLiteral("--db"), m_db, kind, file});
    }

    // Converts every workbook to CSV in one LibreOffice run, each of its sheets to a file of
    // its own ("NAME-SHEET.csv"), cells written as shown. False when LibreOffice is missing.
    bool convert(const QStringList& workbooks, const QString& outDir, std::string* said)
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            return false;
        QTemporaryDir profile;
        EXPECT_TRUE(profile.isValid());
        QProcess process;
        // Comma, double quote, UTF-8, from line 1; cells as shown; every sheet (-1).
        process.start(soffice,
                      QStringList{QStringLiteral("-env:UserInstallation=file://") + profile.path(),
                                  QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                  QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,"
                                                 "76,1,,0,false,true,true,false,false,-1"),
                                  QStringLiteral("--outdir"), outDir} +
                          workbooks);
        const bool finished = process.waitForFinished(180000);
        *said = (process.readAllStandardOutput() + process.readAllStandardError()).toStdString();
        EXPECT_TRUE(finished && process.exitCode() == 0) << *said;
        return true;
    }
};

TEST_F(SpreadsheetCommandsTest, LibreOfficeOpensEachExportWithTheRowsOfTheCsvExport)
{
    const QList<CsvKind> kinds{CsvKind::Hours, CsvKind::Organisations, CsvKind::Memberships,
                               CsvKind::Finances, CsvKind::Experts};
    QStringList workbooks;
    for (CsvKind kind : kinds) {
        const QString key = CsvFormat::key(kind);
        ASSERT_EQ(exportTo(key, path(key + QStringLiteral(".csv"))), CommandLine::Success) << err();
        ASSERT_EQ(exportTo(key, path(key + QStringLiteral(".xlsx"))), CommandLine::Success)
            << err();
        EXPECT_THAT(out(), HasSubstr(".xlsx: "));
        workbooks << path(key + QStringLiteral(".xlsx"));
    }
    const QString converted = path(QStringLiteral("converted"));
    ASSERT_TRUE(QDir().mkpath(converted));
    std::string said;
    if (!convert(workbooks, converted, &said))
        GTEST_SKIP() << "LibreOffice (soffice) is not installed";

    for (CsvKind kind : kinds) {
        const QString key = CsvFormat::key(kind);
        const std::string what = key.toStdString();
        // The sheet is named after the kind.
        const QList<QStringList> expected = readCsv(path(key + QStringLiteral(".csv")));
        const QList<QStringList> shown =
            readCsv(QDir(converted).filePath(key + u'-' + key + QStringLiteral(".csv")));
        ASSERT_EQ(shown.size(), expected.size()) << what << said;
        ASSERT_GT(expected.size(), 1) << what;
        const QList<CsvColumn> columns = CsvFormat::columns(kind);
        for (qsizetype r = 0; r < expected.size(); ++r) {
            ASSERT_EQ(shown.at(r).size(), expected.at(r).size()) << what << " row " << r;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const QString want =
                    r == 0 ? expected.at(r).at(c) : comparable(expected.at(r).at(c), columns.at(c));
                const QString got =
                    r == 0 ? shown.at(r).at(c) : comparable(shown.at(r).at(c), columns.at(c));
                EXPECT_EQ(got.toStdString(), want.toStdString())
                    << what << " row " << r << " column " << columns.at(c).name.toStdString();
            }
        }
    }
    // What a reader sees, spelled out: h:mm durations past a day, an amount as currency, a date
    // as a date, the formula-looking name as its text.
    const QString hours =
        QString::fromUtf8(bytesOf(QDir(converted).filePath(QStringLiteral("hours-hours.csv"))));
    EXPECT_THAT(hours.toStdString(), HasSubstr("2019-12-31,Awa Diallo,=SUM(1;2),24:00,"));
    EXPECT_THAT(hours.toStdString(), HasSubstr(",0:05,"));
    const QString finances = QString::fromUtf8(
        bytesOf(QDir(converted).filePath(QStringLiteral("finances-finances.csv"))));
    EXPECT_THAT(finances.toStdString(), HasSubstr("\"1,234,567.89 $\""));
    EXPECT_THAT(finances.toStdString(), HasSubstr(",0.05 $"));
}

TEST_F(SpreadsheetCommandsTest, FiguresWorkbookHasASheetPerSectionWithTheYearBefore)
{
    const QString english = path(QStringLiteral("figures.xlsx"));
    ASSERT_EQ(run({QStringLiteral("figures"), QStringLiteral("--db"), m_db,
                   QStringLiteral("--year"), QStringLiteral("2019-2020"), QStringLiteral("--xlsx"),
                   english, QStringLiteral("--lang"), QStringLiteral("en")}),
              CommandLine::Success)
        << err();
    EXPECT_THAT(out(), HasSubstr("6 sheets written"));
    const QString french = path(QStringLiteral("chiffres.xlsx"));
    ASSERT_EQ(run({QStringLiteral("figures"), QStringLiteral("--db"), m_db,
                   QStringLiteral("--year"), QStringLiteral("2019-2020"), QStringLiteral("--xlsx"),
                   french, QStringLiteral("--lang"), QStringLiteral("fr")}),
              CommandLine::Success)
        << err();
    // The sheets in the workbook's own list, in the report's order.
    const auto workbook = zipEntry(english, QStringLiteral("xl/workbook.xml"));
    ASSERT_TRUE(workbook.has_value());
    QStringList names;
    for (const QString& name :
         {QStringLiteral("Associative life"), QStringLiteral("Membership"),
          QStringLiteral("Services to members"), QStringLiteral("Financial affairs"),
          QStringLiteral("Human capital"), QStringLiteral("Business development")}) {
        const qsizetype at = workbook->indexOf("name=\"" + name.toUtf8() + '"');
        EXPECT_GE(at, 0) << name.toStdString() << "\n" << workbook->toStdString();
        names << name;
    }
    EXPECT_LT(workbook->indexOf("\"Associative life\""), workbook->indexOf("\"Membership\""));
    EXPECT_LT(workbook->indexOf("\"Human capital\""),
              workbook->indexOf("\"Business development\""));
    EXPECT_FALSE(workbook->contains("<f>"));
    const auto frenchBook = zipEntry(french, QStringLiteral("xl/workbook.xml"));
    ASSERT_TRUE(frenchBook.has_value());
    EXPECT_TRUE(frenchBook->contains(QStringLiteral("name=\"Vie associative\"").toUtf8()))
        << frenchBook->toStdString();

    const QString converted = path(QStringLiteral("converted"));
    ASSERT_TRUE(QDir().mkpath(converted));
    std::string said;
    if (!convert({english}, converted, &said))
        GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    for (const QString& name : names)
        EXPECT_TRUE(QFileInfo::exists(
            QDir(converted).filePath(QStringLiteral("figures-") + name + QStringLiteral(".csv"))))
            << name.toStdString() << said;
    // Hours of 2019-2020: 0:05 + 7:30 + 24:00 + 1:45 = 33:20; of 2018-2019: 3:00; the change
    // (2000 - 180) ÷ 180 = 1011.1 %.
    const QList<QStringList> services =
        readCsv(QDir(converted).filePath(QStringLiteral("figures-Services to members.csv")));
    ASSERT_GE(services.size(), 2) << said;
    EXPECT_EQ(services.at(0), (QStringList{QStringLiteral("Figure"), QStringLiteral("2019-2020"),
                                           QStringLiteral("2018-2019"), QStringLiteral("Change")}));
    EXPECT_EQ(services.at(1),
              (QStringList{QStringLiteral("Hours of service rendered"), QStringLiteral("33:20"),
                           QStringLiteral("3:00"), QStringLiteral("1011.1 %")}));
    const QList<QStringList> finances =
        readCsv(QDir(converted).filePath(QStringLiteral("figures-Financial affairs.csv")));
    ASSERT_GE(finances.size(), 2) << said;
    EXPECT_EQ(finances.at(1).mid(0, 3),
              (QStringList{QStringLiteral("Revenue"), QStringLiteral("1,234,567.89 $"),
                           QStringLiteral("1,000,000.00 $")}));
}

TEST_F(SpreadsheetCommandsTest, FiguresRefuseACsvFileAndOptionsThatDoNotGoTogether)
{
    const QStringList year{QStringLiteral("figures"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--year"), QStringLiteral("2019-2020")};
    const QString csv = path(QStringLiteral("figures.csv"));
    EXPECT_EQ(run(year + QStringList{QStringLiteral("--xlsx"), csv}), CommandLine::UserError);
    EXPECT_THAT(err(), HasSubstr("a CSV file holds one list"));
    EXPECT_FALSE(QFileInfo::exists(csv));
    const QString xlsx = path(QStringLiteral("f.xlsx"));
    EXPECT_EQ(run(year + QStringList{QStringLiteral("--xlsx"), xlsx, QStringLiteral("--json")}),
              CommandLine::UsageError);
    EXPECT_THAT(err(), HasSubstr("choose one"));
    EXPECT_EQ(run(year + QStringList{QStringLiteral("--xlsx"), xlsx, QStringLiteral("--lang"),
                                     QStringLiteral("de")}),
              CommandLine::UsageError);
    EXPECT_THAT(err(), HasSubstr("--lang is fr or en"));
    EXPECT_EQ(run(year + QStringList{QStringLiteral("--lang"), QStringLiteral("fr")}),
              CommandLine::UsageError);
    EXPECT_THAT(err(), HasSubstr("goes with --xlsx"));
    EXPECT_FALSE(QFileInfo::exists(xlsx));
}

} // namespace
