#include "OutputFile.h"

#include "OutputTarget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bilan {

namespace {

// Large enough that a PDF engine's many small writes become few system calls.
constexpr qsizetype BufferSize = 64 * 1024;

const QString FileField = QStringLiteral("file");

QByteArray native(const QString& path)
{
    return QFile::encodeName(path);
}

// Renames without ever replacing a file that appeared meanwhile.
int renameNoReplace(const QByteArray& from, const QByteArray& to)
{
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return errno;
#endif
    // A file system without renameat2's flag: link() refuses an existing name as well.
    if (::link(from.constData(), to.constData()) != 0)
        return errno;
    ::unlink(from.constData());
    return 0;
}

} // namespace

OutputFile::OutputFile(QString target, QString databasePath, Existing existing)
    : m_target(std::move(target)), m_databasePath(std::move(databasePath)), m_existing(existing)
{}

OutputFile::~OutputFile()
{
    discard();
}

Status OutputFile::begin()
{
    discard();
    const QByteArray target = native(m_target);
    struct stat info = {};
    m_targetExisted = ::stat(target.constData(), &info) == 0;
    // A loop of links, a file where a folder should be: nothing to write through.
    if (!m_targetExisted && errno != ENOENT)
        return failure(errno);
    // Nothing is replaced, so that is the first thing to say; a link to a file not made yet
    // still goes through the guard (it may lead to the database's log).
    if (m_existing == Existing::Refuse && m_targetExisted)
        return refusal(tr("it already exists; choose another name"));
    if (auto allowed = OutputTarget::check(m_target, m_databasePath); !allowed)
        return allowed;
    if (m_existing == Existing::Refuse && QFileInfo(m_target).isSymLink())
        return refusal(tr("it already exists; choose another name"));
    if (m_targetExisted && S_ISDIR(info.st_mode))
        return refusal(tr("it is a folder"));

    m_final.clear();
    if (m_targetExisted && !S_ISREG(info.st_mode)) {
        // A device or a pipe: there is nothing to rename onto, so the bytes go straight to it.
        m_handle = ::open(target.constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
        if (m_handle < 0)
            return failure(errno);
    } else {
        m_final = OutputTarget::resolve(m_target);
        const QFileInfo final(m_final);
        if (!QFileInfo(final.absolutePath()).isDir())
            return refusal(tr("the folder %1 does not exist")
                               .arg(QDir::toNativeSeparators(final.absolutePath())));
        // Beside the target, so that the rename stays on one file system and is atomic; the
        // name cut short so that a long one still leaves room for the suffix.
        const QString stem =
            QDir(final.absolutePath()).filePath(QLatin1Char('.') + final.fileName().left(100));
        for (int attempt = 0; attempt < 100 && m_handle < 0; ++attempt) {
            const QString candidate =
                stem + QStringLiteral(".%1.part")
                           .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
            // Owner-only from its creation: the bytes to come may name people.
            m_handle = ::open(native(candidate).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
            if (m_handle >= 0)
                m_temporary = candidate;
            else if (errno != EEXIST)
                return failure(errno);
        }
        if (m_handle < 0)
            return failure(EEXIST);
        // Exactly 0600 whatever the umask, before the first byte.
        if (::fchmod(m_handle, S_IRUSR | S_IWUSR) != 0) {
            const int error = errno;
            discard();
            return failure(error);
        }
    }
    m_error = 0;
    m_buffer.resize(0);
    QIODevice::open(QIODevice::WriteOnly);
    return {};
}

qint64 OutputFile::readData(char*, qint64)
{
    return -1;
}

qint64 OutputFile::writeData(const char* data, qint64 size)
{
    if (m_error != 0 || m_handle < 0)
        return -1;
    m_buffer.append(data, size);
    if (m_buffer.size() >= BufferSize && !flushBuffer())
        return -1;
    return size;
}

bool OutputFile::flushBuffer()
{
    const char* next = m_buffer.constData();
    qsizetype left = m_buffer.size();
    while (left > 0 && m_error == 0) {
        const ssize_t written = ::write(m_handle, next, static_cast<size_t>(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0)
            m_error = errno;
        else if (written == 0)
            m_error = ENOSPC; // a file that takes no byte more is full
        else {
            next += written;
            left -= written;
        }
    }
    m_buffer.resize(0);
    return m_error == 0;
}

Status OutputFile::commit()
{
    if (m_handle < 0)
        return refusal(tr("it was not opened"));
    flushBuffer();
    // On disk before the rename: a power cut must not leave an empty file in the old one's place.
    if (m_error == 0 && !m_temporary.isEmpty() && ::fsync(m_handle) != 0)
        m_error = errno;
    const int closed = ::close(m_handle);
    m_handle = -1;
    if (closed != 0 && errno != EINTR && m_error == 0)
        m_error = errno;
    if (isOpen()) // a writer may have closed the device already
        QIODevice::close();
    if (m_error != 0) {
        const Error error = failure(m_error);
        discard();
        return error;
    }
    if (m_temporary.isEmpty())
        return {};

    const QByteArray from = native(m_temporary);
    const QByteArray to = native(m_final);
    const int renamed = m_existing == Existing::Refuse
                            ? renameNoReplace(from, to)
                            : (::rename(from.constData(), to.constData()) == 0 ? 0 : errno);
    if (renamed != 0) {
        const Error error = renamed == EEXIST
                                ? refusal(tr("it already exists; choose another name"))
                                : failure(renamed);
        discard();
        return error;
    }
    m_temporary.clear();
    return {};
}

Status OutputFile::writeStatus() const
{
    if (m_error != 0)
        return failure(m_error);
    return {};
}

void OutputFile::discard()
{
    if (m_handle >= 0) {
        ::close(m_handle);
        m_handle = -1;
    }
    if (isOpen())
        QIODevice::close();
    if (!m_temporary.isEmpty()) {
        ::unlink(native(m_temporary).constData());
        m_temporary.clear();
    }
}

Error OutputFile::refusal(const QString& reason) const
{
    return fail(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_target), reason),
                FileField);
}

Error OutputFile::failure(int error) const
{
    QString reason;
    switch (error) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG: // past the size a file may reach here: for the user, no room left either
        reason = tr("the disk is full");
        break;
    case EACCES:
    case EPERM:
        reason = tr("permission denied");
        break;
    case EROFS:
        reason = tr("the disk is read-only");
        break;
    default:
        reason = qt_error_string(error);
        break;
    }
    Error failed = refusal(reason);
    // Only a regular file is replaced by a rename, so only then is the old one kept whole.
    if (m_targetExisted && !m_final.isEmpty())
        failed.message = tr("%1; the file already there was left as it was").arg(failed.message);
    return failed;
}

} // namespace bilan
