#include "MandatesPanel.h"

#include "BoardView.h"
#include "MandateTableModel.h"
#include "MeetingEditor.h"

#include "AttendanceModel.h"
#include "BoardRepository.h"
#include "OrganisationRepository.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

// The test database's clock says 2026-11-24.
const QDate Today(2026, 11, 24);

class MandatesPanelTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        for (const char* name : {"Coopérative Le Rucher", "Mutuelle des Bois", "Réseau Estrie"}) {
            Organisation organisation;
            organisation.name = QString::fromUtf8(name);
            organisation.kind = OrganisationKind::Coop;
            auto id = OrganisationRepository(db()).add(organisation);
            ASSERT_OK(id);
            m_organisations << *id;
        }
    }

    int mandateCount()
    {
        auto all = BoardRepository(db()).mandates();
        EXPECT_TRUE(all.ok());
        return all ? static_cast<int>(all->size()) : -1;
    }

    int directorCount()
    {
        auto all = BoardRepository(db()).directors();
        EXPECT_TRUE(all.ok());
        return all ? static_cast<int>(all->size()) : -1;
    }

    static MandateInput input(const QString& director, const QString& organisation, BoardRole role,
                              QDate started, QDate ended = {})
    {
        return MandateInput{director, organisation, role, started, ended};
    }

    static qint64 valueOrZero(const Result<BoardMandate>& mandate)
    {
        EXPECT_TRUE(mandate.ok());
        return mandate ? mandate->organisationId : -1;
    }

    QList<qint64> m_organisations;
};

TEST_F(MandatesPanelTest, AddsEditsEndsAndRemovesMandates)
{
    MandatesPanel panel(db());
    MandateTableModel& model = *panel.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&panel, &MandatesPanel::mandatesChanged);
    EXPECT_EQ(model.rowCount(), 0);

    // The organisation is found from a few letters, accents aside.
    auto alice = panel.addMandate(input(QStringLiteral("Alice Tremblay"), QStringLiteral("rucher"),
                                        BoardRole::President, QDate(2024, 6, 1)));
    ASSERT_OK(alice);
    auto bob =
        panel.addMandate(input(QStringLiteral("Bob Gagnon"), QStringLiteral("Mutuelle des Bois"),
                               BoardRole::Director, QDate(2025, 6, 1)));
    ASSERT_OK(bob);
    EXPECT_EQ(changed.count(), 2);
    ASSERT_EQ(model.rowCount(), 2);
    // The president comes first, whatever the start dates.
    EXPECT_EQ(model.index(0, MandateTableModel::Director).data().toString(),
              QStringLiteral("Alice Tremblay"));
    EXPECT_EQ(model.index(0, MandateTableModel::Organisation).data().toString(),
              QString::fromUtf8("Coopérative Le Rucher"));
    EXPECT_EQ(model.index(0, MandateTableModel::Role).data().toString(),
              QStringLiteral("President"));
    EXPECT_EQ(model.index(0, MandateTableModel::Ended).data().toString(),
              QStringLiteral("ongoing"));
    EXPECT_EQ(panel.editedMandateId(), *bob);

    // Bob becomes secretary-treasurer for another organisation.
    ASSERT_OK(panel.updateMandate(*bob, input(QStringLiteral("Bob Gagnon"),
                                              QStringLiteral("Réseau Estrie"),
                                              BoardRole::SecretaryTreasurer, QDate(2025, 6, 1))));
    auto stored = BoardRepository(db()).mandate(*bob);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->role, BoardRole::SecretaryTreasurer);
    EXPECT_EQ(stored->organisationId, m_organisations.at(2));
    EXPECT_EQ(directorCount(), 2);

    // Alice's mandate ends: it leaves the list of the board in office, stays in the history.
    ASSERT_OK(panel.endMandate(*alice, QDate(2026, 6, 30)));
    stored = BoardRepository(db()).mandate(*alice);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->ended, QDate(2026, 6, 30));
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.rowOf(*alice), -1);
    panel.findChild<QCheckBox*>(QStringLiteral("showEndedCheck"))->setChecked(true);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowOf(*alice), 1);
    EXPECT_EQ(model.index(1, MandateTableModel::Ended).data().toString(),
              QStringLiteral("2026-06-30"));
    EXPECT_FALSE(model.index(1, 0).data(MandateTableModel::InOfficeRole).toBool());

    // Removing the mandate in the form empties the form.
    ASSERT_OK(panel.editMandate(*bob));
    ASSERT_OK(panel.removeMandate(*bob));
    EXPECT_EQ(mandateCount(), 1);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(panel.editedMandateId(), 0);
    EXPECT_EQ(changed.count(), 5);
}

