// A database whose long notes lost one of their overflow pages: reading the table reports no
// error, the note just reads back as garbage. An export would write it as if it were the note,
// and an import would check its rows against a file it cannot trust: both read the whole file
// first and stop with the damaged-file message.

#include "CsvExporter.h"
#include "CsvImportSupport.h"
#include "DamagedDatabase.h"
#include "Database.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;

namespace {

class DamagedOverflowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QString why;
        ASSERT_TRUE(buildDatabaseWithEntries(m_path, 200, 30, &why)) << why.toStdString();
        ASSERT_GT(damageOneOverflowPage(m_path, &why), 1) << why.toStdString();
        auto opened = Database::open(m_path);
        ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
        m_db = std::move(opened.value());
    }

    static void expectDamaged(const QString& message)
    {
        EXPECT_THAT(message.toStdString(), HasSubstr("is damaged"));
        EXPECT_THAT(message.toStdString(), HasSubstr("PRAGMA integrity_check"));
    }

    int organisationsNamed(const QString& name)
    {
        auto counted = sql::scalar(
            *m_db, QStringLiteral("SELECT count(*) FROM organisations WHERE name = ?"), {name});
        return counted ? counted->toInt() : -1;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(DamagedOverflowTest, ExportingTheHoursFailsAndLeavesNoFile)
{
    const QString target = m_dir.filePath(QStringLiteral("hours.csv"));
    auto rows = CsvExporter(*m_db).exportFile(CsvKind::Hours, target);
    ASSERT_FALSE(rows.ok()) << *rows << " rows exported";
    expectDamaged(rows.message());
    EXPECT_FALSE(QFile::exists(target));
}

TEST_F(DamagedOverflowTest, ExportingToADeviceFails)
{
    // The window's Export dialog writes through exportTo.
    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    auto rows = CsvExporter(*m_db).exportTo(CsvKind::Hours, buffer);
    ASSERT_FALSE(rows.ok()) << *rows << " rows exported";
    expectDamaged(rows.message());
}

TEST_F(DamagedOverflowTest, AnImportIsRefusedAndWritesNothing)
{
    for (const bool dryRun : {true, false}) {
        const auto result = importCsv(*m_db, CsvKind::Organisations,
                                      QStringLiteral("name,kind\nCoop Nouvelle,coop\n"), dryRun);
        ASSERT_FALSE(result.ok()) << (dryRun ? "dry run" : "import");
        EXPECT_FALSE(result.written);
        expectDamaged(result.problems.first().message);
    }
    EXPECT_EQ(organisationsNamed(QStringLiteral("Coop Nouvelle")), 0);
}
