// ↓ in a list's search box goes into the list, on the first row the search shows.

#include "SearchBoxKeys.h"

#include <QApplication>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class SearchBoxKeysTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (const char* name : {"Coop A", "Coop B", "Coop C"})
            m_model.appendRow(new QStandardItem(QString::fromLatin1(name)));
        m_list->setModel(&m_model);
        auto* layout = new QVBoxLayout(&m_window);
        layout->addWidget(m_box);
        layout->addWidget(m_list);
        leadDownToList(m_box, m_list);
        m_window.show();
        m_window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&m_window));
        m_box->setFocus();
    }

    QStandardItemModel m_model;
    QWidget m_window;
    QLineEdit* m_box = new QLineEdit;
    QTableView* m_list = new QTableView;
};

TEST_F(SearchBoxKeysTest, DownGoesToTheFirstRowShown)
{
    m_list->setRowHidden(0, true); // the search hides "Coop A"
    QTest::keyClick(m_box, Qt::Key_Down);
    EXPECT_EQ(QApplication::focusWidget(), m_list);
    EXPECT_EQ(m_list->currentIndex().row(), 1);
    // ↓ then moves in the list itself.
    QTest::keyClick(m_list, Qt::Key_Down);
    EXPECT_EQ(m_list->currentIndex().row(), 2);
}

TEST_F(SearchBoxKeysTest, DownKeepsTheCurrentRowWhenItIsShown)
{
    m_list->setCurrentIndex(m_model.index(2, 0));
    m_box->setFocus();
    QTest::keyClick(m_box, Qt::Key_Down);
    EXPECT_EQ(QApplication::focusWidget(), m_list);
    EXPECT_EQ(m_list->currentIndex().row(), 2);
}

TEST_F(SearchBoxKeysTest, NothingShownLeavesTheFocusInTheBox)
{
    for (int row = 0; row < 3; ++row)
        m_list->setRowHidden(row, true);
    QTest::keyClick(m_box, Qt::Key_Down);
    EXPECT_EQ(QApplication::focusWidget(), m_box);
}

} // namespace
