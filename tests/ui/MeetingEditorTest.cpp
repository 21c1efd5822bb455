#include "MeetingEditor.h"

#include "BoardView.h"
#include "MeetingListModel.h"

#include "AttendanceModel.h"
#include "BoardRepository.h"
#include "MeetingRepository.h"
#include "OrganisationRepository.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include "MeetingSheets.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

const QDate MeetingDay(2025, 6, 10);

// The text poppler finds in a PDF, ligatures undone (Qt writes "ﬁ" for "fi").
QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("<pdftotext failed: %1>")
            .arg(QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

class MeetingEditorTest : public bilan::test::DatabaseTest
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
        // Eleven directors in office on the meeting's day, and one who left before
        // it.
        for (int i = 1; i <= 12; ++i) {
            auto id =
                board.addDirector(QStringLiteral("Director %1").arg(i, 2, 10, QLatin1Char('0')));
            ASSERT_OK(id);
            BoardMandate mandate;
            mandate.directorId = *id;
            mandate.organisationId = *rucher;
            mandate.role = i == 1 ? BoardRole::President : BoardRole::Director;
            mandate.started = i == 12 ? QDate(2022, 6, 1) : QDate(2024, 6, 1);
            mandate.ended = i == 12 ? QDate(2025, 5, 31) : QDate();
            ASSERT_OK(board.addMandate(mandate));
        }
    }

    static void tick(AttendanceModel& model, int row, bool present)
    {
        const QModelIndex index = model.index(row, AttendanceModel::Director);
        ASSERT_TRUE(
            model.setData(index, present ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
    }

    static QList<AttendanceStatus> statuses(const AttendanceModel& model)
    {
        QList<AttendanceStatus> result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.statusAt(row);
        return result;
    }
};

TEST_F(MeetingEditorTest, NewMeetingCountsQuorumAndSaves)
{
    MeetingEditor editor(db());
    AttendanceModel& model = *editor.attendanceModel();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    ASSERT_OK(editor.newMeeting(MeetingDay));
    ASSERT_EQ(model.rowCount(), 11);
    EXPECT_FALSE(editor.quorumReached());
    EXPECT_TRUE(editor.quorumText().startsWith(QStringLiteral("No quorum")))
        << editor.quorumText().toStdString();

    for (int row = 0; row < 6; ++row)
        ASSERT_NO_FATAL_FAILURE(tick(model, row, true));
    EXPECT_TRUE(editor.quorumReached());
    EXPECT_EQ(editor.quorumText(), QStringLiteral("Quorum reached: 6 present of 11, 6 required"));

    ASSERT_NO_FATAL_FAILURE(tick(model, 5, false));
    EXPECT_FALSE(editor.quorumReached());
    EXPECT_EQ(editor.quorumText(), QStringLiteral("No quorum: 5 present, 6 required"));
    ASSERT_NO_FATAL_FAILURE(tick(model, 10, true));
    ASSERT_TRUE(model.setData(model.index(9, AttendanceModel::Status),
                              static_cast<int>(AttendanceStatus::Excused)));
    EXPECT_TRUE(editor.quorumReached());

    editor.findChild<QLineEdit*>(QStringLiteral("titleEdit"))
        ->setText(QStringLiteral("June board"));
    editor.findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"))
        ->setPlainText(QStringLiteral("Budget adopted."));
    QSignalSpy saved(&editor, &MeetingEditor::saved);
    QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    ASSERT_EQ(saved.count(), 1);
    EXPECT_TRUE(editor.errorText().isEmpty()) << editor.errorText().toStdString();
    const qint64 id = editor.meetingId();
    ASSERT_GT(id, 0);
    EXPECT_EQ(saved.first().first().toLongLong(), id);

    MeetingRepository meetings(db());
    auto meeting = meetings.get(id);
    ASSERT_OK(meeting);
    EXPECT_EQ(meeting->date, MeetingDay);
    EXPECT_EQ(meeting->kind, MeetingKind::Board);
    EXPECT_EQ(meeting->title, QStringLiteral("June board"));
    EXPECT_EQ(meeting->notes, QStringLiteral("Budget adopted."));
    auto attendance = meetings.attendance(id);
    ASSERT_OK(attendance);
    EXPECT_EQ(attendance->size(), 11);
    const auto presentCount =
        std::count_if(attendance->cbegin(), attendance->cend(), [](const Attendance& row) {
            return row.status == AttendanceStatus::Present;
        });
    EXPECT_EQ(presentCount, 6);

    // A fresh editor reads back what was saved.
    const auto before = statuses(model);
    MeetingEditor reloaded(db());
    ASSERT_OK(reloaded.loadMeeting(id));
    EXPECT_EQ(statuses(*reloaded.attendanceModel()), before);
    EXPECT_EQ(reloaded.findChild<QLineEdit*>(QStringLiteral("titleEdit"))->text(),
              QStringLiteral("June board"));
    EXPECT_TRUE(reloaded.quorumReached());
}

TEST_F(MeetingEditorTest, MovingASavedMeetingRewritesItsAttendance)
{
    MeetingEditor editor(db());
    ASSERT_OK(editor.newMeeting(QDate(2025, 5, 20)));
    // Twelve in office before the twelfth director left.
    ASSERT_EQ(editor.attendanceModel()->rowCount(), 12);
    editor.attendanceModel()->setAllStatuses(AttendanceStatus::Present);
    editor.findChild<QLineEdit*>(QStringLiteral("titleEdit"))->setText(QStringLiteral("May board"));
    ASSERT_OK(editor.save());
    const qint64 id = editor.meetingId();

    // Moving it past the twelfth director's mandate re-lists eleven, keeping
    // their statuses.
    editor.findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(MeetingDay);
    ASSERT_EQ(editor.attendanceModel()->rowCount(), 11);
    ASSERT_OK(editor.save());
    EXPECT_EQ(editor.meetingId(), id);
    auto meeting = MeetingRepository(db()).get(id);
    ASSERT_OK(meeting);
    EXPECT_EQ(meeting->date, MeetingDay);
    auto attendance = MeetingRepository(db()).attendance(id);
    ASSERT_OK(attendance);
    EXPECT_EQ(attendance->size(), 11);
}

TEST_F(MeetingEditorTest, RefusedSaveIsShownInlineAndWritesNothing)
{
    MeetingEditor editor(db());
    ASSERT_OK(editor.newMeeting(MeetingDay));
    ASSERT_OK(editor.save());
    // The same kind on the same day again: refused, shown, nothing added.
    MeetingEditor second(db());
    QSignalSpy errors(&second, &MeetingEditor::errorOccurred);
    ASSERT_OK(second.newMeeting(MeetingDay));
    second.attendanceModel()->setAllStatuses(AttendanceStatus::Present);
    EXPECT_FALSE(second.save().ok());
    EXPECT_FALSE(second.errorText().isEmpty());
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(second.meetingId(), 0);
    auto listed = MeetingRepository(db()).list(MeetingDay, MeetingDay);
    ASSERT_OK(listed);
    EXPECT_EQ(listed->size(), 1);
}

TEST_F(MeetingEditorTest, QuorumRuleComesFromTheSettings)
{
    ASSERT_OK(SettingsRepository(db()).setValue(QStringLiteral("quorum_rule"),
                                                QStringLiteral("at_least:3")));
    MeetingEditor editor(db());
    ASSERT_OK(editor.newMeeting(MeetingDay));
    for (int row = 0; row < 3; ++row)
        editor.attendanceModel()->setStatus(row, AttendanceStatus::Present);
    EXPECT_TRUE(editor.quorumReached());
    EXPECT_EQ(editor.quorumText(), QStringLiteral("Quorum reached: 3 present of 11, 3 required"));

    ASSERT_OK(SettingsRepository(db()).setValue(QStringLiteral("quorum_rule"),
                                                QStringLiteral("nonsense")));
    ASSERT_OK(editor.newMeeting(MeetingDay));
    // Unknown rule: the usual one, and the secretary is told.
    EXPECT_EQ(editor.attendanceModel()->rule(), QuorumRule{});
    EXPECT_FALSE(editor.errorText().isEmpty());
}

TEST_F(MeetingEditorTest, BoardViewListsOpensAndRatesTheYearsMeetings)
{
    BoardView view(db());
    // The test clock says 2026-11-24: the 2026-2027 fiscal year is shown first.
    EXPECT_EQ(view.year(), FiscalYear(2026));
    ASSERT_OK(view.setYear(FiscalYear(2025)));
    EXPECT_EQ(view.meetingModel()->rowCount(), 0);

    // "New meeting" in a past year starts on its last day; the secretary moves it.
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("newMeetingButton")),
                      Qt::LeftButton);
    MeetingEditor& editor = *view.editor();
    EXPECT_EQ(editor.attendanceModel()->date(), QDate(2026, 3, 31));
    editor.findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(MeetingDay);
    ASSERT_EQ(editor.attendanceModel()->rowCount(), 11);
    for (int row = 0; row < 6; ++row)
        ASSERT_TRUE(editor.attendanceModel()->setStatus(row, AttendanceStatus::Present));
    ASSERT_OK(editor.save());
    const qint64 id = editor.meetingId();

    // The list and the rates follow the save.
    ASSERT_EQ(view.meetingModel()->rowCount(), 1);
    auto* rates = view.findChild<QTableWidget*>(QStringLiteral("ratesTable"));
    ASSERT_EQ(rates->rowCount(), 11);
    EXPECT_EQ(rates->item(0, 0)->text(), QStringLiteral("Director 01"));
    EXPECT_EQ(rates->item(0, 3)->text(), QStringLiteral("100 %"));
    EXPECT_EQ(rates->item(10, 3)->text(), QStringLiteral("0 %"));

    // Enter on the row opens it in a fresh editor state.
    ASSERT_OK(editor.newMeeting(MeetingDay));
    EXPECT_EQ(editor.meetingId(), 0);
    auto* list = view.findChild<QTableView*>(QStringLiteral("meetingsView"));
    list->setCurrentIndex(view.meetingModel()->index(0, MeetingListModel::Title));
    QTest::keyClick(list, Qt::Key_Return);
    EXPECT_EQ(editor.meetingId(), id);
    EXPECT_TRUE(editor.quorumReached());
    EXPECT_TRUE(view.errorText().isEmpty()) << view.errorText().toStdString();
}

