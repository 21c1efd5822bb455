#include "PaperPreference.h"

#include <QSettings>

namespace bilan {

QString PaperPreference::savedCode()
{
    const auto paper = Paper::fromCode(QSettings().value(QLatin1String(Key)).toString());
    return paper ? Paper::code(*paper) : QString();
}

void PaperPreference::save(const QString& code)
{
    const auto paper = Paper::fromCode(code);
    QSettings().setValue(QLatin1String(Key), paper ? Paper::code(*paper) : QString());
}

PaperSize PaperPreference::paper()
{
    const auto saved = Paper::fromCode(savedCode());
    return saved ? *saved : Paper::systemDefault();
}

} // namespace bilan
