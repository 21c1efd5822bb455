// The real program quoting arguments, paths and names that hold control characters: whatever
// it prints, on stdout or stderr, by a command, the argument parser, the usage text or the log,
// reaches the terminal with them shown escaped, never raw (issue 9, finding 6).

#include "DamagedDatabase.h"
#include "RobustnessSupport.h"
#include "VisibleText.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace bilan;
using namespace bilan::test;

namespace {

// Clears the screen when printed raw; shown as "\x1b[2J".
const QString ClearScreen = QStringLiteral("\x1b[2J");
const QString ShownClearScreen = QStringLiteral("\\x1b[2J");

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    std::string what;

    std::string all() const
    {
        return what + "\nout: " + out.toStdString() + "\nerr: " + err.toStdString();
    }
};

// What a terminal would take as a control in `bytes`, described; empty when there is none.
std::string rawControlIn(const QByteArray& bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<uchar>(bytes.at(i));
        const bool layout = byte == '\n' || byte == '\r' || byte == '\t';
        if ((byte < 0x20 && !layout) || byte == 0x7F)
            return "byte " + std::to_string(byte) + " at " + std::to_string(i);
        if (byte == 0xC2 && i + 1 < bytes.size() && static_cast<uchar>(bytes.at(i + 1)) >= 0x80 &&
            static_cast<uchar>(bytes.at(i + 1)) <= 0x9F)
            return "C1 control at " + std::to_string(i);
    }
    // Not UTF-8: a stray byte 0x80–0x9F is a C1 control to some terminals.
    if (QString::fromUtf8(bytes).toUtf8() != bytes)
        return "bytes that are not UTF-8";
    if (VisibleText::needsEscaping(QString::fromUtf8(bytes), VisibleText::Layout::Keep))
        return "an invisible character";
    return {};
}

class TerminalOutputTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("bilan.sqlite"));
        QString why;
        ASSERT_TRUE(prepareStressDatabase(m_db, &why)) << why.toStdString();
        // The log file goes into the test's folder, not the user's.
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"),
                             m_dir.filePath(QStringLiteral("data")));
    }

    // Runs bilan in the test's folder and checks that neither stream holds a raw control.
    Outcome run(const QStringList& arguments)
    {
        QProcess bilan;
        bilan.setWorkingDirectory(m_dir.path());
        bilan.setProcessEnvironment(m_environment);
        bilan.start(QStringLiteral(BILAN_EXECUTABLE), arguments);
        Outcome outcome;
        outcome.what = VisibleText::of(arguments.join(u' ')).toStdString();
        EXPECT_TRUE(bilan.waitForFinished(120'000)) << outcome.what;
        EXPECT_EQ(bilan.exitStatus(), QProcess::NormalExit) << outcome.what;
        outcome.exitCode = bilan.exitCode();
        outcome.out = bilan.readAllStandardOutput();
        outcome.err = bilan.readAllStandardError();
        EXPECT_EQ(rawControlIn(outcome.out), "") << "stdout of " << outcome.all();
        EXPECT_EQ(rawControlIn(outcome.err), "") << "stderr of " << outcome.all();
        return outcome;
    }

    static void expectShown(const QByteArray& stream, const QString& shown, const Outcome& outcome)
    {
        EXPECT_TRUE(stream.contains(shown.toUtf8()))
            << shown.toStdString() << " in " << outcome.all();
    }

    QStringList withDb(const QString& db, QStringList arguments) const
    {
        return arguments << QStringLiteral("--db") << db;
    }

    // A folder whose name holds an ESC sequence, a C1 control and a bidirectional override.
    QString strangeFolder()
    {
        const QString name = QStringLiteral("d") + ClearScreen + QChar(0x9B) + QChar(0x202E);
        EXPECT_TRUE(QDir(m_dir.path()).mkpath(name));
        return m_dir.filePath(name);
    }
    static QString shownStrangeFolder()
    {
        return QStringLiteral("d") + ShownClearScreen + QStringLiteral("<U+009B><U+202E>");
    }

    QTemporaryDir m_dir;
    QString m_db;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};

} // namespace

TEST_F(TerminalOutputTest, ExportNamesItsFileEscaped)
{
    const Outcome written =
        run(withDb(m_db, {QStringLiteral("export"), QStringLiteral("organisations"),
                          QStringLiteral("ok") + ClearScreen + QStringLiteral(".csv")}));
    EXPECT_EQ(written.exitCode, 0) << written.all();
    expectShown(written.out, QStringLiteral("ok") + ShownClearScreen + QStringLiteral(".csv: "),
                written);

    const Outcome refused =
        run(withDb(m_db, {QStringLiteral("export"), QStringLiteral("organisations"),
                          QStringLiteral("/nonexist/") + ClearScreen + QStringLiteral("x.csv")}));
    EXPECT_EQ(refused.exitCode, 1) << refused.all();
    expectShown(refused.err, QStringLiteral("/nonexist/") + ShownClearScreen, refused);
}

