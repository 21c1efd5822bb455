#include "HistoryView.h"
#include "ui_HistoryView.h"

#include "ChangeText.h"
#include "ErrorText.h"
#include "HistoryDialog.h"
#include "HistoryModel.h"
#include "ListExport.h"
#include "TableExportDialog.h"
#include "TableFile.h"
#include "Validation.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QShowEvent>

namespace bilan {

namespace {

// A date field that may be left open: its minimum shows "any day" and means no bound.
void allowAnyDay(QDateEdit* edit)
{
    edit->setDateRange(Validation::firstDate().addDays(-1), Validation::lastDate());
    edit->setSpecialValueText(HistoryView::tr("any day"));
    edit->setDate(edit->minimumDate());
}

QDate dayOf(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

} // namespace

HistoryView::HistoryView(Database& database, QWidget* parent)
    : QWidget(parent), m_db(database), m_ui(std::make_unique<Ui::HistoryView>())
{
    m_ui->setupUi(this);
    m_model = new HistoryModel(this);
    m_ui->historyTable->setModel(m_model);
    m_ui->historyTable->verticalHeader()->hide();
    QHeaderView* header = m_ui->historyTable->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(HistoryModel::Changes, QHeaderView::Stretch);
    m_ui->historyTable->installEventFilter(this);
    allowAnyDay(m_ui->sinceEdit);
    allowAnyDay(m_ui->untilEdit);
    m_ui->messageLabel->hide();

    auto mayRead = ChangeLog(m_db).canRead();
    m_mayRead = mayRead && *mayRead;
    if (!mayRead) {
        showMessage(ErrorText::sentence(mayRead.message()));
        return;
    }
    if (!m_mayRead) {
        showMessage(tr("The history of changes is for the director: this login may not read "
                       "it. Ask the director for what you need to know."));
        return;
    }
    fillChoices();
    reload();
    const auto refilter = [this] {
        if (!m_filling)
            reload();
    };
    connect(m_ui->actorCombo, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_ui->tableCombo, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_ui->sinceEdit, &QDateEdit::dateChanged, this, refilter);
    connect(m_ui->untilEdit, &QDateEdit::dateChanged, this, refilter);
    connect(m_ui->lateOnlyCheck, &QCheckBox::toggled, this, refilter);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &HistoryView::askAndExport);
    m_export = new ListExport(
        m_ui->historyTable, m_db, [this]() -> Result<TableData> { return m_model->tableData(); },
        tr("history"), tr("Export Change Histor&y…"), QStringLiteral("exportHistoryAction"));
    connect(m_ui->historyTable, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { showChange(index.row()); });
}

HistoryView::~HistoryView() = default;

void HistoryView::showMessage(const QString& message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
    m_ui->filters->hide();
    m_ui->historyTable->hide();
    m_ui->countLabel->hide();
}

void HistoryView::fillChoices()
{
    m_filling = true;
    const QString actor = m_ui->actorCombo->currentData().toString();
    m_ui->actorCombo->clear();
    m_ui->actorCombo->addItem(tr("Anyone"), QString());
    auto actors = ChangeLog(m_db).actors();
    if (actors) {
        for (const QString& name : *actors)
            m_ui->actorCombo->addItem(name, name);
    } else {
        emit errorOccurred(actors.message());
    }
    m_ui->actorCombo->setCurrentIndex(std::max(0, m_ui->actorCombo->findData(actor)));

    if (m_ui->tableCombo->count() == 0) {
        m_ui->tableCombo->addItem(tr("Every table"), QString());
        for (const QString& table : recordedTables())
            m_ui->tableCombo->addItem(ChangeText::tableName(table), table);
    }
    m_filling = false;
}

ChangeFilter HistoryView::filter() const
{
    ChangeFilter filter;
    filter.actor = m_ui->actorCombo->currentData().toString();
    filter.table = m_ui->tableCombo->currentData().toString();
    filter.since = dayOf(m_ui->sinceEdit);
    filter.until = dayOf(m_ui->untilEdit);
    filter.lateOnly = m_ui->lateOnlyCheck->isChecked();
    filter.limit = ShownAtMost;
    return filter;
}

void HistoryView::reload()
{
    if (!m_mayRead)
        return;
    auto records = ChangeLog(m_db).list(filter());
    if (!records) {
        m_ui->countLabel->setText(ErrorText::sentence(records.message()));
        emit errorOccurred(records.message());
        return;
    }
    const qsizetype count = records->size();
    m_model->setRecords(std::move(*records));
    m_ui->historyTable->resizeColumnsToContents();
    m_ui->historyTable->horizontalHeader()->setSectionResizeMode(HistoryModel::Changes,
                                                                 QHeaderView::Stretch);
    const QString shown = QLocale().toString(count);
    m_ui->countLabel->setText(count >= ShownAtMost
                                  ? tr("The %1 newest changes; narrow the filters to see older "
                                       "ones.")
                                        .arg(shown)
                                  : (count == 1 ? tr("1 change") : tr("%1 changes").arg(shown)));
    m_ui->exportButton->setEnabled(count > 0);
}

void HistoryView::reloadFromDatabase()
{
    if (!m_mayRead)
        return;
    fillChoices();
    reload();
}

Status HistoryView::exportTo(const QString& path)
{
    return TableFile::write(m_model->tableData(), path);
}

void HistoryView::askAndExport()
{
    // The dialog every page's export uses (its formats, folder, replace question and errors).
    const TableData table = m_model->tableData();
    const QString path = TableExportDialog::exportTable(this, table, tr("history"), m_db);
    if (!path.isEmpty())
        m_ui->countLabel->setText(TableExportDialog::writtenText(table.rows.size(), path));
}

void HistoryView::showChange(int row)
{
    const auto record = m_model->recordAt(row);
    if (!record)
        return;
    const QString title = tr("Change to %1").arg(ChangeText::rowName(*record));
    HistoryDialog dialog(QList<ChangeRecord>{*record}, title, this);
    dialog.exec();
}

void HistoryView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        reloadFromDatabase();
}

bool HistoryView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->historyTable && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_ui->historyTable->currentIndex().isValid()) {
            showChange(m_ui->historyTable->currentIndex().row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace bilan