TEST_F(MandatesPanelTest, EndBeforeStartIsRefusedNextToTheEndDate)
{
    MandatesPanel panel(db());
    QSignalSpy errors(&panel, &MandatesPanel::errorOccurred);
    auto refused =
        panel.addMandate(input(QStringLiteral("Chloé Roy"), QStringLiteral("rucher"),
                               BoardRole::Director, QDate(2025, 6, 1), QDate(2025, 5, 31)));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("ended"));
    EXPECT_TRUE(panel.fieldError(QStringLiteral("ended")).contains(QStringLiteral("2025-05-31")))
        << panel.fieldError(QStringLiteral("ended")).toStdString();
    EXPECT_TRUE(panel.fieldError(QStringLiteral("started")).isEmpty());
    EXPECT_TRUE(panel.errorText().isEmpty());
    ASSERT_EQ(errors.count(), 1);
    EXPECT_EQ(errors.first().at(1).toString(), QStringLiteral("ended"));
    // Nothing written, not even the new director; the form keeps what was typed.
    EXPECT_EQ(mandateCount(), 0);
    EXPECT_EQ(directorCount(), 0);
    EXPECT_EQ(panel.formInput().director, QString::fromUtf8("Chloé Roy"));
    EXPECT_EQ(panel.formInput().ended, QDate(2025, 5, 31));

    // Fixed, it goes through and the message goes away.
    MandateInput fixed = panel.formInput();
    fixed.ended = QDate(2027, 5, 31);
    panel.setFormInput(fixed);
    ASSERT_OK(panel.save());
    EXPECT_TRUE(panel.fieldError(QStringLiteral("ended")).isEmpty());
    EXPECT_EQ(mandateCount(), 1);
}

TEST_F(MandatesPanelTest, UnknownOrEmptyOrganisationIsRefusedNextToIt)
{
    MandatesPanel panel(db());
    auto unknown =
        panel.addMandate(input(QStringLiteral("Denis Côté"), QStringLiteral("Fromagerie"),
                               BoardRole::Director, QDate(2025, 6, 1)));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().field, QStringLiteral("organisation"));
    EXPECT_FALSE(panel.fieldError(QStringLiteral("organisation")).isEmpty());
    // "e" is in every name, so it names none of them.
    auto ambiguous = panel.addMandate(input(QStringLiteral("Denis Côté"), QStringLiteral("e"),
                                            BoardRole::Director, QDate(2025, 6, 1)));
    ASSERT_FALSE(ambiguous.ok());
    EXPECT_EQ(ambiguous.error().field, QStringLiteral("organisation"));
    auto empty = panel.addMandate(
        input(QStringLiteral("Denis Côté"), QString(), BoardRole::Director, QDate(2025, 6, 1)));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().field, QStringLiteral("organisation"));
    auto nameless = panel.addMandate(
        input(QString(), QStringLiteral("rucher"), BoardRole::Director, QDate(2025, 6, 1)));
    ASSERT_FALSE(nameless.ok());
    EXPECT_FALSE(panel.fieldError(QStringLiteral("director")).isEmpty());
    EXPECT_EQ(mandateCount(), 0);
    EXPECT_EQ(directorCount(), 0);
}

