// The director's flow on the demo database: open the reports screen on 2019-2020, read the
// dashboard against the seed report's figures, see its charts, and get the annual report as a
// PDF, printed and previewed — the same pages every way. The demo is built once for the suite.

#include "DemoData.h"
#include "ReportsView.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QHeaderView>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;
using Row = ReportDashboardModel::Row;
using Column = ReportDashboardModel::Column;

namespace {

// French separates thousands and units with a no-break space (narrow or not): compare with
// plain spaces, and without the ligatures Qt's PDFs carry.
QString normalised(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC);
    text.replace(QChar(0x00A0), u' ');
    text.replace(QChar(0x202F), u' ');
    return text;
}

QString tool(const char* name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>")
            .arg(program, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString& path)
{
    return normalised(
        run(tool("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}));
}

int pdfPages(const QString& path)
{
    const QString info = run(tool("pdfinfo"), {path});
    for (const QString& line : info.split(u'\n'))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

class ReportsViewDemoTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_demo = new test::TestDatabase;
        s_created = DemoData::create(s_demo->db());
    }
    static void TearDownTestSuite()
    {
        delete s_demo;
        s_demo = nullptr;
    }

    void SetUp() override
    {
        ASSERT_OK(s_created);
        if (tool("pdftotext").isEmpty() || tool("pdfinfo").isEmpty())
            GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) is not installed";
        m_savedLocale = QLocale();
        ASSERT_TRUE(m_dir.isValid());
    }
    void TearDown() override { QLocale::setDefault(m_savedLocale); }

    Database& db() { return s_demo->db(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    static test::TestDatabase* s_demo;
    static Status s_created;
    QLocale m_savedLocale;
    QTemporaryDir m_dir;
};

test::TestDatabase* ReportsViewDemoTest::s_demo = nullptr;
Status ReportsViewDemoTest::s_created;

TEST_F(ReportsViewDemoTest, DashboardShowsTheSeedReportsFiguresInFrench)
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    ReportsView view(db());
    view.setFiscalYear(2019);
    ASSERT_TRUE(view.lastError().isEmpty()) << view.lastError().toStdString();
    QAbstractItemModelTester tester(&view.dashboard(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    const auto cell = [&](Row row, Column column) {
        return normalised(view.cellText(row, column)).toStdString();
    };
    EXPECT_EQ(cell(Row::Hours, Column::CurrentColumn), "75 100 h");
    EXPECT_EQ(cell(Row::Hours, Column::PreviousColumn), "65 300 h");
    EXPECT_EQ(cell(Row::Hours, Column::ChangeColumn), "+15,0 %"); // 75 100 / 65 300 = 1.150
    EXPECT_EQ(cell(Row::EnterprisesServed, Column::CurrentColumn), "300");
    EXPECT_EQ(cell(Row::MembersAtYearEnd, Column::CurrentColumn), "84");
    EXPECT_EQ(cell(Row::MembersAtYearEnd, Column::PreviousColumn), "58");
    EXPECT_EQ(cell(Row::MembersAtYearEnd, Column::ChangeColumn), "+44,8 %"); // 84 / 58 = 1.448
    EXPECT_EQ(cell(Row::NewMembers, Column::CurrentColumn), "26");
    EXPECT_EQ(cell(Row::Revenue, Column::CurrentColumn), "4 475 852 $");
    EXPECT_EQ(cell(Row::Revenue, Column::PreviousColumn), "3 569 964 $");
    EXPECT_EQ(cell(Row::Revenue, Column::ChangeColumn), "+25,4 %");
    EXPECT_EQ(cell(Row::Expenses, Column::CurrentColumn), "4 405 109 $");
    EXPECT_EQ(cell(Row::Surplus, Column::CurrentColumn), "70 743 $");
    EXPECT_EQ(cell(Row::Surplus, Column::PreviousColumn), "75 048 $");
    EXPECT_EQ(cell(Row::Surplus, Column::ChangeColumn), "-4 305 $"); // 70 743 - 75 048
    EXPECT_EQ(cell(Row::SelfFinancing, Column::CurrentColumn), "100,0 %");
    EXPECT_EQ(cell(Row::Satisfaction, Column::CurrentColumn), "91 %");
    EXPECT_EQ(
        view.dashboard().headerData(Column::CurrentColumn, Qt::Horizontal).toString().toStdString(),
        "2019-2020");
    EXPECT_EQ(view.dashboard()
                  .headerData(Column::PreviousColumn, Qt::Horizontal)
                  .toString()
                  .toStdString(),
              "2018-2019");

    // The press release's year: self-financing to one decimal, as it was announced.
    view.setFiscalYear(2024);
    EXPECT_EQ(cell(Row::SelfFinancing, Column::CurrentColumn), "97,7 %");
    EXPECT_EQ(cell(Row::Hours, Column::CurrentColumn), "85 487 h");
}

TEST_F(ReportsViewDemoTest, DashboardFollowsTheEnglishInterface)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
    ReportsView view(db());
    view.setFiscalYear(2019);
    ASSERT_TRUE(view.lastError().isEmpty()) << view.lastError().toStdString();
    const auto cell = [&](Row row, Column column) {
        return normalised(view.cellText(row, column)).toStdString();
    };
    EXPECT_EQ(cell(Row::Hours, Column::CurrentColumn), "75,100 h");
    EXPECT_EQ(cell(Row::Revenue, Column::CurrentColumn), "$4,475,852");
    EXPECT_EQ(cell(Row::SelfFinancing, Column::CurrentColumn), "100.0%");
    EXPECT_EQ(cell(Row::Surplus, Column::ChangeColumn), "-$4,305");
    EXPECT_EQ(view.reportLanguage().toStdString(), "en");
}

TEST_F(ReportsViewDemoTest, ChartsShowTheYearBesideTheFigures)
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    ReportsView view(db());
    view.setFiscalYear(2019);
    const QList<QChartView*> charts = view.visibleCharts();
    ASSERT_EQ(charts.size(), 4); // hours, members, revenue, experts: the demo has all four

    // The hours chart: five years ending with 2019-2020's 75 100 hours, 2018-2019's 65 300.
    QChart* hours = charts.first()->chart();
    ASSERT_NE(hours, nullptr);
    ASSERT_FALSE(hours->series().isEmpty());
    auto* bars = qobject_cast<QBarSeries*>(hours->series().first());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->barSets().size(), 1);
    const QBarSet* set = bars->barSets().first();
    ASSERT_EQ(set->count(), 5);
    EXPECT_DOUBLE_EQ(set->at(4), 75100.0);
    EXPECT_DOUBLE_EQ(set->at(3), 65300.0);
    EXPECT_THAT(hours->title().toStdString(), HasSubstr("Heures de services"));

    // Another year replaces the charts rather than piling them up.
    view.setFiscalYear(2024);
    ASSERT_EQ(view.visibleCharts().size(), 4);
    auto* later =
        qobject_cast<QBarSeries*>(view.visibleCharts().first()->chart()->series().first());
    ASSERT_NE(later, nullptr);
    EXPECT_DOUBLE_EQ(later->barSets().first()->at(4), 85487.0);
}

TEST_F(ReportsViewDemoTest, ExportsTheAnnualReportInBothLanguages)
{
    ReportsView view(db());
    view.setFiscalYear(2019);
    const QString french = file(QStringLiteral("rapport-2019.pdf"));
    const QString english = file(QStringLiteral("report-2019.pdf"));
    ASSERT_TRUE(view.exportPdf(french, QStringLiteral("fr"))) << view.lastError().toStdString();
    ASSERT_TRUE(view.exportPdf(english, QStringLiteral("en"))) << view.lastError().toStdString();

    const std::string fr = pdfText(french).toStdString();
    EXPECT_THAT(fr, HasSubstr("75 100 h"));
    EXPECT_THAT(fr, HasSubstr("4 475 852 $"));
    EXPECT_THAT(fr, HasSubstr("2019-2020"));
    EXPECT_THAT(fr, HasSubstr("Rapport d"));
    EXPECT_THAT(fr, ::testing::Not(HasSubstr("75,100")));
    const std::string en = pdfText(english).toStdString();
    EXPECT_THAT(en, HasSubstr("75,100 h"));
    EXPECT_THAT(en, HasSubstr("$4,475,852"));
    EXPECT_THAT(en, HasSubstr("Activity report"));
    EXPECT_THAT(en, ::testing::Not(HasSubstr("75 100 h")));
    EXPECT_GT(pdfPages(french), 3);
    EXPECT_GT(pdfPages(english), 3);
}

// At the size of a laptop screen no figure's name or value is cut short, and the charts get
// room beside the table. BILAN_SCREENSHOT_DIR keeps the picture for the docs.
TEST_F(ReportsViewDemoTest, DashboardFitsALaptopScreen)
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    ReportsView view(db());
    view.setFiscalYear(2019);
    view.resize(1280, 800);
    view.show();
    QApplication::processEvents();
    // The view takes the screen it is given; what does not fit scrolls rather than growing it.
    EXPECT_EQ(view.size(), QSize(1280, 800));

    auto* table = view.findChild<QTableView*>(QStringLiteral("figuresTable"));
    ASSERT_NE(table, nullptr);
    const QFontMetrics metrics(table->font());
    for (int column = 0; column < ReportDashboardModel::ColumnCount; ++column) {
        const int width = table->horizontalHeader()->sectionSize(column);
        for (int row = 0; row < ReportDashboardModel::RowCount; ++row) {
            const QString text = view.cellText(static_cast<Row>(row), static_cast<Column>(column));
            EXPECT_GE(width, metrics.horizontalAdvance(text)) << text.toStdString();
        }
    }
    // The whole table is visible: no column scrolled out of sight.
    EXPECT_GE(table->viewport()->width(), table->horizontalHeader()->length());
    EXPECT_FALSE(table->horizontalScrollBar()->isVisible());
    for (QChartView* chart : view.visibleCharts()) {
        EXPECT_GE(chart->width(), 300);
        EXPECT_GE(chart->height(), 180);
    }

    const QByteArray folder = qgetenv("BILAN_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        EXPECT_TRUE(view.grab().save(QString::fromLocal8Bit(folder) + "/reports-view.png"));
    }
}

// Printing paints through the PDF's code: a printer writing a file gets the same pages, with
// the same text on them.
TEST_F(ReportsViewDemoTest, PrintingGivesThePdfsPages)
{
    ReportsView view(db());
    view.setFiscalYear(2019);
    for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        const QString exported = file(QStringLiteral("exported-%1.pdf").arg(language));
        ASSERT_TRUE(view.exportPdf(exported, language)) << view.lastError().toStdString();

        const QString printed = file(QStringLiteral("printed-%1.pdf").arg(language));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        // Whatever page the printer had, the report prints on its own A4.
        printer.setPageSize(QPageSize(QPageSize::Letter));
        ASSERT_TRUE(view.printReport(printer, language)) << view.lastError().toStdString();

        const int pages = pdfPages(exported);
        EXPECT_GT(pages, 3);
        EXPECT_EQ(pdfPages(printed), pages) << language.toStdString();
        EXPECT_EQ(pdfText(printed).toStdString(), pdfText(exported).toStdString());
        EXPECT_THAT(run(tool("pdfinfo"), {printed}).toStdString(), HasSubstr("(A4)"));
    }

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(file(QStringLiteral("never.pdf")));
    EXPECT_FALSE(view.printReport(printer, QStringLiteral("de")));
    EXPECT_FALSE(view.lastError().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(file(QStringLiteral("never.pdf"))));
}

// The preview button opens QPrintPreviewDialog over the same pages, in the chosen language.
TEST_F(ReportsViewDemoTest, PreviewShowsThePdfsPages)
{
    ReportsView view(db());
    view.setFiscalYear(2019);
    view.setReportLanguage(QStringLiteral("fr"));
    const QString exported = file(QStringLiteral("exported.pdf"));
    ASSERT_TRUE(view.exportPdf(exported, QStringLiteral("fr")));

    int previewed = -1;
    bool opened = false;
    QTimer::singleShot(0, &view, [&] {
        auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        opened = true;
        if (auto* preview = dialog->findChild<QPrintPreviewWidget*>())
            previewed = preview->pageCount();
        dialog->reject();
    });
    auto* button = view.findChild<QPushButton*>(QStringLiteral("previewButton"));
    ASSERT_NE(button, nullptr);
    button->click();
    ASSERT_TRUE(opened);
    EXPECT_EQ(previewed, pdfPages(exported));
    EXPECT_TRUE(view.lastError().isEmpty()) << view.lastError().toStdString();
}

} // namespace
