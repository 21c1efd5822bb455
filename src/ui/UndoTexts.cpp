#include "UndoTexts.h"

#include <QUndoStack>

namespace bilan::UndoTexts {

namespace {

void retranslate(QUndoCommand* command)
{
    if (const auto* translated = dynamic_cast<const TranslatedUndoText*>(command))
        command->setText(translated->translatedText());
    for (int i = 0; i < command->childCount(); ++i)
        retranslate(const_cast<QUndoCommand*>(command->child(i)));
}

} // namespace

void retranslate(const QList<QUndoStack*>& stacks)
{
    for (QUndoStack* stack : stacks) {
        // The stack owns its commands and hands them out read-only; their text is theirs to
        // change (QUndoCommand::setText), which moves nothing on the stack.
        for (int i = 0; i < stack->count(); ++i)
            retranslate(const_cast<QUndoCommand*>(stack->command(i)));
        // The stack's actions read the text when it says it changed.
        emit stack->undoTextChanged(stack->undoText());
        emit stack->redoTextChanged(stack->redoText());
    }
}

} // namespace bilan::UndoTexts
