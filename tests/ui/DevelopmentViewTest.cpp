// Issue 12: the satisfaction survey and the business-development activities of a fiscal year are
// added, changed and removed on the Development page, which shows what the report will print
// (the report's own FiguresCalculator), refuses a closed year and another desk's change in words,
// and is read-only for a login that may not change them.

#include "DevelopmentView.h"

#include "ActivityRepository.h"
#include "FiguresCalculator.h"
#include "ReadOnlyPage.h"
#include "SettingsRepository.h"
#include "SurveyRepository.h"
#include "TestDatabase.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class DevelopmentViewTest : public bilan::test::DatabaseTest
{
protected:
    template <typename T> static T* child(QWidget& view, const char* name)
    {
        T* found = view.findChild<T*>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    static void fillActivity(DevelopmentView& view, QDate date, ActivityType type,
                             Audience audience, const QString& title)
    {
        child<QDateEdit>(view, "activityDateEdit")->setDate(date);
        auto* types = child<QComboBox>(view, "typeCombo");
        types->setCurrentIndex(types->findData(static_cast<int>(type)));
        auto* audiences = child<QComboBox>(view, "audienceCombo");
        audiences->setCurrentIndex(audiences->findData(static_cast<int>(audience)));
        child<QLineEdit>(view, "titleEdit")->setText(title);
    }

    int activityCount()
    {
        auto all = ActivityRepository(db()).all();
        return all ? static_cast<int>(all->size()) : -1;
    }
};

TEST_F(DevelopmentViewTest, TheSurveyIsSavedAndTheReportsSatisfactionShown)
{
    DevelopmentView view(db());
    ASSERT_OK(view.setFiscalYear(2019));
    EXPECT_TRUE(view.satisfactionText().contains(QStringLiteral("No survey")))
        << view.satisfactionText().toStdString();
    child<QSpinBox>(view, "respondentsSpin")->setValue(120);
    child<QSpinBox>(view, "recommendSpin")->setValue(109);
    ASSERT_OK(view.saveSurveyFromForm());

    auto stored = SurveyRepository(db()).forYear(2019);
    ASSERT_OK(stored);
    ASSERT_TRUE(stored->has_value());
    EXPECT_EQ((*stored)->recommend, 109);
    // The same figure as the report's whole computation.
    auto report = FiguresCalculator(db()).compute(2019);
    ASSERT_OK(report);
    EXPECT_EQ(view.figures().satisfactionPct, report->satisfactionPct);
    EXPECT_TRUE(view.satisfactionText().contains(QStringLiteral("90.8%")))
        << view.satisfactionText().toStdString();
    EXPECT_TRUE(view.satisfactionText().contains(QStringLiteral("120 respondents")));

    // More would recommend than answered: refused in a sentence, nothing changed.
    child<QSpinBox>(view, "recommendSpin")->setValue(130);
    EXPECT_FALSE(view.saveSurveyFromForm().ok());
    EXPECT_TRUE(view.errorText().startsWith(QStringLiteral("130 would recommend")))
        << view.errorText().toStdString();

    ASSERT_OK(view.removeSurvey());
    auto after = SurveyRepository(db()).forYear(2019);
    ASSERT_OK(after);
    EXPECT_FALSE(after->has_value());
    EXPECT_FALSE(view.figures().satisfactionPct.has_value());
}

TEST_F(DevelopmentViewTest, ActivitiesAreAddedEditedRemovedAndCountedAsTheReportCounts)
{
    DevelopmentView view(db());
    ASSERT_OK(view.setFiscalYear(2019));
    fillActivity(view, QDate(2019, 5, 2), ActivityType::Event, Audience::Networks,
                 QStringLiteral("Congrès"));
    auto first = view.saveActivityFromForm();
    ASSERT_OK(first);
    fillActivity(view, QDate(2019, 9, 12), ActivityType::Agreement, Audience::RelayPartners,
                 QStringLiteral("MRC de Memphrémagog"));
    ASSERT_OK(view.saveActivityFromForm());
    EXPECT_EQ(activityCount(), 2);
    EXPECT_EQ(child<QTableWidget>(view, "activitiesTable")->rowCount(), 2);
    auto* counts = child<QTableWidget>(view, "countsTable");
    EXPECT_EQ(counts->item(0, 0)->text(), QStringLiteral("1")); // networks, events
    EXPECT_EQ(counts->item(2, 2)->text(), QStringLiteral("1")); // relay partners, agreements
    auto report = FiguresCalculator(db()).compute(2019);
    ASSERT_OK(report);
    EXPECT_EQ(view.figures().activities, report->activities);
    EXPECT_EQ(view.figures().agreements, QStringList{QStringLiteral("MRC de Memphrémagog")});

    // A date outside the year shown is refused, next to nothing else written.
    view.selectActivity(-1);
    child<QTableWidget>(view, "activitiesTable")->clearSelection();
    fillActivity(view, QDate(2021, 1, 5), ActivityType::Meeting, Audience::NpoGroups, {});
    EXPECT_FALSE(view.saveActivityFromForm().ok());
    EXPECT_EQ(activityCount(), 2);

    // The first becomes a meeting with non-profit groupings.
    ASSERT_TRUE(view.selectActivity(*first));
    EXPECT_EQ(child<QLineEdit>(view, "titleEdit")->text(), QStringLiteral("Congrès"));
    fillActivity(view, QDate(2019, 5, 3), ActivityType::Meeting, Audience::NpoGroups,
                 QStringLiteral("Rencontre"));
    ASSERT_OK(view.saveActivityFromForm());
    EXPECT_EQ(activityCount(), 2);
    EXPECT_EQ(counts->item(0, 0)->text(), QStringLiteral("0"));
    EXPECT_EQ(counts->item(1, 1)->text(), QStringLiteral("1"));

    ASSERT_TRUE(view.selectActivity(*first));
    ASSERT_OK(view.removeSelectedActivity());
    EXPECT_EQ(activityCount(), 1);
    EXPECT_EQ(counts->item(1, 1)->text(), QStringLiteral("0"));
}

TEST_F(DevelopmentViewTest, AChangeMadeAtAnotherDeskIsRefusedAndShown)
{
    Activity activity;
    activity.date = QDate(2019, 5, 2);
    activity.type = ActivityType::Event;
    activity.audience = Audience::Networks;
    activity.title = QStringLiteral("Congrès");
    auto id = ActivityRepository(db()).add(activity);
    ASSERT_OK(id);
    DevelopmentView view(db());
    ASSERT_OK(view.setFiscalYear(2019));
    ASSERT_TRUE(view.selectActivity(*id));

    m_test.clock().set(m_test.clock().now().addSecs(60));
    auto other = m_test.openAnotherDesk();
    ASSERT_NE(other, nullptr);
    Activity changed = *ActivityRepository(*other).get(*id);
    changed.title = QStringLiteral("Congrès annuel");
    ASSERT_OK(ActivityRepository(*other).update(changed));

    child<QLineEdit>(view, "titleEdit")->setText(QStringLiteral("Mine"));
    auto refused = view.saveActivityFromForm();
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().changedElsewhere);
    EXPECT_FALSE(view.errorText().isEmpty());
    // The stored version is shown again.
    EXPECT_EQ(child<QLineEdit>(view, "titleEdit")->text(), QStringLiteral("Congrès annuel"));
}

