#include "MeetingSheets.h"

#include "SheetLanguage.h"

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

// The same board meeting with everything issue 13 added: place, times, agenda, resolutions and
// the two who sign.
MeetingSheetInput fullBoardMeeting()
{
    MeetingSheetInput input = boardMeeting();
    input.place = QString::fromUtf8("Siège social, Lévis");
    input.startTime = QTime(19, 0);
    input.endTime = QTime(21, 15);
    input.agenda = {QStringLiteral("Adoption of the agenda"), QStringLiteral("Budget 2025-2026"),
                    QStringLiteral("Naming the auditor")};
    input.resolutions = {
        {QStringLiteral("CA-2025-07"), QStringLiteral("That the budget 2025-2026 be adopted."),
         QStringLiteral("Alice Tremblay"), QStringLiteral("Bob Gagnon"), QStringLiteral("Adopted"),
         ResolutionVotes{5, 1, 0}},
        {QStringLiteral("CA-2025-08"), QStringLiteral("That the auditor <Mallette> be named."),
         QStringLiteral("Bob Gagnon"), QString(), QStringLiteral("Deferred"), std::nullopt},
    };
    input.secretaryName = QStringLiteral("Bob Gagnon");
    input.presidentName = QStringLiteral("Alice Tremblay");
    return input;
}

// Where `needle` is in `text`, failing the test when it is not.
int at(const QString& text, const QString& needle)
{
    const int index = text.indexOf(needle);
    EXPECT_GE(index, 0) << "missing: " << needle.toStdString() << "\nin:\n" << text.toStdString();
    return index;
}

TEST(MeetingSheetsTest, MinutesPrintEveryPartInTheOrderMinutesTakeThem)
{
    const test::SheetLanguage english(test::SheetLanguage::English);
    const QString text = MeetingSheets::minutes(fullBoardMeeting())->toPlainText();
    const int place = at(text, QString::fromUtf8("Place: Siège social, Lévis"));
    const int time = at(text, QStringLiteral("From 7:00"));
    const int date = at(text, QStringLiteral("Tuesday, June 10, 2025"));
    const int attendance = at(text, QStringLiteral("Present (2)"));
    const int quorum = at(text, QStringLiteral("No quorum: 2 present"));
    const int agenda = at(text, QStringLiteral("Agenda"));
    const int first = at(text, QStringLiteral("Adoption of the agenda"));
    const int third = at(text, QStringLiteral("Naming the auditor"));
    const int resolutions = at(text, QStringLiteral("Resolutions"));
    const int seventh = at(text, QStringLiteral("Resolution CA-2025-07"));
    const int eighth = at(text, QStringLiteral("Resolution CA-2025-08"));
    const int notes = at(text, QStringLiteral("Budget adopted."));
    const int signatures = at(text, QStringLiteral("Signatures"));
    EXPECT_LT(date, place);
    EXPECT_LT(place, time);
    EXPECT_LT(time, attendance);
    EXPECT_LT(attendance, quorum);
    EXPECT_LT(quorum, agenda);
    EXPECT_LT(agenda, first);
    EXPECT_LT(first, third);
    EXPECT_LT(third, resolutions);
    EXPECT_LT(resolutions, seventh);
    EXPECT_LT(seventh, eighth);
    EXPECT_LT(eighth, notes);
    EXPECT_LT(notes, signatures);
    EXPECT_TRUE(text.contains(QStringLiteral("9:15"))) << text.toStdString();

    // Each resolution: its text, who moved and seconded it, the outcome, the votes if counted.
    const QString seventhPart = text.mid(seventh, eighth - seventh);
    EXPECT_TRUE(seventhPart.contains(QStringLiteral("That the budget 2025-2026 be adopted.")));
    EXPECT_TRUE(seventhPart.contains(
        QStringLiteral("Proposed by Alice Tremblay, seconded by Bob Gagnon.")));
    EXPECT_TRUE(seventhPart.contains(QStringLiteral("Adopted — For: 5, against: 1, abstaining: 0")))
        << seventhPart.toStdString();
    const QString eighthPart = text.mid(eighth, notes - eighth);
    EXPECT_TRUE(eighthPart.contains(QStringLiteral("That the auditor <Mallette> be named.")));
    EXPECT_TRUE(eighthPart.contains(QStringLiteral("Proposed by Bob Gagnon.")));
    EXPECT_FALSE(eighthPart.contains(QStringLiteral("seconded")));
    EXPECT_TRUE(eighthPart.contains(QStringLiteral("Deferred")));
    EXPECT_FALSE(eighthPart.contains(QStringLiteral("For:")));

    // The agenda is numbered: three items, three numbers.
    const auto document = MeetingSheets::minutes(fullBoardMeeting());
    EXPECT_TRUE(document->toHtml().contains(QStringLiteral("<ol")));

    // The secretary's line, then the president's, each with the name under it and a date.
    const QString signing = text.mid(signatures);
    const int secretary = at(signing, QStringLiteral("Bob Gagnon\nSecretary"));
    const int president = at(signing, QStringLiteral("Alice Tremblay\nPresident"));
    EXPECT_LT(secretary, president);
    EXPECT_EQ(signing.count(QStringLiteral("Date:")), 2);
    EXPECT_EQ(signing.count(QStringLiteral("______________________________")), 2);
}

