#include "ApplicationIdentity.h"

#include <QGuiApplication>
#include <QIcon>

namespace bilan {

void ApplicationIdentity::describe()
{
    // Without an organisation name, QSettings files everything under "Unknown Organization".
    // Settings kept there by earlier versions are not carried over: the language, the window's
    // place and the recent databases are asked again once.
    QCoreApplication::setOrganizationName(QStringLiteral("bilan"));
    QCoreApplication::setApplicationName(QStringLiteral("bilan"));
}

QString ApplicationIdentity::desktopId()
{
    return QStringLiteral("org.bilan.Bilan");
}

void ApplicationIdentity::describeDesktop()
{
    QGuiApplication::setDesktopFileName(desktopId());
    QIcon embedded;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        embedded.addFile(QStringLiteral(":/icons/org.bilan.Bilan-%1.png").arg(size),
                         QSize(size, size));
    QGuiApplication::setWindowIcon(QIcon::fromTheme(desktopId(), embedded));
}

} // namespace bilan