TEST_F(MandatesPanelTest, OverlappingMandateIsRefusedNextToTheStartDate)
{
    MandatesPanel panel(db());
    ASSERT_OK(panel.addMandate(input(QStringLiteral("Alice Tremblay"), QStringLiteral("rucher"),
                                     BoardRole::President, QDate(2024, 6, 1))));
    auto overlapping = panel.addMandate(input(QStringLiteral("alice  tremblay"),
                                              QStringLiteral("Mutuelle des Bois"),
                                              BoardRole::Director, QDate(2025, 6, 1)));
    ASSERT_FALSE(overlapping.ok());
    EXPECT_FALSE(panel.fieldError(QStringLiteral("started")).isEmpty());
    EXPECT_EQ(mandateCount(), 1);
    EXPECT_EQ(directorCount(), 1);
}

TEST_F(MandatesPanelTest, NewMeetingChecklistFollowsTheMandates)
{
    BoardView view(db());
    MandatesPanel& panel = *view.mandatesPanel();
    QSignalSpy viewErrors(&view, &BoardView::errorOccurred);
    ASSERT_OK(view.startNewMeeting());
    AttendanceModel& checklist = *view.editor()->attendanceModel();
    EXPECT_EQ(checklist.rowCount(), 0);

    auto alice = panel.addMandate(input(QStringLiteral("Alice Tremblay"), QStringLiteral("rucher"),
                                        BoardRole::President, QDate(2024, 6, 1)));
    ASSERT_OK(alice);
    // The meeting already in the editor lists her at once.
    ASSERT_EQ(checklist.rowCount(), 1);
    EXPECT_EQ(checklist.index(0, AttendanceModel::Director).data().toString(),
              QStringLiteral("Alice Tremblay"));
    EXPECT_FALSE(checklist.isModified());

    ASSERT_OK(panel.endMandate(*alice, Today.addDays(-1)));
    EXPECT_EQ(checklist.rowCount(), 0);
    ASSERT_OK(view.startNewMeeting());
    EXPECT_EQ(checklist.rowCount(), 0);

    // A refusal in the panel reaches the window through the view.
    ASSERT_FALSE(panel
                     .addMandate(input(QStringLiteral("Bob"), QStringLiteral("nowhere"),
                                       BoardRole::Director, Today))
                     .ok());
    ASSERT_EQ(viewErrors.count(), 1);
    EXPECT_EQ(viewErrors.first().at(1).toString(), QStringLiteral("organisation"));
}

} // namespace

namespace {

// Issue 12: a director who represents no organisation (a supporting member sitting as an
// individual), chosen in the form and shown as such in the list and when edited again.
TEST_F(MandatesPanelTest, TheFormsIndividualMemberChoiceStoresNoOrganisation)
{
    MandatesPanel panel(db());
    panel.show();
    auto* director = panel.findChild<QLineEdit*>(QStringLiteral("directorEdit"));
    auto* organisation = panel.findChild<QLineEdit*>(QStringLiteral("organisationEdit"));
    auto* none = panel.findChild<QCheckBox*>(QStringLiteral("noOrganisationCheck"));
    ASSERT_TRUE(director && organisation && none);

    director->setText(QStringLiteral("Louise Gagnon"));
    // Left empty without the choice: refused next to the organisation.
    EXPECT_FALSE(panel.save().ok());
    EXPECT_EQ(mandateCount(), 0);

    QTest::mouseClick(none, Qt::LeftButton);
    EXPECT_TRUE(none->isChecked());
    EXPECT_FALSE(organisation->isEnabled());
    auto id = panel.save();
    ASSERT_OK(id);
    EXPECT_EQ(valueOrZero(BoardRepository(db()).mandate(*id)), 0);
    MandateTableModel& model = *panel.model();
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, MandateTableModel::Organisation).data().toString(),
              QStringLiteral("(none — individual member)"));

    // Edited again: the choice is shown; unticked and named, it represents that organisation.
    ASSERT_OK(panel.editMandate(*id));
    EXPECT_TRUE(none->isChecked());
    EXPECT_TRUE(organisation->text().isEmpty());
    none->setChecked(false);
    organisation->setText(QStringLiteral("Mutuelle des Bois"));
    ASSERT_OK(panel.save());
    EXPECT_EQ(valueOrZero(BoardRepository(db()).mandate(*id)), m_organisations.at(1));
}

} // namespace
