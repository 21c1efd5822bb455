// `bilan report --paper a4|letter`: the PDF's pages are of the paper asked for; anything else is
// a usage error naming the option. Without --paper the system locale's paper is used.

#include "CommandTest.h"
#include "Database.h"
#include "Paper.h"

#include <QProcess>
#include <QStandardPaths>

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

class CommandLineReportPaperTest : public test::CommandTest
{
protected:
    void SetUp() override
    {
        CommandTest::SetUp();
        auto database = Database::open(m_db);
        ASSERT_TRUE(database.ok()) << database.message().toStdString();
    }

    QStringList report(const QString& pdf)
    {
        return {
            QStringLiteral("report"),    QStringLiteral("--db"),  m_db, QStringLiteral("--year"),
            QStringLiteral("2019-2020"), QStringLiteral("--pdf"), pdf};
    }

    // pdfinfo's "Page size" line; empty when pdfinfo is missing.
    static QString pageSize(const QString& pdf)
    {
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdfinfo.isEmpty())
            return {};
        QProcess process;
        process.start(pdfinfo, {pdf});
        process.waitForFinished(60000);
        for (const QString& line : QString::fromUtf8(process.readAllStandardOutput()).split(u'\n'))
            if (line.startsWith(QStringLiteral("Page size:")))
                return line.simplified();
        return QStringLiteral("no page size");
    }
};

TEST_F(CommandLineReportPaperTest, EachPaperGivesPagesOfItsSize)
{
    const QString letter = path(QStringLiteral("letter.pdf"));
    ASSERT_EQ(run(report(letter) << QStringLiteral("--paper") << QStringLiteral("Letter")),
              CommandLine::Success)
        << m_err.toStdString();
    const QString a4 = path(QStringLiteral("a4.pdf"));
    ASSERT_EQ(run(report(a4) << QStringLiteral("--paper") << QStringLiteral("a4")),
              CommandLine::Success)
        << m_err.toStdString();
    const QString system = path(QStringLiteral("system.pdf"));
    ASSERT_EQ(run(report(system)), CommandLine::Success) << m_err.toStdString();
    if (pageSize(a4).isEmpty())
        GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
    EXPECT_EQ(pageSize(letter), QStringLiteral("Page size: 612 x 792 pts (letter)"));
    EXPECT_EQ(pageSize(a4), QStringLiteral("Page size: 595 x 842 pts (A4)"));
    EXPECT_EQ(pageSize(system),
              Paper::systemDefault() == PaperSize::Letter ? pageSize(letter) : pageSize(a4));
}

TEST_F(CommandLineReportPaperTest, AnotherPaperIsAUsageError)
{
    const QString pdf = path(QStringLiteral("legal.pdf"));
    EXPECT_EQ(run(report(pdf) << QStringLiteral("--paper") << QStringLiteral("legal")),
              CommandLine::UsageError);
    EXPECT_THAT(m_err.toStdString(), HasSubstr("--paper is a4 or letter, not \"legal\""));
    EXPECT_FALSE(QFile::exists(pdf));
}

} // namespace
