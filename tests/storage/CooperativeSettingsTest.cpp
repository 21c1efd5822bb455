// The cooperative's name, address, contact lines and fiscal year's first month: saved in one
// transaction, read back by another desk, and the first month refused while closed years would
// move.

#include "CooperativeSettings.h"
#include "SettingsRepository.h"

#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

Cooperative seedCooperative()
{
    Cooperative cooperative;
    cooperative.name = QStringLiteral("Consortium de ressources et d'expertises coopératives");
    cooperative.address = QStringLiteral("5955, rue Saint-Laurent\nLévis (Québec) G6V 3P5");
    cooperative.phone = QStringLiteral("418 622-1001");
    cooperative.email = QStringLiteral("info@example.coop");
    cooperative.website = QStringLiteral("www.example.coop");
    cooperative.generalManager = QStringLiteral("J. Benoit Caron");
    cooperative.generalManagerTitle = QStringLiteral("Directeur général");
    return cooperative;
}

class CooperativeSettingsTest : public test::DatabaseTest
{
protected:
    Cooperative loaded()
    {
        auto read = CooperativeSettings(db()).load();
        EXPECT_TRUE(read.ok()) << read.message().toStdString();
        return read.ok() ? *read : Cooperative{};
    }
};

TEST_F(CooperativeSettingsTest, ANewDatabaseHasNoNameAndStartsYearsInApril)
{
    const Cooperative cooperative = loaded();
    EXPECT_TRUE(cooperative.name.isEmpty());
    EXPECT_FALSE(cooperative.hasContact());
    EXPECT_EQ(cooperative.fiscalStartMonth, 4);
}

TEST_F(CooperativeSettingsTest, EveryLineIsSavedAndReadAtAnotherDesk)
{
    Cooperative cooperative = seedCooperative();
    cooperative.name = QStringLiteral("  ") + cooperative.name + QStringLiteral(" ");
    cooperative.fiscalStartMonth = 7;
    ASSERT_OK(CooperativeSettings(db()).save(cooperative));

    auto other = m_test.openAnotherDesk();
    ASSERT_TRUE(other);
    auto read = CooperativeSettings(*other).load();
    ASSERT_OK(read);
    const Cooperative expected = seedCooperative();
    EXPECT_EQ(read->name, expected.name); // trimmed
    EXPECT_EQ(read->address, expected.address);
    EXPECT_EQ(read->phone, expected.phone);
    EXPECT_EQ(read->email, expected.email);
    EXPECT_EQ(read->website, expected.website);
    EXPECT_EQ(read->generalManager, expected.generalManager);
    EXPECT_EQ(read->generalManagerTitle, expected.generalManagerTitle);
    EXPECT_EQ(read->fiscalStartMonth, 7);
    // The report reads the name under the key it always had.
    auto name = SettingsRepository(*other).value(
        QString::fromLatin1(SettingsRepository::OrganisationNameKey));
    ASSERT_OK(name);
    EXPECT_EQ(*name, expected.name);
}

TEST_F(CooperativeSettingsTest, ANameAloneIsEnough)
{
    Cooperative cooperative;
    cooperative.name = QStringLiteral("Coop Estrie");
    ASSERT_OK(CooperativeSettings(db()).save(cooperative));
    EXPECT_EQ(loaded().name, QStringLiteral("Coop Estrie"));
    EXPECT_FALSE(loaded().hasContact());
}

TEST_F(CooperativeSettingsTest, ANameIsRequiredAndNothingIsWrittenWithoutOne)
{
    Cooperative cooperative = seedCooperative();
    cooperative.name = QStringLiteral("   ");
    const Status saved = CooperativeSettings(db()).save(cooperative);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().field, "name");
    EXPECT_TRUE(loaded().phone.isEmpty());
}

TEST_F(CooperativeSettingsTest, AMistypedEmailOrAControlCharacterIsRefusedOnItsField)
{
    Cooperative cooperative = seedCooperative();
    cooperative.email = QStringLiteral("info.example.coop");
    Status saved = CooperativeSettings(db()).save(cooperative);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().field, "email");
    EXPECT_THAT(saved.message().toStdString(), HasSubstr("info.example.coop"));

    cooperative = seedCooperative();
    cooperative.phone = QStringLiteral("418\n622-1001");
    saved = CooperativeSettings(db()).save(cooperative);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().field, "phone");
    EXPECT_TRUE(loaded().name.isEmpty());
}

TEST_F(CooperativeSettingsTest, TheGeneralManagerIsOptionalTrimmedAndOneLine)
{
    EXPECT_TRUE(loaded().generalManager.isEmpty());
    EXPECT_TRUE(loaded().generalManagerTitle.isEmpty());

    Cooperative cooperative = seedCooperative();
    cooperative.generalManager = QStringLiteral("  J. Benoit   Caron ");
    cooperative.generalManagerTitle = QString();
    ASSERT_OK(CooperativeSettings(db()).save(cooperative));
    EXPECT_EQ(loaded().generalManager, QStringLiteral("J. Benoit   Caron"));
    EXPECT_TRUE(loaded().generalManagerTitle.isEmpty()); // the report's word is printed then

    // Cleared again: no signature.
    cooperative.generalManager = QString();
    ASSERT_OK(CooperativeSettings(db()).save(cooperative));
    EXPECT_TRUE(loaded().generalManager.isEmpty());

    cooperative = seedCooperative();
    cooperative.generalManager = QStringLiteral("J. Benoit\nCaron");
    Status saved = CooperativeSettings(db()).save(cooperative);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().field, "general_manager");
    cooperative = seedCooperative();
    cooperative.generalManagerTitle = QStringLiteral("Directeur\a général");
    saved = CooperativeSettings(db()).save(cooperative);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().field, "general_manager_title");
    EXPECT_TRUE(loaded().generalManager.isEmpty()); // nothing of the refused saves was kept
}

TEST_F(CooperativeSettingsTest, TheFirstMonthIsRefusedWhileClosedYearsWouldMove)
{
    SettingsRepository settings(db());
    auto year = settings.fiscalYear(2019);
    ASSERT_OK(year);
    ASSERT_OK(settings.closeYear(*year));

    Cooperative cooperative = seedCooperative();
    cooperative.fiscalStartMonth = 1;
    const Status saved = CooperativeSettings(db()).save(cooperative);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().field, "fiscal_start_month");
    EXPECT_THAT(saved.message().toStdString(), HasSubstr("2019-2020"));
    // One transaction: the name typed with it is not kept either.
    EXPECT_TRUE(loaded().name.isEmpty());
    EXPECT_EQ(loaded().fiscalStartMonth, 4);

    // The same month: the other lines are saved though years are closed.
    cooperative.fiscalStartMonth = 4;
    ASSERT_OK(CooperativeSettings(db()).save(cooperative));
    EXPECT_EQ(loaded().name, cooperative.name);

    // Reopened, the month may change.
    ASSERT_OK(settings.reopenYear(2019));
    cooperative.fiscalStartMonth = 1;
    ASSERT_OK(CooperativeSettings(db()).save(cooperative));
    EXPECT_EQ(loaded().fiscalStartMonth, 1);
}

} // namespace
