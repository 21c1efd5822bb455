// Issue 12, defect 9: a meeting on a day when no director is in office saved with no warning.
// The editor now says so under the attendance list, and its Save button asks first.

#include "MeetingEditor.h"

#include "AttendanceModel.h"
#include "BoardRepository.h"
#include "MeetingRepository.h"
#include "MessageBox.h"
#include "TestDatabase.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

const QDate InOffice(2025, 6, 10);
const QDate NoneInOffice(2023, 6, 10);

class MeetingWithoutDirectorsTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        BoardRepository board(db());
        auto director = board.addDirector(QStringLiteral("Louise Gagnon"));
        ASSERT_OK(director);
        BoardMandate mandate;
        mandate.directorId = *director; // an individual member: no organisation
        mandate.role = BoardRole::President;
        mandate.started = QDate(2024, 6, 1);
        ASSERT_OK(board.addMandate(mandate));
    }
    void TearDown() override { MessageBox::setNextAnswer(QMessageBox::NoButton); }

    int meetingCount()
    {
        auto listed = MeetingRepository(db()).list(QDate(2000, 1, 1), QDate(2100, 1, 1));
        return listed ? static_cast<int>(listed->size()) : -1;
    }

    static QLabel* warning(MeetingEditor& editor)
    {
        return editor.findChild<QLabel*>(QStringLiteral("noDirectorWarning"));
    }
};

TEST_F(MeetingWithoutDirectorsTest, AWarningLineSaysNoDirectorIsInOfficeThatDay)
{
    MeetingEditor editor(db());
    editor.show();
    ASSERT_OK(editor.newMeeting(NoneInOffice));
    EXPECT_EQ(editor.attendanceModel()->rowCount(), 0);
    ASSERT_NE(warning(editor), nullptr);
    EXPECT_TRUE(warning(editor)->isVisible());
    EXPECT_TRUE(editor.noDirectorWarning().contains(QStringLiteral("2023-06-10")))
        << editor.noDirectorWarning().toStdString();

    // A day with a director in office: no warning.
    ASSERT_OK(editor.newMeeting(InOffice));
    EXPECT_EQ(editor.attendanceModel()->rowCount(), 1);
    EXPECT_TRUE(editor.noDirectorWarning().isEmpty());
    EXPECT_FALSE(warning(editor)->isVisible());
}

TEST_F(MeetingWithoutDirectorsTest, SaveAsksFirstAndCancelWritesNothing)
{
    MeetingEditor editor(db());
    ASSERT_OK(editor.newMeeting(NoneInOffice));
    auto* save = editor.findChild<QPushButton*>(QStringLiteral("saveButton"));
    ASSERT_NE(save, nullptr);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_FALSE(MessageBox::hasNextAnswer()) << "no question was asked";
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("2023-06-10")))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(meetingCount(), 0);
    EXPECT_EQ(editor.meetingId(), 0);

    MessageBox::setNextAnswer(QMessageBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_FALSE(MessageBox::hasNextAnswer());
    EXPECT_EQ(meetingCount(), 1);
    EXPECT_NE(editor.meetingId(), 0);
}

TEST_F(MeetingWithoutDirectorsTest, AMeetingWithDirectorsInOfficeSavesWithoutAQuestion)
{
    MeetingEditor editor(db());
    ASSERT_OK(editor.newMeeting(InOffice));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    EXPECT_TRUE(MessageBox::hasNextAnswer()) << "a question was asked";
    EXPECT_EQ(meetingCount(), 1);
}

} // namespace
