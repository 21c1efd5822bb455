#pragma once

#include <QString>

namespace bilan {

// spdlog for the whole program: a rotating log file in the data folder, warnings and errors
// also on stderr, and Qt's own messages (qWarning, plugin errors) routed into it.
class Logging
{
public:
    // `folder` empty: the user's data folder. Safe to call more than once.
    static void start(const QString& folder = {});
    static QString logFilePath();
};

} // namespace bilan
