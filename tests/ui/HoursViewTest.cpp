#include "HoursView.h"

#include "ExpertRepository.h"
#include "FiscalYear.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"
#include "ServiceEntryTableModel.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"
#include "WeekGridModel.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <QToolButton>
#include <gmock/gmock.h>

#include <gtest/gtest.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

// The test clock says Tuesday 2026-11-24: Tuesday is day 1 of the week.
constexpr int Tuesday = 1;

class HoursViewTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        Expert alice;
        alice.name = QStringLiteral("Alice Martin");
        alice.started = QDate(2015, 1, 1);
        alice.fields = {QStringLiteral("Comptabilité")};
        ASSERT_OK(ExpertRepository(db()).add(alice));
        for (const QString& name :
             {QStringLiteral("Coopérative Le Rucher"), QStringLiteral("Ferme Beausoleil")}) {
            Organisation organisation;
            organisation.name = name;
            organisation.kind = OrganisationKind::Coop;
            ASSERT_OK(OrganisationRepository(db()).add(organisation));
        }
    }

    void makeView()
    {
        m_view = std::make_unique<HoursView>(db(), &m_stack, m_test.clock());
        m_view->show();
    }

    template <typename T> T* child(const char* name)
    {
        auto* widget = m_view->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    // Types a row the way the desk does: organisation, Tab, duration, Tab, note, Return.
    void typeEntry(const QString& organisation, const QString& duration, const QString& note)
    {
        QTest::keyClicks(child<QLineEdit>("organisationEdit"), organisation);
        QTest::keyClick(child<QLineEdit>("organisationEdit"), Qt::Key_Tab);
        QTest::keyClicks(child<QLineEdit>("durationEdit"), duration);
        QTest::keyClick(child<QLineEdit>("durationEdit"), Qt::Key_Tab);
        QTest::keyClicks(child<QLineEdit>("noteEdit"), note);
        QTest::keyClick(child<QLineEdit>("noteEdit"), Qt::Key_Return);
    }

    qint64 storedCount() { return *ServiceEntryRepository(db()).count({}); }

    QUndoStack m_stack;
    std::unique_ptr<HoursView> m_view;
};

TEST_F(HoursViewTest, EntriesTypedAtTheKeyboardMoveTheTotals)
{
    makeView();
    WeekGridModel* week = m_view->weekModel();
    EXPECT_EQ(week->weekStart(), QDate(2026, 11, 23));
    EXPECT_EQ(week->weekTotalMinutes(), 0);

    typeEntry(QStringLiteral("coop rucher"), QStringLiteral("1h30"), QStringLiteral("Closing"));
    EXPECT_EQ(storedCount(), 1);
    EXPECT_EQ(week->dayTotalMinutes(Tuesday), 90);
    EXPECT_EQ(week->weekTotalMinutes(), 90);
    // Saved: duration and note are cleared for the next one, the date stays.
    EXPECT_TRUE(child<QLineEdit>("durationEdit")->text().isEmpty());
    EXPECT_TRUE(child<QLineEdit>("noteEdit")->text().isEmpty());
    EXPECT_EQ(child<QDateEdit>("dateEdit")->date(), QDate(2026, 11, 24));

    typeEntry(QStringLiteral("ferme"), QStringLiteral("2:00"), QStringLiteral("Paie"));
    typeEntry(QStringLiteral("COOP"), QStringLiteral("0:45"), {});
    EXPECT_EQ(storedCount(), 3);
    EXPECT_EQ(week->dayTotalMinutes(Tuesday), 255);
    EXPECT_EQ(week->weekTotalMinutes(), 255);
    EXPECT_EQ(week->rowCount(), 3); // two organisations and the totals
    EXPECT_THAT(child<QLabel>("weekTotalLabel")->text().toStdString(), HasSubstr("4:15"));
    EXPECT_EQ(m_view->entriesModel()->totalMinutes(), 255);
    EXPECT_THAT(child<QLabel>("totalShownLabel")->text().toStdString(), HasSubstr("4:15"));
    EXPECT_EQ(m_stack.count(), 3);

    m_stack.undo();
    EXPECT_EQ(storedCount(), 2);
    EXPECT_EQ(week->dayTotalMinutes(Tuesday), 210);
    EXPECT_EQ(week->weekTotalMinutes(), 210);
    EXPECT_THAT(child<QLabel>("weekTotalLabel")->text().toStdString(), HasSubstr("3:30"));
    EXPECT_EQ(m_view->entriesModel()->totalMinutes(), 210);
    EXPECT_THAT(child<QLabel>("totalShownLabel")->text().toStdString(), HasSubstr("3:30"));
}

