#include "AttendanceStatusDelegate.h"

#include "AttendanceModel.h"
#include "EnumNames.h"
#include "Enums.h"

#include <QComboBox>

namespace bilan {

AttendanceStatusDelegate::AttendanceStatusDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QWidget* AttendanceStatusDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                                const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("attendanceStatusEditor"));
    // Present, Absent, Excused: P, A, E pick them by their first letter in French and English.
    for (AttendanceStatus status : allValues<AttendanceStatus>())
        combo->addItem(displayName(status), static_cast<int>(status));
    // activated() is the user's doing (list, arrow keys, keyboard search), never setEditorData.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<AttendanceStatusDelegate*>(this)->commitData(combo); });
    return combo;
}

void AttendanceStatusDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const int found = combo->findData(index.data(AttendanceModel::StatusRole).toInt());
    combo->setCurrentIndex(found < 0 ? 0 : found);
}

void AttendanceStatusDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                            const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    // The status's int: the model takes it whatever the interface language.
    model->setData(index, combo->currentData(), Qt::EditRole);
}

void AttendanceStatusDelegate::updateEditorGeometry(QWidget* editor,
                                                    const QStyleOptionViewItem& option,
                                                    const QModelIndex&) const
{
    editor->setGeometry(option.rect);
}

} // namespace bilan
