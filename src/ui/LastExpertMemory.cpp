#include "LastExpertMemory.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QSettings>

namespace bilan {

namespace {

const QString IdKey = QStringLiteral("/id");
const QString NameKey = QStringLiteral("/name");

} // namespace

LastExpertMemory::LastExpertMemory(const Database& database)
{
    // The database's identity is its file's path or its server address (never a password):
    // hashed so that any path makes a valid settings key.
    const QByteArray hash =
        QCryptographicHash::hash(database.path().toUtf8(), QCryptographicHash::Sha1).toHex();
    m_key = QStringLiteral("hours/lastExpert/") + QString::fromLatin1(hash);
}

void LastExpertMemory::remember(const Expert& expert) const
{
    QSettings settings;
    settings.setValue(m_key + IdKey, expert.id);
    settings.setValue(m_key + NameKey, expert.name);
}

qint64 LastExpertMemory::choose(const QList<Expert>& experts, QDate day) const
{
    const QSettings settings;
    const qint64 last = settings.value(m_key + IdKey).toLongLong();
    if (last != 0) {
        const QString name = settings.value(m_key + NameKey).toString();
        const auto found = std::find_if(experts.cbegin(), experts.cend(),
                                        [last](const Expert& e) { return e.id == last; });
        if (found == experts.cend() || found->name != name)
            return 0;
        if (found->activeOn(day))
            return last;
    }
    for (const Expert& expert : experts)
        if (expert.activeOn(day))
            return expert.id;
    return experts.isEmpty() ? 0 : experts.first().id;
}

} // namespace bilan
