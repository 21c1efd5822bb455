#pragma once

#include <QString>

class QLabel;

namespace bilan {

// How the window shows an error message. Storage and domain messages begin in lower case: on
// the command line they follow "bilan: " or "file:line: column: ". In the window they stand
// alone and start a sentence.
class ErrorText
{
public:
    // `message` with its first letter a capital.
    static QString sentence(const QString& message);
    // Shows `message` as a sentence in `label`, the error under a field: wrapped, and never
    // wider than the column its field gives it, so that a long message does not move the
    // fields of the row.
    static void show(QLabel* label, const QString& message);
    // The label's layout rule alone (for labels given text elsewhere).
    static void fitUnderField(QLabel* label);
};

} // namespace bilan