TEST_F(MeetingEditorTest, AttendanceSheetOfANewMeetingListsTheDirectorsInOffice)
{
    ASSERT_OK(SettingsRepository(db()).setValue(
        QString::fromLatin1(SettingsRepository::OrganisationNameKey),
        QStringLiteral("Services partagés du Québec")));
    MeetingEditor editor(db());
    ASSERT_OK(editor.newMeeting(MeetingDay));
    editor.findChild<QLineEdit*>(QStringLiteral("titleEdit"))
        ->setText(QStringLiteral("June board"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    // Not saved: the sheet is printed before the meeting, from the directors in office.
    ASSERT_OK(editor.saveAttendanceSheetPdf(path));
    EXPECT_EQ(editor.meetingId(), 0);
    ASSERT_TRUE(QFile::exists(path));
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QString::fromUtf8("Services partagés du Québec")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Attendance sheet"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("June board")));
    EXPECT_TRUE(text.contains(QStringLiteral("Board meeting")));
    EXPECT_TRUE(text.contains(QStringLiteral("Signature")));
    EXPECT_TRUE(text.contains(QStringLiteral("Coop Le Rucher")));
    EXPECT_TRUE(text.contains(QStringLiteral("President")));
    for (int i = 1; i <= 11; ++i)
        EXPECT_TRUE(text.contains(QStringLiteral("Director %1").arg(i, 2, 10, QLatin1Char('0'))))
            << i;
    // The twelfth left before the meeting.
    EXPECT_FALSE(text.contains(QStringLiteral("Director 12")));
    EXPECT_TRUE(text.contains(QStringLiteral("Directors in office on that day: 11.")))
        << text.toStdString();
}

TEST_F(MeetingEditorTest, MinutesPdfHasTheAttendanceAsTickedTheQuorumAndTheNotes)
{
    MeetingEditor editor(db());
    ASSERT_OK(editor.newMeeting(MeetingDay));
    AttendanceModel& model = *editor.attendanceModel();
    for (int row = 0; row < 6; ++row)
        ASSERT_TRUE(model.setStatus(row, AttendanceStatus::Present));
    ASSERT_TRUE(model.setStatus(10, AttendanceStatus::Excused));
    editor.findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"))
        ->setPlainText(QStringLiteral("Budget adopted unanimously."));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("minutes.pdf"));
    ASSERT_OK(editor.saveMinutesPdf(path));
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Minutes"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Present (6)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Absent (4)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Excused (1)")));
    EXPECT_TRUE(text.contains(
        QStringLiteral("Quorum reached: 6 present of 11 directors in office, 6 required.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Budget adopted unanimously.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Director 11")));

    // One fewer present: the minutes say so.
    ASSERT_TRUE(model.setStatus(5, AttendanceStatus::Absent));
    ASSERT_OK(editor.saveMinutesPdf(path));
    EXPECT_TRUE(pdfText(path).contains(
        QStringLiteral("No quorum: 5 present of 11 directors in office, 6 required.")));
}