TEST_F(TerminalOutputTest, ReportNamesItsPdfEscaped)
{
    const QStringList report = withDb(
        m_db, {QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2019-2020")});
    const Outcome written =
        run(report + QStringList{QStringLiteral("--pdf"),
                                 QStringLiteral("r") + ClearScreen + QStringLiteral(".pdf")});
    EXPECT_EQ(written.exitCode, 0) << written.all();
    expectShown(written.out, QStringLiteral("r") + ShownClearScreen + QStringLiteral(".pdf: "),
                written);

    const Outcome refused = run(
        report + QStringList{QStringLiteral("--pdf"),
                             QStringLiteral("/nonexist/r") + ClearScreen + QStringLiteral(".pdf")});
    EXPECT_EQ(refused.exitCode, 1) << refused.all();
    expectShown(refused.err, QStringLiteral("/nonexist/r") + ShownClearScreen, refused);
}

TEST_F(TerminalOutputTest, OptionValuesAreQuotedEscaped)
{
    const Outcome year =
        run(withDb(m_db, {QStringLiteral("figures"), QStringLiteral("--year"),
                          QStringLiteral("2019") + ClearScreen + QChar(0x85) + QChar(0xFEFF)}));
    EXPECT_EQ(year.exitCode, 1) << year.all();
    expectShown(year.err,
                QStringLiteral("2019") + ShownClearScreen + QStringLiteral("<U+0085><U+FEFF>"),
                year);

    const Outcome lang = run(withDb(m_db, {QStringLiteral("report"), QStringLiteral("--year"),
                                           QStringLiteral("2019-2020"), QStringLiteral("--pdf"),
                                           QStringLiteral("out.pdf"), QStringLiteral("--lang"),
                                           QStringLiteral("f\x1br\x7f")}));
    EXPECT_EQ(lang.exitCode, 2) << lang.all();
    expectShown(lang.err, QStringLiteral("f\\x1br\\x7f"), lang);
}

TEST_F(TerminalOutputTest, UnknownCommandsAndOptionsAreQuotedEscaped)
{
    const Outcome command = run({QStringLiteral("fig\x1bures")});
    EXPECT_EQ(command.exitCode, 2) << command.all();
    expectShown(command.err, QStringLiteral("fig\\x1bures"), command);

    const Outcome option =
        run(withDb(m_db, {QStringLiteral("figures"), QStringLiteral("--year"),
                          QStringLiteral("2019"), QStringLiteral("--js\x1bon")}));
    EXPECT_EQ(option.exitCode, 2) << option.all();
    expectShown(option.err, QStringLiteral("js\\x1bon"), option);
    // The usage text follows the parser's error, through the same filter.
    EXPECT_TRUE(option.err.contains("Usage:")) << option.all();
}

// Through main(): a word that is no command is refused with the list of commands, never taken
// for the window or another command; --db without its value is refused before any window.
TEST_F(TerminalOutputTest, AnUnknownCommandListsTheCommands)
{
    const Outcome unknown = run(withDb(m_db, {QStringLiteral("exports")}));
    EXPECT_EQ(unknown.exitCode, 2) << unknown.all();
    EXPECT_TRUE(unknown.err.startsWith("bilan: unknown command \"exports\"")) << unknown.all();
    EXPECT_TRUE(unknown.err.contains("import, export, figures, report, demo")) << unknown.all();
    EXPECT_TRUE(unknown.out.isEmpty()) << unknown.all();

    const Outcome noValue = run({QStringLiteral("--db")});
    EXPECT_EQ(noValue.exitCode, 2) << noValue.all();
    EXPECT_TRUE(noValue.err.contains("--db")) << noValue.all();
    EXPECT_TRUE(noValue.err.contains("Usage:")) << noValue.all();
}

TEST_F(TerminalOutputTest, DatabasePathsAreShownEscapedInEveryRefusal)
{
    const QString folder = strangeFolder();

    const QString junk = folder + QStringLiteral("/junk.sqlite");
    {
        QFile file(junk);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("date,expert\n2020-01-01,A\n");
    }
    const Outcome notBilan = run(withDb(
        junk, {QStringLiteral("figures"), QStringLiteral("--year"), QStringLiteral("2019-2020")}));
    EXPECT_EQ(notBilan.exitCode, 1) << notBilan.all();
    EXPECT_TRUE(notBilan.err.contains("not a Bilan database")) << notBilan.all();
    expectShown(notBilan.err, shownStrangeFolder() + QStringLiteral("/junk.sqlite"), notBilan);

    const QString foreign = folder + QStringLiteral("/app.db");
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(foreign);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER)")));
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (1)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const Outcome another = run(withDb(
        foreign, {QStringLiteral("export"), QStringLiteral("hours"), QStringLiteral("out.csv")}));
    EXPECT_EQ(another.exitCode, 1) << another.all();
    EXPECT_TRUE(another.err.contains("another program")) << another.all();
    expectShown(another.err, shownStrangeFolder() + QStringLiteral("/app.db"), another);

    const QString damaged = folder + QStringLiteral("/damaged.sqlite");
    QString why;
    ASSERT_TRUE(buildDatabaseWithEntries(damaged, 2'000, &why)) << why.toStdString();
    ASSERT_GT(damageOneEntriesPage(damaged, &why), 1) << why.toStdString();
    const Outcome broken = run(withDb(damaged, {QStringLiteral("figures"), QStringLiteral("--year"),
                                                QStringLiteral("2019-2020")}));
    EXPECT_EQ(broken.exitCode, 1) << broken.all();
    EXPECT_TRUE(broken.err.contains("damaged")) << broken.all();
    expectShown(broken.err, shownStrangeFolder(), broken);
}

TEST_F(TerminalOutputTest, DemoNamesTheDatabaseItWroteEscaped)
{
    const Outcome demo = run({QStringLiteral("demo"), QStringLiteral("--db"),
                              strangeFolder() + QStringLiteral("/demo.sqlite")});
    EXPECT_EQ(demo.exitCode, 0) << demo.all();
    expectShown(demo.out, shownStrangeFolder() + QStringLiteral("/demo.sqlite: "), demo);
}

TEST_F(TerminalOutputTest, UsageShowsTheDefaultDatabasePathEscaped)
{
    // The default database, named in the usage, lives under XDG_DATA_HOME.
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), strangeFolder());
    const Outcome help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0) << help.all();
    expectShown(help.out, shownStrangeFolder() + QStringLiteral("/bilan/"), help);

    const Outcome usage = run({QStringLiteral("import")});
    EXPECT_EQ(usage.exitCode, 2) << usage.all();
    expectShown(usage.err, shownStrangeFolder() + QStringLiteral("/bilan/"), usage);
}

