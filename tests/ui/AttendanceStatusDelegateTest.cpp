#include "AttendanceStatusDelegate.h"

#include "AttendanceModel.h"
#include "MeetingEditor.h"

#include "BoardRepository.h"
#include "EnumNames.h"
#include "OrganisationRepository.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

const QDate MeetingDay(2025, 6, 10);

// The three French labels, without compiling the .ts file into the test.
class FrenchStatuses : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* = nullptr,
                      int = -1) const override
    {
        // The statuses are named once, under their enum's context (EnumNames.h).
        if (QByteArray(context) != bilan::EnumNames<bilan::AttendanceStatus>::context)
            return {};
        const QByteArray source(sourceText);
        if (source == "Present")
            return QString::fromUtf8("Présent");
        if (source == "Absent")
            return QStringLiteral("Absent");
        if (source == "Excused")
            return QString::fromUtf8("Excusé");
        return {};
    }
    bool isEmpty() const override { return false; }
};

class AttendanceStatusDelegateTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        Organisation coop;
        coop.name = QStringLiteral("Coop Le Rucher");
        coop.kind = OrganisationKind::Coop;
        auto rucher = OrganisationRepository(db()).add(coop);
        ASSERT_OK(rucher);
        BoardRepository board(db());
        // Five directors in office on the meeting's day: quorum is three.
        for (int i = 1; i <= 5; ++i) {
            auto id = board.addDirector(QStringLiteral("Director %1").arg(i));
            ASSERT_OK(id);
            BoardMandate mandate;
            mandate.directorId = *id;
            mandate.organisationId = *rucher;
            mandate.role = BoardRole::Director;
            mandate.started = QDate(2024, 6, 1);
            ASSERT_OK(board.addMandate(mandate));
        }
    }

    static QTableView* table(MeetingEditor& editor)
    {
        return editor.findChild<QTableView*>(QStringLiteral("attendanceView"));
    }
};

