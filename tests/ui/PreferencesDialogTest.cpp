#include "PreferencesDialog.h"

#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QComboBox>
#include <QLabel>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class PreferencesDialogTest : public bilan::test::DatabaseTest
{
protected:
    // The language lives in the tests' own QSettings; no test leaves it behind.
    void SetUp() override { QSettings().remove(QLatin1String(PreferencesDialog::LanguageKey)); }
    void TearDown() override { QSettings().remove(QLatin1String(PreferencesDialog::LanguageKey)); }

    template <typename T> static T* child(PreferencesDialog& dialog, const char* name)
    {
        auto* widget = dialog.findChild<T*>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    // English, at least 4 directors.
    static void chooseEnglishAndFour(PreferencesDialog& dialog)
    {
        auto* combo = child<QComboBox>(dialog, "languageCombo");
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        child<QRadioButton>(dialog, "atLeastRadio")->setChecked(true);
        child<QSpinBox>(dialog, "minimumSpin")->setValue(4);
    }

    QString storedRule()
    {
        auto value =
            SettingsRepository(db()).value(QLatin1String(PreferencesDialog::QuorumRuleKey));
        EXPECT_TRUE(value.ok()) << value.message().toStdString();
        return value.ok() ? *value : QString();
    }
};

TEST_F(PreferencesDialogTest, AcceptSavesBothAndReopenShowsThem)
{
    {
        PreferencesDialog dialog(db());
        EXPECT_EQ(dialog.language(), QString());
        EXPECT_TRUE(child<QRadioButton>(dialog, "moreThanHalfRadio")->isChecked());
        chooseEnglishAndFour(dialog);
        EXPECT_EQ(child<QLabel>(dialog, "quorumDescriptionLabel")->text(),
                  Quorum::describe({QuorumRule::Kind::AtLeast, 4}));
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_TRUE(dialog.errorText().isEmpty());
    }
    EXPECT_EQ(QSettings().value(QLatin1String(PreferencesDialog::LanguageKey)).toString(),
              QStringLiteral("en"));
    EXPECT_EQ(PreferencesDialog::savedLanguage(), QStringLiteral("en"));
    EXPECT_EQ(storedRule(), QStringLiteral("at_least:4"));

    PreferencesDialog reopened(db());
    EXPECT_EQ(child<QComboBox>(reopened, "languageCombo")->currentData().toString(),
              QStringLiteral("en"));
    EXPECT_TRUE(child<QRadioButton>(reopened, "atLeastRadio")->isChecked());
    EXPECT_EQ(child<QSpinBox>(reopened, "minimumSpin")->value(), 4);
    EXPECT_EQ((reopened.quorumRule()), (QuorumRule{QuorumRule::Kind::AtLeast, 4}));
    EXPECT_EQ(child<QLabel>(reopened, "quorumDescriptionLabel")->text(),
              Quorum::describe({QuorumRule::Kind::AtLeast, 4}));
}

TEST_F(PreferencesDialogTest, CancelSavesNothing)
{
    PreferencesDialog dialog(db());
    chooseEnglishAndFour(dialog);
    dialog.reject();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(QSettings().contains(QLatin1String(PreferencesDialog::LanguageKey)));
    EXPECT_EQ(storedRule(), QString());
}

TEST_F(PreferencesDialogTest, DescriptionFollowsTheControls)
{
    PreferencesDialog dialog(db());
    auto* label = child<QLabel>(dialog, "quorumDescriptionLabel");
    EXPECT_EQ(label->text(), Quorum::describe({}));
    child<QRadioButton>(dialog, "atLeastRadio")->setChecked(true);
    child<QSpinBox>(dialog, "minimumSpin")->setValue(7);
    EXPECT_EQ(label->text(), Quorum::describe({QuorumRule::Kind::AtLeast, 7}));
    child<QRadioButton>(dialog, "moreThanHalfRadio")->setChecked(true);
    EXPECT_EQ(label->text(), Quorum::describe({}));
}

TEST_F(PreferencesDialogTest, DatabaseErrorIsShownAndDialogStaysOpen)
{
    auto readOnly = Database::open(m_test.path(), {.access = Database::Access::ReadOnly});
    ASSERT_OK(readOnly);
    PreferencesDialog dialog(**readOnly);
    dialog.show();
    chooseEnglishAndFour(dialog);
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.errorText().isEmpty());
    // The database refused, so the language is not half-saved either.
    EXPECT_FALSE(QSettings().contains(QLatin1String(PreferencesDialog::LanguageKey)));
}

TEST_F(PreferencesDialogTest, UnreadableRuleIsReportedAndShownAsMoreThanHalf)
{
    ASSERT_OK(SettingsRepository(db()).setValue(QLatin1String(PreferencesDialog::QuorumRuleKey),
                                                QStringLiteral("two thirds")));
    PreferencesDialog dialog(db());
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_EQ(dialog.quorumRule(), QuorumRule{});
}

} // namespace
