#include "TerminalSafeDevice.h"

#include "VisibleText.h"

#include <unistd.h>

namespace bilan {

TerminalSafeDevice::TerminalSafeDevice(FILE* stream, QObject* parent)
    : QIODevice(parent), m_target(&m_file)
{
    // Unbuffered here: the QTextStream in front already buffers, and what reaches this device
    // must reach the terminal before spdlog's own writes to stderr that follow it.
    m_file.open(stream, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalSafeDevice::TerminalSafeDevice(QIODevice* target, QObject* parent)
    : QIODevice(parent), m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

bool TerminalSafeDevice::isTerminal() const
{
    const auto* file = qobject_cast<const QFileDevice*>(m_target);
    return file && file->handle() >= 0 && isatty(file->handle()) == 1;
}

qint64 TerminalSafeDevice::readData(char*, qint64)
{
    return -1;
}

qint64 TerminalSafeDevice::writeData(const char* data, qint64 size)
{
    // Bytes that are not UTF-8 become U+FFFD: a stray byte 0x9B is a control sequence
    // introducer to some terminals, and must not pass through as it is either.
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray shown = VisibleText::of(text, VisibleText::Layout::Keep).toUtf8();
    if (m_target->write(shown) != shown.size())
        return -1;
    if (auto* file = qobject_cast<QFileDevice*>(m_target))
        file->flush();
    return size;
}

} // namespace bilan
