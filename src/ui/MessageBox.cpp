#include "MessageBox.h"

#include <utility>

namespace bilan {

namespace {

MessageBox::Button& nextAnswer()
{
    static MessageBox::Button answer = QMessageBox::NoButton;
    return answer;
}

QString& lastAsked()
{
    static QString text;
    return text;
}

} // namespace

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                   const QString& text, Buttons buttons, Button defaultButton,
                                   const QString& informativeText)
{
    lastAsked() = text;
    if (const Button answer = std::exchange(nextAnswer(), QMessageBox::NoButton);
        answer != QMessageBox::NoButton)
        return answer;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setInformativeText(informativeText);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton,
                                        const QString& informativeText)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton, informativeText);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    ask(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok, {});
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    ask(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok, {});
}

void MessageBox::setNextAnswer(Button answer)
{
    nextAnswer() = answer;
}

bool MessageBox::hasNextAnswer()
{
    return nextAnswer() != QMessageBox::NoButton;
}

QString MessageBox::lastText()
{
    return lastAsked();
}

} // namespace bilan
