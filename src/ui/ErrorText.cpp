#include "ErrorText.h"

#include <QLabel>

namespace bilan {

QString ErrorText::sentence(const QString& message)
{
    if (message.isEmpty() || !message.at(0).isLower())
        return message;
    QString capitalised = message;
    capitalised[0] = capitalised.at(0).toUpper();
    return capitalised;
}

void ErrorText::show(QLabel* label, const QString& message)
{
    fitUnderField(label);
    label->setText(sentence(message));
    label->show();
}

void ErrorText::fitUnderField(QLabel* label)
{
    label->setWordWrap(true);
    QSizePolicy policy = label->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Ignored);
    label->setSizePolicy(policy);
}

} // namespace bilan
