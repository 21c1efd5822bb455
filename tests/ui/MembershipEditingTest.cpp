#include "MembersView.h"

#include "MembershipPeriodEditor.h"
#include "MembershipPeriodModel.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "OrganisationTableModel.h"
#include "RowVersion.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

// The Members page's period editing: join, leave, rejoin, correct and remove through the
// view, with the repository as the witness of what was written. The clock reads 2026-11-24.
class MembershipEditingTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        m_savedLocale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_rucher = addOrganisation(QStringLiteral("Coopérative Le Rucher"), OrganisationKind::Coop);
        m_mutual = addOrganisation(QStringLiteral("Mutuelle Saint-Jean"), OrganisationKind::Mutual);
        m_network =
            addOrganisation(QStringLiteral("Réseau des coopératives"), OrganisationKind::Network);
        addMembership(m_rucher, MembershipCategory::Auxiliary, QDate(2015, 1, 1),
                      QDate(2018, 1, 1));
        addMembership(m_rucher, MembershipCategory::Member, QDate(2020, 1, 1), {});
        addMembership(m_network, MembershipCategory::Supporting, QDate(2019, 1, 1), {});

        m_view = std::make_unique<MembersView>(db(), m_test.clock());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_periodTester = std::make_unique<QAbstractItemModelTester>(
            m_view->periodModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_view->show();
    }

    void TearDown() override { QLocale::setDefault(m_savedLocale); }

    qint64 addOrganisation(const QString& name, OrganisationKind kind)
    {
        Organisation organisation;
        organisation.name = name;
        organisation.kind = kind;
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

    template <typename T> T* child(const char* name)
    {
        auto* widget = m_view->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    template <typename T> T* editorChild(const char* name)
    {
        auto* widget = m_view->periodEditor()->findChild<T*>(QString::fromLatin1(name));
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

    QList<Membership> storedPeriods(qint64 organisation)
    {
        auto periods = MembershipRepository(db()).forOrganisation(organisation);
        EXPECT_TRUE(periods.ok()) << periods.message().toStdString();
        return periods.ok() ? *periods : QList<Membership>{};
    }

    QLocale m_savedLocale;
    qint64 m_rucher = 0;
    qint64 m_mutual = 0;
    qint64 m_network = 0;
    std::unique_ptr<MembersView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_periodTester;
};

} // namespace

namespace {

TEST_F(MembershipEditingTest, JoinLeaveAndRejoinThroughTheViewChangeTheCounts)
{
    ASSERT_TRUE(m_view->selectOrganisation(m_mutual));
    auto* joinButton = child<QPushButton>("joinButton");
    EXPECT_TRUE(joinButton->isEnabled());
    EXPECT_FALSE(child<QPushButton>("leaveButton")->isEnabled());
    EXPECT_EQ(joinButton->text(), QStringLiteral("&Join…"));

    // A join defaults to today in the Member category.
    m_view->startJoin();
    auto* editor = m_view->periodEditor();
    ASSERT_TRUE(editor->isVisible());
    EXPECT_EQ(editor->mode(), MembershipPeriodEditor::Mode::Join);
    EXPECT_EQ(editor->period().joined, QDate(2026, 11, 24));
    EXPECT_EQ(editor->period().category, MembershipCategory::Member);
    EXPECT_TRUE(editor->period().isOpen());
    editorChild<QDateEdit>("joinedEdit")->setDate(QDate(2026, 1, 15));
    ASSERT_OK(m_view->confirmPeriod());
    EXPECT_FALSE(editor->isVisible());
    EXPECT_EQ(m_view->countText(),
              QStringLiteral("3 organisations shown, 3 members on 2026-11-24"));
    EXPECT_EQ(m_view->selectedOrganisationId(), m_mutual);
    EXPECT_EQ(m_view->model()
                  ->index(m_view->model()->rowOf(m_mutual), OrganisationTableModel::Category)
                  .data()
                  .toString(),
              QStringLiteral("Member"));

    m_view->startLeave();
    EXPECT_EQ(editor->mode(), MembershipPeriodEditor::Mode::Leave);
    EXPECT_EQ(editor->period().left, QDate(2026, 11, 24));
    editorChild<QDateEdit>("leftEdit")->setDate(QDate(2026, 6, 1));
    ASSERT_OK(m_view->confirmPeriod());
    EXPECT_EQ(m_view->countText(),
              QStringLiteral("3 organisations shown, 2 members on 2026-11-24"));
    // Before it left, it still counts.
    child<QDateEdit>("memberOnEdit")->setDate(QDate(2026, 3, 1));
    EXPECT_EQ(m_view->countText(),
              QStringLiteral("3 organisations shown, 3 members on 2026-03-01"));
    child<QDateEdit>("memberOnEdit")->setDate(QDate(2026, 11, 24));

    // The second join is a rejoin in the last category, a new period.
    EXPECT_EQ(joinButton->text(), QStringLiteral("Re&join…"));
    m_view->startJoin();
    editorChild<QDateEdit>("joinedEdit")->setDate(QDate(2026, 9, 1));
    editorChild<QComboBox>("categoryCombo")
        ->setCurrentIndex(editorChild<QComboBox>("categoryCombo")
                              ->findData(static_cast<int>(MembershipCategory::Supporting)));
    ASSERT_OK(m_view->confirmPeriod());
    const QList<Membership> periods = storedPeriods(m_mutual);
    ASSERT_EQ(periods.size(), 2);
    EXPECT_EQ(periods[0].joined, QDate(2026, 1, 15));
    EXPECT_EQ(periods[0].left, QDate(2026, 6, 1));
    EXPECT_EQ(periods[1].joined, QDate(2026, 9, 1));
    EXPECT_TRUE(periods[1].isOpen());
    EXPECT_EQ(periods[1].category, MembershipCategory::Supporting);
    EXPECT_EQ(m_view->countText(),
              QStringLiteral("3 organisations shown, 3 members on 2026-11-24"));
    EXPECT_EQ(m_view->currentPeriodRow(), 1);
}

TEST_F(MembershipEditingTest, AnOverlappingCorrectionIsRefusedNextToTheField)
{
    ASSERT_TRUE(m_view->selectOrganisation(m_rucher));
    QSignalSpy errors(m_view.get(), &MembersView::errorOccurred);
    m_view->selectPeriodRow(0);
    m_view->startCorrect();
    auto* editor = m_view->periodEditor();
    ASSERT_EQ(editor->mode(), MembershipPeriodEditor::Mode::Correct);
    // Stretching 2015-2018 into 2021 runs into the period from 2020.
    editorChild<QDateEdit>("leftEdit")->setDate(QDate(2021, 1, 1));
    auto refused = m_view->confirmPeriod();
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(editor->errorText(QStringLiteral("joined")).toStdString(),
                HasSubstr("Overlaps the membership from 2020-01-01 to today"));
    EXPECT_TRUE(editor->isVisible());
    ASSERT_EQ(errors.count(), 1);
    EXPECT_EQ(errors.at(0).at(1).toString(), QStringLiteral("joined"));
    const QList<Membership> periods = storedPeriods(m_rucher);
    ASSERT_EQ(periods.size(), 2);
    EXPECT_EQ(periods[0].left, QDate(2018, 1, 1));

    // A leave before the join is refused under the left date.
    m_view->cancelPeriod();
    m_view->startLeave();
    editorChild<QDateEdit>("leftEdit")->setDate(QDate(2019, 6, 1));
    EXPECT_FALSE(m_view->confirmPeriod().ok());
    EXPECT_THAT(editor->errorText(QStringLiteral("left")).toStdString(),
                HasSubstr("before it joined (2020-01-01)"));
    EXPECT_TRUE(storedPeriods(m_rucher)[1].isOpen());
}

TEST_F(MembershipEditingTest, EnterConfirmsAndEscapeCancelsTheEditor)
{
    ASSERT_TRUE(m_view->selectOrganisation(m_mutual));
    m_view->startJoin();
    auto* joined = editorChild<QDateEdit>("joinedEdit");
    joined->setDate(QDate(2024, 4, 1));
    QTest::keyClick(joined, Qt::Key_Escape);
    EXPECT_FALSE(m_view->periodEditor()->isVisible());
    EXPECT_TRUE(storedPeriods(m_mutual).isEmpty());

    m_view->startJoin();
    joined->setDate(QDate(2024, 4, 1));
    QTest::keyClick(joined, Qt::Key_Return);
    EXPECT_FALSE(m_view->periodEditor()->isVisible());
    ASSERT_EQ(storedPeriods(m_mutual).size(), 1);
    EXPECT_EQ(storedPeriods(m_mutual)[0].joined, QDate(2024, 4, 1));
}

TEST_F(MembershipEditingTest, RemovingAPeriodAsksFirst)
{
    ASSERT_TRUE(m_view->selectOrganisation(m_rucher));
    m_view->selectPeriodRow(0);
    m_view->startRemove();
    auto* editor = m_view->periodEditor();
    ASSERT_EQ(editor->mode(), MembershipPeriodEditor::Mode::Remove);
    // Enter on the focused Cancel answers no.
    QTest::keyClick(editorChild<QPushButton>("cancelButton"), Qt::Key_Return);
    EXPECT_FALSE(editor->isVisible());
    EXPECT_EQ(storedPeriods(m_rucher).size(), 2);

    m_view->startRemove();
    ASSERT_OK(m_view->confirmPeriod());
    const QList<Membership> periods = storedPeriods(m_rucher);
    ASSERT_EQ(periods.size(), 1);
    EXPECT_EQ(periods[0].joined, QDate(2020, 1, 1));
    EXPECT_EQ(m_view->periodModel()->rowCount(), 1);
}

TEST_F(MembershipEditingTest, AWriteKeepsTheFiltersAndTheSelection)
{
    chooseData("kindCombo", static_cast<int>(OrganisationKind::Coop));
    child<QLineEdit>("searchEdit")->setText(QStringLiteral("rucher"));
    ASSERT_TRUE(m_view->selectOrganisation(m_rucher));
    m_view->startLeave();
    ASSERT_OK(m_view->confirmPeriod());
    EXPECT_EQ(shownNames(), QStringList{QStringLiteral("Coopérative Le Rucher")});
    EXPECT_EQ(m_view->selectedOrganisationId(), m_rucher);
    EXPECT_EQ(child<QLineEdit>("searchEdit")->text(), QStringLiteral("rucher"));
    EXPECT_THAT(m_view->countText().toStdString(), HasSubstr("0 members on 2026-11-24"));
    EXPECT_FALSE(m_view->periodModel()->openPeriod().has_value());
}

TEST_F(MembershipEditingTest, PageAt1280By800ShowsEveryButtonWhole)
{
    m_view->resize(1280, 800);
    ASSERT_TRUE(m_view->selectOrganisation(m_rucher));
    m_view->selectPeriodRow(1);
    m_view->startCorrect();
    // With a refusal on show, the form at its tallest.
    editorChild<QDateEdit>("joinedEdit")->setDate(QDate(2017, 6, 1));
    ASSERT_FALSE(m_view->confirmPeriod().ok());
    QCoreApplication::processEvents();
    for (const QPushButton* button : m_view->findChildren<QPushButton*>()) {
        if (button->isVisible()) {
            EXPECT_GE(button->width(), button->minimumSizeHint().width())
                << button->objectName().toStdString();
        }
    }
    const QByteArray folder = qgetenv("BILAN_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        const QString path =
            QDir(QString::fromLocal8Bit(folder)).filePath(QStringLiteral("members.png"));
        EXPECT_TRUE(m_view->grab().save(path));
    }
}

TEST_F(MembershipEditingTest, APeriodChangedAtAnotherDeskIsShownAsStoredAndNotOverwritten)
{
    auto deskB = m_test.openAnotherDesk();
    ASSERT_TRUE(deskB);
    const std::string refusal =
        ("changed at another desk by " + RowVersion::author(*deskB)).toStdString();
    ASSERT_TRUE(m_view->selectOrganisation(m_rucher));
    m_view->selectPeriodRow(0);
    m_view->startCorrect();
    auto* editor = m_view->periodEditor();

    // Desk B ends the 2015 period earlier while this page's form shows it.
    Membership atB = storedPeriods(m_rucher)[0];
    atB.left = QDate(2017, 6, 1);
    ASSERT_OK(MembershipRepository(*deskB).update(atB));

    editorChild<QDateEdit>("leftEdit")->setDate(QDate(2018, 6, 1));
    auto refused = m_view->confirmPeriod();
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().changedElsewhere);
    EXPECT_THAT(refused.message().toStdString(), HasSubstr(refusal));
    EXPECT_TRUE(editor->isVisible());
    EXPECT_EQ(editor->mode(), MembershipPeriodEditor::Mode::Correct);
    EXPECT_EQ(editorChild<QDateEdit>("leftEdit")->date(), QDate(2017, 6, 1));
    EXPECT_EQ(storedPeriods(m_rucher)[0].left, QDate(2017, 6, 1));

    // Made again on the stored period, the correction goes through.
    editorChild<QDateEdit>("leftEdit")->setDate(QDate(2018, 6, 1));
    ASSERT_OK(m_view->confirmPeriod());
    EXPECT_EQ(storedPeriods(m_rucher)[0].left, QDate(2018, 6, 1));

    // A removal of a period desk B changed since is refused too; the period stays.
    m_view->selectPeriodRow(0);
    m_view->startRemove();
    atB = storedPeriods(m_rucher)[0];
    atB.category = MembershipCategory::Member;
    ASSERT_OK(MembershipRepository(*deskB).update(atB));
    auto notRemoved = m_view->confirmPeriod();
    ASSERT_FALSE(notRemoved.ok());
    EXPECT_THAT(notRemoved.message().toStdString(), HasSubstr(refusal));
    EXPECT_EQ(editor->mode(), MembershipPeriodEditor::Mode::Remove);
    EXPECT_EQ(storedPeriods(m_rucher).size(), 2);
}

} // namespace
