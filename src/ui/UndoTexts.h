#pragma once

#include <QList>
#include <QString>

class QUndoStack;

namespace bilan {

// An undo command whose text (Edit ▸ Undo "Add 1:30 h, 2019-06-04") is worded in the
// interface's language: built again when the language changes while Bilan runs, so that the
// menu never mixes two languages.
class TranslatedUndoText
{
public:
    virtual ~TranslatedUndoText() = default;
    // The text, worded now (tr()) in the language installed.
    virtual QString translatedText() const = 0;
};

namespace UndoTexts {

// Words every command of the stacks (and their children) that says it can in the language
// installed now.
void retranslate(const QList<QUndoStack*>& stacks);

} // namespace UndoTexts

} // namespace bilan
