#include "BoardView.h"

#include "MandateTableModel.h"
#include "MandatesPanel.h"
#include "MeetingEditor.h"
#include "MeetingListModel.h"

#include "AttendanceModel.h"
#include "BoardRepository.h"
#include "MeetingRepository.h"
#include "OrganisationRepository.h"
#include "TestDatabase.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class BoardViewTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        const QStringList organisations = {
            QString::fromUtf8("Coopérative de services partagés Le Rucher"),
            QString::fromUtf8("Mutuelle de prévention des Bois-Francs"),
            QString::fromUtf8("Réseau des entreprises d'économie sociale de l'Estrie")};
        QList<qint64> ids;
        for (const QString& name : organisations) {
            Organisation organisation;
            organisation.name = name;
            organisation.kind = OrganisationKind::Coop;
            auto id = OrganisationRepository(db()).add(organisation);
            ASSERT_OK(id);
            ids << *id;
        }
        const QStringList directors = {
            QString::fromUtf8("Amélie Bouchard-Tremblay"), QStringLiteral("Bernard Gagnon"),
            QString::fromUtf8("Chloé Lévesque"), QStringLiteral("David Morin"),
            QStringLiteral("Emma Pelletier")};
        BoardRepository board(db());
        for (int i = 0; i < directors.size(); ++i) {
            auto id = board.addDirector(directors.at(i));
            ASSERT_OK(id);
            BoardMandate mandate;
            mandate.directorId = *id;
            mandate.organisationId = ids.at(i % ids.size());
            mandate.role = i < 3 ? static_cast<BoardRole>(i) : BoardRole::Director;
            mandate.started = QDate(2022, 6, 1);
            // The last one left the board in 2025.
            mandate.ended = i == 4 ? QDate(2025, 6, 30) : QDate();
            ASSERT_OK(board.addMandate(mandate));
        }
    }

    qint64 addMeeting(QDate day, MeetingKind kind, const QString& title)
    {
        Meeting meeting;
        meeting.date = day;
        meeting.kind = kind;
        meeting.title = title;
        auto id = MeetingRepository(db()).add(meeting);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id ? *id : 0;
    }
};

TEST_F(BoardViewTest, OpensOnTheLatestYearWithMeetingsWhenTheCurrentOneHasNone)
{
    addMeeting(QDate(2023, 9, 12), MeetingKind::Board, QStringLiteral("September board"));
    addMeeting(QDate(2024, 6, 18), MeetingKind::Agm, QStringLiteral("Annual assembly"));
    addMeeting(QDate(2025, 2, 11), MeetingKind::Board, QStringLiteral("February board"));
    // Today is 2026-11-24, in 2026-2027, which has no meeting yet.
    BoardView view(db());
    EXPECT_EQ(view.year(), FiscalYear(2024));
    EXPECT_EQ(view.meetingModel()->rowCount(), 2);
    EXPECT_EQ(view.findChild<QComboBox*>(QStringLiteral("yearCombo"))->currentText(),
              QStringLiteral("2024-2025"));
    EXPECT_TRUE(view.errorText().isEmpty()) << view.errorText().toStdString();
}

TEST_F(BoardViewTest, OpensOnTheCurrentYearOnceItHasAMeeting)
{
    addMeeting(QDate(2025, 2, 11), MeetingKind::Board, QStringLiteral("February board"));
    addMeeting(QDate(2026, 9, 15), MeetingKind::Board, QStringLiteral("September board"));
    // A meeting planned next year does not pull the page away from this one.
    addMeeting(QDate(2027, 6, 15), MeetingKind::Agm, QStringLiteral("Annual assembly"));
    BoardView view(db());
    EXPECT_EQ(view.year(), FiscalYear(2026));
    EXPECT_EQ(view.meetingModel()->rowCount(), 1);
}

TEST_F(BoardViewTest, OpensOnTheCurrentYearWithoutAnyMeeting)
{
    BoardView view(db());
    EXPECT_EQ(view.year(), FiscalYear(2026));
    EXPECT_EQ(view.meetingModel()->rowCount(), 0);
}

TEST_F(BoardViewTest, OpensOnAPlannedYearWhenOnlyItHasMeetings)
{
    addMeeting(QDate(2027, 6, 15), MeetingKind::Agm, QStringLiteral("Annual assembly"));
    BoardView view(db());
    EXPECT_EQ(view.year(), FiscalYear(2027));
    EXPECT_EQ(view.meetingModel()->rowCount(), 1);
}

// Both tabs drawn with data, for a look at what a user would find cramped; saved as PNG when
// BILAN_SCREENSHOT_DIR names a folder.
TEST_F(BoardViewTest, BothTabsDrawWithTheirData)
{
    addMeeting(QDate(2024, 9, 10), MeetingKind::Board, QStringLiteral("Budget follow-up"));
    const qint64 agm =
        addMeeting(QDate(2025, 6, 17), MeetingKind::Agm, QStringLiteral("Annual general assembly"));
    BoardView view(db());
    view.resize(1280, 760);
    ASSERT_OK(view.openMeeting(agm));
    view.editor()->attendanceModel()->setStatus(0, AttendanceStatus::Present);
    view.editor()->attendanceModel()->setStatus(1, AttendanceStatus::Present);
    view.editor()->attendanceModel()->setStatus(3, AttendanceStatus::Excused);
    view.editor()
        ->findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"))
        ->setPlainText(QStringLiteral("Financial statements adopted. Auditor reappointed."));
    view.show();
    const QPixmap meetings = view.grab();
    view.showMandates();
    view.mandatesPanel()->findChild<QTableView*>(QStringLiteral("mandatesView"))->selectRow(0);
    const QPixmap mandates = view.grab();
    ASSERT_FALSE(meetings.isNull());
    ASSERT_FALSE(mandates.isNull());
    EXPECT_EQ(view.mandatesPanel()->model()->rowCount(), 4);
    EXPECT_EQ(view.findChild<QTabWidget*>(QStringLiteral("tabs"))->currentIndex(), 1);
    // The longest organisation's name fits its column.
    auto* table = view.mandatesPanel()->findChild<QTableView*>(QStringLiteral("mandatesView"));
    const int needed = table->fontMetrics().horizontalAdvance(
        QString::fromUtf8("Réseau des entreprises d'économie sociale de l'Estrie"));
    EXPECT_GE(table->columnWidth(MandateTableModel::Organisation), needed);

    const QString folder = qEnvironmentVariable("BILAN_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        EXPECT_TRUE(meetings.save(QDir(folder).filePath(QStringLiteral("board-meetings.png"))));
        EXPECT_TRUE(mandates.save(QDir(folder).filePath(QStringLiteral("board-mandates.png"))));
        EXPECT_OK(view.editor()->saveAttendanceSheetPdf(
            QDir(folder).filePath(QStringLiteral("board-attendance-sheet.pdf"))));
        EXPECT_OK(view.editor()->saveMinutesPdf(
            QDir(folder).filePath(QStringLiteral("board-minutes.pdf"))));
    }
}

} // namespace