TEST(MeetingSheetsTest, MinutesWithoutPlaceTimesAgendaOrResolutionsPrintNoEmptyLabel)
{
    const test::SheetLanguage english(test::SheetLanguage::English);
    MeetingSheetInput input = boardMeeting();
    input.agenda = {QStringLiteral("  ")}; // a blank item is no agenda
    input.notes = QStringLiteral(" \n ");
    const QString text = MeetingSheets::minutes(input)->toPlainText();
    for (const char* absent : {"Place", "From ", "Until ", "Agenda", "Resolution", "Proposed",
                               "seconded", "For:", "Notes"})
        EXPECT_FALSE(text.contains(QString::fromLatin1(absent))) << absent << "\n"
                                                                 << text.toStdString();
    // Nobody known to sign: the lines and roles are there, for names written by hand.
    const QString signing = text.mid(at(text, QStringLiteral("Signatures")));
    EXPECT_TRUE(signing.contains(QStringLiteral("______________________________\nSecretary")))
        << signing.toStdString();
    EXPECT_TRUE(signing.contains(QStringLiteral("______________________________\nPresident")));
}

TEST(MeetingSheetsTest, OnlyTheTimeThatWasRecordedIsPrinted)
{
    const test::SheetLanguage english(test::SheetLanguage::English);
    MeetingSheetInput input = boardMeeting();
    EXPECT_EQ(MeetingSheets::timeLine(input), QString());
    input.startTime = QTime(9, 30);
    EXPECT_TRUE(MeetingSheets::timeLine(input).startsWith(QStringLiteral("From 9:30 ")))
        << MeetingSheets::timeLine(input).toStdString();
    input.startTime = {};
    input.endTime = QTime(12, 0);
    EXPECT_TRUE(MeetingSheets::timeLine(input).startsWith(QStringLiteral("Until 12:00 ")))
        << MeetingSheets::timeLine(input).toStdString();

    MeetingSheetResolution resolution;
    EXPECT_EQ(MeetingSheets::movedLine(resolution), QString());
    resolution.seconder = QStringLiteral("Bob Gagnon");
    EXPECT_EQ(MeetingSheets::movedLine(resolution), QStringLiteral("Seconded by Bob Gagnon."));
}

TEST(MeetingSheetsTest, MinutesInFrench)
{
    const test::SheetLanguage french(test::SheetLanguage::French);
    const QString text = MeetingSheets::minutes(fullBoardMeeting())->toPlainText();
    for (const char* expected :
         {"Procès-verbal", "mardi 10 juin 2025", "Lieu : Siège social, Lévis",
          "De 19 h 00 à 21 h 15", "Ordre du jour", "Résolution CA-2025-07",
          "Proposée par Alice Tremblay, appuyée par Bob Gagnon.",
          "Pour : 5, contre : 1, abstentions : 0", "Proposée par Bob Gagnon.", "Secrétariat",
          "Présidence", "Date :"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n"
                                                                << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Proposed")));
}

} // namespace
