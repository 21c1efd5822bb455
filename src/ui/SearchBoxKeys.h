#pragma once

class QAbstractItemView;
class QLineEdit;

namespace bilan {

// ↓ in a list's search box goes down into the list, on its first row shown (or the row already
// current, when it is shown), so that a search is followed from the keyboard as it is in a
// completer. The filter belongs to the box.
void leadDownToList(QLineEdit* box, QAbstractItemView* list);

} // namespace bilan
