#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QApplication>
#include <QItemSelectionModel>
#include <QVariant>

namespace bilan::reload {

// What a page's reloadFromDatabase() keeps when another desk changed the database: the row the
// user had chosen (found again by its id, when it still exists) and any cell being typed in.

// The id (read under `role` on the first column) of the view's current row; null when none.
inline QVariant currentId(const QAbstractItemView* view, int role)
{
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(role) : QVariant();
}

// Makes the row whose id is `id` current and selected again; false when it is gone.
inline bool selectId(QAbstractItemView* view, int role, const QVariant& id)
{
    if (id.isNull() || !view->model())
        return false;
    QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(role) == id) {
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

// Whether a cell of the view is being typed in: its model is then not reset under it.
inline bool isEditing(const QAbstractItemView* view)
{
    // The open editor is a child of the viewport and holds the focus.
    const QWidget* focus = QApplication::focusWidget();
    return focus && view->viewport()->isAncestorOf(focus);
}

} // namespace bilan::reload
