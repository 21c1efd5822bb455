// VisibleText: user text in a message shows its control and invisible characters escaped
// (issue 9, findings 6 and 16).

#include "VisibleText.h"

#include <gtest/gtest.h>

using bilan::VisibleText;

namespace {

std::string of(const QString& text)
{
    return VisibleText::of(text).toStdString();
}

TEST(VisibleText, LeavesOrdinaryTextAlone)
{
    for (const QString& text :
         {QStringLiteral("Coop du Rucher"), QStringLiteral("Coopérative « Le Rucher »"),
          QStringLiteral("東京合作社 🐝"), QStringLiteral("تعاونية"),
          QStringLiteral("C:\\x1b\\a.csv"), QString()})
        EXPECT_EQ(VisibleText::of(text), text);
}

TEST(VisibleText, EscapesControlCharacters)
{
    EXPECT_EQ(of(QStringLiteral("Coop") + QChar(0) + QStringLiteral("Evil")), "Coop\\0Evil");
    EXPECT_EQ(of(QStringLiteral("\x1b]0;pwned\x07")), "\\x1b]0;pwned\\x07");
    EXPECT_EQ(of(QStringLiteral("a\tb\nc\rd")), "a\\tb\\nc\\rd");
    EXPECT_EQ(of(QStringLiteral("end\x1a")), "end\\x1a");
    EXPECT_EQ(of(QStringLiteral("del\x7f")), "del\\x7f");
    EXPECT_EQ(of(QStringLiteral("csi") + QChar(0x9B)), "csi<U+009B>");
}

TEST(VisibleText, ShowsInvisibleCharacters)
{
    EXPECT_EQ(of(QStringLiteral("\uFEFFname")), "<U+FEFF>name");
    EXPECT_EQ(of(QStringLiteral("a\u200Bb")), "a<U+200B>b");
    EXPECT_EQ(of(QStringLiteral("abc\u202Efed")), "abc<U+202E>fed");
    EXPECT_EQ(of(QStringLiteral("x\u2028y")), "x<U+2028>y");
}

TEST(VisibleText, KeepsTabNewlineAndCarriageReturnForTheTerminalOnly)
{
    const QString text =
        QStringLiteral("a\tb\nc\rd\x1b[2J\x7f") + QChar(0x85) + QStringLiteral("\u202E");
    EXPECT_EQ(VisibleText::of(text, VisibleText::Layout::Keep).toStdString(),
              "a\tb\nc\rd\\x1b[2J\\x7f<U+0085><U+202E>");
    EXPECT_FALSE(
        VisibleText::needsEscaping(QStringLiteral("line\n\tand\r"), VisibleText::Layout::Keep));
    EXPECT_TRUE(VisibleText::needsEscaping(QStringLiteral("line\n"), VisibleText::Layout::Escape));
    EXPECT_FALSE(VisibleText::escapes(u'\n', VisibleText::Layout::Keep));
    EXPECT_TRUE(VisibleText::escapes(u'\n'));
    EXPECT_TRUE(VisibleText::escapes(0x1b, VisibleText::Layout::Keep));
    EXPECT_TRUE(VisibleText::escapes(0xFEFF, VisibleText::Layout::Keep));
    EXPECT_FALSE(VisibleText::escapes(u'é', VisibleText::Layout::Keep));
}

TEST(VisibleText, IsIdempotentAndNeverLeavesARawControlCharacter)
{
    QString all;
    for (char32_t c = 0; c < 0x100; ++c)
        all += QString::fromUcs4(&c, 1);
    all += QStringLiteral("\uFEFF\u200B\u200E\u2066\u2028\u2029");
    const QString once = VisibleText::of(all);
    EXPECT_EQ(VisibleText::of(once), once);
    EXPECT_FALSE(VisibleText::needsEscaping(once));
    for (const QChar c : once)
        EXPECT_FALSE(VisibleText::isControl(c.unicode()) || VisibleText::isInvisible(c.unicode()))
            << int(c.unicode());
}

} // namespace
