#include "AgendaPanel.h"

#include "ui_AgendaPanel.h"

#include <QAbstractItemDelegate>
#include <QListWidget>
#include <QShortcut>

namespace bilan {

AgendaPanel::AgendaPanel(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AgendaPanel>())
{
    m_ui->setupUi(this);
    QListWidget* list = m_ui->itemList;
    list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    // The keys act on the list only: while an item is being typed, Delete and Ctrl+arrows
    // belong to the text.
    const auto onList = [list](const QKeySequence& key) {
        auto* shortcut = new QShortcut(key, list);
        shortcut->setContext(Qt::WidgetShortcut);
        return shortcut;
    };
    connect(onList(QKeySequence(Qt::Key_Insert)), &QShortcut::activated, this,
            &AgendaPanel::addItem);
    connect(onList(QKeySequence(QKeySequence::Delete)), &QShortcut::activated, this,
            &AgendaPanel::removeSelected);
    connect(onList(QKeySequence(Qt::CTRL | Qt::Key_Up)), &QShortcut::activated, this,
            [this] { moveSelected(-1); });
    connect(onList(QKeySequence(Qt::CTRL | Qt::Key_Down)), &QShortcut::activated, this,
            [this] { moveSelected(1); });
    connect(m_ui->addItemButton, &QPushButton::clicked, this, &AgendaPanel::addItem);
    connect(m_ui->removeItemButton, &QPushButton::clicked, this, &AgendaPanel::removeSelected);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(list, &QListWidget::itemChanged, this, &AgendaPanel::changed);
    connect(list, &QListWidget::currentRowChanged, this, &AgendaPanel::updateButtons);
    connect(list->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            &AgendaPanel::dropIfBlank);
    updateButtons();
}

AgendaPanel::~AgendaPanel() = default;

void AgendaPanel::setItems(const QStringList& items)
{
    QListWidget* list = m_ui->itemList;
    const QSignalBlocker quiet(list);
    list->clear();
    for (const QString& text : items) {
        auto* item = new QListWidgetItem(text, list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    updateButtons();
}

QStringList AgendaPanel::items() const
{
    QStringList texts;
    for (int row = 0; row < m_ui->itemList->count(); ++row) {
        const QString text = m_ui->itemList->item(row)->text().trimmed();
        if (!text.isEmpty())
            texts << text;
    }
    return texts;
}

void AgendaPanel::addItem()
{
    QListWidget* list = m_ui->itemList;
    const int row = list->currentRow() < 0 ? list->count() : list->currentRow() + 1;
    auto* item = new QListWidgetItem;
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    {
        const QSignalBlocker quiet(list);
        list->insertItem(row, item);
    }
    list->setCurrentItem(item);
    list->setFocus();
    list->editItem(item);
    updateButtons();
}

void AgendaPanel::dropIfBlank(QWidget* editor)
{
    Q_UNUSED(editor)
    // The delegate has written the text back by now (or the typing was cancelled).
    QListWidget* list = m_ui->itemList;
    for (int row = list->count() - 1; row >= 0; --row) {
        if (!list->item(row)->text().trimmed().isEmpty())
            continue;
        const QSignalBlocker quiet(list);
        delete list->takeItem(row);
    }
    updateButtons();
}

void AgendaPanel::removeSelected()
{
    QListWidget* list = m_ui->itemList;
    const int row = list->currentRow();
    if (row < 0)
        return;
    {
        const QSignalBlocker quiet(list);
        delete list->takeItem(row);
    }
    if (list->count() > 0)
        list->setCurrentRow(qMin(row, list->count() - 1));
    updateButtons();
    emit changed();
}

void AgendaPanel::moveSelected(int step)
{
    QListWidget* list = m_ui->itemList;
    const int row = list->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= list->count())
        return;
    {
        const QSignalBlocker quiet(list);
        QListWidgetItem* item = list->takeItem(row);
        list->insertItem(target, item);
    }
    list->setCurrentRow(target);
    updateButtons();
    emit changed();
}

void AgendaPanel::updateButtons()
{
    const int row = m_ui->itemList->currentRow();
    const int count = m_ui->itemList->count();
    m_ui->removeItemButton->setEnabled(row >= 0);
    m_ui->upButton->setEnabled(row > 0);
    m_ui->downButton->setEnabled(row >= 0 && row + 1 < count);
}

} // namespace bilan
