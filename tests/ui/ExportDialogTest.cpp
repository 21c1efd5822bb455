// File ▸ Export: one kind written as CSV, read back by the import, errors said in the dialog.

#include "ExportDialog.h"
#include "CsvImporter.h"
#include "FileDialog.h"
#include "ImportDialog.h"
#include "MessageBox.h"
#include "OrganisationRepository.h"
#include "TestDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class ExportDialogTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override { ASSERT_TRUE(m_files.isValid()); }

    // Two organisations, one a network the other belongs to, through the real importer.
    void addOrganisations()
    {
        const QString path = m_files.filePath(QStringLiteral("seed.csv"));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("name,kind,region,network\n"
                                  "Réseau Sud,network,Montérégie,\n"
                                  "Coop \"Le Rucher\", Sherbrooke,coop,Estrie,Réseau Sud\n")
                       .toUtf8()
                       .replace("Coop \"Le Rucher\", Sherbrooke",
                                "\"Coop \"\"Le Rucher\"\", Sherbrooke\""));
        file.close();
        const ImportResult seeded = CsvImporter(db()).importFile(CsvKind::Organisations, path);
        ASSERT_TRUE(seeded.written)
            << (seeded.problems.isEmpty() ? std::string()
                                          : seeded.problems.first().message.toStdString());
    }

    static QStringList names(Database& database)
    {
        auto all = OrganisationRepository(database).all();
        EXPECT_TRUE(all.ok()) << all.message().toStdString();
        QStringList names;
        for (const Organisation& organisation : all ? *all : QList<Organisation>())
            names << organisation.name;
        names.sort();
        return names;
    }

    QTemporaryDir m_files;
};

TEST_F(ExportDialogTest, OrganisationsExportIsReadBackIntoAFreshDatabase)
{
    addOrganisations();
    ExportDialog dialog(db());
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    const QString path = m_files.filePath(QStringLiteral("organisations.csv"));
    dialog.setKind(CsvKind::Organisations);
    dialog.setFilePath(path);
    ASSERT_TRUE(dialog.exportNow()) << dialog.statusText().toStdString();
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("2 rows written")))
        << dialog.statusText().toStdString();
    ASSERT_EQ(exported.count(), 1);
    EXPECT_EQ(exported.at(0).at(1).toLongLong(), 2);

    bilan::test::TestDatabase fresh;
    ImportDialog import(fresh.db());
    import.setKind(CsvKind::Organisations);
    import.setFilePath(path);
    ASSERT_TRUE(import.check()) << import.statusText().toStdString();
    ASSERT_TRUE(import.importNow()) << import.statusText().toStdString();
    EXPECT_EQ(names(fresh.db()), (QStringList{QStringLiteral("Coop \"Le Rucher\", Sherbrooke"),
                                              QStringLiteral("Réseau Sud")}));
}

// Browse proposes the format the form names, and a name without an extension takes it.
TEST_F(ExportDialogTest, BrowseKeepsTheWorkbookFormatOfTheForm)
{
    ExportDialog dialog(db());
    dialog.setFilePath(m_files.filePath(QStringLiteral("organisations.xlsx")));
    FileDialog::setNextFileName(m_files.filePath(QStringLiteral("mine")));
    dialog.browse();
    EXPECT_TRUE(FileDialog::lastSuggestedName().endsWith(QStringLiteral("organisations.xlsx")))
        << FileDialog::lastSuggestedName().toStdString();
    EXPECT_TRUE(dialog.filePath().endsWith(QStringLiteral("mine.xlsx")))
        << dialog.filePath().toStdString();
    dialog.setFilePath(m_files.filePath(QStringLiteral("organisations.csv")));
    FileDialog::setNextFileName(m_files.filePath(QStringLiteral("other")));
    dialog.browse();
    EXPECT_TRUE(dialog.filePath().endsWith(QStringLiteral("other.csv")))
        << dialog.filePath().toStdString();
}