TEST_F(DevelopmentViewTest, AClosedYearAndARoleThatMayNotChangeThemAreReadOnly)
{
    ASSERT_OK(SettingsRepository(db()).closeYear(FiscalYear(2019)));
    DevelopmentView view(db());
    view.show();
    ASSERT_OK(view.setFiscalYear(2019));
    EXPECT_TRUE(view.isYearClosed());
    EXPECT_TRUE(ReadOnlyPage::reason(&view).contains(QStringLiteral("2019-2020 is closed")))
        << ReadOnlyPage::reason(&view).toStdString();
    EXPECT_FALSE(child<QPushButton>(view, "saveSurveyButton")->isVisible());
    EXPECT_FALSE(child<QSpinBox>(view, "respondentsSpin")->isEnabled());

    ASSERT_OK(view.setFiscalYear(2020));
    EXPECT_TRUE(ReadOnlyPage::reason(&view).isEmpty());
    EXPECT_TRUE(child<QPushButton>(view, "saveSurveyButton")->isVisible());

    view.setReadOnly(true, QStringLiteral("Secretary"));
    EXPECT_EQ(ReadOnlyPage::reason(&view), QStringLiteral("Secretary"));
    EXPECT_FALSE(child<QPushButton>(view, "saveActivityButton")->isVisible());
    EXPECT_FALSE(child<QLineEdit>(view, "titleEdit")->isEnabled());
}

