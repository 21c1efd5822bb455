#include "MeetingSheets.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

MeetingSheetInput boardMeeting()
{
    MeetingSheetInput input;
    input.organisationName = QStringLiteral("Services partagés");
    input.kind = QStringLiteral("Board meeting");
    input.title = QStringLiteral("June board");
    input.date = QDate(2025, 6, 10);
    input.directors = {
        {QStringLiteral("Alice Tremblay"), QStringLiteral("President"),
         QStringLiteral("Coop Le Rucher"), AttendanceStatus::Present},
        {QStringLiteral("Bob Gagnon"), QStringLiteral("Director"), QStringLiteral("Mutuelle"),
         AttendanceStatus::Present},
        {QStringLiteral("Chloé Roy"), QStringLiteral("Director"), QStringLiteral("Réseau"),
         AttendanceStatus::Absent},
        {QStringLiteral("Denis <Côté>"), QStringLiteral("Director"), QString(),
         AttendanceStatus::Excused},
    };
    // More than half of 4 is 3.
    input.required = 3;
    input.quorumReached = false;
    input.quorumRule = QStringLiteral("more than half of the directors in office present");
    input.notes = QStringLiteral("Budget adopted.\nAuditor named.\n\nNext meeting in September.");
    return input;
}

TEST(MeetingSheetsTest, CountsAndQuorumLine)
{
    MeetingSheetInput input = boardMeeting();
    EXPECT_EQ(input.count(AttendanceStatus::Present), 2);
    EXPECT_EQ(input.count(AttendanceStatus::Absent), 1);
    EXPECT_EQ(input.count(AttendanceStatus::Excused), 1);
    EXPECT_EQ(MeetingSheets::quorumLine(input),
              QStringLiteral("No quorum: 2 present of 4 directors in office, 3 required."));
    input.directors[2].status = AttendanceStatus::Present;
    input.quorumReached = true;
    EXPECT_EQ(MeetingSheets::quorumLine(input),
              QStringLiteral("Quorum reached: 3 present of 4 directors in office, 3 required."));
    EXPECT_EQ(MeetingSheets::heading(input), QStringLiteral("Board meeting of 2025-06-10"));
}

TEST(MeetingSheetsTest, AttendanceSheetHasEveryDirectorAndASignatureColumn)
{
    const auto document = MeetingSheets::attendanceSheet(boardMeeting());
    const QString text = document->toPlainText();
    for (const char* expected :
         {"Services partagés", "Attendance sheet", "June board", "Board meeting", "Signature",
          "Alice Tremblay", "President", "Coop Le Rucher", "Chloé Roy", "Denis <Côté>"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    // A sheet to sign, not a record: nobody is marked present or absent on it.
    EXPECT_FALSE(text.contains(QStringLiteral("Absent")));
    EXPECT_TRUE(text.contains(QStringLiteral("Directors in office on that day: 4.")));
    EXPECT_EQ(document->metaInformation(QTextDocument::DocumentTitle),
              QStringLiteral("Attendance sheet — Board meeting of 2025-06-10"));
}

TEST(MeetingSheetsTest, AttendanceSheetWithoutDirectorsSaysSo)
{
    MeetingSheetInput input = boardMeeting();
    input.directors.clear();
    const QString text = MeetingSheets::attendanceSheet(input)->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("No director is in office on that day.")));
    EXPECT_FALSE(text.contains(QStringLiteral("Signature")));
}

TEST(MeetingSheetsTest, MinutesListPresentAbsentExcusedQuorumAndNotes)
{
    const QString text = MeetingSheets::minutes(boardMeeting())->toPlainText();
    const int present = text.indexOf(QStringLiteral("Present (2)"));
    const int absent = text.indexOf(QStringLiteral("Absent (1)"));
    const int excused = text.indexOf(QStringLiteral("Excused (1)"));
    ASSERT_GE(present, 0) << text.toStdString();
    ASSERT_GT(absent, present);
    ASSERT_GT(excused, absent);
    // Each name under its own heading.
    const int bob = text.indexOf(QStringLiteral("Bob Gagnon (Director, Mutuelle)"));
    EXPECT_TRUE(bob > present && bob < absent) << text.toStdString();
    const int chloe = text.indexOf(QString::fromUtf8("Chloé Roy"));
    EXPECT_TRUE(chloe > absent && chloe < excused);
    EXPECT_GT(text.indexOf(QString::fromUtf8("Denis <Côté> (Director)")), excused);
    EXPECT_TRUE(text.contains(
        QStringLiteral("No quorum: 2 present of 4 directors in office, 3 required.")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("Rule: more than half of the directors in office present.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Budget adopted.\nAuditor named.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Next meeting in September.")));
}

TEST(MeetingSheetsTest, MinutesWithNobodyInAGroupShowADash)
{
    MeetingSheetInput input = boardMeeting();
    input.directors.removeLast();
    input.notes.clear();
    const QString text = MeetingSheets::minutes(input)->toPlainText();
    const int excused = text.indexOf(QStringLiteral("Excused (0)"));
    ASSERT_GE(excused, 0);
    EXPECT_EQ(text.mid(excused + 11).trimmed().left(1), QString::fromUtf8("—"));
}

TEST(MeetingSheetsTest, WritesAPdfOrSaysWhyNot)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    auto written = MeetingSheets::writePdf(*MeetingSheets::attendanceSheet(boardMeeting()), path);
    ASSERT_TRUE(written.ok()) << written.message().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    EXPECT_GT(file.size(), 1000);

    auto refused = MeetingSheets::writePdf(*MeetingSheets::minutes(boardMeeting()),
                                           dir.filePath(QStringLiteral("missing/minutes.pdf")));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("file"));
    EXPECT_TRUE(refused.message().contains(QStringLiteral("minutes.pdf")));
}

} // namespace
