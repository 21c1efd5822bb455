// The Engagement page on a small database made through the repositories: one organisation in
// each status of fiscal year 2025-2026, its list in the rules' order with the status words,
// its filters, its cohort table, its export and the detail a double-click asks for.

#include "EngagementView.h"

#include "CsvReader.h"
#include "EngagementCohortModel.h"
#include "EngagementFilterModel.h"
#include "EngagementModel.h"
#include "ExpertRepository.h"
#include "FileDialog.h"
#include "MembersView.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>

using namespace bilan;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

namespace {

constexpr int Year = 2025; // 2025-04-01 … 2026-03-31; the test clock reads 2026-11-24.

class EngagementViewTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        m_savedLocale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
        Expert alice;
        alice.name = QStringLiteral("Alice Martin");
        alice.started = QDate(2015, 1, 1);
        alice.fields = {QStringLiteral("Comptabilité")};
        auto expert = ExpertRepository(db()).add(alice);
        ASSERT_OK(expert);
        m_expert = *expert;
        const QDate since(2020, 1, 1);
        // Served in its first months only: no service in the last six months of the year.
        m_atRisk = addOrganisation("Coopérative Atout", "Estrie");
        addMembership(m_atRisk, MembershipCategory::Member, since, {});
        addEntry(m_atRisk, QDate(2024, 9, 1), 600);
        addEntry(m_atRisk, QDate(2025, 5, 1), 500);
        // Left during the year.
        m_lapsed = addOrganisation("Mutuelle Boréale", "Montréal");
        addMembership(m_lapsed, MembershipCategory::Member, since, QDate(2025, 10, 1));
        addEntry(m_lapsed, QDate(2024, 6, 1), 300);
        // 1000 → 800 minutes: −20 %.
        m_declining = addOrganisation("Centre Cadence", "Estrie");
        addMembership(m_declining, MembershipCategory::Auxiliary, since, {});
        addEntry(m_declining, QDate(2024, 6, 1), 1000);
        addEntry(m_declining, QDate(2026, 2, 10), 800);
        // Joined during the year.
        m_new = addOrganisation("Entreprise Délice", "Mauricie");
        addMembership(m_new, MembershipCategory::Member, QDate(2025, 6, 1), {});
        addEntry(m_new, QDate(2026, 1, 15), 120);
        // 600 → 620 minutes: +3 %.
        m_steady = addOrganisation("Fédération Égale", "Montréal");
        addMembership(m_steady, MembershipCategory::Supporting, since, {});
        addEntry(m_steady, QDate(2024, 11, 1), 600);
        addEntry(m_steady, QDate(2026, 2, 1), 620);
        // 100 → 300 minutes: +200 %.
        m_growing = addOrganisation("Groupe Fleuve", "Estrie");
        addMembership(m_growing, MembershipCategory::Managed, since, {});
        addEntry(m_growing, QDate(2024, 11, 1), 100);
        addEntry(m_growing, QDate(2026, 3, 1), 300);
        // Served, never a member.
        m_nonMember = addOrganisation("Habitation Horizon", "Mauricie");
        addEntry(m_nonMember, QDate(2026, 1, 20), 60);
    }

    void TearDown() override
    {
        FileDialog::clearNextFileName();
        QLocale::setDefault(m_savedLocale);
    }

    qint64 addOrganisation(const char* name, const char* region)
    {
        Organisation organisation;
        organisation.name = QString::fromUtf8(name);
        organisation.kind = OrganisationKind::Coop;
        organisation.region = QString::fromUtf8(region);
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

    void addEntry(qint64 organisation, QDate date, int minutes)
    {
        ServiceEntry entry;
        entry.expertId = m_expert;
        entry.organisationId = organisation;
        entry.date = date;
        entry.minutes = minutes;
        entry.field = QStringLiteral("Comptabilité");
        ASSERT_OK(ServiceEntryRepository(db()).add(entry));
    }

    void makeView()
    {
        m_view = std::make_unique<EngagementView>(db());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_view->shownModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_cohortTester = std::make_unique<QAbstractItemModelTester>(
            m_view->cohortModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_view->resize(1200, 800);
        m_view->show();
        m_view->setFiscalYear(Year);
    }

    // The organisations listed, in the order shown.
    QList<qint64> shownIds() const
    {
        QList<qint64> ids;
        const auto* shown = m_view->shownModel();
        for (int row = 0; row < shown->rowCount(); ++row)
            ids.append(shown->index(row, 0).data(EngagementModel::OrganisationIdRole).toLongLong());
        return ids;
    }

    QStringList shownColumn(int column) const
    {
        QStringList texts;
        const auto* shown = m_view->shownModel();
        for (int row = 0; row < shown->rowCount(); ++row)
            texts.append(shown->index(row, column).data().toString());
        return texts;
    }

    void choose(const char* comboName, const QVariant& value)
    {
        auto* combo = m_view->findChild<QComboBox*>(QString::fromLatin1(comboName));
        ASSERT_NE(combo, nullptr) << comboName;
        const int index = combo->findData(value);
        ASSERT_GE(index, 0) << comboName;
        combo->setCurrentIndex(index);
    }

    QLocale m_savedLocale;
    qint64 m_expert = 0;
    qint64 m_atRisk = 0, m_lapsed = 0, m_declining = 0, m_new = 0, m_steady = 0, m_growing = 0,
           m_nonMember = 0;
    std::unique_ptr<EngagementView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_cohortTester;
};

TEST_F(EngagementViewTest, ListsOneOrganisationPerStatusMostUrgentFirstWithItsWord)
{
    makeView();
    ASSERT_TRUE(m_view->lastError().isEmpty()) << m_view->lastError().toStdString();
    EXPECT_THAT(shownIds(), ElementsAre(m_atRisk, m_lapsed, m_declining, m_new, m_steady, m_growing,
                                        m_nonMember));
    EXPECT_THAT(
        shownColumn(EngagementModel::Status),
        ElementsAre("At risk", "Lapsed", "Declining", "New", "Steady", "Growing", "Non-member"));
    EXPECT_THAT(shownColumn(EngagementModel::Member),
                ElementsAre("Yes", "No", "Yes", "Yes", "Yes", "Yes", "No"));
    EXPECT_THAT(shownColumn(EngagementModel::HoursY),
                ElementsAre("8:20", "0:00", "13:20", "2:00", "10:20", "5:00", "1:00"));
    EXPECT_THAT(shownColumn(EngagementModel::Change),
                ElementsAre("-17%", "-100%", "-20%", "—", "+3%", "+200%", "—"));
    // The status is a word and a mark, never a colour alone.
    const QModelIndex first = m_view->shownModel()->index(0, EngagementModel::Status);
    EXPECT_FALSE(first.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_FALSE(first.data(Qt::ToolTipRole).toString().isEmpty());
    // The trend: Y-4 … Y, the year shown last.
    const QVariantList trend = m_view->shownModel()
                                   ->index(2, EngagementModel::Trend)
                                   .data(EngagementModel::TrendRole)
                                   .toList();
    EXPECT_THAT(trend, ElementsAre(0, 0, 0, 1000, 800));
    // The summary: 5 members on each day, 4 of them on both (one left, one joined).
    EXPECT_THAT(m_view->summaryText().toStdString(),
                HasSubstr("5 on 2025-04-01, 5 on 2026-03-31. Retention 80.0%, attrition 20.0%, "
                          "net gain 0."));
    EXPECT_THAT(m_view->summaryText().toStdString(), HasSubstr("At risk: 1"));
    EXPECT_TRUE(m_view->emptyText().isEmpty());
}

TEST_F(EngagementViewTest, AHeaderSortsByTheNumberAndTheStatusHeaderBringsBackTheRulesOrder)
{
    makeView();
    m_view->listView()->sortByColumn(EngagementModel::HoursY, Qt::DescendingOrder);
    EXPECT_THAT(shownIds(), ElementsAre(m_declining, m_steady, m_atRisk, m_growing, m_new,
                                        m_nonMember, m_lapsed));
    m_view->listView()->sortByColumn(EngagementModel::Status, Qt::AscendingOrder);
    EXPECT_THAT(shownIds(), ElementsAre(m_atRisk, m_lapsed, m_declining, m_new, m_steady, m_growing,
                                        m_nonMember));
}

TEST_F(EngagementViewTest, StatusCategoryRegionAndNameNarrowTheList)
{
    makeView();
    choose("statusCombo", static_cast<int>(EngagementStatus::Declining));
    EXPECT_THAT(shownIds(), ElementsAre(m_declining));
    choose("statusCombo", -1);
    choose("categoryCombo", static_cast<int>(EngagementFilterModel::CategoryFilter::Auxiliary));
    EXPECT_THAT(shownIds(), ElementsAre(m_declining));
    choose("categoryCombo", static_cast<int>(EngagementFilterModel::CategoryFilter::None));
    EXPECT_THAT(shownIds(), ElementsAre(m_lapsed, m_nonMember));
    choose("categoryCombo", static_cast<int>(EngagementFilterModel::CategoryFilter::All));
    choose("regionCombo", QStringLiteral("Estrie"));
    EXPECT_THAT(shownIds(), ElementsAre(m_atRisk, m_declining, m_growing));
    // Accents and case aside.
    m_view->findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(QStringLiteral("cadence"));
    EXPECT_THAT(shownIds(), ElementsAre(m_declining));
    choose("regionCombo", QString());
    m_view->findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(QStringLiteral("EGALE"));
    EXPECT_THAT(shownIds(), ElementsAre(m_steady));
}

TEST_F(EngagementViewTest, TheCohortTableCountsWhoJoinedEachYearAndWhoStayed)
{
    makeView();
    const auto* cohorts = m_view->cohortModel();
    int first = -1;
    int latest = -1;
    for (int row = 0; row < cohorts->rowCount(); ++row) {
        const QString year = cohorts->headerData(row, Qt::Vertical).toString();
        if (year == QStringLiteral("2019-2020"))
            first = row;
        if (year == QStringLiteral("2025-2026"))
            latest = row;
    }
    ASSERT_GE(first, 0);
    ASSERT_GE(latest, 0);
    using C = EngagementCohortModel;
    // Five joined on 2020-01-01 (fiscal 2019-2020); one left on 2025-10-01.
    EXPECT_EQ(cohorts->index(first, C::Joined).data(C::CountRole).toInt(), 5);
    EXPECT_EQ(cohorts->index(first, C::FirstStillColumn).data().toString(), "5 (100%)");
    EXPECT_EQ(cohorts->index(first, C::FirstStillColumn + 5).data(C::CountRole).toInt(), 5);
    EXPECT_EQ(cohorts->index(first, C::FirstStillColumn + 6).data().toString(), "4 (80%)");
    EXPECT_DOUBLE_EQ(cohorts->index(first, C::FirstStillColumn + 6).data(C::PercentRole).toDouble(),
                     80.0);
    EXPECT_EQ(cohorts->columnCount(), C::FirstStillColumn + 7);
    // The year's own cohort: one, still a member; nothing after the year shown.
    EXPECT_EQ(cohorts->index(latest, C::Joined).data(C::CountRole).toInt(), 1);
    EXPECT_EQ(cohorts->index(latest, C::FirstStillColumn).data().toString(), "1 (100%)");
    EXPECT_FALSE(cohorts->index(latest, C::FirstStillColumn + 1).data().isValid());
    EXPECT_EQ(cohorts->headerData(C::FirstStillColumn + 2, Qt::Horizontal).toString(), "+2 years");
}

TEST_F(EngagementViewTest, ExportWritesTheRowsShownInTheirOrderAsCsv)
{
    makeView();
    choose("regionCombo", QStringLiteral("Estrie"));
    m_view->listView()->sortByColumn(EngagementModel::HoursY, Qt::DescendingOrder);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("engagement.csv"));
    FileDialog::setNextFileName(path);
    m_view->askAndExport();
    ASSERT_TRUE(m_view->lastError().isEmpty()) << m_view->lastError().toStdString();

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    ASSERT_TRUE(reader.readHeader()) << reader.error().toStdString();
    const QStringList header = reader.header();
    ASSERT_GE(header.size(), 9);
    EXPECT_EQ(header.at(0), "Status");
    EXPECT_EQ(header.at(1), "Organisation");
    const qsizetype hours = header.indexOf(QStringLiteral("Hours 2025-2026"));
    const qsizetype last = header.indexOf(QStringLiteral("Last service"));
    const qsizetype member = header.indexOf(QStringLiteral("Member"));
    ASSERT_GE(hours, 0);
    ASSERT_GE(last, 0);
    ASSERT_GE(member, 0);
    QStringList names;
    QStringList minutes;
    QStringList dates;
    QStringList members;
    CsvReader::Record record;
    while (reader.next(record)) {
        names.append(record.fields.at(1));
        minutes.append(record.fields.at(hours));
        dates.append(record.fields.at(last));
        members.append(record.fields.at(member));
    }
    EXPECT_TRUE(reader.error().isEmpty()) << reader.error().toStdString();
    EXPECT_THAT(names, ElementsAre("Centre Cadence", "Coopérative Atout", "Groupe Fleuve"));
    EXPECT_THAT(minutes, ElementsAre("13:20", "8:20", "5:00"));
    EXPECT_THAT(dates, ElementsAre("2026-02-10", "2025-05-01", "2026-03-01"));
    EXPECT_THAT(members, ElementsAre("true", "true", "true"));
}

TEST_F(EngagementViewTest, ExportWritesAnExcelWorkbookWhenTheNameSaysSo)
{
    makeView();
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("engagement.xlsx"));
    ASSERT_TRUE(m_view->exportTo(path)) << m_view->lastError().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    // A workbook is a zip archive.
    EXPECT_EQ(file.read(2), QByteArray("PK"));
}