TEST_F(HoursViewTest, BadDurationIsShownNextToItsFieldAndKeepsWhatWasTyped)
{
    makeView();
    QTest::keyClicks(child<QLineEdit>("organisationEdit"), QStringLiteral("coop rucher"));
    QTest::keyClicks(child<QLineEdit>("durationEdit"), QStringLiteral("abc"));
    QTest::keyClicks(child<QLineEdit>("noteEdit"), QStringLiteral("Bilan annuel"));
    QTest::keyClick(child<QLineEdit>("durationEdit"), Qt::Key_Return);

    auto* error = child<QLabel>("durationError");
    EXPECT_TRUE(error->isVisible());
    EXPECT_FALSE(error->text().isEmpty());
    EXPECT_FALSE(child<QLabel>("organisationError")->isVisible());
    EXPECT_EQ(child<QLineEdit>("organisationEdit")->text(), QStringLiteral("coop rucher"));
    EXPECT_EQ(child<QLineEdit>("durationEdit")->text(), QStringLiteral("abc"));
    EXPECT_EQ(child<QLineEdit>("noteEdit")->text(), QStringLiteral("Bilan annuel"));
    EXPECT_EQ(storedCount(), 0);
    EXPECT_EQ(m_stack.count(), 0);

    // Corrected, the same row saves and the error goes away.
    child<QLineEdit>("durationEdit")->clear();
    QTest::keyClicks(child<QLineEdit>("durationEdit"), QStringLiteral("1:00"));
    QTest::keyClick(child<QLineEdit>("durationEdit"), Qt::Key_Return);
    EXPECT_FALSE(error->isVisible());
    EXPECT_EQ(storedCount(), 1);
}

TEST_F(HoursViewTest, UnknownOrganisationIsShownNextToItsField)
{
    makeView();
    QTest::keyClicks(child<QLineEdit>("organisationEdit"), QStringLiteral("zzz"));
    QTest::keyClicks(child<QLineEdit>("durationEdit"), QStringLiteral("1:00"));
    QTest::keyClick(child<QLineEdit>("durationEdit"), Qt::Key_Return);
    EXPECT_TRUE(child<QLabel>("organisationError")->isVisible());
    EXPECT_THAT(child<QLabel>("organisationError")->text().toStdString(), HasSubstr("zzz"));
    EXPECT_EQ(child<QLineEdit>("durationEdit")->text(), QStringLiteral("1:00"));
    EXPECT_EQ(storedCount(), 0);
}

TEST_F(HoursViewTest, DeleteKeyRemovesTheSelectedEntryThroughTheStack)
{
    makeView();
    typeEntry(QStringLiteral("coop rucher"), QStringLiteral("1:00"), {});
    typeEntry(QStringLiteral("ferme"), QStringLiteral("2:00"), {});
    auto* table = child<QTableView>("entriesTable");
    ASSERT_EQ(table->model()->rowCount(), 2);
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Delete);
    EXPECT_EQ(storedCount(), 1);
    EXPECT_EQ(m_view->weekModel()->weekTotalMinutes(), 120);
    EXPECT_EQ(m_stack.count(), 3);
    m_stack.undo();
    EXPECT_EQ(storedCount(), 2);
    EXPECT_EQ(m_view->entriesModel()->totalMinutes(), 180);
}

