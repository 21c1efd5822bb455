// The real program meets a database with one damaged page of hour entries, and another
// program's SQLite file that happens to keep a schema_migrations table. Every command fails
// with status 1 and a message that says what is wrong and what to do; nothing partial is
// written under the target's name; the database stays byte for byte as it was.

#include "DamagedDatabase.h"
#include "ForeignFiles.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace bilan::test;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString errors;
};

Outcome runBilan(const QStringList& arguments)
{
    QProcess bilan;
    bilan.start(QStringLiteral(BILAN_EXECUTABLE), arguments);
    Outcome run;
    if (!bilan.waitForFinished(120'000) || bilan.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = bilan.exitCode();
    run.out = QString::fromUtf8(bilan.readAllStandardOutput());
    run.errors = QString::fromUtf8(bilan.readAllStandardError());
    return run;
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class DamagedReadsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QString why;
        ASSERT_TRUE(buildDatabaseWithEntries(m_db, 20'000, &why)) << why.toStdString();
        ASSERT_GT(damageOneEntriesPage(m_db, &why), 1) << why.toStdString();
        m_before = bytesOf(m_db);
    }

    void expectDamagedFailure(const Outcome& run, const QStringList& arguments)
    {
        const std::string what = arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.exitCode, 1)
            << what << "\nout: " << run.out.toStdString() << "\nerr: " << run.errors.toStdString();
        for (const char* words : {"damaged", "backup", "PRAGMA integrity_check"})
            EXPECT_TRUE(run.errors.contains(QLatin1String(words)))
                << what << ": " << run.errors.toStdString();
        EXPECT_EQ(bytesOf(m_db), m_before) << what << " changed the database";
    }

    // Nothing beside the database but the files the test made itself (a read-only reader
    // leaves the database's empty WAL files, which are no output).
    void expectNoOutput(const QStringList& made = {})
    {
        QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
        left.removeAll(QStringLiteral("damaged.sqlite-wal"));
        left.removeAll(QStringLiteral("damaged.sqlite-shm"));
        QStringList expected = made;
        expected << QStringLiteral("damaged.sqlite");
        expected.sort();
        EXPECT_EQ(left.join(u' ').toStdString(), expected.join(u' ').toStdString());
    }

    QTemporaryDir m_dir;
    QString m_db;
    QByteArray m_before;
};

} // namespace

TEST_F(DamagedReadsTest, ExportFailsAndLeavesNoFile)
{
    const QString target = m_dir.filePath(QStringLiteral("hours.csv"));
    const QStringList arguments{QStringLiteral("export"), QStringLiteral("hours"), target,
                                QStringLiteral("--db"), m_db};
    const Outcome run = runBilan(arguments);
    expectDamagedFailure(run, arguments);
    EXPECT_FALSE(run.out.contains(QLatin1String("exported"))) << run.out.toStdString();
    expectNoOutput();
}

TEST_F(DamagedReadsTest, FiguresFail)
{
    // The figures read the hours through their indexes, which the damage spared: the file is
    // still damaged, and figures that look complete must not hide it.
    for (const QString& year : {QStringLiteral("2019-2020"), QStringLiteral("2020-2021")}) {
        const QStringList arguments{QStringLiteral("figures"), QStringLiteral("--year"), year,
                                    QStringLiteral("--json"),  QStringLiteral("--db"),   m_db};
        const Outcome run = runBilan(arguments);
        expectDamagedFailure(run, arguments);
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    }
    expectNoOutput();
}

TEST_F(DamagedReadsTest, ReportFailsAndLeavesNoFile)
{
    const QString target = m_dir.filePath(QStringLiteral("report.pdf"));
    const QStringList arguments{QStringLiteral("report"),
                                QStringLiteral("--year"),
                                QStringLiteral("2019-2020"),
                                QStringLiteral("--pdf"),
                                target,
                                QStringLiteral("--db"),
                                m_db};
    const Outcome run = runBilan(arguments);
    expectDamagedFailure(run, arguments);
    expectNoOutput();
}

TEST(DamagedLongNotesTest, ExportAndImportFail)
{
    // A damaged overflow page of long notes: the table reads without an error, the note as
    // garbage. Export and import read the whole file first, as figures and report do.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("notes.sqlite"));
    QString why;
    ASSERT_TRUE(buildDatabaseWithEntries(db, 200, 30, &why)) << why.toStdString();
    ASSERT_GT(damageOneOverflowPage(db, &why), 1) << why.toStdString();
    const QString csv = dir.filePath(QStringLiteral("organisations.csv"));
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("name,kind\nCoop Nouvelle,coop\n");
    }
    const QString target = dir.filePath(QStringLiteral("hours.csv"));
    const QList<QStringList> commands{
        {QStringLiteral("export"), QStringLiteral("hours"), target},
        {QStringLiteral("import"), QStringLiteral("organisations"), csv,
         QStringLiteral("--dry-run")},
        {QStringLiteral("import"), QStringLiteral("organisations"), csv},
    };
    for (QStringList arguments : commands) {
        arguments << QStringLiteral("--db") << db;
        const std::string what = arguments.join(QLatin1Char(' ')).toStdString();
        const Outcome run = runBilan(arguments);
        EXPECT_EQ(run.exitCode, 1) << what << ": " << run.out.toStdString();
        EXPECT_TRUE(run.errors.contains(QLatin1String("is damaged")))
            << what << ": " << run.errors.toStdString();
        EXPECT_FALSE(QFile::exists(target)) << what;
    }
}