// Another desk closes the year while this page shows it open: storage refuses the write, the
// page says why in a sentence, turns read-only, and keeps what was typed in view.
TEST_F(DevelopmentViewTest, TheSurveyOfAYearClosedAtAnotherDeskIsRefusedInWordsAndKeptInView)
{
    ASSERT_OK(SurveyRepository(db()).add([] {
        Survey survey;
        survey.fiscalYear = 2019;
        survey.respondents = 100;
        survey.recommend = 90;
        return survey;
    }()));
    DevelopmentView view(db());
    view.show();
    ASSERT_OK(view.setFiscalYear(2019));
    ASSERT_FALSE(view.isYearClosed());
    auto other = m_test.openAnotherDesk();
    ASSERT_NE(other, nullptr);
    ASSERT_OK(SettingsRepository(*other).closeYear(FiscalYear(2019)));

    child<QSpinBox>(view, "respondentsSpin")->setValue(120);
    child<QSpinBox>(view, "recommendSpin")->setValue(110);
    const Status refused = view.saveSurveyFromForm();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("year"));
    EXPECT_TRUE(view.errorText().startsWith(
        QStringLiteral("The fiscal year 2019-2020 is closed: its satisfaction survey")))
        << view.errorText().toStdString();
    EXPECT_TRUE(view.isYearClosed());
    EXPECT_TRUE(ReadOnlyPage::reason(&view).contains(QStringLiteral("2019-2020 is closed")));
    EXPECT_FALSE(child<QPushButton>(view, "saveSurveyButton")->isVisible());
    EXPECT_EQ(child<QSpinBox>(view, "respondentsSpin")->value(), 120);
    EXPECT_EQ(child<QSpinBox>(view, "recommendSpin")->value(), 110);
    auto stored = SurveyRepository(db()).forYear(2019);
    ASSERT_OK(stored);
    ASSERT_TRUE(stored->has_value());
    EXPECT_EQ((*stored)->respondents, 100);

    const Status notRemoved = view.removeSurvey();
    ASSERT_FALSE(notRemoved.ok());
    EXPECT_TRUE(view.errorText().startsWith(QStringLiteral("The fiscal year 2019-2020 is closed")))
        << view.errorText().toStdString();
    auto kept = SurveyRepository(db()).forYear(2019);
    ASSERT_OK(kept);
    EXPECT_TRUE(kept->has_value());
}

TEST_F(DevelopmentViewTest, AnActivityOfAYearClosedAtAnotherDeskIsRefusedInWordsAndKeptInView)
{
    Activity activity;
    activity.date = QDate(2019, 5, 2);
    activity.type = ActivityType::Event;
    activity.audience = Audience::Networks;
    activity.title = QStringLiteral("Congrès");
    auto id = ActivityRepository(db()).add(activity);
    ASSERT_OK(id);
    DevelopmentView view(db());
    view.show();
    ASSERT_OK(view.setFiscalYear(2019));
    auto other = m_test.openAnotherDesk();
    ASSERT_NE(other, nullptr);
    ASSERT_OK(SettingsRepository(*other).closeYear(FiscalYear(2019)));

    // A new one.
    fillActivity(view, QDate(2019, 9, 12), ActivityType::Agreement, Audience::RelayPartners,
                 QStringLiteral("MRC de Memphrémagog"));
    auto added = view.saveActivityFromForm();
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().field, QStringLiteral("date"));
    EXPECT_TRUE(view.errorText().startsWith(
        QStringLiteral("The fiscal year 2019-2020 is closed: its business-development activities")))
        << view.errorText().toStdString();
    EXPECT_TRUE(view.isYearClosed());
    EXPECT_FALSE(child<QPushButton>(view, "saveActivityButton")->isVisible());
    EXPECT_EQ(child<QLineEdit>(view, "titleEdit")->text(), QStringLiteral("MRC de Memphrémagog"));
    EXPECT_EQ(activityCount(), 1);

    // The one listed, changed, then removed.
    ASSERT_TRUE(view.selectActivity(*id));
    child<QLineEdit>(view, "titleEdit")->setText(QStringLiteral("Congrès annuel"));
    EXPECT_FALSE(view.saveActivityFromForm().ok());
    EXPECT_EQ(child<QLineEdit>(view, "titleEdit")->text(), QStringLiteral("Congrès annuel"));
    EXPECT_FALSE(view.removeSelectedActivity().ok());
    EXPECT_TRUE(view.errorText().startsWith(QStringLiteral("The fiscal year 2019-2020 is closed")))
        << view.errorText().toStdString();
    EXPECT_EQ(child<QTableWidget>(view, "activitiesTable")->rowCount(), 1);
    auto stored = ActivityRepository(db()).get(*id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->title, QStringLiteral("Congrès"));
}

} // namespace