TEST_F(HoursViewTest, WeekButtonsMoveTheGrid)
{
    makeView();
    typeEntry(QStringLiteral("coop rucher"), QStringLiteral("1:00"), {});
    QTest::keyClick(child<QWidget>("nextWeekButton"), Qt::Key_Space);
    EXPECT_EQ(m_view->weekModel()->weekStart(), QDate(2026, 11, 30));
    EXPECT_EQ(m_view->weekModel()->weekTotalMinutes(), 0);
    QTest::keyClick(child<QWidget>("previousWeekButton"), Qt::Key_Space);
    EXPECT_EQ(m_view->weekModel()->weekStart(), QDate(2026, 11, 23));
    EXPECT_EQ(m_view->weekModel()->weekTotalMinutes(), 60);
    EXPECT_THAT(child<QLabel>("weekLabel")->text().toStdString(), HasSubstr("23"));
}

TEST_F(HoursViewTest, AltArrowsMoveTheWeek)
{
    makeView();
    m_view->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
    auto* duration = child<QLineEdit>("durationEdit");
    duration->setFocus();
    QTest::keyClick(duration, Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(m_view->weekModel()->weekStart(), QDate(2026, 11, 30));
    QTest::keyClick(duration, Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(m_view->weekModel()->weekStart(), QDate(2026, 11, 23));
}

TEST_F(HoursViewTest, ClosedYearDisablesTheRowAndSaysWhichYear)
{
    const FiscalYear year = FiscalYear::containing(QDate(2026, 11, 24));
    ASSERT_OK(SettingsRepository(db()).closeYear(year));
    makeView();
    EXPECT_FALSE(child<QLineEdit>("organisationEdit")->isEnabled());
    EXPECT_FALSE(child<QLineEdit>("durationEdit")->isEnabled());
    EXPECT_TRUE(child<QDateEdit>("dateEdit")->isEnabled());
    EXPECT_THAT(child<QLabel>("dateError")->text().toStdString(),
                HasSubstr(year.name().toStdString()));
    EXPECT_FALSE(m_view->save());
    EXPECT_EQ(storedCount(), 0);
}

TEST_F(HoursViewTest, CompleterOffersAccentBlindMatches)
{
    makeView();
    auto* edit = child<QLineEdit>("organisationEdit");
    QTest::keyClicks(edit, QStringLiteral("coop rucher"));
    ASSERT_NE(edit->completer(), nullptr);
    QAbstractItemModel* offered = edit->completer()->model();
    ASSERT_EQ(offered->rowCount(), 1);
    EXPECT_EQ(offered->index(0, 0).data().toString(), QStringLiteral("Coopérative Le Rucher"));
}

// Alt+U (Duration) typed while the organisation's suggestions are open moved the focus but left
// the list open, holding the keyboard: the duration typed next went into the organisation.
TEST_F(HoursViewTest, LeavingTheOrganisationClosesItsSuggestions)
{
    makeView();
    m_view->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
    auto* edit = child<QLineEdit>("organisationEdit");
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("coop"));
    QWidget* popup = edit->completer()->popup();
    ASSERT_TRUE(popup->isVisible());
    auto* duration = child<QLineEdit>("durationEdit");
    duration->setFocus(Qt::ShortcutFocusReason); // what Alt+U on the Duration label does
    QCoreApplication::processEvents();
    EXPECT_FALSE(popup->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), duration);
}

