// `bilan import` messages about the file itself (issue 9, findings 6 and 16): a folder is said
// to be a folder, and nothing the user or the file supplied reaches the terminal as a raw
// control character.

#include "CommandLine.h"
#include "CommandTest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

class CommandLineImportMessagesTest : public test::CommandTest
{
protected:
    int import(const QString& kind, const QString& file)
    {
        return run({QStringLiteral("import"), QStringLiteral("--db"), m_db, kind, file});
    }

    static bool hasRawControl(const QString& text)
    {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != u'\n') || (u >= 0x7F && u <= 0x9F) || u == 0xFEFF)
                return true;
        }
        return false;
    }
};

TEST_F(CommandLineImportMessagesTest, AFolderIsNotCalledAMissingFile)
{
    const QString folder = m_dir.filePath(QStringLiteral("exports"));
    ASSERT_TRUE(QDir().mkpath(folder));
    EXPECT_EQ(import(QStringLiteral("organisations"), folder), CommandLine::UserError);
    EXPECT_THAT(m_err.toStdString(), HasSubstr("is a folder, not a CSV file"));
    EXPECT_THAT(m_err.toStdString(), Not(HasSubstr("no such file")));
    EXPECT_EQ(import(QStringLiteral("organisations"), m_dir.filePath(QStringLiteral("none.csv"))),
              CommandLine::UserError);
    EXPECT_THAT(m_err.toStdString(), HasSubstr("no such file"));
}

TEST_F(CommandLineImportMessagesTest, ControlCharactersFromTheFileAreShownEscaped)
{
    const QString organisations =
        write(QStringLiteral("o.csv"), "name,kind\n\"Coop\x1b]0;pwned\x07\",coop\n");
    EXPECT_EQ(import(QStringLiteral("organisations"), organisations), CommandLine::UserError);
    EXPECT_FALSE(hasRawControl(m_err)) << m_err.toStdString();
    EXPECT_THAT(m_err.toStdString(), HasSubstr("Coop\\x1b]0;pwned\\x07"));

    const QString hours =
        write(QStringLiteral("h.csv"), "\xEF\xBB\xBF\xEF\xBB\xBF"
                                       "date,expert,organisation,duration,\x1b[2Jextra\n"
                                       "2019-05-01,Awa\x1b[2J,Coop,1,\n");
    EXPECT_EQ(import(QStringLiteral("hours"), hours), CommandLine::UserError);
    EXPECT_FALSE(hasRawControl(m_err)) << m_err.toStdString();
    EXPECT_THAT(m_err.toStdString(), HasSubstr("<U+FEFF>date"));
    EXPECT_THAT(m_err.toStdString(), HasSubstr("\\x1b[2Jextra"));
}

TEST_F(CommandLineImportMessagesTest, ArgumentsQuotedInAMessageAreShownEscaped)
{
    EXPECT_EQ(import(QStringLiteral("orgs\x1b[2J"), QStringLiteral("x.csv")),
              CommandLine::UsageError);
    EXPECT_FALSE(hasRawControl(m_err)) << m_err.toStdString();
    EXPECT_THAT(m_err.toStdString(), HasSubstr("orgs\\x1b[2J"));
    EXPECT_EQ(import(QStringLiteral("organisations"), QStringLiteral("no\x1b]0;x\x07.csv")),
              CommandLine::UserError);
    EXPECT_FALSE(hasRawControl(m_err)) << m_err.toStdString();
}

} // namespace
