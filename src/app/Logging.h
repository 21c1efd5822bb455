#pragma once

#include <QString>

namespace bilan {

// spdlog for the whole program: a rotating log file in the data folder, warnings and errors
// also on stderr, and Qt's own messages (qWarning, plugin errors) routed into it. Each message
// shows its control characters escaped, on stderr as in the file (issue 9, finding 6).
class Logging
{
public:
    // `folder` empty: the user's data folder. Safe to call more than once.
    static void start(const QString& folder = {});
    // Warnings and errors on stderr only, Qt's included: what the program says before it has
    // an application and a data folder to log into (a missing platform plugin, a bad usage).
    static void startOnTerminal();
    static QString logFilePath();
};

} // namespace bilan
