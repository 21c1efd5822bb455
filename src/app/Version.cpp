#include "Version.h"

namespace bilan {

QString Version::number()
{
    return QStringLiteral(BILAN_VERSION);
}

QString Version::line()
{
    return QStringLiteral("bilan ") + number();
}

} // namespace bilan
