#include "ReportsView.h"

#include "MessageBox.h"
#include "ReportTextRepository.h"
#include "TestDatabase.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

// Switching the year or the language of the report texts with edits not saved yet.
class ReportTextsSwitchTest : public test::DatabaseTest
{
protected:
    void SetUp() override
    {
        ReportTexts texts;
        texts.fiscalYear = 2019;
        texts.language = QStringLiteral("fr");
        texts.president = QString::fromUtf8("Le mot du président.");
        ASSERT_OK(ReportTextRepository(db()).save(texts));
    }

    // The view on 2019-2020 in French, answering the question with `answer`, counted.
    void open(ReportsView& view, MessageBox::Button answer)
    {
        view.setFiscalYear(2019);
        view.setTextLanguage(QStringLiteral("fr"));
        m_answer = answer;
        m_president = view.findChild<QPlainTextEdit*>(QStringLiteral("presidentEdit"));
        ASSERT_NE(m_president, nullptr);
        ASSERT_EQ(m_president->toPlainText(), QString::fromUtf8("Le mot du président."));
        ASSERT_FALSE(view.textsModified());
    }

    // What a user does: typing, which marks the text modified (setPlainText would not).
    void type(const QString& text)
    {
        m_president->selectAll();
        m_president->insertPlainText(text);
    }

    QString savedPresident(int year, const QString& language)
    {
        auto texts = ReportTextRepository(db()).get(year, language);
        EXPECT_TRUE(texts.ok()) << texts.message().toStdString();
        return texts ? texts->president : QStringLiteral("<error>");
    }

    void TearDown() override { MessageBox::setNextAnswer(QMessageBox::NoButton); }

    // Does `action` with the question, if it comes, answered as open() was told; counted.
    template <typename Action> void answering(Action action)
    {
        MessageBox::setNextAnswer(m_answer);
        action();
        if (!MessageBox::hasNextAnswer())
            ++m_asked;
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    MessageBox::Button m_answer = QMessageBox::Cancel;
    int m_asked = 0;
    QPlainTextEdit* m_president = nullptr;
};

TEST_F(ReportTextsSwitchTest, WithoutEditsNothingIsAsked)
{
    ReportsView view(db());
    ASSERT_NO_FATAL_FAILURE(open(view, QMessageBox::Cancel));
    answering([&] { view.setTextLanguage(QStringLiteral("en")); });
    EXPECT_EQ(m_asked, 0);
    EXPECT_TRUE(m_president->toPlainText().isEmpty());
}

TEST_F(ReportTextsSwitchTest, CancelKeepsTheEditsAndThePickers)
{
    ReportsView view(db());
    ASSERT_NO_FATAL_FAILURE(open(view, QMessageBox::Cancel));
    type(QStringLiteral("Un mot neuf."));
    EXPECT_TRUE(view.textsModified());
    answering([&] { view.setFiscalYear(2018); });
    EXPECT_EQ(m_asked, 1);
    EXPECT_EQ(view.fiscalYear(), 2019);
    EXPECT_EQ(m_president->toPlainText(), QStringLiteral("Un mot neuf."));
    answering([&] { view.setTextLanguage(QStringLiteral("en")); });
    EXPECT_EQ(m_asked, 2);
    EXPECT_EQ(view.textLanguage(), QStringLiteral("fr"));
    EXPECT_EQ(m_president->toPlainText(), QStringLiteral("Un mot neuf."));
    // Reading the year again elsewhere does not drop them either.
    view.reload();
    EXPECT_EQ(m_president->toPlainText(), QStringLiteral("Un mot neuf."));
    EXPECT_EQ(savedPresident(2019, QStringLiteral("fr")),
              QString::fromUtf8("Le mot du président."));
}

TEST_F(ReportTextsSwitchTest, SaveWritesTheTextsWhereTheyWereLoadedFrom)
{
    ReportsView view(db());
    ASSERT_NO_FATAL_FAILURE(open(view, QMessageBox::Save));
    type(QStringLiteral("Un mot neuf."));
    // The language picker has already moved to English when the save runs: the French texts
    // must still go to French.
    answering([&] { view.setTextLanguage(QStringLiteral("en")); });
    EXPECT_EQ(m_asked, 1);
    EXPECT_EQ(savedPresident(2019, QStringLiteral("fr")), QStringLiteral("Un mot neuf."));
    EXPECT_TRUE(savedPresident(2019, QStringLiteral("en")).isEmpty());
    EXPECT_EQ(view.textLanguage(), QStringLiteral("en"));
    EXPECT_TRUE(m_president->toPlainText().isEmpty());
    EXPECT_FALSE(view.textsModified());

    type(QStringLiteral("A new word."));
    answering([&] { view.setFiscalYear(2018); });
    EXPECT_EQ(m_asked, 2);
    EXPECT_EQ(savedPresident(2019, QStringLiteral("en")), QStringLiteral("A new word."));
    EXPECT_TRUE(savedPresident(2018, QStringLiteral("en")).isEmpty());
    EXPECT_TRUE(m_president->toPlainText().isEmpty());
}

TEST_F(ReportTextsSwitchTest, DiscardDropsTheEditsOnlyWhenAsked)
{
    ReportsView view(db());
    ASSERT_NO_FATAL_FAILURE(open(view, QMessageBox::Discard));
    type(QStringLiteral("Un mot jeté."));
    answering([&] { view.setFiscalYear(2018); });
    EXPECT_EQ(m_asked, 1);
    EXPECT_EQ(view.fiscalYear(), 2018);
    answering([&] { view.setFiscalYear(2019); });
    EXPECT_EQ(m_asked, 1); // nothing edited in 2018
    EXPECT_EQ(m_president->toPlainText(), QString::fromUtf8("Le mot du président."));
    EXPECT_EQ(savedPresident(2019, QStringLiteral("fr")),
              QString::fromUtf8("Le mot du président."));
}

TEST_F(ReportTextsSwitchTest, TheYearsFollowTheDatabaseClock)
{
    // The test clock: 2026-11-24; moved to mid-2031, a year the computer's date cannot give.
    m_test.clock().set(QDateTime(QDate(2031, 7, 15), QTime(12, 0), QTimeZone::utc()));
    ReportsView view(db());
    auto* years = view.findChild<QComboBox*>(QStringLiteral("yearCombo"));
    ASSERT_NE(years, nullptr);
    // The fiscal year starts in April by default: 2031-2032 is the current one.
    EXPECT_EQ(years->itemData(0).toInt(), 2031);
    // The last finished year comes first in the picker.
    EXPECT_EQ(view.fiscalYear(), 2030);
}

} // namespace
