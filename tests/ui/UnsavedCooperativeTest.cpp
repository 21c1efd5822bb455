// The Cooperative page never loses what was typed and not saved without a question: closing the
// window, switching to another page (and, through the same question, opening another database)
// asks to save, discard or stay, as the meeting editor does for unsaved notes (answered through
// the MessageBox test hook).

#include "CooperativeSettings.h"
#include "CooperativeView.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PrivateSettings.h"
#include "TestDatabase.h"

#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class UnsavedCooperativeTest : public test::DatabaseTest
{
protected:
    void SetUp() override
    {
        test::DatabaseTest::SetUp();
        m_cooperative = new CooperativeView(db());
        m_window.addPage(QStringLiteral("Hours"), new QWidget);
        m_page = m_window.addPage(QStringLiteral("Cooperative"), m_cooperative);
        m_window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
        m_window.showPage(m_page);
        m_name = m_cooperative->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        ASSERT_NE(m_name, nullptr);
        QTest::keyClicks(m_name, QStringLiteral("Coop Estrie"));
    }

    void TearDown() override
    {
        // A hook left set would answer a later test's question.
        EXPECT_FALSE(MessageBox::hasNextAnswer());
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        test::DatabaseTest::TearDown();
    }

    // `answer` given to the question `act` must ask.
    template <typename Act> void answer(MessageBox::Button answer, Act act)
    {
        MessageBox::setNextAnswer(answer);
        act();
        EXPECT_FALSE(MessageBox::hasNextAnswer()) << "no question was asked";
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    QString storedName()
    {
        auto stored = CooperativeSettings(db()).load();
        EXPECT_TRUE(stored.ok()) << stored.message().toStdString();
        return stored.ok() ? stored->name : QStringLiteral("<missing>");
    }

    const test::PrivateSettings m_settings{QStringLiteral("unsaved-cooperative")};
    MainWindow m_window;
    CooperativeView* m_cooperative = nullptr;
    QLineEdit* m_name = nullptr;
    int m_page = -1;
};

TEST_F(UnsavedCooperativeTest, ClosingAsksAndCancelKeepsTheWindowAndTheText)
{
    answer(QMessageBox::Cancel, [&] { EXPECT_FALSE(m_window.close()); });
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("cooperative")))
        << MessageBox::lastText().toStdString();
    EXPECT_TRUE(m_window.isVisible());
    EXPECT_EQ(m_window.currentPage(), m_page);
    EXPECT_EQ(m_name->text(), QStringLiteral("Coop Estrie"));
    EXPECT_NE(storedName(), QStringLiteral("Coop Estrie"));

    answer(QMessageBox::Save, [&] { EXPECT_TRUE(m_window.close()); });
    EXPECT_FALSE(m_window.isVisible());
    EXPECT_EQ(storedName(), QStringLiteral("Coop Estrie"));
}

TEST_F(UnsavedCooperativeTest, DiscardClosesWithoutSaving)
{
    const QString before = storedName();
    answer(QMessageBox::Discard, [&] { EXPECT_TRUE(m_window.close()); });
    EXPECT_FALSE(m_window.isVisible());
    EXPECT_EQ(storedName(), before);
}

TEST_F(UnsavedCooperativeTest, OpeningAnotherDatabaseAsksTheSameQuestion)
{
    // WindowLauncher asks confirmLeavingPages() before it opens another database.
    answer(QMessageBox::Cancel, [&] { EXPECT_FALSE(m_window.confirmLeavingPages()); });
    EXPECT_EQ(m_name->text(), QStringLiteral("Coop Estrie"));
}

TEST_F(UnsavedCooperativeTest, SwitchingPagesAsksAndCancelStaysOnThePage)
{
    answer(QMessageBox::Cancel, [&] { m_window.showPage(0); });
    EXPECT_EQ(m_window.currentPage(), m_page);
    EXPECT_TRUE(m_cooperative->isVisible());
    EXPECT_EQ(m_name->text(), QStringLiteral("Coop Estrie"));

    // Discard: the page shows what is stored, and the other page is shown.
    answer(QMessageBox::Discard, [&] { m_window.showPage(0); });
    EXPECT_EQ(m_window.currentPage(), 0);
    EXPECT_NE(m_name->text(), QStringLiteral("Coop Estrie"));
    EXPECT_NE(storedName(), QStringLiteral("Coop Estrie"));

    // Saved: leaving again asks nothing.
    m_window.showPage(m_page);
    QTest::keyClicks(m_name, QStringLiteral("Coop Estrie"));
    answer(QMessageBox::Save, [&] { m_window.showPage(0); });
    EXPECT_EQ(m_window.currentPage(), 0);
    EXPECT_EQ(storedName(), QStringLiteral("Coop Estrie"));
    m_window.showPage(m_page);
    m_window.showPage(0);
    EXPECT_EQ(m_window.currentPage(), 0);
}

TEST_F(UnsavedCooperativeTest, NothingTypedAsksNothing)
{
    m_cooperative->revert();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_window.showPage(0);
    EXPECT_EQ(m_window.currentPage(), 0);
    EXPECT_TRUE(m_window.close());
    EXPECT_TRUE(MessageBox::hasNextAnswer()) << "asked with nothing typed";
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

} // namespace
