// The register of a fiscal year's resolutions: every resolution once, in the order the meetings
// took them, with its outcome and votes; a year without any says so.

#include "ResolutionRegister.h"

#include "SheetLanguage.h"

#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

ResolutionRegisterRow row(QDate day, const char* kind, const char* number, const char* text,
                          const char* outcome, std::optional<ResolutionVotes> votes = {})
{
    return {day,
            QString::fromUtf8(kind),
            QString::fromUtf8(number),
            QString::fromUtf8(text),
            QString::fromUtf8(outcome),
            votes};
}

ResolutionRegisterInput year()
{
    ResolutionRegisterInput input;
    input.organisationName = QStringLiteral("Services partagés");
    input.fiscalYear = QStringLiteral("2024-2025");
    // Given out of order, as a caller might: the register puts them in order itself.
    input.rows = {
        row({2025, 3, 11}, "Board meeting", "CA-2025-10", "That the auditor be named.", "Adopted"),
        row({2024, 6, 12}, "General assembly", "AG-1", "That the minutes be approved.", "Adopted",
            ResolutionVotes{41, 0, 2}),
        row({2025, 3, 11}, "Board meeting", "CA-2025-9", "That the budget be adopted.", "Rejected",
            ResolutionVotes{3, 4, 0}),
        row({2024, 9, 17}, "Board meeting", "CA-2024-2", "That <the> policy wait.", "Deferred"),
    };
    return input;
}

TEST(ResolutionRegisterTest, OrdersByMeetingDateThenNumberAsPeopleCount)
{
    const auto ordered = ResolutionRegister::ordered(year().rows);
    ASSERT_EQ(ordered.size(), 4);
    EXPECT_EQ(ordered[0].number, QStringLiteral("AG-1"));
    EXPECT_EQ(ordered[1].number, QStringLiteral("CA-2024-2"));
    // 9 before 10, though "10" < "9" as text.
    EXPECT_EQ(ordered[2].number, QStringLiteral("CA-2025-9"));
    EXPECT_EQ(ordered[3].number, QStringLiteral("CA-2025-10"));
}

TEST(ResolutionRegisterTest, NumbersCompareByTheirValueWhateverTheirWidth)
{
    ResolutionRegisterInput input;
    const QDate day(2025, 1, 14);
    for (const char* number : {"10", "b", "2a", "02", "A", "", "2", "1"})
        input.rows << row(day, "Board meeting", number, "", "Adopted");
    QStringList numbers;
    for (const auto& item : ResolutionRegister::ordered(input.rows))
        numbers << item.number;
    EXPECT_EQ(numbers.join(u','), QStringLiteral(",1,02,2,2a,10,A,b"));
}

TEST(ResolutionRegisterTest, TwoMeetingsOnOneDayKeepTheirResolutionsTogether)
{
    ResolutionRegisterInput input;
    const QDate day(2025, 1, 14);
    input.rows = {row(day, "Executive committee meeting", "1", "E one", "Adopted"),
                  row(day, "Board meeting", "2", "B two", "Adopted"),
                  row(day, "Executive committee meeting", "2", "E two", "Adopted"),
                  row(day, "Board meeting", "1", "B one", "Adopted")};
    QStringList texts;
    for (const auto& item : ResolutionRegister::ordered(input.rows))
        texts << item.text;
    // The executive committee's resolutions came first in the rows: its meeting stays first.
    EXPECT_EQ(texts, QStringList({QStringLiteral("E one"), QStringLiteral("E two"),
                                  QStringLiteral("B one"), QStringLiteral("B two")}));
}

TEST(ResolutionRegisterTest, ListsEveryResolutionWithItsMeetingOutcomeAndVotes)
{
    const test::SheetLanguage english(test::SheetLanguage::English);
    const auto document = ResolutionRegister::document(year());
    const QString text = document->toPlainText();
    for (const char* expected :
         {"Services partagés", "Register of resolutions", "Fiscal year 2024-2025",
          "Resolutions recorded: 4", "Meeting", "No.", "Outcome", "Votes", "General assembly",
          "That <the> policy wait.", "Deferred", "For: 41, against: 0, abstaining: 2",
          "For: 3, against: 4, abstaining: 0"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n"
                                                                << text.toStdString();
    // In the register's order, each once.
    const int first = text.indexOf(QStringLiteral("AG-1"));
    const int second = text.indexOf(QStringLiteral("CA-2024-2"));
    const int third = text.indexOf(QStringLiteral("CA-2025-9"));
    const int fourth = text.indexOf(QStringLiteral("CA-2025-10"));
    EXPECT_TRUE(first >= 0 && first < second && second < third && third < fourth)
        << text.toStdString();
    EXPECT_EQ(text.count(QStringLiteral("CA-2025-9")), 1);
    EXPECT_EQ(document->metaInformation(QTextDocument::DocumentTitle),
              QStringLiteral("Register of resolutions 2024-2025"));
}

// A register longer than a page repeats its column titles at the top of each page.
TEST(ResolutionRegisterTest, TheColumnTitlesRepeatOnEveryPage)
{
    const test::SheetLanguage english(test::SheetLanguage::English);
    const auto document = ResolutionRegister::document(year());
    QTextTable* table = nullptr;
    for (QTextFrame* frame : document->rootFrame()->childFrames())
        if (auto* found = qobject_cast<QTextTable*>(frame))
            table = found;
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->format().headerRowCount(), 1);
    EXPECT_EQ(table->cellAt(0, 1).firstCursorPosition().block().text(), QStringLiteral("No."));
}

TEST(ResolutionRegisterTest, AYearWithoutResolutionsSaysSoInWords)
{
    const test::SheetLanguage english(test::SheetLanguage::English);
    ResolutionRegisterInput input = year();
    input.rows.clear();
    const QString text = ResolutionRegister::document(input)->toPlainText();
    EXPECT_TRUE(
        text.contains(QStringLiteral("No resolution was recorded in fiscal year 2024-2025.")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Outcome")));
}

TEST(ResolutionRegisterTest, InFrench)
{
    const test::SheetLanguage french(test::SheetLanguage::French);
    const QString text = ResolutionRegister::document(year())->toPlainText();
    for (const char* expected :
         {"Registre des résolutions", "Exercice 2024-2025", "Résolutions consignées : 4",
          "Décision", "Pour : 41, contre : 0, abstentions : 2", "2024-06-12"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n"
                                                                << text.toStdString();
    ResolutionRegisterInput empty = year();
    empty.rows.clear();
    EXPECT_TRUE(ResolutionRegister::document(empty)->toPlainText().contains(
        QString::fromUtf8("Aucune résolution n'a été consignée pendant l'exercice 2024-2025.")));
}

} // namespace