TEST_F(AttendanceStatusDelegateTest, NamesAreReadWithoutCaseOrAccents)
{
    AttendanceModel model(db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_OK(model.loadForDate(MeetingDay));
    const QModelIndex status = model.index(1, AttendanceModel::Status);
    ASSERT_TRUE(model.setData(status, QStringLiteral("EXCUSED")));
    EXPECT_EQ(model.statusAt(1), AttendanceStatus::Excused);
    // The start of a single name will do: "pres", "a".
    ASSERT_TRUE(model.setData(status, QStringLiteral("pres")));
    EXPECT_EQ(model.statusAt(1), AttendanceStatus::Present);
    ASSERT_TRUE(model.setData(status, QStringLiteral(" a ")));
    EXPECT_EQ(model.statusAt(1), AttendanceStatus::Absent);
    // More than a name, or nothing, is refused.
    EXPECT_FALSE(model.setData(status, QStringLiteral("presently")));
    EXPECT_FALSE(model.setData(status, QString()));
    EXPECT_FALSE(model.setData(status, QStringLiteral("x")));
    EXPECT_EQ(model.statusAt(1), AttendanceStatus::Absent);
}

TEST_F(AttendanceStatusDelegateTest, FrenchNamesWithOrWithoutAccents)
{
    FrenchStatuses french;
    ASSERT_TRUE(QCoreApplication::installTranslator(&french));
    AttendanceModel model(db());
    ASSERT_OK(model.loadForDate(MeetingDay));
    const QModelIndex status = model.index(0, AttendanceModel::Status);
    EXPECT_EQ(status.data().toString(), QString::fromUtf8("Absent"));
    // What the review found refused: « excuse » typed without its accent.
    EXPECT_TRUE(model.setData(status, QStringLiteral("excuse")));
    EXPECT_EQ(model.statusAt(0), AttendanceStatus::Excused);
    EXPECT_EQ(status.data().toString(), QString::fromUtf8("Excusé"));
    EXPECT_TRUE(model.setData(status, QString::fromUtf8("PRÉSENT")));
    EXPECT_EQ(model.statusAt(0), AttendanceStatus::Present);
    EXPECT_TRUE(model.setData(status, QStringLiteral("e")));
    EXPECT_EQ(model.statusAt(0), AttendanceStatus::Excused);
    EXPECT_FALSE(model.setData(status, QStringLiteral("retard")));
    QCoreApplication::removeTranslator(&french);
}

TEST_F(AttendanceStatusDelegateTest, KeyboardChoosesTheStatusInTheTable)
{
    MeetingEditor editor(db());
    ASSERT_OK(editor.newMeeting(MeetingDay));
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    QTableView* view = table(editor);
    ASSERT_NE(view, nullptr);
    AttendanceModel& model = *editor.attendanceModel();
    view->setFocus();

    // A typed first letter opens the list on that status and records it at once.
    view->setCurrentIndex(model.index(0, AttendanceModel::Status));
    QTest::keyClick(view, Qt::Key_E);
    EXPECT_EQ(model.statusAt(0), AttendanceStatus::Excused);
    auto* combo =
        qobject_cast<QComboBox*>(view->indexWidget(model.index(0, AttendanceModel::Status)));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->count(), 3);
    EXPECT_EQ(combo->currentText(), QStringLiteral("Excused"));
    // Letters typed in a quick row search together ("ep"): a pause starts a new search.
    QTest::qWait(QApplication::keyboardInputInterval() + 100);
    QTest::keyClick(combo, Qt::Key_P);
    EXPECT_EQ(model.statusAt(0), AttendanceStatus::Present);
    QTest::keyClick(combo, Qt::Key_Return);
    // The delegate closes its editor through a queued call.
    QCoreApplication::processEvents();
    EXPECT_EQ(view->indexWidget(model.index(0, AttendanceModel::Status)), nullptr);

    // F2 opens it, the arrows choose: Absent, then down to Excused, back up to Absent.
    view->setCurrentIndex(model.index(1, AttendanceModel::Status));
    QTest::keyClick(view, Qt::Key_F2);
    combo = qobject_cast<QComboBox*>(view->indexWidget(model.index(1, AttendanceModel::Status)));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentText(), QStringLiteral("Absent"));
    QTest::keyClick(combo, Qt::Key_Down);
    EXPECT_EQ(model.statusAt(1), AttendanceStatus::Excused);
    QTest::keyClick(combo, Qt::Key_Up);
    QTest::keyClick(combo, Qt::Key_Up);
    EXPECT_EQ(model.statusAt(1), AttendanceStatus::Present);
    QTest::keyClick(combo, Qt::Key_Return);

    // Enter opens it too.
    view->setCurrentIndex(model.index(2, AttendanceModel::Status));
    QTest::keyClick(view, Qt::Key_Return);
    combo = qobject_cast<QComboBox*>(view->indexWidget(model.index(2, AttendanceModel::Status)));
    ASSERT_NE(combo, nullptr);
    EXPECT_FALSE(editor.quorumReached()); // two present of five
    QTest::keyClick(combo, Qt::Key_P);
    QTest::keyClick(combo, Qt::Key_Return);
    // Rows 0, 1 and 2 present of five: quorum, at once.
    EXPECT_EQ(model.presentCount(), 3);
    EXPECT_TRUE(editor.quorumReached());
    EXPECT_EQ(editor.quorumText(), QStringLiteral("Quorum reached: 3 present of 5, 3 required"));
}

TEST_F(AttendanceStatusDelegateTest, TheErrorLineGoesOnceTheStatusIsCorrected)
{
    MeetingEditor editor(db());
    ASSERT_OK(editor.newMeeting(MeetingDay));
    AttendanceModel& model = *editor.attendanceModel();
    const QModelIndex status = model.index(3, AttendanceModel::Status);
    EXPECT_FALSE(model.setData(status, QStringLiteral("late")));
    EXPECT_TRUE(editor.errorText().contains(QStringLiteral("Late is not")))
        << editor.errorText().toStdString();
    ASSERT_TRUE(model.setData(status, QStringLiteral("excused")));
    EXPECT_TRUE(editor.errorText().isEmpty()) << editor.errorText().toStdString();
    EXPECT_TRUE(model.lastError().isEmpty());
}

TEST_F(AttendanceStatusDelegateTest, AnotherErrorStaysWhenAStatusIsSet)
{
    MeetingEditor editor(db());
    ASSERT_OK(editor.newMeeting(MeetingDay));
    ASSERT_OK(editor.save());
    // The same board meeting on the same day again: refused.
    MeetingEditor second(db());
    ASSERT_OK(second.newMeeting(MeetingDay));
    EXPECT_FALSE(second.save().ok());
    const QString refused = second.errorText();
    ASSERT_FALSE(refused.isEmpty());
    AttendanceModel& model = *second.attendanceModel();
    ASSERT_TRUE(model.setData(model.index(0, AttendanceModel::Status), QStringLiteral("present")));
    EXPECT_EQ(second.errorText(), refused);
}

} // namespace
