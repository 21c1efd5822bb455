// File ▸ Import: a check writes nothing and lists every bad line; Import is offered only after a
// clean check of the same kind and file.

#include "ImportDialog.h"
#include "ExpertRepository.h"
#include "ImportProblemModel.h"
#include "OrganisationRepository.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace bilan;

namespace {

class ImportDialogTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_files.isValid());
        m_dialog = std::make_unique<ImportDialog>(db());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_dialog->problemModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
        file.write(bytes);
        return path;
    }

    int organisationCount()
    {
        auto count = OrganisationRepository(db()).count();
        EXPECT_TRUE(count.ok()) << count.message().toStdString();
        return count ? *count : -1;
    }

    QPushButton* importButton()
    {
        return m_dialog->findChild<QPushButton*>(QStringLiteral("importButton"));
    }

    QString cell(int row, ImportProblemModel::Column column)
    {
        auto* model = m_dialog->problemModel();
        return model->data(model->index(row, column)).toString();
    }

    // Three organisations and one column the kind does not know.
    QString cleanFile()
    {
        return writeFile(QStringLiteral("clean.csv"),
                         QStringLiteral("name,kind,region,colour\n"
                                        "Coopérative Le Rucher,coop,Estrie,green\n"
                                        "Mutuelle des Bois,mutual,Laurentides,\n"
                                        "Réseau Sud,network,Montérégie,blue\n")
                             .toUtf8());
    }

    QTemporaryDir m_files;
    std::unique_ptr<ImportDialog> m_dialog;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

TEST_F(ImportDialogTest, CleanFileIsCheckedWithoutWritingThenImported)
{
    QSignalSpy imported(m_dialog.get(), &ImportDialog::imported);
    m_dialog->setKind(CsvKind::Organisations);
    m_dialog->setFilePath(cleanFile());
    EXPECT_FALSE(m_dialog->canImport());

    EXPECT_TRUE(m_dialog->check());
    EXPECT_EQ(m_dialog->problemCount(), 0);
    EXPECT_EQ(organisationCount(), 0) << "a check must write nothing";
    EXPECT_TRUE(m_dialog->canImport());
    EXPECT_TRUE(importButton()->isEnabled());
    EXPECT_TRUE(m_dialog->statusText().contains(QStringLiteral("3 rows checked")))
        << m_dialog->statusText().toStdString();
    auto* ignored = m_dialog->findChild<QLabel*>(QStringLiteral("ignoredLabel"));
    ASSERT_NE(ignored, nullptr);
    EXPECT_FALSE(ignored->isHidden());
    EXPECT_TRUE(ignored->text().contains(QStringLiteral("colour")));
    EXPECT_EQ(imported.count(), 0);

    EXPECT_TRUE(m_dialog->importNow());
    EXPECT_EQ(organisationCount(), 3);
    EXPECT_TRUE(m_dialog->statusText().contains(QStringLiteral("3 rows imported")))
        << m_dialog->statusText().toStdString();
    ASSERT_EQ(imported.count(), 1);
    EXPECT_EQ(imported.at(0).at(0).value<CsvKind>(), CsvKind::Organisations);
    EXPECT_EQ(imported.at(0).at(1).toInt(), 3);
    // The same file a second time needs a new check (which would now find the names taken).
    EXPECT_FALSE(m_dialog->canImport());
    EXPECT_FALSE(m_dialog->importNow());
    EXPECT_EQ(organisationCount(), 3);
}

TEST_F(ImportDialogTest, EveryBadLineIsListedInFileOrderAndNothingIsWritten)
{
    // Line 3: a kind that does not exist; line 5: a network nobody defines.
    const QString path =
        writeFile(QStringLiteral("bad.csv"), QByteArray("name,kind,region,network\n"
                                                        "Coop A,coop,Estrie,\n"
                                                        "Coop B,team,Estrie,\n"
                                                        "Coop C,npo,Laval,\n"
                                                        "Coop D,coop,Laval,Nowhere\n"));
    m_dialog->setKind(CsvKind::Organisations);
    m_dialog->setFilePath(path);

    EXPECT_FALSE(m_dialog->check());
    ASSERT_EQ(m_dialog->problemCount(), 2);
    EXPECT_EQ(cell(0, ImportProblemModel::Line), QStringLiteral("3"));
    EXPECT_EQ(cell(0, ImportProblemModel::ColumnName), QStringLiteral("kind"));
    EXPECT_TRUE(cell(0, ImportProblemModel::Message).contains(QStringLiteral("team")));
    EXPECT_EQ(cell(1, ImportProblemModel::Line), QStringLiteral("5"));
    EXPECT_EQ(cell(1, ImportProblemModel::ColumnName), QStringLiteral("network"));
    EXPECT_TRUE(cell(1, ImportProblemModel::Message).contains(QStringLiteral("Nowhere")));
    EXPECT_TRUE(m_dialog->statusText().contains(QStringLiteral("2 problems")))
        << m_dialog->statusText().toStdString();

    EXPECT_FALSE(m_dialog->canImport());
    EXPECT_FALSE(importButton()->isEnabled());
    EXPECT_FALSE(m_dialog->importNow());
    EXPECT_EQ(organisationCount(), 0);
}

