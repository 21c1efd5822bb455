#include "DatabaseSummaryView.h"

#include "ui_DatabaseSummaryView.h"

#include <QLocale>

#include <utility>

namespace bilan {

DatabaseSummaryView::DatabaseSummaryView(QWidget* parent)
    : QWidget(parent), m_ui(new Ui::DatabaseSummaryView)
{
    m_ui->setupUi(this);
    m_ui->summaryTable->setColumnCount(2);
    m_ui->summaryTable->setHorizontalHeaderLabels({tr("Records"), tr("Count")});
}

DatabaseSummaryView::~DatabaseSummaryView() = default;

void DatabaseSummaryView::setSource(std::function<Rows()> source)
{
    m_source = std::move(source);
}

void DatabaseSummaryView::reloadFromDatabase()
{
    if (m_source)
        setSummary(m_source());
}

void DatabaseSummaryView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reloadFromDatabase();
}

void DatabaseSummaryView::setSummary(const Rows& rows)
{
    m_ui->summaryTable->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_ui->summaryTable->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        const auto& value = rows[row].second;
        auto* count = new QTableWidgetItem(value ? QLocale().toString(*value) : tr("unreadable"));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->summaryTable->setItem(row, 1, count);
    }
    m_ui->summaryTable->resizeColumnToContents(0);
}

} // namespace bilan
