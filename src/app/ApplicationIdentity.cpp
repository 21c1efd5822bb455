#include "ApplicationIdentity.h"

#include <QCoreApplication>

namespace bilan {

void ApplicationIdentity::describe()
{
    // Without an organisation name, QSettings files everything under "Unknown Organization".
    // Settings kept there by earlier versions are not carried over: the language, the window's
    // place and the recent databases are asked again once.
    QCoreApplication::setOrganizationName(QStringLiteral("bilan"));
    QCoreApplication::setApplicationName(QStringLiteral("bilan"));
}

} // namespace bilan