TEST_F(ImportDialogTest, ChangingTheFileOrTheKindAfterACleanCheckWithdrawsImport)
{
    const QString clean = cleanFile();
    const QString other = writeFile(QStringLiteral("other.csv"), QByteArray("name,kind\nX,coop\n"));
    m_dialog->setKind(CsvKind::Organisations);
    m_dialog->setFilePath(clean);
    ASSERT_TRUE(m_dialog->check());
    ASSERT_TRUE(importButton()->isEnabled());

    m_dialog->setFilePath(other);
    EXPECT_FALSE(m_dialog->canImport());
    EXPECT_FALSE(importButton()->isEnabled());
    EXPECT_EQ(m_dialog->problemCount(), 0);
    EXPECT_FALSE(m_dialog->importNow());
    EXPECT_EQ(organisationCount(), 0);

    ASSERT_TRUE(m_dialog->check());
    ASSERT_TRUE(m_dialog->canImport());
    m_dialog->setKind(CsvKind::Experts);
    EXPECT_FALSE(m_dialog->canImport());
    EXPECT_FALSE(importButton()->isEnabled());
    EXPECT_FALSE(m_dialog->importNow());
    EXPECT_EQ(organisationCount(), 0);
}

TEST_F(ImportDialogTest, AMissingFileIsSaidPlainly)
{
    QSignalSpy errors(m_dialog.get(), &ImportDialog::errorOccurred);
    const QString missing = m_files.filePath(QStringLiteral("nowhere.csv"));
    m_dialog->setFilePath(missing);
    EXPECT_FALSE(m_dialog->check());
    EXPECT_TRUE(m_dialog->statusText().contains(QStringLiteral("does not exist")))
        << m_dialog->statusText().toStdString();
    EXPECT_TRUE(m_dialog->statusText().contains(QStringLiteral("nowhere.csv")));
    EXPECT_FALSE(m_dialog->canImport());
    EXPECT_EQ(errors.count(), 1);
}

TEST_F(ImportDialogTest, AFolderIsSaidToBeAFolder)
{
    m_dialog->setFilePath(m_files.path());
    EXPECT_FALSE(m_dialog->check());
    EXPECT_TRUE(m_dialog->statusText().contains(QStringLiteral("is a folder, not a CSV file")))
        << m_dialog->statusText().toStdString();
}

TEST_F(ImportDialogTest, ProblemsShowTheFilesControlAndInvisibleCharactersEscaped)
{
    m_dialog->setFilePath(
        writeFile(QStringLiteral("hostile.csv"), QByteArray("name,kind\n\"Coop\x1b[2J\",coop\n"
                                                            "Coop B,co\xE2\x80\x8Bop\n")));
    EXPECT_FALSE(m_dialog->check());
    ASSERT_EQ(m_dialog->problemCount(), 2);
    EXPECT_TRUE(cell(0, ImportProblemModel::Message).contains(QStringLiteral("Coop\\x1b[2J")))
        << cell(0, ImportProblemModel::Message).toStdString();
    EXPECT_TRUE(cell(1, ImportProblemModel::Message).contains(QStringLiteral("co<U+200B>op")))
        << cell(1, ImportProblemModel::Message).toStdString();
}

TEST_F(ImportDialogTest, AFileWithOnlyAHeaderHasNothingToImport)
{
    m_dialog->setFilePath(writeFile(QStringLiteral("empty.csv"), QByteArray("name,kind\n")));
    EXPECT_TRUE(m_dialog->check());
    EXPECT_FALSE(m_dialog->canImport());
    EXPECT_TRUE(m_dialog->statusText().contains(QStringLiteral("nothing to import")))
        << m_dialog->statusText().toStdString();
}

TEST_F(ImportDialogTest, ALargeFileMovesTheProgressBarAndHidesItAfterwards)
{
    // The importer reports every 4096 rows: 10 000 rows give two reports part-way and one at the
    // end.
    QByteArray bytes("name,kind\n");
    for (int i = 0; i < 10000; ++i)
        bytes += "Organisation " + QByteArray::number(i) + ",coop\n";
    m_dialog->setFilePath(writeFile(QStringLiteral("large.csv"), bytes));
    auto* bar = m_dialog->findChild<QProgressBar*>(QStringLiteral("progressBar"));
    ASSERT_NE(bar, nullptr);
    QList<int> values;
    QObject::connect(bar, &QProgressBar::valueChanged, [&values](int value) { values << value; });

    EXPECT_TRUE(m_dialog->check());
    EXPECT_TRUE(bar->isHidden());
    ASSERT_GE(values.size(), 3);
    EXPECT_GT(values.at(0), 0);
    EXPECT_LT(values.at(0), 1000);
    EXPECT_EQ(values.last(), 1000);
    EXPECT_EQ(organisationCount(), 0);
}