TEST_F(HoursViewTest, RefusedByTheRepositoryIsShownNextToTheNamedField)
{
    makeView();
    typeEntry(QStringLiteral("coop rucher"), QStringLiteral("23:00"), {});
    ASSERT_EQ(storedCount(), 1);
    // A second entry would make the day longer than 24 h: the repository names "duration".
    typeEntry(QStringLiteral("ferme"), QStringLiteral("2:00"), QStringLiteral("late"));
    EXPECT_EQ(storedCount(), 1);
    EXPECT_TRUE(child<QLabel>("durationError")->isVisible());
    EXPECT_FALSE(child<QLabel>("durationError")->text().isEmpty());
    EXPECT_FALSE(child<QLabel>("messageLabel")->isVisible());
    EXPECT_EQ(child<QLineEdit>("organisationEdit")->text(), QStringLiteral("ferme"));
    EXPECT_EQ(child<QLineEdit>("durationEdit")->text(), QStringLiteral("2:00"));
    EXPECT_EQ(child<QLineEdit>("noteEdit")->text(), QStringLiteral("late"));
    EXPECT_EQ(m_stack.count(), 1);
}

TEST_F(HoursViewTest, FieldDefaultsToTheLastOneUsedWithTheOrganisation)
{
    makeView();
    auto* field = child<QComboBox>("fieldCombo");
    QTest::keyClicks(child<QLineEdit>("organisationEdit"), QStringLiteral("ferme"));
    field->setEditText({});
    QTest::keyClicks(field->lineEdit(), QStringLiteral("Paie"));
    QTest::keyClicks(child<QLineEdit>("durationEdit"), QStringLiteral("1:00"));
    QTest::keyClick(child<QLineEdit>("durationEdit"), Qt::Key_Return);
    ASSERT_EQ(storedCount(), 1);

    field->setEditText(QStringLiteral("Autre"));
    QTest::keyClicks(child<QLineEdit>("organisationEdit"), QStringLiteral("ferme"));
    // Leaving the organisation field (focus out or Return) ends its editing.
    emit child<QLineEdit>("organisationEdit")->editingFinished();
    EXPECT_EQ(field->currentText(), QStringLiteral("Paie"));
}

TEST_F(HoursViewTest, FieldDefaultsToTheLatestEntrysAfterARestart)
{
    // Entries saved in an earlier session: the latest by date (not by id) gives the field.
    const qint64 alice = ExpertRepository(db()).all()->first().id;
    const auto organisations = OrganisationRepository(db()).all();
    ASSERT_OK(organisations);
    qint64 ferme = 0;
    for (const Organisation& organisation : *organisations)
        if (organisation.name.startsWith(QStringLiteral("Ferme")))
            ferme = organisation.id;
    for (const auto& [day, field] : {std::pair{QDate(2026, 11, 20), QStringLiteral("Fiscalité")},
                                     std::pair{QDate(2026, 10, 2), QStringLiteral("Paie")}}) {
        ServiceEntry entry;
        entry.date = day;
        entry.expertId = alice;
        entry.organisationId = ferme;
        entry.minutes = 60;
        entry.field = field;
        ASSERT_OK(ServiceEntryRepository(db()).add(entry));
    }
    makeView();
    auto* field = child<QComboBox>("fieldCombo");
    field->setEditText(QStringLiteral("Autre"));
    QTest::keyClicks(child<QLineEdit>("organisationEdit"), QStringLiteral("ferme"));
    emit child<QLineEdit>("organisationEdit")->editingFinished();
    EXPECT_EQ(field->currentText(), QStringLiteral("Fiscalité"));
}

TEST_F(HoursViewTest, TheListFollowsTheWeekBrowsed)
{
    makeView();
    auto* from = child<QDateEdit>("fromDateEdit");
    auto* to = child<QDateEdit>("toDateEdit");
    const QDate monday = from->date();
    ASSERT_EQ(monday.dayOfWeek(), 1);
    child<QToolButton>("previousWeekButton")->click();
    EXPECT_EQ(from->date(), monday.addDays(-7));
    EXPECT_EQ(to->date(), monday.addDays(-1));
    child<QToolButton>("nextWeekButton")->click();
    child<QToolButton>("nextWeekButton")->click();
    EXPECT_EQ(from->date(), monday.addDays(7));
}

} // namespace
