// TerminalSafeDevice: what the program prints reaches the terminal with its control and
// invisible characters shown escaped, and everything else byte for byte (issue 9, finding 6).

#include "TerminalSafeDevice.h"

#include <QBuffer>
#include <QTextStream>

#include <gtest/gtest.h>

using bilan::TerminalSafeDevice;

namespace {

class TerminalSafeDeviceTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_target.open(QIODevice::WriteOnly)); }

    // Writes each chunk with its own write(), as a stream flushing at any byte would.
    std::string through(const QList<QByteArray>& chunks)
    {
        for (const QByteArray& chunk : chunks)
            EXPECT_EQ(m_device.write(chunk), chunk.size());
        return m_target.data().toStdString();
    }
    std::string through(const QByteArray& bytes) { return through(QList<QByteArray>{bytes}); }

    QBuffer m_target;
    TerminalSafeDevice m_device{&m_target};
};

TEST_F(TerminalSafeDeviceTest, PassesFrenchTextAndItsLayoutByteForByte)
{
    const QByteArray text = QStringLiteral("Coopérative « Le Rucher » : 75\u202F100 h\n"
                                           "\tÉmilie Tremblay — 12,5 %\r\n"
                                           "Lecture… 40 %\r東京合作社 🐝 تعاونية\n")
                                .toUtf8();
    EXPECT_EQ(through(text), text.toStdString());
}

TEST_F(TerminalSafeDeviceTest, EscapesEveryOtherC0ControlAndDel)
{
    EXPECT_EQ(through(QByteArray("ok\x1b[2J.csv\n", 11)), "ok\\x1b[2J.csv\n");
    m_target.buffer().clear();
    m_target.seek(0);
    QByteArray all;
    for (char c = 0; c < 0x20; ++c)
        all += c;
    all += '\x7f';
    EXPECT_EQ(through(all), "\\0\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\t\n\\x0b\\x0c\r\\x0e\\x0f"
                            "\\x10\\x11\\x12\\x13\\x14\\x15\\x16\\x17\\x18\\x19\\x1a\\x1b\\x1c"
                            "\\x1d\\x1e\\x1f\\x7f");
}

TEST_F(TerminalSafeDeviceTest, EscapesC1ControlsAndInvisibleCharacters)
{
    const QString text = QStringLiteral("a") + QChar(0x9B) + QStringLiteral("2J") + QChar(0x85) +
                         QStringLiteral("b\u202Ec\u200Bd\u2028e\u2066f");
    EXPECT_EQ(through(text.toUtf8()), "a<U+009B>2J<U+0085>b<U+202E>c<U+200B>d<U+2028>e<U+2066>f");
}

TEST_F(TerminalSafeDeviceTest, ShowsALeadingByteOrderMarkInsteadOfDroppingIt)
{
    EXPECT_EQ(through(QByteArray("\xEF\xBB\xBFname\n")), "<U+FEFF>name\n");
}

TEST_F(TerminalSafeDeviceTest, JoinsACharacterSplitAcrossWrites)
{
    // "é" (C3 A9), "🐝" (F0 9F 90 9D) and U+009B (C2 9B), each cut in the middle.
    EXPECT_EQ(through({QByteArray("caf\xC3"), QByteArray("\xA9 \xF0\x9F"), QByteArray("\x90"),
                       QByteArray("\x9D \xC2"), QByteArray("\x9B!")}),
              "café 🐝 <U+009B>!");
}

TEST_F(TerminalSafeDeviceTest, NeverPassesABrokenSequenceOrAStrayC1Byte)
{
    // A lone 0x9B is a control sequence introducer to some terminals.
    const std::string shown = through(QByteArray("a\x9B"
                                                 "2Jb\xC3(c"));
    EXPECT_EQ(shown, "a\uFFFD2Jb\uFFFD(c");
}

TEST_F(TerminalSafeDeviceTest, EscapesWhatAStreamWritesThroughIt)
{
    {
        QTextStream stream(&m_device);
        stream << "bilan: unknown option '" << QStringLiteral("js\x1bon") << "'.\n";
    }
    EXPECT_EQ(m_target.data().toStdString(), "bilan: unknown option 'js\\x1bon'.\n");
}

TEST(TerminalSafeDevice, IsNotATerminalWhenItWritesIntoABuffer)
{
    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    EXPECT_FALSE(TerminalSafeDevice(&buffer).isTerminal());
}

} // namespace
