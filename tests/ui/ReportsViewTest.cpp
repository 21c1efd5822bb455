#include "ReportsView.h"

#include "ExpertRepository.h"
#include "FinanceRepository.h"
#include "Formatting.h"
#include "OrganisationRepository.h"
#include "ReportTextRepository.h"
#include "ServiceEntryRepository.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

// A small hand-built database (the demo data lives in bilan_app, not linked here): two years of
// hours and finances, and the texts of 2019-2020 in French.
class ReportsViewTest : public test::DatabaseTest
{
protected:
    void SetUp() override
    {
        // The dashboard formats with the default locale: fix it so the expected texts are known.
        m_savedLocale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));

        Organisation a;
        a.name = QStringLiteral("Coop A");
        a.kind = OrganisationKind::Coop;
        auto orgA = OrganisationRepository(db()).add(a);
        ASSERT_OK(orgA);
        Organisation b = a;
        b.name = QStringLiteral("Coop B");
        auto orgB = OrganisationRepository(db()).add(b);
        ASSERT_OK(orgB);
        Expert e;
        e.name = QStringLiteral("Expert One");
        e.role = ExpertRole::Professional;
        e.started = QDate(2010, 1, 1);
        auto expert = ExpertRepository(db()).add(e);
        ASSERT_OK(expert);

        // 2018-2019: 10 h; 2019-2020: 25 h over two enterprises.
        addHours(QDate(2018, 6, 1), *expert, *orgA, 600);
        addHours(QDate(2019, 5, 2), *expert, *orgA, 900);
        addHours(QDate(2020, 2, 3), *expert, *orgB, 600);

        addFinance(2018, FinanceKind::RevenueMembers, 80'000'000);
        addFinance(2018, FinanceKind::Expense, 70'000'000);
        addFinance(2019, FinanceKind::RevenueMembers, 90'000'000);
        addFinance(2019, FinanceKind::RevenueAuxiliary, 10'000'000);
        addFinance(2019, FinanceKind::Expense, 95'000'000);

        ReportTexts texts;
        texts.fiscalYear = 2019;
        texts.language = QStringLiteral("fr");
        texts.president = QStringLiteral("Le mot du président.");
        texts.director = QStringLiteral("Le mot de la direction.");
        texts.mission = QStringLiteral("Notre mission.");
        ASSERT_OK(ReportTextRepository(db()).save(texts));
    }

    void TearDown() override { QLocale::setDefault(m_savedLocale); }

    void addHours(QDate date, qint64 expertId, qint64 organisationId, int minutes)
    {
        ServiceEntry entry;
        entry.date = date;
        entry.expertId = expertId;
        entry.organisationId = organisationId;
        entry.minutes = minutes;
        EXPECT_OK(ServiceEntryRepository(db()).add(entry));
    }

    void addFinance(int year, FinanceKind kind, qint64 cents)
    {
        FinanceLine line;
        line.fiscalYear = year;
        line.scenario = Scenario::Actual;
        line.kind = kind;
        line.amountCents = cents;
        EXPECT_OK(FinanceRepository(db()).add(line));
    }

    QLocale m_savedLocale;
};

TEST_F(ReportsViewTest, DashboardShowsTheYearBesideThePreviousOne)
{
    ReportsView view(db());
    view.setFiscalYear(2019);
    EXPECT_EQ(view.fiscalYear(), 2019);
    EXPECT_TRUE(view.lastError().isEmpty()) << view.lastError().toStdString();

    const Formatting format{QLocale()};
    EXPECT_EQ(view.cellText(ReportDashboardModel::Hours, ReportDashboardModel::CurrentColumn),
              format.hours(1500));
    EXPECT_EQ(view.cellText(ReportDashboardModel::Hours, ReportDashboardModel::PreviousColumn),
              format.hours(600));
    EXPECT_EQ(view.cellText(ReportDashboardModel::Hours, ReportDashboardModel::ChangeColumn),
              format.percent(150.0, 1, true));
    EXPECT_EQ(
        view.cellText(ReportDashboardModel::EnterprisesServed, ReportDashboardModel::CurrentColumn),
        format.integer(2));
    EXPECT_EQ(view.cellText(ReportDashboardModel::Revenue, ReportDashboardModel::CurrentColumn),
              format.dollars(100'000'000));
    EXPECT_EQ(view.cellText(ReportDashboardModel::Revenue, ReportDashboardModel::PreviousColumn),
              format.dollars(80'000'000));
    EXPECT_EQ(view.cellText(ReportDashboardModel::Surplus, ReportDashboardModel::CurrentColumn),
              format.dollars(5'000'000));
    // Nothing recorded: a dash, never 0.
    EXPECT_EQ(
        view.cellText(ReportDashboardModel::Satisfaction, ReportDashboardModel::CurrentColumn),
        QStringLiteral("—"));
    EXPECT_EQ(
        view.cellText(ReportDashboardModel::MembersAtYearEnd, ReportDashboardModel::CurrentColumn),
        QStringLiteral("—"));
}