TEST_F(MeetingEditorTest, UnwritablePdfPathIsReportedInline)
{
    MeetingEditor editor(db());
    ASSERT_OK(editor.newMeeting(MeetingDay));
    QSignalSpy errors(&editor, &MeetingEditor::errorOccurred);
    auto written = editor.saveMinutesPdf(QStringLiteral("/nonexistent-folder/minutes.pdf"));
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(editor.errorText().contains(QStringLiteral("minutes.pdf")))
        << editor.errorText().toStdString();
    EXPECT_EQ(errors.count(), 1);
}

TEST_F(MeetingEditorTest, MeetingSheetsNeverReplaceTheDatabaseAndAreOwnerOnly)
{
    BILAN_FILE_ONLY();
    MeetingEditor editor(db());
    ASSERT_OK(editor.newMeeting(MeetingDay));
    QFile database(m_test.path());
    ASSERT_TRUE(database.open(QIODevice::ReadOnly));
    const QByteArray before = database.readAll();
    database.close();
    const QString link = QDir(m_test.folder()).filePath(QStringLiteral("minutes.pdf"));
    ASSERT_TRUE(QFile::link(m_test.path(), link));
    for (const QString& target : {m_test.path(), link, m_test.path() + QStringLiteral("-wal")}) {
        EXPECT_FALSE(editor.saveMinutesPdf(target).ok()) << target.toStdString();
        EXPECT_FALSE(editor.saveAttendanceSheetPdf(target).ok()) << target.toStdString();
        EXPECT_TRUE(editor.errorText().contains(QStringLiteral("database")))
            << editor.errorText().toStdString();
    }
    ASSERT_TRUE(database.open(QIODevice::ReadOnly));
    EXPECT_EQ(database.readAll(), before);

    QTemporaryDir dir;
    const QString sheet = dir.filePath(QStringLiteral("sheet.pdf"));
    ASSERT_OK(editor.saveAttendanceSheetPdf(sheet));
    EXPECT_EQ(QFileInfo(sheet).permissions() & (QFile::ReadGroup | QFile::ReadOther),
              QFile::Permissions());
}

} // namespace
