#pragma once

#include <QProxyStyle>

namespace bilan {

// The platform's style, except that a push button asks for the style's text margin and frame on
// each side of its text. Fusion's own size hint leaves 4 pixels in all, frame included, so a text
// longer than its 80-pixel minimum ("Terminer aujourd'hui") touched the frame and lost its last
// letter at every window size.
class ButtonStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    // Puts the style on the application, once (every window and dialog after it).
    static void install();

    QSize sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
                           const QWidget* widget) const override;
};

} // namespace bilan
