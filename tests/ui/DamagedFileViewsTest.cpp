// The window's pages on a database with one damaged page of hour entries: they show the
// damage, never a shorter list or figures that pass for complete.

#include "DamagedDatabase.h"
#include "Database.h"
#include "ReportsView.h"
#include "ServiceEntryTableModel.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace bilan;
using namespace bilan::test;

namespace {

constexpr int Entries = 20'000;

class DamagedFileViewsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QString why;
        ASSERT_TRUE(buildDatabaseWithEntries(path, Entries, &why)) << why.toStdString();
        ASSERT_GT(damageOneEntriesPage(path, &why), 1) << why.toStdString();
        auto opened = Database::open(path);
        ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
        m_db = std::move(opened.value());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(DamagedFileViewsTest, TheHoursListShowsTheDamageAndKeepsTheTrueCount)
{
    ServiceEntryTableModel model(*m_db, nullptr, 500);
    QSignalSpy errors(&model, &ServiceEntryTableModel::errorOccurred);
    // As a view scrolling to the end asks for page after page.
    for (int pages = 0; model.canFetchMore({}) && pages < Entries; ++pages)
        model.fetchMore({});
    EXPECT_LT(model.rowCount(), Entries);
    ASSERT_GE(errors.count(), 1) << model.rowCount() << " rows listed, no error";
    EXPECT_TRUE(model.lastError().contains(QLatin1String("damaged")))
        << model.lastError().toStdString();
    // The total under the list still counts what the file holds, not the rows read.
    EXPECT_EQ(model.matchingCount(), Entries);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(DamagedFileViewsTest, TheReportsPageShowsTheDamageInsteadOfFigures)
{
    ReportsView view(*m_db);
    view.setFiscalYear(2019);
    EXPECT_TRUE(view.lastError().contains(QLatin1String("damaged")))
        << view.lastError().toStdString();
}
