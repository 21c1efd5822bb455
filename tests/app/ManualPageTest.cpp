// The manual page (packaging/bilan.1.in) names every command and option of `bilan --help`, so that
// the two cannot drift apart: a new option in the usage text fails this test until the manual
// page describes it.

#include "CommandLine.h"
#include "CsvFormat.h"
#include "Translations.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

// The page with roff's escaped hyphens ("\-") made plain.
QString manualPage()
{
    QFile file(QStringLiteral(BILAN_SOURCE_DIR "/packaging/bilan.1.in"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).replace(QStringLiteral("\\-"), QStringLiteral("-"));
}

// Every "--option" and "-x" of the English usage text.
QStringList optionsOf(const QString& usage)
{
    QSet<QString> options;
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])(--?[a-z][a-z-]*)"));
    for (const auto& match : option.globalMatch(usage))
        options.insert(match.captured(1));
    QStringList sorted = options.values();
    sorted.sort();
    return sorted;
}

// The lines of one section (".SH NAME" up to the next ".SH").
QString section(const QString& page, const QString& name)
{
    const qsizetype start = page.indexOf(QStringLiteral(".SH ") + name);
    if (start < 0)
        return {};
    const qsizetype end = page.indexOf(QStringLiteral("\n.SH "), start + 1);
    return page.mid(start, end < 0 ? -1 : end - start);
}

class ManualPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Translations::install(QStringLiteral("en"));
        m_page = manualPage();
        ASSERT_FALSE(m_page.isEmpty()) << "packaging/bilan.1.in cannot be read";
    }

    QString m_page;
};

TEST_F(ManualPageTest, ReadsTheOptionsOfTheUsageText)
{
    // The test itself: it finds the options it must look for.
    const QStringList options = optionsOf(CommandLine::usage());
    for (const char* known : {"--db", "--year", "--json", "--dry-run", "--lang", "--paper"})
        EXPECT_TRUE(options.contains(QLatin1String(known))) << known;
    EXPECT_FALSE(optionsOf(QStringLiteral("bilan --frobnicate x")).isEmpty());
}

TEST_F(ManualPageTest, DescribesEveryOptionOfTheUsageText)
{
    const QString options = section(m_page, QStringLiteral("OPTIONS"));
    ASSERT_FALSE(options.isEmpty());
    QStringList all = optionsOf(CommandLine::usage());
    all << QStringLiteral("--help") << QStringLiteral("-h") << QStringLiteral("--version");
    for (const QString& option : all) {
        const QRegularExpression entry(QStringLiteral("\\.(TP|B|BI|BR)[^\\n]*\\n?[^\\n]*") +
                                       QRegularExpression::escape(option) +
                                       QStringLiteral("(?![\\w-])"));
        EXPECT_TRUE(options.contains(entry)) << option.toStdString() << " is not in OPTIONS";
        EXPECT_TRUE(section(m_page, QStringLiteral("SYNOPSIS")).contains(option))
            << option.toStdString() << " is not in the SYNOPSIS";
    }
}

TEST_F(ManualPageTest, DescribesEveryCommand)
{
    const QString commands = section(m_page, QStringLiteral("COMMANDS"));
    const QString synopsis = section(m_page, QStringLiteral("SYNOPSIS"));
    ASSERT_FALSE(commands.isEmpty());
    QStringList all = CommandLine::commands();
    ASSERT_GE(all.size(), 9);
    all.removeAll(QStringLiteral("server"));
    all << QStringLiteral("server init") << QStringLiteral("server grant");
    for (const QString& command : all) {
        // Each under COMMANDS as a tagged paragraph, and in the SYNOPSIS.
        EXPECT_TRUE(commands.contains(QStringLiteral(".BI \"") + command + u' '))
            << command.toStdString() << " is not under COMMANDS";
        EXPECT_TRUE(synopsis.contains(QStringLiteral(".B bilan ") + command + u' '))
            << command.toStdString() << " is not in the SYNOPSIS";
        EXPECT_TRUE(CommandLine::usage().contains(QStringLiteral("bilan ") + command))
            << command.toStdString() << " is not in the usage text";
    }
}

TEST_F(ManualPageTest, NamesEveryKindOfCsvFile)
{
    const QString commands = section(m_page, QStringLiteral("COMMANDS"));
    for (CsvKind kind : CsvFormat::kinds())
        EXPECT_TRUE(commands.contains(CsvFormat::key(kind))) << CsvFormat::key(kind).toStdString();
}

TEST_F(ManualPageTest, HasTheSectionsOfAManualPage)
{
    for (const char* name : {"NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "FILES",
                             "ENVIRONMENT", "EXIT STATUS"})
        EXPECT_FALSE(section(m_page, QLatin1String(name)).isEmpty()) << name;
    const QString exit = section(m_page, QStringLiteral("EXIT STATUS"));
    for (const int code : {CommandLine::Success, CommandLine::UserError, CommandLine::UsageError})
        EXPECT_TRUE(exit.contains(QStringLiteral(".B %1\n").arg(code))) << code;
    EXPECT_TRUE(
        section(m_page, QStringLiteral("ENVIRONMENT")).contains(QStringLiteral("PGPASSWORD")));
    EXPECT_TRUE(section(m_page, QStringLiteral("FILES")).contains(QStringLiteral("bilan.log")));
    EXPECT_TRUE(section(m_page, QStringLiteral("FILES")).contains(QStringLiteral("bilan.conf")));
}

} // namespace
