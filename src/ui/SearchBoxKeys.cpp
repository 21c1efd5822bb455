#include "SearchBoxKeys.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>
#include <QTableView>

namespace bilan {

namespace {

bool rowShown(const QAbstractItemView* list, int row)
{
    const auto* table = qobject_cast<const QTableView*>(list);
    return !table || !table->isRowHidden(row);
}

class DownToList : public QObject
{
public:
    DownToList(QLineEdit* box, QAbstractItemView* list) : QObject(box), m_list(list) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress || !m_list)
            return QObject::eventFilter(watched, event);
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() != Qt::Key_Down || key->modifiers() != Qt::NoModifier)
            return QObject::eventFilter(watched, event);
        const QAbstractItemModel* model = m_list->model();
        if (!model)
            return false;
        int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
        if (row < 0 || !rowShown(m_list, row)) {
            row = -1;
            for (int candidate = 0; candidate < model->rowCount(); ++candidate) {
                if (rowShown(m_list, candidate)) {
                    row = candidate;
                    break;
                }
            }
        }
        if (row < 0)
            return true; // nothing shown to go down to
        m_list->setFocus(Qt::TabFocusReason);
        const int column = m_list->currentIndex().isValid() ? m_list->currentIndex().column() : 0;
        m_list->setCurrentIndex(model->index(row, column));
        return true;
    }

private:
    QPointer<QAbstractItemView> m_list;
};

} // namespace

void leadDownToList(QLineEdit* box, QAbstractItemView* list)
{
    box->installEventFilter(new DownToList(box, list));
}

} // namespace bilan
