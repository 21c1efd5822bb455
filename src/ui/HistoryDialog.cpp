#include "HistoryDialog.h"

#include "ChangeText.h"
#include "ErrorText.h"
#include "HistoryModel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace bilan {

HistoryDialog::HistoryDialog(const QString& title, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_model = new HistoryModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryModel::Changes, QHeaderView::Stretch);
    layout->addWidget(m_table, 3);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("detailText"));
    m_detail->setReadOnly(true);
    layout->addWidget(m_detail, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryDialog::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
        showDetail();
    });
    resize(900, 520);
}

HistoryDialog::HistoryDialog(Database& database, const QString& table, const QString& rowKey,
                             const QString& title, QWidget* parent)
    : HistoryDialog(title, parent)
{
    ChangeFilter filter;
    filter.table = table;
    filter.rowKey = rowKey;
    auto records = ChangeLog(database).list(filter);
    if (!records) {
        m_problem->setText(ErrorText::sentence(records.message()));
        m_problem->show();
        m_table->hide();
        m_detail->hide();
        return;
    }
    if (records->isEmpty()) {
        m_problem->setText(tr("No change of this row is recorded."));
        m_problem->show();
    }
    m_model->setRecords(std::move(*records));
}

HistoryDialog::HistoryDialog(const QList<ChangeRecord>& records, const QString& title,
                             QWidget* parent)
    : HistoryDialog(title, parent)
{
    m_model->setRecords(records);
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::selectRecord(qint64 recordId)
{
    const int row = m_model->rowOf(recordId);
    if (row >= 0)
        m_table->selectRow(row);
}

QString HistoryDialog::problem() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

QString HistoryDialog::detail() const
{
    return m_detail->toPlainText();
}

void HistoryDialog::showDetail()
{
    const auto record = m_model->recordAt(m_table->currentIndex().row());
    m_detail->setPlainText(record ? HistoryModel::describe(*record) : QString());
}

QAction* addHistoryAction(QAbstractItemView* view, Database& database,
                          std::function<std::optional<HistoryRow>(int row)> rowAt)
{
    auto mayRead = ChangeLog(database).canRead();
    if (!mayRead || !*mayRead)
        return nullptr;
    auto* action = new QAction(HistoryDialog::tr("&History…"), view);
    action->setObjectName(QStringLiteral("historyAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    // The same keys on every list: each list answers them while it has the focus.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QObject::connect(action, &QAction::triggered, view, [view, &database, rowAt] {
        const QModelIndex current = view->currentIndex();
        if (!current.isValid())
            return;
        const auto row = rowAt(current.row());
        if (!row)
            return;
        const QString name = row->name.isEmpty() ? ChangeText::tableName(row->table) +
                                                       QStringLiteral(" #") + row->key
                                                 : row->name;
        HistoryDialog dialog(database, row->table, row->key,
                             HistoryDialog::tr("History of %1").arg(name), view->window());
        dialog.exec();
    });
    return action;
}

std::function<std::optional<HistoryRow>(int row)>
historyRowById(QAbstractItemView* view, const QString& table, int idRole, int nameColumn)
{
    return [view, table, idRole, nameColumn](int row) -> std::optional<HistoryRow> {
        const QAbstractItemModel* model = view->model();
        const qint64 id = model->index(row, 0).data(idRole).toLongLong();
        if (id <= 0)
            return std::nullopt;
        return HistoryRow{table, QString::number(id),
                          model->index(row, nameColumn).data().toString()};
    };
}

} // namespace bilan
