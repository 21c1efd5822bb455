#pragma once

#include <QFile>
#include <QIODevice>
#include <QStringDecoder>

#include <cstdio>

namespace bilan {

// What Bilan prints to stdout and stderr goes through one of these, so that no message, usage
// text or parser error can write a raw control character to the terminal: a file name or an
// argument holding ESC sequences would otherwise clear or retitle it (issue 9, finding 6). The
// text is shown as VisibleText shows it, except tab, newline and carriage return, which lay
// the text out (VisibleText::Layout::Keep). Text without such characters, French included,
// comes out byte for byte.
class TerminalSafeDevice final : public QIODevice
{
    Q_OBJECT

public:
    // Writes to `stream` (stdout or stderr), which stays open after this device.
    explicit TerminalSafeDevice(FILE* stream, QObject* parent = nullptr);
    // Writes to `target`, already open for writing and not owned.
    explicit TerminalSafeDevice(QIODevice* target, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    // Whether the text reaches a terminal rather than a file or a pipe: the import draws its
    // progress line only there.
    bool isTerminal() const;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    QFile m_file;
    QIODevice* m_target = nullptr;
    // Stateful: a write may end in the middle of a multi-byte character, and the next one
    // completes it. A leading byte-order mark is kept, to be shown, not silently dropped.
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom};
};

} // namespace bilan