namespace {

// Another program's file, written the way that program leaves it (rollback journal).
class ForeignFileTest : public ::testing::Test
{
protected:
    void build(const QString& name, const QStringList& statements)
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(name);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(m_db);
            ASSERT_TRUE(db.open());
            QSqlQuery query(db);
            for (const QString& statement : statements)
                ASSERT_TRUE(query.exec(statement)) << query.lastError().text().toStdString();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    }

    // Every file beside the database, by name, with its bytes.
    QMap<QString, QByteArray> files() const
    {
        QMap<QString, QByteArray> all;
        for (const QString& name : QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden))
            all.insert(name, bytesOf(m_dir.filePath(name)));
        return all;
    }

    // Every command that opens a database, each refusing the file: same files, same bytes
    // (its log or journal included), and no output.
    void expectRefusedUntouched()
    {
        const QString hours = m_dir.filePath(QStringLiteral("hours.csv"));
        const QString organisations = m_dir.filePath(QStringLiteral("organisations.csv"));
        {
            QFile file(hours);
            ASSERT_TRUE(file.open(QIODevice::WriteOnly));
            file.write("date,expert,organisation,duration\n2020-01-06,A,B,1h\n");
            QFile other(organisations);
            ASSERT_TRUE(other.open(QIODevice::WriteOnly));
            other.write("name,kind\nCoop Nouvelle,coop\n");
        }
        const auto before = files();
        const QList<QStringList> commands{
            {QStringLiteral("import"), QStringLiteral("hours"), hours},
            {QStringLiteral("import"), QStringLiteral("organisations"), organisations},
            {QStringLiteral("import"), QStringLiteral("organisations"), organisations,
             QStringLiteral("--dry-run")},
            {QStringLiteral("demo")},
            {QStringLiteral("export"), QStringLiteral("hours"),
             m_dir.filePath(QStringLiteral("out.csv"))},
            {QStringLiteral("figures"), QStringLiteral("--year"), QStringLiteral("2019-2020")},
            {QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2019-2020"),
             QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("out.pdf"))},
        };
        for (QStringList arguments : commands) {
            arguments << QStringLiteral("--db") << m_db;
            const std::string what = arguments.join(QLatin1Char(' ')).toStdString();
            const Outcome run = runBilan(arguments);
            EXPECT_EQ(run.exitCode, 1) << what << ": " << run.errors.toStdString();
            EXPECT_TRUE(run.errors.contains(
                QStringLiteral("%1 is a SQLite database of another program, not a Bilan database")
                    .arg(m_db)))
                << what << ": " << run.errors.toStdString();
            EXPECT_FALSE(run.errors.contains(QLatin1String("newer version")))
                << what << ": " << run.errors.toStdString();
            const auto after = files();
            EXPECT_EQ(after.keys(), before.keys()) << what << " left or removed a file";
            for (auto file = before.cbegin(); file != before.cend(); ++file)
                EXPECT_TRUE(after.value(file.key()) == file.value())
                    << what << " changed " << file.key().toStdString();
        }
    }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(ForeignFileTest, ARailsDatabaseIsAnotherProgramsAndStaysAsItWas)
{
    build(QStringLiteral("development.sqlite3"),
          {QStringLiteral("CREATE TABLE schema_migrations (version varchar NOT NULL PRIMARY KEY)"),
           QStringLiteral("CREATE TABLE ar_internal_metadata (key varchar NOT NULL PRIMARY KEY, "
                          "value varchar, created_at datetime(6) NOT NULL, updated_at "
                          "datetime(6) NOT NULL)"),
           QStringLiteral("CREATE TABLE posts (id integer PRIMARY KEY, title varchar)"),
           QStringLiteral("INSERT INTO schema_migrations VALUES ('20190101000000'), "
                          "('20190301093000')")});
    expectRefusedUntouched();
}

TEST_F(ForeignFileTest, AGolangMigrateDatabaseIsAnotherProgramsAndStaysAsItWas)
{
    build(QStringLiteral("app.db"),
          {QStringLiteral("CREATE TABLE schema_migrations (version uint64, dirty bool)"),
           QStringLiteral("CREATE UNIQUE INDEX version_unique ON schema_migrations (version)"),
           QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)"),
           QStringLiteral("INSERT INTO schema_migrations VALUES (20190101000000, 0)")});
    expectRefusedUntouched();
}

TEST_F(ForeignFileTest, AProgramWithSequentialVersionsIsAnotherProgramsAndStaysAsItWas)
{
    // Version 1 is also Bilan's newest: only the table's shape tells the files apart.
    build(QStringLiteral("notes.db"),
          {QStringLiteral("CREATE TABLE schema_migrations (version INTEGER)"),
           QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
           QStringLiteral("INSERT INTO schema_migrations VALUES (1)")});
    expectRefusedUntouched();
}

TEST_F(ForeignFileTest, AFileWithChangesStillInItsLogStaysAsItWasWithItsLog)
{
    // As Python's sqlite3 leaves a WAL file copied while open, automatic checkpoints off.
    ASSERT_TRUE(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("wal.sqlite3"));
    QString why;
    ASSERT_TRUE(buildForeignWithPendingLog(m_db, 1000, &why)) << why.toStdString();
    expectRefusedUntouched();
}

TEST_F(ForeignFileTest, AFileWithAnInterruptedTransactionStaysAsItWasWithItsJournal)
{
    ASSERT_TRUE(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("journal.sqlite3"));
    QString why;
    ASSERT_TRUE(buildForeignWithHotJournal(m_db, 1000, &why)) << why.toStdString();
    expectRefusedUntouched();
}
