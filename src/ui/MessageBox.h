#pragma once

#include <QMessageBox>
#include <QString>

namespace bilan {

// Every message box of the window that waits for the user (a question, a warning, an error)
// goes through here, so that a test can answer it instead of being stuck behind a modal dialog
// (KeePassXC's MessageBox::setNextAnswer).
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::NoButton,
                           const QString& informativeText = {});
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);

    // Test hook: the next box is not shown and returns `answer` at once. NoButton shows the
    // boxes again.
    static void setNextAnswer(Button answer);
    // True while an answer set by setNextAnswer() waits for its box.
    static bool hasNextAnswer();
    // The text of the last box asked for, shown or answered by the hook.
    static QString lastText();

private:
    static Button ask(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                      const QString& text, Buttons buttons, Button defaultButton,
                      const QString& informativeText);
};

} // namespace bilan
