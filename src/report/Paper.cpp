#include "Paper.h"

namespace bilan {

PaperSize Paper::forTerritory(QLocale::Territory territory)
{
    return territory == QLocale::Canada || territory == QLocale::UnitedStates ? PaperSize::Letter
                                                                              : PaperSize::A4;
}

PaperSize Paper::systemDefault()
{
    return forTerritory(QLocale::system().territory());
}

std::optional<PaperSize> Paper::fromCode(const QString& code)
{
    const QString word = code.trimmed().toLower();
    if (word == QLatin1String("a4"))
        return PaperSize::A4;
    if (word == QLatin1String("letter"))
        return PaperSize::Letter;
    return std::nullopt;
}

QString Paper::code(PaperSize paper)
{
    return paper == PaperSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

QPageSize Paper::pageSize(PaperSize paper)
{
    return QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

} // namespace bilan
