#include "HoursEntryDelegate.h"

#include "DateEdits.h"
#include "OrganisationMatchModel.h"
#include "ServiceEntryTableModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLineEdit>

#include <algorithm>

namespace bilan {

QCompleter* completeOrganisations(QLineEdit* edit, OrganisationMatchModel* matches)
{
    auto* completer = new QCompleter(matches, edit);
    // The model does the accent- and case-blind matching; the completer only shows it.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    edit->setCompleter(completer);
    QObject::connect(edit, &QLineEdit::textEdited, matches, &OrganisationMatchModel::setTyped);
    // An Alt+letter moves the focus to another field while the suggestions are open; the open
    // list would keep the keyboard and send what is typed next to the organisation.
    QObject::connect(qApp, &QApplication::focusChanged, completer,
                     [edit, completer](QWidget* old, QWidget* now) {
                         QWidget* popup = completer->popup();
                         if (old == edit && now != popup && popup->isVisible())
                             popup->hide();
                     });
    // The popup is as wide as the field by default, which cuts long names: fit the longest
    // name shown, within reason.
    QObject::connect(matches, &QAbstractItemModel::modelReset, edit, [edit, completer, matches] {
        const QFontMetrics metrics(completer->popup()->font());
        int widest = 0;
        for (int row = 0; row < matches->rowCount(); ++row)
            widest =
                std::max(widest, metrics.horizontalAdvance(matches->index(row).data().toString()));
        const int cap = std::max(edit->width(), 640);
        completer->popup()->setMinimumWidth(std::min(cap, widest + 48));
    });
    return completer;
}

HoursEntryDelegate::HoursEntryDelegate(QObject* parent)
    : QStyledItemDelegate(parent), m_organisations(new OrganisationMatchModel(this))
{}

void HoursEntryDelegate::setOrganisations(const QList<Organisation>& organisations)
{
    m_organisations->setOrganisations(organisations);
}

QWidget* HoursEntryDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const
{
    switch (index.column()) {
    case ServiceEntryTableModel::Date: {
        auto* edit = new QDateEdit(parent);
        limitToAcceptedDates(edit);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    }
    case ServiceEntryTableModel::Expert: {
        auto* combo = new QComboBox(parent);
        for (const Expert& expert : m_experts)
            combo->addItem(expert.name, expert.id);
        return combo;
    }
    case ServiceEntryTableModel::Organisation: {
        auto* edit = new QLineEdit(parent);
        m_organisations->setTyped({});
        completeOrganisations(edit, m_organisations);
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void HoursEntryDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        date->setDate(index.data(ServiceEntryTableModel::DateRole).toDate());
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        // By id: two experts may share a name, and one added at another desk since the list was
        // read is not offered; then nothing is chosen and closing the editor changes nothing.
        combo->setCurrentIndex(combo->findData(index.data(ServiceEntryTableModel::ExpertIdRole)));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void HoursEntryDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                      const QModelIndex& index) const
{
    if (auto* date = qobject_cast<QDateEdit*>(editor))
        model->setData(index, date->date());
    else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->currentIndex() >= 0 &&
            combo->currentData() != index.data(ServiceEntryTableModel::ExpertIdRole))
            model->setData(index, combo->currentData());
    } else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace bilan