// The importer's transaction refuses a read-only database even for a check; the dialog says so.
TEST_F(ImportDialogTest, AReadOnlyDatabaseIsSaidAndNothingIsOffered)
{
    auto readOnly = Database::open(m_test.path(), {.access = Database::Access::ReadOnly});
    ASSERT_OK(readOnly);
    ImportDialog dialog(**readOnly);
    dialog.setFilePath(cleanFile());
    EXPECT_FALSE(dialog.check());
    EXPECT_FALSE(dialog.canImport());
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("read-only")))
        << dialog.statusText().toStdString();
    EXPECT_FALSE(dialog.importNow());
    EXPECT_EQ(organisationCount(), 0);
}

TEST(ImportProblemModelTest, AProblemWithTheWholeFileHasNoLineNumber)
{
    ImportProblemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProblems({ImportProblem{12, QStringLiteral("date"), QStringLiteral("not a date")},
                       ImportProblem{0, {}, QStringLiteral("the database is locked")}});
    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), 3);
    EXPECT_EQ(model.index(0, ImportProblemModel::Line).data().toString(), QStringLiteral("12"));
    EXPECT_EQ(model.index(0, ImportProblemModel::Line).data(Qt::UserRole).toInt(), 12);
    EXPECT_EQ(model.index(0, ImportProblemModel::ColumnName).data().toString(),
              QStringLiteral("date"));
    EXPECT_EQ(model.index(1, ImportProblemModel::Line).data().toString(), QStringLiteral("file"));
    EXPECT_EQ(model.index(1, ImportProblemModel::Message).data().toString(),
              QStringLiteral("the database is locked"));
    EXPECT_EQ(model.headerData(ImportProblemModel::Message, Qt::Horizontal).toString(),
              QStringLiteral("Problem"));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ImportDialogTest, ATimeTrackersExportIsSaidSoAndItsColumnsNamed)
{
    Expert expert;
    expert.name = QStringLiteral("Marie Roy");
    expert.started = QDate(2020, 1, 1);
    ASSERT_TRUE(ExpertRepository(db()).add(expert).ok());
    Organisation organisation;
    organisation.name = QStringLiteral("Coop du Rucher");
    ASSERT_TRUE(OrganisationRepository(db()).add(organisation).ok());
    const QByteArray header =
        "\xEF\xBB\xBFUser,Email,Client,Project,Task,Description,Billable,Start date,"
        "Start time,End date,End time,Duration,Tags,Amount (USD)\n";
    m_dialog->setKind(CsvKind::Hours);
    auto* hint = m_dialog->findChild<QLabel*>(QStringLiteral("columnsHintLabel"));
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->text().endsWith(
        QStringLiteral("Or a Kimai, Clockify or Toggl Track export, as exported.")))
        << hint->text().toStdString();
    m_dialog->setFilePath(writeFile(QStringLiteral("toggl.csv"),
                                    header + "Marie Roy,m@x,Coop du Rucher,Gouvernance,,Suivi,"
                                             "Yes,2024-09-02,09:00:00,2024-09-02,10:30:00,"
                                             "01:30:00,,0\n"));
    EXPECT_TRUE(m_dialog->check());
    auto* reading = m_dialog->findChild<QLabel*>(QStringLiteral("ignoredLabel"));
    ASSERT_NE(reading, nullptr);
    EXPECT_FALSE(reading->isHidden());
    EXPECT_EQ(reading->text(), QStringLiteral("Read as a Toggl Track detailed report."));

    m_dialog->setFilePath(writeFile(QStringLiteral("toggl-bad.csv"),
                                    header + "Marie Roy,m@x,Coop des Ruches,Gouvernance,,,Yes,"
                                             "2024-09-02,09:00:00,2024-09-02,10:30:00,"
                                             "01:30:00,,0\n"));
    EXPECT_FALSE(m_dialog->check());
    ASSERT_EQ(m_dialog->problemCount(), 1);
    EXPECT_EQ(cell(0, ImportProblemModel::ColumnName), QStringLiteral("Client"));
    EXPECT_TRUE(cell(0, ImportProblemModel::Message).contains(QStringLiteral("Members page")));
    EXPECT_TRUE(reading->text().contains(QStringLiteral("Toggl Track")));

    // A timer started by accident is left out, and the dialog says so beside the format.
    m_dialog->setFilePath(writeFile(QStringLiteral("toggl-short.csv"),
                                    header + "Marie Roy,m@x,Coop du Rucher,Gouvernance,,,Yes,"
                                             "2024-09-03,09:00:00,2024-09-03,09:00:20,"
                                             "00:00:20,,0\n"
                                             "Marie Roy,m@x,Coop du Rucher,Gouvernance,,,Yes,"
                                             "2024-09-03,10:00:00,2024-09-03,11:00:00,"
                                             "01:00:00,,0\n"));
    EXPECT_TRUE(m_dialog->check());
    EXPECT_EQ(reading->text(), QStringLiteral("Read as a Toggl Track detailed report.\n"
                                              "1 entry rounding to 0 minutes left out."));

    m_dialog->setKind(CsvKind::Experts);
    EXPECT_FALSE(hint->text().contains(QStringLiteral("Kimai")));
}

} // namespace
