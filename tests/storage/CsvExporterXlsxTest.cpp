// `bilan export KIND FILE.xlsx` underneath (CsvExporter): the format chosen by the extension,
// the kind's rows typed as CsvFormat types its columns, on a file and on a server; the CSV
// export's spellings unchanged by going through typed values.

#include "CsvExporter.h"
#include "ExpertRepository.h"
#include "FinanceRepository.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"
#include "TestDatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;

namespace {

class CsvExporterXlsxTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_files.isValid());
        Organisation coop;
        coop.name = QStringLiteral("=Coop, du Rucher");
        coop.kind = OrganisationKind::Coop;
        auto coopId = OrganisationRepository(db()).add(coop);
        ASSERT_OK(coopId);
        Expert expert;
        expert.name = QStringLiteral("Ève Roy");
        expert.role = ExpertRole::Professional;
        expert.birthYear = 1966;
        expert.started = QDate(2019, 4, 1);
        auto expertId = ExpertRepository(db()).add(expert);
        ASSERT_OK(expertId);
        for (const auto& [day, minutes] :
             {std::pair{QDate(2019, 5, 2), 90}, std::pair{QDate(2019, 5, 3), 1440}}) {
            ServiceEntry entry;
            entry.date = day;
            entry.expertId = *expertId;
            entry.organisationId = *coopId;
            entry.minutes = minutes;
            entry.note = QStringLiteral("two\nlines");
            ASSERT_OK(ServiceEntryRepository(db()).add(entry));
        }
        FinanceLine line;
        line.fiscalYear = 2019;
        line.scenario = Scenario::Actual;
        line.kind = FinanceKind::Expense;
        line.label = QStringLiteral("Salaires");
        line.amountCents = 123456789;
        ASSERT_OK(FinanceRepository(db()).add(line));
    }
    QString path(const QString& name) const { return m_files.filePath(name); }

    QTemporaryDir m_files;
};

TEST_F(CsvExporterXlsxTest, TheExtensionChoosesTheFormat)
{
    EXPECT_EQ(CsvExporter::formatOf(QStringLiteral("a/hours.csv")).value(),
              CsvExporter::Format::Csv);
    EXPECT_EQ(CsvExporter::formatOf(QStringLiteral("HOURS.CSV")).value(), CsvExporter::Format::Csv);
    EXPECT_EQ(CsvExporter::formatOf(QStringLiteral("/dev/stdout")).value(),
              CsvExporter::Format::Csv);
    EXPECT_EQ(CsvExporter::formatOf(QStringLiteral("hours.Xlsx")).value(),
              CsvExporter::Format::Workbook);
    for (const QString& name : {QStringLiteral("hours.xls"), QStringLiteral("hours.ods"),
                                QStringLiteral("hours.txt"), QStringLiteral("hours.csv.pdf")}) {
        const auto refused = CsvExporter::formatOf(name);
        ASSERT_FALSE(refused.ok()) << name.toStdString();
        EXPECT_THAT(refused.message().toStdString(),
                    HasSubstr("a CSV file (.csv) or an Excel workbook (.xlsx)"));
    }
}

TEST_F(CsvExporterXlsxTest, TheRowsAreTypedAsTheKindsColumns)
{
    auto hours = CsvExporter(db()).table(CsvKind::Hours);
    ASSERT_OK(hours);
    EXPECT_EQ(hours->sheetName, QStringLiteral("hours"));
    ASSERT_EQ(hours->columns.size(), 6);
    EXPECT_EQ(hours->columns.at(0).type, TableColumn::Type::Date);
    EXPECT_EQ(hours->columns.at(3).type, TableColumn::Type::Minutes);
    EXPECT_EQ(hours->columns.at(3).title, QStringLiteral("duration"));
    ASSERT_EQ(hours->rows.size(), 2);
    EXPECT_EQ(hours->rows.at(0).at(0).toDate(), QDate(2019, 5, 2));
    EXPECT_EQ(hours->rows.at(1).at(3).toLongLong(), 1440);
    EXPECT_EQ(hours->rows.at(0).at(2).toString(), QStringLiteral("=Coop, du Rucher"));

    auto experts = CsvExporter(db()).table(CsvKind::Experts);
    ASSERT_OK(experts);
    ASSERT_EQ(experts->rows.size(), 1);
    EXPECT_EQ(experts->columns.at(5).type, TableColumn::Type::Integer);
    EXPECT_EQ(experts->rows.at(0).at(5).toLongLong(), 1966);
    // No end: an empty cell, not an invalid date.
    EXPECT_FALSE(experts->rows.at(0).at(7).isValid());

    auto finances = CsvExporter(db()).table(CsvKind::Finances);
    ASSERT_OK(finances);
    EXPECT_EQ(finances->columns.at(4).type, TableColumn::Type::Cents);
    EXPECT_EQ(finances->rows.at(0).at(4).toLongLong(), 123456789);
}

TEST_F(CsvExporterXlsxTest, TheCsvSpellingsAreTheImportsOwn)
{
    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    ASSERT_OK(CsvExporter(db()).exportTo(CsvKind::Hours, buffer));
    const QString hours = QString::fromUtf8(buffer.data());
    EXPECT_THAT(hours.toStdString(),
                HasSubstr("2019-05-02,Ève Roy,\"'=Coop, du Rucher\",1:30,,\"two\nlines\"\r\n"));
    EXPECT_THAT(hours.toStdString(), HasSubstr(",24:00,"));
    QBuffer money;
    ASSERT_TRUE(money.open(QIODevice::WriteOnly));
    ASSERT_OK(CsvExporter(db()).exportTo(CsvKind::Finances, money));
    EXPECT_THAT(money.data().toStdString(), HasSubstr(",expense,Salaires,1234567.89\r\n"));
    QBuffer experts;
    ASSERT_TRUE(experts.open(QIODevice::WriteOnly));
    ASSERT_OK(CsvExporter(db()).exportTo(CsvKind::Experts, experts));
    EXPECT_THAT(experts.data().toStdString(), HasSubstr(",1966,2019-04-01,\r\n"));
}

TEST_F(CsvExporterXlsxTest, AWorkbookIsWrittenWholeAndAnotherNameNotAtAll)
{
    const QString workbook = path(QStringLiteral("hours.xlsx"));
    auto rows = CsvExporter(db()).exportFile(CsvKind::Hours, workbook);
    ASSERT_OK(rows);
    EXPECT_EQ(*rows, 2);
    QFile file(workbook);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.read(2), QByteArray("PK"));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), workbook, QStringLiteral("xl/worksheets/sheet1.xml")});
    ASSERT_TRUE(unzip.waitForFinished(60000));
    const QByteArray sheet = unzip.readAllStandardOutput();
    ASSERT_FALSE(sheet.isEmpty());
    // The header and two rows; the formula-looking name a text, never a formula.
    EXPECT_EQ(sheet.count("<row "), 3) << sheet.toStdString();
    EXPECT_FALSE(sheet.contains("<f>")) << sheet.toStdString();
    // A full day as 1 (day) in [h]:mm.
    EXPECT_TRUE(sheet.contains("<v>1</v>")) << sheet.toStdString();

    const QString other = path(QStringLiteral("hours.ods"));
    const auto refused = CsvExporter(db()).exportFile(CsvKind::Hours, other);
    ASSERT_FALSE(refused.ok());
    EXPECT_FALSE(QFileInfo::exists(other));
    EXPECT_EQ(QDir(m_files.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

} // namespace
