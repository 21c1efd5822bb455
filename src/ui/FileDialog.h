#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace bilan {

// Every file the window asks the user for goes through here, so that a test can name the file
// instead of being stuck behind a modal dialog (KeePassXC's FileDialog::setNextFileName). The
// question before replacing a file is asked here too, through MessageBox, so that a test can
// answer it as well.
class FileDialog
{
    Q_DECLARE_TR_FUNCTIONS(bilan::FileDialog)

public:
    // Whether choosing an existing file to save to asks before it is replaced; NotAsked where
    // an existing file is refused later rather than replaced (a new database, a backup).
    enum class Existing
    {
        AskToReplace,
        NotAsked
    };

    // The file chosen, or empty when the user cancelled.
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                                   const QString& filter);
    // The file chosen, ending in ".`suffix`" (added when the name has another ending) when a
    // suffix is given; empty when the user cancelled or would not replace the file.
    // `selectedFilter`, when given, holds the filter first shown and receives the one chosen
    // (a name set by setNextFileName() leaves it as it is).
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& start,
                                   const QString& filter, const QString& suffix = {},
                                   Existing existing = Existing::AskToReplace,
                                   QString* selectedFilter = nullptr);

    // Test hook: the next dialog is not shown and returns `path` at once; an empty path is a
    // cancelled dialog.
    // Asks whether the existing file at `path` may be replaced (its name shown with invisible
    // characters escaped); true for Yes. Answerable with MessageBox::setNextAnswer.
    static bool confirmReplace(QWidget* parent, const QString& path);

    static void setNextFileName(const QString& path);
    // Forgets a name set by setNextFileName() and shows the dialogs again.
    static void clearNextFileName();
    // True while a name set by setNextFileName() waits for its dialog.
    static bool hasNextFileName();
    // The name the last save dialog offered (its `start`), for tests.
    static QString lastSuggestedName();
};

} // namespace bilan
