#pragma once

#include <QString>

namespace bilan {

// The program's version: the project's (CMake's PROJECT_VERSION), said by `bilan --version`,
// the window's Help ▸ About and the package's name.
class Version
{
public:
    static QString number();
    // "bilan 0.1.0", the line `bilan --version` prints.
    static QString line();
};

} // namespace bilan