TEST_F(TerminalOutputTest, LogWarningsOnStderrAreEscaped)
{
    // spdlog's own stderr sink: a log file that cannot be opened is warned about there.
    const QString data = strangeFolder();
    ASSERT_TRUE(QDir(data).mkpath(QStringLiteral("bilan/bilan.log")));
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), data);
    const Outcome warned = run(withDb(
        m_db, {QStringLiteral("figures"), QStringLiteral("--year"), QStringLiteral("2019-2020")}));
    EXPECT_EQ(warned.exitCode, 0) << warned.all();
    EXPECT_TRUE(warned.err.contains("cannot write the log file")) << warned.all();
    expectShown(warned.err, shownStrangeFolder() + QStringLiteral("/bilan/bilan.log"), warned);
}

TEST_F(TerminalOutputTest, ImportQuotesItsFileAndItsCellsEscaped)
{
    const QString name = QStringLiteral("o") + ClearScreen + QStringLiteral(".csv");
    {
        QFile csv(m_dir.filePath(name));
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
        csv.write("name,kind,col\x1b[2J\nCoop\x1b]0;pwned\x07,nonsense\x9b,x\n");
    }
    const Outcome import =
        run(withDb(m_db, {QStringLiteral("import"), QStringLiteral("organisations"), name}));
    EXPECT_EQ(import.exitCode, 1) << import.all();
    expectShown(import.err, QStringLiteral("o") + ShownClearScreen + QStringLiteral(".csv"),
                import);
    expectShown(import.err, QStringLiteral("col") + ShownClearScreen, import);
}

TEST_F(TerminalOutputTest, FiguresAsJsonAreUnchangedByTheFilter)
{
    // JSON escapes control characters itself; the filter must leave its text as it is.
    const Outcome json = run(withDb(m_db, {QStringLiteral("figures"), QStringLiteral("--year"),
                                           QStringLiteral("2019-2020"), QStringLiteral("--json")}));
    EXPECT_EQ(json.exitCode, 0) << json.all();
    EXPECT_TRUE(json.out.startsWith('{')) << json.all();
    EXPECT_FALSE(json.out.contains("\\x")) << json.all();
    EXPECT_FALSE(json.out.contains("<U+")) << json.all();
}
