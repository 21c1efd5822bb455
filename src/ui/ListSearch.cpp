#include "ListSearch.h"

#include "Parsing.h"
#include "SearchBoxKeys.h"

#include <QAbstractItemModel>

#include <QLayout>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace bilan {

namespace {

// The layout that holds `widget` directly, among those of its parent.
QLayout* layoutHolding(QWidget* widget)
{
    QWidget* parent = widget->parentWidget();
    if (!parent || !parent->layout())
        return nullptr;
    QList<QLayout*> layouts{parent->layout()};
    layouts += parent->layout()->findChildren<QLayout*>();
    for (QLayout* layout : layouts) {
        if (layout->indexOf(widget) >= 0)
            return layout;
    }
    return nullptr;
}

} // namespace

ListSearch::ListSearch(QTableView* view, const QString& placeholder)
    : QObject(view), m_view(view), m_box(new QLineEdit)
{
    m_box->setObjectName(view->objectName() + QStringLiteral("Search"));
    m_box->setPlaceholderText(placeholder);
    m_box->setClearButtonEnabled(true);
    m_box->setToolTip(tr("Shows only the rows holding every word typed (Ctrl+F)"));
    if (QLayout* layout = layoutHolding(view)) {
        auto* column = new QWidget;
        auto* columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        delete layout->replaceWidget(view, column);
        columnLayout->addWidget(m_box);
        columnLayout->addWidget(view);
    }
    // A shortcut of the box: active only while the box, and so its page, is shown.
    auto* find = new QShortcut(QKeySequence::Find, m_box);
    connect(find, &QShortcut::activated, m_box, [this] {
        m_box->setFocus(Qt::ShortcutFocusReason);
        m_box->selectAll();
    });
    leadDownToList(m_box, view);
    connect(m_box, &QLineEdit::textChanged, this, &ListSearch::apply);
    QAbstractItemModel* model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ListSearch::apply);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ListSearch::apply);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ListSearch::apply);
    connect(model, &QAbstractItemModel::dataChanged, this, &ListSearch::apply);
}

void ListSearch::apply()
{
    // The box goes first (it is above the view in their column): a QTableWidget's own model,
    // cleared as the view is destroyed after it, finds no box and no view to search.
    if (!m_box)
        return;
    const QStringList words = Parsing::searchKey(m_box->text()).split(u' ', Qt::SkipEmptyParts);
    const QAbstractItemModel* model = m_view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QString text;
        for (int column = 0; column < model->columnCount(); ++column)
            text += model->index(row, column).data().toString() + u' ';
        const QString key = Parsing::searchKey(text);
        const bool shown = std::all_of(words.cbegin(), words.cend(),
                                       [&key](const QString& word) { return key.contains(word); });
        m_view->setRowHidden(row, !shown);
    }
}

} // namespace bilan
