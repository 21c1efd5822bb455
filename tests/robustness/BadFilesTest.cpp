// The real program meets files it cannot use — zero-length, not a database, truncated,
// corrupted in the middle, written by a newer Bilan, read-only — and says so clearly, exits with
// status 1, never crashes, and leaves each file byte for byte as it was.

#include "Database.h"
#include "RobustnessSupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace bilan;
using namespace bilan::test;

namespace {

class BadFilesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_good = m_dir.filePath(QStringLiteral("good.sqlite"));
        QString why;
        ASSERT_TRUE(prepareStressDatabase(m_good, &why)) << why.toStdString();
        // Enough entries that the file has many pages past its schema.
        QProcess writer;
        writer.start(
            QStringLiteral(BILAN_STRESS_WRITER),
            {m_good, QStringLiteral("batch"), QStringLiteral("3000"), QStringLiteral("fill")});
        ASSERT_TRUE(writer.waitForFinished(60'000));
        ASSERT_EQ(writer.exitCode(), 0) << writer.readAllStandardError().toStdString();
        QFile good(m_good);
        ASSERT_TRUE(good.open(QIODevice::ReadOnly));
        m_goodBytes = good.readAll();
        ASSERT_GT(m_goodBytes.size(), 64 * 1024);
        m_csv = m_dir.filePath(QStringLiteral("hours.csv"));
        QFile csv(m_csv);
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
        csv.write("date,expert,organisation,duration\n2020-01-06," + StressExpert.toUtf8() + ',' +
                  StressOrganisation.toUtf8() + ",1h\n");
    }

    QString writeBad(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QByteArray bytesOf(const QString& path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    // Runs each command that reads or writes the file: clear refusal, no crash, no change.
    void expectRefusedUnchanged(const QString& path, const char* expectedWords)
    {
        const QByteArray before = bytesOf(path);
        const QList<QStringList> commands{
            {QStringLiteral("import"), QStringLiteral("hours"), m_csv},
            {QStringLiteral("export"), QStringLiteral("hours"),
             m_dir.filePath(QStringLiteral("out.csv"))},
            {QStringLiteral("figures"), QStringLiteral("--year"), QStringLiteral("2019-2020")},
        };
        for (QStringList arguments : commands) {
            arguments << QStringLiteral("--db") << path;
            QProcess bilan;
            bilan.start(QStringLiteral(BILAN_EXECUTABLE), arguments);
            ASSERT_TRUE(bilan.waitForFinished(60'000));
            const QString errors = QString::fromUtf8(bilan.readAllStandardError());
            const std::string what = arguments.join(QLatin1Char(' ')).toStdString();
            EXPECT_EQ(bilan.exitStatus(), QProcess::NormalExit) << what << " crashed";
            EXPECT_EQ(bilan.exitCode(), 1) << what << ": " << errors.toStdString();
            EXPECT_TRUE(errors.contains(QString::fromUtf8(expectedWords), Qt::CaseInsensitive))
                << what << ": " << errors.toStdString();
            EXPECT_EQ(bytesOf(path), before) << what << " changed the file";
        }
    }

    QTemporaryDir m_dir;
    QString m_good;
    QString m_csv;
    QByteArray m_goodBytes;
};

} // namespace

TEST_F(BadFilesTest, ZeroLengthFile)
{
    expectRefusedUnchanged(writeBad(QStringLiteral("empty.sqlite"), {}), "empty");
}

TEST_F(BadFilesTest, NotADatabase)
{
    expectRefusedUnchanged(
        writeBad(QStringLiteral("notes.sqlite"), QByteArray("date,expert\n2020-01-01,A\n")),
        "not a Bilan database");
}

TEST_F(BadFilesTest, TruncatedFile)
{
    expectRefusedUnchanged(
        writeBad(QStringLiteral("truncated.sqlite"), m_goodBytes.left(m_goodBytes.size() / 2)),
        "damaged");
}

TEST_F(BadFilesTest, CorruptedInTheMiddle)
{
    QByteArray bytes = m_goodBytes;
    // Every page past the first few overwritten: the schema is readable, the data is not.
    for (qsizetype at = 8 * 4096; at < bytes.size(); at += 4096)
        std::fill_n(bytes.begin() + at, 512, '\x5A');
    expectRefusedUnchanged(writeBad(QStringLiteral("corrupt.sqlite"), bytes), "damaged");
}

TEST_F(BadFilesTest, WrittenByANewerBilan)
{
    const QString path = writeBad(QStringLiteral("newer.sqlite"), m_goodBytes);
    {
        auto database = Database::open(path);
        ASSERT_TRUE(database.ok()) << database.message().toStdString();
        QSqlQuery query((*database)->connection());
        ASSERT_TRUE(
            query.exec(QStringLiteral("INSERT INTO schema_migrations (version, description, "
                                      "applied_at) VALUES (999, 'future', "
                                      "'2030-01-01T00:00:00Z')")));
    }
    expectRefusedUnchanged(path, "newer");
}

TEST_F(BadFilesTest, ReadOnlyFileRefusesWritesAndStillReads)
{
    const QString path = writeBad(QStringLiteral("readonly.sqlite"), m_goodBytes);
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    const QByteArray before = bytesOf(path);
    QProcess import;
    import.start(
        QStringLiteral(BILAN_EXECUTABLE),
        {QStringLiteral("import"), QStringLiteral("hours"), m_csv, QStringLiteral("--db"), path});
    ASSERT_TRUE(import.waitForFinished(60'000));
    EXPECT_EQ(import.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(import.exitCode(), 1);
    EXPECT_TRUE(import.readAllStandardError().contains("read-only"));
    QProcess figures;
    figures.start(QStringLiteral(BILAN_EXECUTABLE),
                  {QStringLiteral("figures"), QStringLiteral("--year"), QStringLiteral("2001"),
                   QStringLiteral("--db"), path});
    ASSERT_TRUE(figures.waitForFinished(60'000));
    EXPECT_EQ(figures.exitCode(), 0) << figures.readAllStandardError().toStdString();
    EXPECT_EQ(bytesOf(path), before);
}
