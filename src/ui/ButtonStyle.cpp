#include "ButtonStyle.h"

#include <QApplication>
#include <QStyleOptionButton>

#include <algorithm>

namespace bilan {

void ButtonStyle::install()
{
    if (!dynamic_cast<ButtonStyle*>(QApplication::style()))
        QApplication::setStyle(new ButtonStyle); // the application owns it
}

QSize ButtonStyle::sizeFromContents(ContentsType type, const QStyleOption* option,
                                    const QSize& size, const QWidget* widget) const
{
    QSize wanted = QProxyStyle::sizeFromContents(type, option, size, widget);
    const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option);
    if (type != CT_PushButton || !button || button->text.isEmpty())
        return wanted;
    // `size` is the text's (and icon's): the margin and the frame on each side of it.
    const int side = pixelMetric(PM_ButtonMargin, option, widget) +
                     pixelMetric(PM_DefaultFrameWidth, option, widget);
    wanted.setWidth(std::max(wanted.width(), size.width() + 2 * side));
    return wanted;
}

} // namespace bilan
