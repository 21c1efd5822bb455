// Who and which desk a change on a file is recorded as: the operating-system user and the host
// name. A desktop session's environment names the user; a program started without one (a
// service, xvfb-run under env -i) is still named, from the system's user database.

#include "ChangeLogSchema.h"

#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace bilan {

QString ChangeLogSchema::localActor()
{
    static const QString name = [] {
        for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
            const QString value = qEnvironmentVariable(variable).trimmed();
            if (!value.isEmpty())
                return value;
        }
#ifdef Q_OS_UNIX
        if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name && *entry->pw_name)
            return QString::fromLocal8Bit(entry->pw_name);
#endif
        return QStringLiteral("unknown");
    }();
    return name;
}

QString ChangeLogSchema::localDesk()
{
    static const QString name = [] {
        const QString host = QSysInfo::machineHostName().trimmed();
        return host.isEmpty() ? QStringLiteral("unknown") : host;
    }();
    return name;
}

} // namespace bilan
