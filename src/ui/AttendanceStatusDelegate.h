#pragma once

#include <QStyledItemDelegate>

namespace bilan {

// Edits an attendance status with a combo box of the three translated statuses instead of a
// free text cell, so nobody has to type « Excusé » with its accent. A choice is committed as
// soon as it is made (a click in the list, an arrow key, or the first letter typed), so the
// quorum follows at once; Enter or Tab then closes the editor.
class AttendanceStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit AttendanceStatusDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
};

} // namespace bilan
