#pragma once

#include <QAbstractItemView>
#include <QList>
#include <QString>

class QWidget;

namespace bilan {

// What a page does when its login may read but not change what it shows (RoleLimits): its
// actions hidden, its editors and tables not editable, and a sentence at the top of the page
// saying why. The pages keep their own rules (a closed year); this only takes more away.
class ReadOnlyPage
{
public:
    // Shows `reason` in a banner at the top of `page` (its object name "readOnlyBanner"), or
    // hides it when `reason` is empty.
    static void showReason(QWidget* page, const QString& reason);
    // The banner's text; empty when none is shown.
    static QString reason(const QWidget* page);
    // Hidden while read-only: buttons that write.
    static void hide(const QList<QWidget*>& actions, bool readOnly);
    // Disabled while read-only: a form's editors (still showing what they hold).
    static void disable(const QList<QWidget*>& editors, bool readOnly);
    // No editing in place while read-only; `editable` is what the table allows otherwise.
    static void lockTable(QAbstractItemView* table, bool readOnly,
                          QAbstractItemView::EditTriggers editable);
};

} // namespace bilan
