// File ▸ Import of a file saved by Excel on Windows (issue 15): the check says the encoding and
// delimiter it found, and the import says them when the file is not plain UTF-8 with commas.

#include "ImportDialog.h"
#include "OrganisationRepository.h"
#include "TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class ImportDialogExcelTest : public bilan::test::DatabaseTest
{
protected:
    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        EXPECT_TRUE(m_files.isValid());
        const QString path = m_files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
        file.write(bytes);
        return path;
    }

    QTemporaryDir m_files;
};

TEST_F(ImportDialogExcelTest, TheCheckAndTheImportSayAWindows1252File)
{
    ImportDialog dialog(db());
    dialog.setKind(CsvKind::Organisations);
    // Excel's "CSV (comma delimited)" on a French Windows.
    dialog.setFilePath(writeFile(QStringLiteral("organisations.csv"),
                                 "name;kind\r\nCoop\xE9rative l\x92\x8C"
                                 "uvre;coop\r\n"));
    ASSERT_TRUE(dialog.check());
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("1 row checked")))
        << dialog.statusText().toStdString();
    EXPECT_TRUE(dialog.statusText().endsWith(
        QStringLiteral("Encoding: Windows-1252; delimiter: semicolon.")))
        << dialog.statusText().toStdString();

    ASSERT_TRUE(dialog.importNow());
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("1 row imported")));
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("Windows-1252")))
        << dialog.statusText().toStdString();
    auto found = OrganisationRepository(db()).findByName(QStringLiteral("Coopérative l’Œuvre"));
    ASSERT_TRUE(found.ok()) << found.message().toStdString();
    EXPECT_TRUE(found->has_value());
}

TEST_F(ImportDialogExcelTest, APlainFileIsSaidAfterTheCheckOnly)
{
    ImportDialog dialog(db());
    dialog.setKind(CsvKind::Organisations);
    dialog.setFilePath(writeFile(QStringLiteral("organisations.csv"), "name,kind\nCoop,coop\n"));
    ASSERT_TRUE(dialog.check());
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("Encoding: UTF-8; delimiter: comma")))
        << dialog.statusText().toStdString();
    ASSERT_TRUE(dialog.importNow());
    EXPECT_FALSE(dialog.statusText().contains(QStringLiteral("Encoding")))
        << dialog.statusText().toStdString();

    // Problems found in a file read as UTF-16 are said with how it was read.
    const QString text = QStringLiteral("\uFEFFname\tkind\r\nAutre\tclub\r\n");
    QByteArray bytes;
    for (const QChar c : text)
        bytes.append(static_cast<char>(c.unicode() & 0xFF))
            .append(static_cast<char>(c.unicode() >> 8));
    dialog.setFilePath(writeFile(QStringLiteral("bad.txt"), bytes));
    EXPECT_FALSE(dialog.check());
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("1 problem found")));
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("Encoding: UTF-16LE; delimiter: tab")))
        << dialog.statusText().toStdString();
}

} // namespace
