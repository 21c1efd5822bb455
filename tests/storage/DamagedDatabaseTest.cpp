// A database with one damaged page of hour entries: every read that reaches the page fails
// with a message saying the file is damaged and what to do, instead of returning the rows
// read before it as if they were all.

#include "DamagedDatabase.h"
#include "CsvExporter.h"
#include "Database.h"
#include "ServiceEntryRepository.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;

namespace {

constexpr int Entries = 20'000;

class DamagedDatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QString why;
        ASSERT_TRUE(buildDatabaseWithEntries(m_path, Entries, &why)) << why.toStdString();
        ASSERT_GT(damageOneEntriesPage(m_path, &why), 1) << why.toStdString();
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        auto opened = Database::open(m_path, options);
        ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
        m_db = std::move(opened.value());
    }

    // The message a damaged file gives: what happened and what to do about it.
    void expectDamaged(const Error& error)
    {
        const std::string message = error.message.toStdString();
        EXPECT_THAT(message, HasSubstr("damaged"));
        EXPECT_THAT(message, HasSubstr(QDir::toNativeSeparators(m_path).toStdString()));
        EXPECT_THAT(message, HasSubstr("backup"));
        EXPECT_THAT(message, HasSubstr("PRAGMA integrity_check"));
        EXPECT_TRUE(error.storage);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(DamagedDatabaseTest, ListingTheHoursIsAnErrorNotAShorterList)
{
    auto entries = ServiceEntryRepository(*m_db).list({});
    ASSERT_FALSE(entries.ok()) << entries->size() << " of " << Entries << " entries listed";
    expectDamaged(entries.error());
}

TEST_F(DamagedDatabaseTest, VisitingTheHoursStopsWithAnError)
{
    qint64 visited = 0;
    auto status =
        ServiceEntryRepository(*m_db).forEach({}, [&](const ServiceEntry&) { ++visited; });
    ASSERT_FALSE(status.ok()) << visited << " of " << Entries << " entries visited";
    expectDamaged(status.error());
    EXPECT_LT(visited, Entries);
}

TEST_F(DamagedDatabaseTest, ExportingTheHoursLeavesNoFile)
{
    const QString target = m_dir.filePath(QStringLiteral("hours.csv"));
    auto rows = CsvExporter(*m_db).exportFile(CsvKind::Hours, target);
    ASSERT_FALSE(rows.ok()) << *rows << " of " << Entries << " rows exported";
    expectDamaged(rows.error());
    EXPECT_FALSE(QFile::exists(target));
    // Nor a temporary file beside it.
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("hours*")}, QDir::Files | QDir::Hidden),
              QStringList());
}

TEST_F(DamagedDatabaseTest, AFailedExportLeavesTheOlderFileAsItWas)
{
    const QString target = m_dir.filePath(QStringLiteral("hours.csv"));
    {
        QFile older(target);
        ASSERT_TRUE(older.open(QIODevice::WriteOnly));
        older.write("the export of last week\n");
    }
    auto rows = CsvExporter(*m_db).exportFile(CsvKind::Hours, target);
    ASSERT_FALSE(rows.ok());
    QFile older(target);
    ASSERT_TRUE(older.open(QIODevice::ReadOnly));
    EXPECT_EQ(older.readAll(), QByteArray("the export of last week\n"));
}

TEST_F(DamagedDatabaseTest, ReadsThatMissThePageStillWork)
{
    // The damage is reported where it is met; the rest of the file stays readable, so the
    // user can still copy out what is intact.
    auto first = ServiceEntryRepository(*m_db).list({}, 10);
    ASSERT_TRUE(first.ok()) << first.message().toStdString();
    EXPECT_EQ(first->size(), 10);
}

// The damaged-file message suggests a command to paste into a shell: the file's name in it is
// one word, with nothing in it run or expanded, whatever characters the name holds.
TEST(DamagedFileMessage, TheSuggestedCommandQuotesThePathForTheShell)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("q$(id) `id` it's \"a\" $HOME.db"));
    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    constexpr int SqliteCorrupt = 11;
    constexpr int SqliteNotADatabase = 26;
    for (const int code : {SqliteCorrupt, SqliteNotADatabase}) {
        const QString message = (*opened)->sqlError(QStringLiteral("damaged"), code).message;
        const QString lead = QStringLiteral("check it with: sqlite3 ");
        const qsizetype at = message.indexOf(lead);
        ASSERT_GE(at, 0) << message.toStdString();
        // The same words with printf in place of sqlite3 print the arguments the shell made.
        const QString command = QStringLiteral("printf '%s\\n' ") + message.mid(at + lead.size());
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        ASSERT_TRUE(shell.waitForFinished(10'000));
        const QStringList words = QString::fromUtf8(shell.readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        EXPECT_EQ(words, (QStringList{QDir::toNativeSeparators(path),
                                      QStringLiteral("PRAGMA integrity_check")}))
            << command.toStdString();
    }
}
