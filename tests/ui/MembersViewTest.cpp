#include "MembersView.h"

#include "ExpertRepository.h"
#include "MembershipPeriodModel.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "OrganisationTableModel.h"
#include "ServiceEntryRepository.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

class MembersViewTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        // The labels follow the current locale; English keeps the expected text stable.
        m_savedLocale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

        m_network = addOrganisation(QStringLiteral("Réseau des coopératives"),
                                    OrganisationKind::Network, QStringLiteral("Montréal"), {});
        m_rucher = addOrganisation(QStringLiteral("Coopérative Le Rucher"), OrganisationKind::Coop,
                                   QStringLiteral("Estrie"), m_network);
        m_mutual = addOrganisation(QStringLiteral("Mutuelle Saint-Jean"), OrganisationKind::Mutual,
                                   QStringLiteral("Estrie"), {});

        addMembership(m_rucher, MembershipCategory::Auxiliary, QDate(2015, 1, 1),
                      QDate(2018, 1, 1));
        addMembership(m_rucher, MembershipCategory::Member, QDate(2020, 1, 1), {});
        addMembership(m_network, MembershipCategory::Supporting, QDate(2019, 1, 1), {});

        Expert alice;
        alice.name = QStringLiteral("Alice Martin");
        alice.started = QDate(2015, 1, 1);
        alice.fields = {QStringLiteral("Comptabilité")};
        auto expert = ExpertRepository(db()).add(alice);
        ASSERT_OK(expert);
        // The test clock reads 2026-11-24: this fiscal year is 2026-2027.
        addEntry(*expert, m_rucher, QDate(2026, 5, 1), 90);
        addEntry(*expert, m_rucher, QDate(2026, 10, 1), 30);
        addEntry(*expert, m_rucher, QDate(2025, 6, 1), 60);
        addEntry(*expert, m_mutual, QDate(2026, 5, 1), 45);
    }

    void TearDown() override { QLocale::setDefault(m_savedLocale); }

    qint64 addOrganisation(const QString& name, OrganisationKind kind, const QString& region,
                           std::optional<qint64> network)
    {
        Organisation organisation;
        organisation.name = name;
        organisation.kind = kind;
        organisation.region = region;
        organisation.networkId = network;
        auto id = OrganisationRepository(db()).add(organisation);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    void addMembership(qint64 organisation, MembershipCategory category, QDate joined, QDate left)
    {
        Membership membership;
        membership.organisationId = organisation;
        membership.category = category;
        membership.joined = joined;
        membership.left = left;
        ASSERT_OK(MembershipRepository(db()).add(membership));
    }

    void addEntry(qint64 expert, qint64 organisation, QDate date, int minutes)
    {
        ServiceEntry entry;
        entry.expertId = expert;
        entry.organisationId = organisation;
        entry.date = date;
        entry.minutes = minutes;
        entry.field = QStringLiteral("Comptabilité");
        ASSERT_OK(ServiceEntryRepository(db()).add(entry));
    }

    void makeView()
    {
        m_view = std::make_unique<MembersView>(db(), m_test.clock());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_periodTester = std::make_unique<QAbstractItemModelTester>(
            m_view->periodModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_view->show();
    }

    template <typename T> T* child(const char* name)
    {
        auto* widget = m_view->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    void chooseData(const char* combo, int value)
    {
        auto* box = child<QComboBox>(combo);
        ASSERT_NE(box, nullptr);
        const int index = box->findData(value);
        ASSERT_GE(index, 0) << combo << " " << value;
        box->setCurrentIndex(index);
    }

    QStringList shownNames()
    {
        QStringList names;
        for (int row = 0; row < m_view->model()->rowCount(); ++row)
            names << m_view->model()->organisationAt(row).name;
        return names;
    }

    QLocale m_savedLocale;
    qint64 m_network = 0;
    qint64 m_rucher = 0;
    qint64 m_mutual = 0;
    std::unique_ptr<MembersView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_periodTester;
};

TEST_F(MembersViewTest, ShowsEveryOrganisationWithItsCategoryToday)
{
    makeView();
    auto* model = m_view->model();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(child<QDateEdit>("memberOnEdit")->date(), QDate(2026, 11, 24));
    const int rucher = model->rowOf(m_rucher);
    EXPECT_EQ(model->index(rucher, OrganisationTableModel::Category).data().toString(),
              QStringLiteral("Member"));
    EXPECT_EQ(model->index(rucher, OrganisationTableModel::Network).data().toString(),
              QStringLiteral("Réseau des coopératives"));
    EXPECT_EQ(
        model->index(model->rowOf(m_mutual), OrganisationTableModel::Category).data().toString(),
        QString());
    EXPECT_EQ(m_view->countText(),
              QStringLiteral("3 organisations shown, 2 members on 2026-11-24"));
    EXPECT_EQ(model->headerData(OrganisationTableModel::Category, Qt::Horizontal).toString(),
              QStringLiteral("Category"));
    EXPECT_EQ(model->headerData(OrganisationTableModel::Category, Qt::Horizontal, Qt::ToolTipRole)
                  .toString(),
              QStringLiteral("Category of membership on 2026-11-24"));
    EXPECT_EQ(m_view->errorText(), QString());
}

TEST_F(MembersViewTest, KindAndCategoryFiltersNarrowTheRows)
{
    makeView();
    chooseData("kindCombo", static_cast<int>(OrganisationKind::Coop));
    EXPECT_EQ(shownNames(), QStringList{QStringLiteral("Coopérative Le Rucher")});
    chooseData("kindCombo", -1);
    chooseData("categoryCombo",
               static_cast<int>(OrganisationTableModel::CategoryFilter::NotMember));
    EXPECT_EQ(shownNames(), QStringList{QStringLiteral("Mutuelle Saint-Jean")});
    chooseData("categoryCombo",
               static_cast<int>(OrganisationTableModel::CategoryFilter::Supporting));
    EXPECT_EQ(shownNames(), QStringList{QStringLiteral("Réseau des coopératives")});
    EXPECT_THAT(m_view->countText().toStdString(), HasSubstr("1 organisation shown"));

    // In 2016 Le Rucher was an auxiliary member.
    chooseData("categoryCombo",
               static_cast<int>(OrganisationTableModel::CategoryFilter::Auxiliary));
    EXPECT_TRUE(shownNames().isEmpty());
    child<QDateEdit>("memberOnEdit")->setDate(QDate(2016, 6, 1));
    EXPECT_EQ(shownNames(), QStringList{QStringLiteral("Coopérative Le Rucher")});
}

TEST_F(MembersViewTest, RegionComboListsTheRegionsPresent)
{
    makeView();
    auto* regions = child<QComboBox>("regionCombo");
    ASSERT_EQ(regions->count(), 3);
    EXPECT_EQ(regions->itemText(1), QStringLiteral("Estrie"));
    regions->setCurrentIndex(1);
    EXPECT_EQ(shownNames().size(), 2);
}

TEST_F(MembersViewTest, SearchIgnoresAccentsAndCase)
{
    makeView();
    child<QLineEdit>("searchEdit")->setText(QStringLiteral("coop rucher"));
    EXPECT_EQ(shownNames(), QStringList{QStringLiteral("Coopérative Le Rucher")});
    child<QLineEdit>("searchEdit")->setText(QStringLiteral("RESEAU"));
    EXPECT_EQ(shownNames(), QStringList{QStringLiteral("Réseau des coopératives")});
}

TEST_F(MembersViewTest, SelectingShowsPeriodsNetworkAndHours)
{
    makeView();
    ASSERT_TRUE(m_view->selectOrganisation(m_rucher));
    EXPECT_EQ(child<QLabel>("detailTitle")->text(), QStringLiteral("Coopérative Le Rucher"));
    EXPECT_THAT(child<QLabel>("networkLabel")->text().toStdString(),
                HasSubstr("Réseau des coopératives"));
    const auto* periods = m_view->periodModel();
    ASSERT_EQ(periods->rowCount(), 2);
    EXPECT_EQ(periods->index(0, 0).data().toString(), QStringLiteral("2015-01-01"));
    EXPECT_EQ(periods->index(0, 1).data().toString(), QStringLiteral("2018-01-01"));
    EXPECT_EQ(periods->index(0, 2).data().toString(), QStringLiteral("Auxiliary"));
    EXPECT_EQ(periods->index(1, 1).data().toString(), QStringLiteral("still a member"));
    EXPECT_EQ(child<QLabel>("hoursThisYearLabel")->text(),
              QStringLiteral("Hours this year (2026-2027): 2:00"));
    EXPECT_EQ(child<QLabel>("hoursLastYearLabel")->text(),
              QStringLiteral("Hours last year (2025-2026): 1:00"));

    // A filter that keeps it keeps it selected; the network lists its member organisations.
    child<QLineEdit>("searchEdit")->setText(QStringLiteral("rucher"));
    EXPECT_EQ(m_view->selectedOrganisationId(), m_rucher);
    child<QLineEdit>("searchEdit")->clear();
    ASSERT_TRUE(m_view->selectOrganisation(m_network));
    auto* members = child<QListWidget>("membersList");
    ASSERT_EQ(members->count(), 1);
    EXPECT_EQ(members->item(0)->text(), QStringLiteral("Coopérative Le Rucher"));
}

} // namespace