TEST_F(EngagementViewTest, AnExportToAnotherKindOfFileIsRefusedAndSaid)
{
    makeView();
    QTemporaryDir folder;
    EXPECT_FALSE(m_view->exportTo(folder.filePath(QStringLiteral("engagement.txt"))));
    EXPECT_FALSE(m_view->lastError().isEmpty());
    EXPECT_FALSE(QFile::exists(folder.filePath(QStringLiteral("engagement.txt"))));
}

TEST_F(EngagementViewTest, DoubleClickAndEnterAskForTheOrganisationOfTheRow)
{
    makeView();
    QTableView* list = m_view->listView();
    QSignalSpy asked(m_view.get(), &EngagementView::organisationActivated);
    const int steadyRow = static_cast<int>(shownIds().indexOf(m_steady));
    ASSERT_GE(steadyRow, 0);
    const QRect cell =
        list->visualRect(m_view->shownModel()->index(steadyRow, EngagementModel::Organisation));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_EQ(asked.count(), 1);
    EXPECT_EQ(asked.at(0).at(0).toLongLong(), m_steady);

    list->setCurrentIndex(m_view->shownModel()->index(0, 0));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    ASSERT_EQ(asked.count(), 2);
    EXPECT_EQ(asked.at(1).at(0).toLongLong(), m_atRisk);
}

