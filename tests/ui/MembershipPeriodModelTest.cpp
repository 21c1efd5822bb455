#include "MembershipPeriodModel.h"

#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

class MembershipPeriodModelTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        m_savedLocale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Organisation organisation;
        organisation.name = QStringLiteral("Coopérative Le Rucher");
        organisation.kind = OrganisationKind::Coop;
        auto id = OrganisationRepository(db()).add(organisation);
        ASSERT_OK(id);
        m_rucher = *id;
        m_model = std::make_unique<MembershipPeriodModel>(db());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        ASSERT_OK(m_model->load(m_rucher));
    }

    void TearDown() override { QLocale::setDefault(m_savedLocale); }

    QList<Membership> stored()
    {
        auto periods = MembershipRepository(db()).forOrganisation(m_rucher);
        EXPECT_TRUE(periods.ok()) << periods.message().toStdString();
        return periods.ok() ? *periods : QList<Membership>{};
    }

    QString text(int row, int column) const
    {
        return m_model->index(row, column).data().toString();
    }

    QLocale m_savedLocale;
    qint64 m_rucher = 0;
    std::unique_ptr<MembershipPeriodModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

TEST_F(MembershipPeriodModelTest, JoinLeaveAndRejoinMakeTwoStoredPeriods)
{
    QSignalSpy changed(m_model.get(), &MembershipPeriodModel::periodsChanged);
    ASSERT_OK(m_model->join(QDate(2020, 1, 1), MembershipCategory::Member));
    ASSERT_OK(m_model->leave(QDate(2022, 7, 1)));
    ASSERT_OK(m_model->join(QDate(2023, 1, 1), MembershipCategory::Auxiliary));
    EXPECT_EQ(changed.count(), 3);
    EXPECT_EQ(changed.constLast().at(0).toLongLong(), m_rucher);

    const QList<Membership> periods = stored();
    ASSERT_EQ(periods.size(), 2);
    EXPECT_EQ(periods[0].joined, QDate(2020, 1, 1));
    EXPECT_EQ(periods[0].left, QDate(2022, 7, 1));
    EXPECT_EQ(periods[0].category, MembershipCategory::Member);
    EXPECT_EQ(periods[1].joined, QDate(2023, 1, 1));
    EXPECT_TRUE(periods[1].isOpen());
    EXPECT_EQ(periods[1].category, MembershipCategory::Auxiliary);

    ASSERT_EQ(m_model->rowCount(), 2);
    EXPECT_EQ(text(0, MembershipPeriodModel::Joined), QStringLiteral("2020-01-01"));
    EXPECT_EQ(text(0, MembershipPeriodModel::Left), QStringLiteral("2022-07-01"));
    EXPECT_EQ(text(0, MembershipPeriodModel::Category), QStringLiteral("Member"));
    EXPECT_EQ(text(1, MembershipPeriodModel::Left), QStringLiteral("still a member"));
    EXPECT_EQ(text(1, MembershipPeriodModel::Category), QStringLiteral("Auxiliary"));
    EXPECT_EQ(m_model->openPeriod()->id, periods[1].id);
    EXPECT_EQ(m_model->lastCategory(), MembershipCategory::Auxiliary);
}

TEST_F(MembershipPeriodModelTest, OverlappingJoinIsRefusedAndNothingWritten)
{
    ASSERT_OK(m_model->join(QDate(2020, 1, 1), MembershipCategory::Member));
    QSignalSpy errors(m_model.get(), &MembershipPeriodModel::errorOccurred);
    QSignalSpy changed(m_model.get(), &MembershipPeriodModel::periodsChanged);

    auto refused = m_model->join(QDate(2021, 3, 1), MembershipCategory::Supporting);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(),
                HasSubstr("overlaps the membership from 2020-01-01 to today"));
    EXPECT_EQ(refused.error().field, QStringLiteral("joined"));
    ASSERT_EQ(errors.count(), 1);
    EXPECT_EQ(errors.at(0).at(1).toString(), QStringLiteral("joined"));
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(stored().size(), 1);
    EXPECT_EQ(m_model->rowCount(), 1);
}

TEST_F(MembershipPeriodModelTest, LeavingBeforeJoiningIsRefused)
{
    ASSERT_OK(m_model->join(QDate(2020, 1, 1), MembershipCategory::Member));
    auto refused = m_model->leave(QDate(2019, 12, 31));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("left"));
    EXPECT_THAT(refused.message().toStdString(),
                HasSubstr("cannot leave (2019-12-31) before it joined (2020-01-01)"));
    ASSERT_EQ(stored().size(), 1);
    EXPECT_TRUE(stored()[0].isOpen());
}

TEST_F(MembershipPeriodModelTest, LeavingWithoutARunningPeriodIsRefused)
{
    auto refused = m_model->leave(QDate(2020, 1, 1));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("left"));
    EXPECT_TRUE(stored().isEmpty());
}

TEST_F(MembershipPeriodModelTest, CorrectingAPeriodRewritesItsDatesAndCategory)
{
    ASSERT_OK(m_model->join(QDate(2020, 1, 1), MembershipCategory::Member));
    Membership period = m_model->periodAt(0);
    period.joined = QDate(2019, 9, 1);
    period.left = QDate(2021, 4, 1);
    period.category = MembershipCategory::Managed;
    auto saved = m_model->save(period);
    ASSERT_OK(saved);
    EXPECT_EQ(*saved, period.id);
    const QList<Membership> periods = stored();
    ASSERT_EQ(periods.size(), 1);
    EXPECT_EQ(periods[0].joined, QDate(2019, 9, 1));
    EXPECT_EQ(periods[0].left, QDate(2021, 4, 1));
    EXPECT_EQ(periods[0].category, MembershipCategory::Managed);
    EXPECT_FALSE(m_model->openPeriod().has_value());
}

TEST_F(MembershipPeriodModelTest, RemoveDeletesOnlyThatPeriod)
{
    ASSERT_OK(m_model->join(QDate(2015, 1, 1), MembershipCategory::Member));
    ASSERT_OK(m_model->leave(QDate(2016, 1, 1)));
    ASSERT_OK(m_model->join(QDate(2018, 1, 1), MembershipCategory::Supporting));
    const qint64 first = m_model->periodAt(0).id;
    ASSERT_OK(m_model->remove(first));
    const QList<Membership> periods = stored();
    ASSERT_EQ(periods.size(), 1);
    EXPECT_EQ(periods[0].joined, QDate(2018, 1, 1));
    EXPECT_EQ(m_model->rowOf(first), -1);

    // A period of no organisation shown here is not removed.
    EXPECT_FALSE(m_model->remove(first).ok());
    EXPECT_EQ(stored().size(), 1);
}

TEST_F(MembershipPeriodModelTest, AnEmptyModelRefusesWrites)
{
    ASSERT_OK(m_model->load(0));
    EXPECT_EQ(m_model->rowCount(), 0);
    EXPECT_EQ(m_model->lastCategory(), MembershipCategory::Member);
    EXPECT_FALSE(m_model->join(QDate(2020, 1, 1), MembershipCategory::Member).ok());
    EXPECT_TRUE(stored().isEmpty());
}

} // namespace