// A name typed without its extension may be that of an existing file once the extension is
// added: the question is asked about the file that would be replaced, and No keeps it.
TEST_F(ExportDialogTest, BrowseAsksBeforeReplacingTheFileTheAddedExtensionNames)
{
    const QString existing = m_files.filePath(QStringLiteral("hours.xlsx"));
    QFile file(existing);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("mine");
    file.close();
    ExportDialog dialog(db());
    dialog.setFilePath(m_files.filePath(QStringLiteral("organisations.xlsx")));
    FileDialog::setNextFileName(m_files.filePath(QStringLiteral("hours")));
    MessageBox::setNextAnswer(QMessageBox::No);
    dialog.browse();
    EXPECT_FALSE(MessageBox::hasNextAnswer()) << "the replace question was not asked";
    EXPECT_TRUE(dialog.filePath().endsWith(QStringLiteral("organisations.xlsx")))
        << dialog.filePath().toStdString();

    FileDialog::setNextFileName(m_files.filePath(QStringLiteral("hours")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.browse();
    EXPECT_FALSE(MessageBox::hasNextAnswer());
    EXPECT_TRUE(dialog.filePath().endsWith(QStringLiteral("hours.xlsx")))
        << dialog.filePath().toStdString();
}

TEST_F(ExportDialogTest, AFolderThatDoesNotExistIsAnErrorInTheDialog)
{
    addOrganisations();
    ExportDialog dialog(db());
    QSignalSpy errors(&dialog, &ExportDialog::errorOccurred);
    const QString path = m_files.filePath(QStringLiteral("missing/folder/organisations.csv"));
    dialog.setFilePath(path);
    EXPECT_FALSE(dialog.exportNow());
    EXPECT_TRUE(dialog.statusText().startsWith(QStringLiteral("Nothing was written")))
        << dialog.statusText().toStdString();
    EXPECT_EQ(errors.count(), 1);
    EXPECT_FALSE(QFileInfo::exists(path));
}

// The dialog shares the command line's choice of format (CsvExporter::formatOf): .xlsx is a
// workbook, another workbook's name is refused.
TEST_F(ExportDialogTest, AnXlsxNameWritesAWorkbookAndAnotherWorkbookNameIsRefused)
{
    addOrganisations();
    ExportDialog dialog(db());
    const QString path = m_files.filePath(QStringLiteral("organisations.xlsx"));
    dialog.setFilePath(path);
    EXPECT_TRUE(dialog.exportNow()) << dialog.statusText().toStdString();
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("2 rows written")))
        << dialog.statusText().toStdString();
    QFile workbook(path);
    ASSERT_TRUE(workbook.open(QIODevice::ReadOnly));
    EXPECT_EQ(workbook.read(2), QByteArray("PK"));
    // The kind follows with the format kept.
    dialog.setKind(CsvKind::Experts);
    EXPECT_TRUE(dialog.filePath().endsWith(QStringLiteral("experts.xlsx")))
        << dialog.filePath().toStdString();

    const QString ods = m_files.filePath(QStringLiteral("organisations.ods"));
    dialog.setFilePath(ods);
    EXPECT_FALSE(dialog.exportNow());
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("Excel workbook (.xlsx)")))
        << dialog.statusText().toStdString();
    EXPECT_FALSE(QFileInfo::exists(ods));
}

TEST_F(ExportDialogTest, TheDatabaseFileItselfIsRefused)
{
    addOrganisations();
    ExportDialog dialog(db());
    dialog.setFilePath(m_test.path());
    EXPECT_FALSE(dialog.exportNow());
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("database's own file")))
        << dialog.statusText().toStdString();
    EXPECT_EQ(names(db()).size(), 2);
}

TEST_F(ExportDialogTest, ALinkToTheDatabaseOrItsLogIsRefused)
{
    BILAN_FILE_ONLY();
    addOrganisations();
    const QString link = m_files.filePath(QStringLiteral("organisations.csv"));
    ASSERT_TRUE(QFile::link(m_test.path(), link));
    const QString logLink = m_files.filePath(QStringLiteral("log.csv"));
    ASSERT_TRUE(QFile::link(m_test.path() + QStringLiteral("-wal"), logLink));
    ExportDialog dialog(db());
    for (const QString& target : {link, logLink, m_test.path() + QStringLiteral("-shm")}) {
        dialog.setFilePath(target);
        EXPECT_FALSE(dialog.exportNow()) << target.toStdString();
        EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("database's own file")))
            << dialog.statusText().toStdString();
    }
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(names(db()).size(), 2);
}

TEST_F(ExportDialogTest, ADefaultFileNameFollowsTheKindButAChosenNameStays)
{
    ExportDialog dialog(db());
    dialog.setKind(CsvKind::Organisations);
    dialog.setFilePath(m_files.filePath(QStringLiteral("organisations.csv")));
    dialog.setKind(CsvKind::Hours);
    EXPECT_EQ(QFileInfo(dialog.filePath()).fileName(), QStringLiteral("hours.csv"));
    EXPECT_EQ(QFileInfo(dialog.filePath()).absolutePath(),
              QFileInfo(m_files.path()).absoluteFilePath());

    dialog.setFilePath(m_files.filePath(QStringLiteral("for the accountant.csv")));
    dialog.setKind(CsvKind::Finances);
    EXPECT_EQ(QFileInfo(dialog.filePath()).fileName(), QStringLiteral("for the accountant.csv"));
}

TEST_F(ExportDialogTest, NoFileChosenIsSaid)
{
    ExportDialog dialog(db());
    EXPECT_FALSE(dialog.exportNow());
    EXPECT_FALSE(dialog.statusText().isEmpty());
}

} // namespace
