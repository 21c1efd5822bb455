// The Cooperative page (issue 12): the name, address, contact lines and fiscal first month are
// typed, saved and shown again; a refusal is said under its field, in a sentence.

#include "CooperativeView.h"

#include "CooperativeSettings.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class CooperativeViewTest : public test::DatabaseTest
{
protected:
    template <typename T> T* child(const char* name)
    {
        auto* widget = m_view.findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    CooperativeView m_view{db()};
};

TEST_F(CooperativeViewTest, WhatIsTypedIsSavedAndShownAgain)
{
    m_view.show();
    QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral("Coop Estrie"));
    child<QPlainTextEdit>("addressEdit")->setPlainText(QStringLiteral("12, rue King\nSherbrooke"));
    QTest::keyClicks(child<QLineEdit>("phoneEdit"), QStringLiteral("819 555-0100"));
    QTest::keyClicks(child<QLineEdit>("emailEdit"), QStringLiteral("info@estrie.example"));
    auto* month = child<QComboBox>("monthCombo");
    EXPECT_EQ(month->currentData().toInt(), 4);
    month->setCurrentIndex(month->findData(7));
    QSignalSpy saved(&m_view, &CooperativeView::saved);
    child<QPushButton>("saveButton")->click();
    EXPECT_EQ(saved.size(), 1);
    EXPECT_TRUE(m_view.errorText().startsWith(QStringLiteral("Saved")));

    auto stored = CooperativeSettings(db()).load();
    ASSERT_OK(stored);
    EXPECT_EQ(stored->name, QStringLiteral("Coop Estrie"));
    EXPECT_EQ(stored->address, QStringLiteral("12, rue King\nSherbrooke"));
    EXPECT_EQ(stored->phone, QStringLiteral("819 555-0100"));
    EXPECT_EQ(stored->email, QStringLiteral("info@estrie.example"));
    EXPECT_EQ(stored->fiscalStartMonth, 7);

    CooperativeView again(db());
    EXPECT_EQ(again.cooperative().name, QStringLiteral("Coop Estrie"));
    EXPECT_EQ(again.cooperative().fiscalStartMonth, 7);

    // "Saved" goes as soon as a line is typed again: it no longer says what the page shows.
    QTest::keyClicks(child<QLineEdit>("phoneEdit"), QStringLiteral(" poste 2"));
    EXPECT_EQ(m_view.errorText(), QString());
}

TEST_F(CooperativeViewTest, AMonthThatWouldMoveClosedYearsIsRefusedUnderItsField)
{
    SettingsRepository settings(db());
    auto year = settings.fiscalYear(2023);
    ASSERT_OK(year);
    ASSERT_OK(settings.closeYear(*year));
    m_view.revert();
    m_view.show();
    QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral("Coop Estrie"));
    auto* month = child<QComboBox>("monthCombo");
    month->setCurrentIndex(month->findData(1));
    EXPECT_FALSE(m_view.save().ok());
    const QString error = m_view.errorText(QStringLiteral("fiscal_start_month"));
    EXPECT_TRUE(error.startsWith(QStringLiteral("The fiscal year's first month")))
        << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("2023-2024"))) << error.toStdString();
    // What was typed stays to be corrected.
    EXPECT_EQ(child<QLineEdit>("nameEdit")->text(), QStringLiteral("Coop Estrie"));
}

TEST_F(CooperativeViewTest, TheGeneralManagerWhoSignsTheDirectorsWordIsTypedHere)
{
    m_view.show();
    auto* manager = child<QLineEdit>("generalManagerEdit");
    auto* title = child<QLineEdit>("generalManagerTitleEdit");
    // An empty title prints the report's own word: the field says which.
    EXPECT_EQ(title->placeholderText(), QStringLiteral("General manager"));
    QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral("Coop Estrie"));
    QTest::keyClicks(manager, QStringLiteral("J. Benoit Caron"));
    QTest::keyClicks(title, QStringLiteral("Chief executive"));
    ASSERT_OK(m_view.save());
    auto stored = CooperativeSettings(db()).load();
    ASSERT_OK(stored);
    EXPECT_EQ(stored->generalManager, QStringLiteral("J. Benoit Caron"));
    EXPECT_EQ(stored->generalManagerTitle, QStringLiteral("Chief executive"));
    CooperativeView again(db());
    EXPECT_EQ(again.cooperative().generalManager, QStringLiteral("J. Benoit Caron"));
    EXPECT_EQ(again.cooperative().generalManagerTitle, QStringLiteral("Chief executive"));

    // A line typed here is unsaved work the page asks about before it is left.
    QTest::keyClicks(title, QStringLiteral(" officer"));
    EXPECT_NE(m_view.cooperative().generalManagerTitle, stored->generalManagerTitle);

    // A control character pasted in is refused under its own field.
    title->setText(QStringLiteral("Directeur\a général"));
    EXPECT_FALSE(m_view.save().ok());
    EXPECT_FALSE(m_view.errorText(QStringLiteral("general_manager_title")).isEmpty());
    EXPECT_TRUE(m_view.errorText(QStringLiteral("general_manager")).isEmpty());
}

TEST_F(CooperativeViewTest, AReadOnlyLoginSeesWhyAndCannotSave)
{
    m_view.setReadOnly(true, QStringLiteral("Your login is the board secretary's"));
    m_view.show();
    EXPECT_FALSE(child<QPushButton>("saveButton")->isVisible());
    EXPECT_FALSE(child<QLineEdit>("nameEdit")->isEnabled());
    EXPECT_FALSE(child<QLineEdit>("generalManagerEdit")->isEnabled());
}

} // namespace
