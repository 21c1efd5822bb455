#pragma once

namespace bilan {

// The names Qt files this desk's settings and data under: the settings in
// ~/.config/bilan/bilan.conf (window, language, last expert, recent databases), the data in
// ~/.local/share/bilan (Database::dataFolder).
class ApplicationIdentity
{
public:
    static void describe();
};

} // namespace bilan