TEST_F(EngagementViewTest, TheMembersPageShowsTheOrganisationAskedForEvenWhenFilteredOut)
{
    MembersView members(db(), m_test.clock());
    members.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(QStringLiteral("Atout"));
    EXPECT_FALSE(members.selectOrganisation(m_steady));
    EXPECT_TRUE(members.showOrganisation(m_steady));
    EXPECT_EQ(members.selectedOrganisationId(), m_steady);
    EXPECT_FALSE(members.showOrganisation(m_steady + 1000));
}

TEST_F(EngagementViewTest, AnotherDesksChangeIsReadAgain)
{
    makeView();
    const qint64 added = addOrganisation("Institut Jalon", "Estrie");
    addEntry(added, QDate(2025, 12, 1), 30);
    m_view->reloadFromDatabase();
    EXPECT_TRUE(shownIds().contains(added));
    EXPECT_EQ(shownIds().size(), 8);
}

class EngagementViewEmptyTest : public bilan::test::DatabaseTest
{};

TEST_F(EngagementViewEmptyTest, AFreshDatabaseSaysWhatToDo)
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
    EngagementView view(db());
    view.show();
    view.setFiscalYear(Year);
    EXPECT_THAT(view.emptyText().toStdString(),
                HasSubstr("No member or service in 2025-2026 yet. Record memberships on the "
                          "Members page"));
    EXPECT_FALSE(view.listView()->isVisible());
    EXPECT_TRUE(view.lastError().isEmpty());
    QLocale::setDefault(saved);
}

} // namespace