// A year with nothing recorded: dashes in every value cell and no empty chart frames.
TEST_F(ReportsViewTest, AnEmptyYearShowsDashesAndNoCharts)
{
    ReportsView view(db());
    QAbstractItemModelTester tester(&view.dashboard(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setFiscalYear(2019);
    // Hours, revenue and the one expert's role; no membership recorded, so no members chart.
    EXPECT_EQ(view.visibleCharts().size(), 3);
    view.setFiscalYear(2005);
    EXPECT_TRUE(view.lastError().isEmpty()) << view.lastError().toStdString();
    EXPECT_TRUE(view.visibleCharts().isEmpty());
    EXPECT_EQ(view.cellText(ReportDashboardModel::Hours, ReportDashboardModel::CurrentColumn),
              QStringLiteral("—"));
    EXPECT_EQ(
        view.cellText(ReportDashboardModel::SelfFinancing, ReportDashboardModel::ChangeColumn),
        QStringLiteral("—"));
    EXPECT_EQ(view.cellText(ReportDashboardModel::Hours, ReportDashboardModel::FigureColumn),
              QStringLiteral("Hours of service"));
    EXPECT_EQ(
        view.dashboard().headerData(ReportDashboardModel::CurrentColumn, Qt::Horizontal).toString(),
        QStringLiteral("2005-2006"));
}

TEST_F(ReportsViewTest, TextsAreLoadedPerYearAndLanguageAndSaved)
{
    ReportsView view(db());
    view.setFiscalYear(2019);
    view.setTextLanguage(QStringLiteral("fr"));
    auto* president = view.findChild<QPlainTextEdit*>(QStringLiteral("presidentEdit"));
    auto* vision = view.findChild<QPlainTextEdit*>(QStringLiteral("visionEdit"));
    ASSERT_NE(president, nullptr);
    ASSERT_NE(vision, nullptr);
    EXPECT_EQ(president->toPlainText(), QStringLiteral("Le mot du président."));

    vision->setPlainText(QStringLiteral("Une vision."));
    view.findChild<QPushButton*>(QStringLiteral("saveTextsButton"))->click();
    EXPECT_TRUE(view.lastError().isEmpty()) << view.lastError().toStdString();

    auto saved = ReportTextRepository(db()).get(2019, QStringLiteral("fr"));
    ASSERT_OK(saved);
    EXPECT_EQ(saved->vision, QStringLiteral("Une vision."));
    EXPECT_EQ(saved->president, QStringLiteral("Le mot du président."));

    // English has its own texts: none yet.
    view.setTextLanguage(QStringLiteral("en"));
    EXPECT_TRUE(president->toPlainText().isEmpty());
    president->setPlainText(QStringLiteral("The president's word."));
    ASSERT_TRUE(view.saveTexts());
    auto english = ReportTextRepository(db()).get(2019, QStringLiteral("en"));
    ASSERT_OK(english);
    EXPECT_EQ(english->president, QStringLiteral("The president's word."));
    auto french = ReportTextRepository(db()).get(2019, QStringLiteral("fr"));
    ASSERT_OK(french);
    EXPECT_EQ(french->president, QStringLiteral("Le mot du président."));

    // Another year starts empty.
    view.setFiscalYear(2018);
    EXPECT_TRUE(president->toPlainText().isEmpty());
}

TEST_F(ReportsViewTest, ExportWritesTheAnnualReport)
{
    ReportsView view(db());
    view.setFiscalYear(2019);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        const QString path = dir.filePath(QStringLiteral("report-%1.pdf").arg(language));
        ASSERT_TRUE(view.exportPdf(path, language)) << view.lastError().toStdString();
        EXPECT_GT(QFileInfo(path).size(), 10 * 1024);

        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdfinfo.isEmpty())
            continue;
        QProcess process;
        process.start(pdfinfo, {path});
        ASSERT_TRUE(process.waitForFinished(30000));
        const QString info = QString::fromUtf8(process.readAllStandardOutput());
        int pages = 0;
        for (const QString& line : info.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("Pages:")))
                pages = line.mid(6).trimmed().toInt();
        EXPECT_GT(pages, 1) << info.toStdString();
    }
}

TEST_F(ReportsViewTest, ExportErrorsAreShownNotSwallowed)
{
    ReportsView view(db());
    view.setFiscalYear(2019);
    EXPECT_FALSE(
        view.exportPdf(QStringLiteral("/nonexistent-folder/x/report.pdf"), QStringLiteral("fr")));
    EXPECT_FALSE(view.lastError().isEmpty());
    EXPECT_FALSE(view.exportPdf(QStringLiteral("/tmp/never.pdf"), QStringLiteral("de")));
    EXPECT_FALSE(view.lastError().isEmpty());
}

} // namespace
