#pragma once

#include <QString>

namespace bilan {

// The names Qt files this desk's settings and data under: the settings in
// ~/.config/bilan/bilan.conf (window, language, last expert, recent databases), the data in
// ~/.local/share/bilan (Database::dataFolder).
class ApplicationIdentity
{
public:
    static void describe();
    // The window's identity on the desktop (needs a QGuiApplication): the desktop entry's id,
    // which Wayland and the task bar match the window with, and the icon, the theme's
    // org.bilan.Bilan when the package installed it, else the PNGs embedded in the program.
    static void describeDesktop();
    // The reverse-DNS id of the desktop entry, icon and AppStream metadata (chosen: no domain
    // stands behind it).
    static QString desktopId();
};

} // namespace bilan
