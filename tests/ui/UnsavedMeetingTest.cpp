// Meeting notes typed and not saved are never lost without a question: closing the window, or
// opening another meeting from the list, asks to save, discard or stay (answered through the
// MessageBox test hook).

#include "BoardView.h"
#include "MainWindow.h"
#include "MeetingEditor.h"
#include "MeetingListModel.h"
#include "MeetingRepository.h"
#include "MessageBox.h"
#include "PrivateSettings.h"
#include "TestDatabase.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class UnsavedMeetingTest : public bilan::test::DatabaseTest
{
protected:
    void TearDown() override
    {
        // A hook left set would answer a later test's question.
        EXPECT_FALSE(MessageBox::hasNextAnswer());
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    qint64 addMeeting(QDate date, const QString& title)
    {
        Meeting meeting;
        meeting.date = date;
        meeting.kind = MeetingKind::Board;
        meeting.title = title;
        auto id = MeetingRepository(db()).add(meeting);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    QString storedNotes(qint64 id)
    {
        auto meeting = MeetingRepository(db()).get(id);
        EXPECT_TRUE(meeting.ok()) << meeting.message().toStdString();
        return meeting.ok() ? meeting->notes : QStringLiteral("<missing>");
    }

    // `answer` given to the question `act` must ask.
    template <typename Act> void answer(MessageBox::Button answer, Act act)
    {
        MessageBox::setNextAnswer(answer);
        act();
        EXPECT_FALSE(MessageBox::hasNextAnswer()) << "no question was asked";
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    static QPlainTextEdit* notes(BoardView& view)
    {
        return view.editor()->findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"));
    }
};

TEST_F(UnsavedMeetingTest, ClosingTheWindowOverUnsavedNotesAsksAndCancelStays)
{
    const qint64 id = addMeeting(QDate(2025, 6, 10), QStringLiteral("June meeting"));
    const test::PrivateSettings settings(QStringLiteral("unsaved-meeting"));
    MainWindow window;
    auto* board = new BoardView(db());
    ASSERT_OK(board->setYear(FiscalYear(2025)));
    window.addPage(QStringLiteral("Overview"), new QWidget);
    window.addPage(QStringLiteral("Board"), board);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_OK(board->openMeeting(id));
    ASSERT_FALSE(board->editor()->hasUnsavedChanges());
    QPlainTextEdit* edit = notes(*board);
    ASSERT_NE(edit, nullptr);
    QTest::keyClicks(edit, QStringLiteral("Adopted the budget."));
    ASSERT_TRUE(board->editor()->hasUnsavedChanges());

    answer(QMessageBox::Cancel, [&] { EXPECT_FALSE(window.close()); });
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(window.currentPage(), 1); // the page holding the unsaved notes
    EXPECT_EQ(edit->toPlainText(), QStringLiteral("Adopted the budget."));
    EXPECT_TRUE(storedNotes(id).isEmpty());

    answer(QMessageBox::Save, [&] { EXPECT_TRUE(window.close()); });
    EXPECT_FALSE(window.isVisible());
    EXPECT_EQ(storedNotes(id), QStringLiteral("Adopted the budget."));
}

TEST_F(UnsavedMeetingTest, DiscardClosesWithoutSaving)
{
    const qint64 id = addMeeting(QDate(2025, 6, 10), QStringLiteral("June meeting"));
    const test::PrivateSettings settings(QStringLiteral("unsaved-meeting"));
    MainWindow window;
    auto* board = new BoardView(db());
    ASSERT_OK(board->setYear(FiscalYear(2025)));
    window.addPage(QStringLiteral("Board"), board);
    window.show();
    ASSERT_OK(board->openMeeting(id));
    auto* title = board->editor()->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
    ASSERT_NE(title, nullptr);
    title->setText(QStringLiteral("Renamed"));

    answer(QMessageBox::Discard, [&] { EXPECT_TRUE(window.close()); });
    auto stored = MeetingRepository(db()).get(id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->title, QStringLiteral("June meeting"));
}

TEST_F(UnsavedMeetingTest, AMeetingLoadedOrSavedAsIsAsksNothing)
{
    const qint64 id = addMeeting(QDate(2025, 6, 10), QStringLiteral("June meeting"));
    BoardView view(db());
    ASSERT_OK(view.setYear(FiscalYear(2025)));
    EXPECT_TRUE(view.confirmLeaving()); // nothing on the form yet
    ASSERT_OK(view.openMeeting(id));
    EXPECT_TRUE(view.confirmLeaving());

    notes(view)->setPlainText(QStringLiteral("Minutes"));
    ASSERT_OK(view.editor()->save());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_TRUE(view.confirmLeaving());
    EXPECT_TRUE(MessageBox::hasNextAnswer()) << "a saved meeting asked";
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

TEST_F(UnsavedMeetingTest, OpeningAnotherMeetingOverUnsavedNotesAsksFirst)
{
    const qint64 june = addMeeting(QDate(2025, 6, 10), QStringLiteral("June meeting"));
    const qint64 september = addMeeting(QDate(2025, 9, 9), QStringLiteral("September meeting"));
    BoardView view(db());
    ASSERT_OK(view.setYear(FiscalYear(2025)));
    ASSERT_OK(view.openMeeting(june));
    notes(view)->setPlainText(QStringLiteral("June minutes"));
    auto* list = view.findChild<QTableView*>(QStringLiteral("meetingsView"));
    ASSERT_NE(list, nullptr);
    const QModelIndex other = view.meetingModel()->index(view.meetingModel()->rowOf(september), 0);

    // Cancel: the June meeting stays on the form with its notes.
    answer(QMessageBox::Cancel, [&] { emit list->activated(other); });
    EXPECT_TRUE(MessageBox::lastText().contains(
        QLocale().toString(QDate(2025, 6, 10), QLocale::LongFormat)))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(view.editor()->meetingId(), june);
    EXPECT_EQ(notes(view)->toPlainText(), QStringLiteral("June minutes"));

    // Activating the meeting already open keeps its edits without a question.
    const QModelIndex same = view.meetingModel()->index(view.meetingModel()->rowOf(june), 0);
    emit list->activated(same);
    EXPECT_EQ(notes(view)->toPlainText(), QStringLiteral("June minutes"));

    // Save: the notes are stored, then September opens.
    answer(QMessageBox::Save, [&] { emit list->activated(other); });
    EXPECT_EQ(storedNotes(june), QStringLiteral("June minutes"));
    EXPECT_EQ(view.editor()->meetingId(), september);
}

} // namespace
