// The Engagement page's export: the list as shown, as a CSV file or an Excel workbook.

#include "EngagementView.h"

#include "EngagementFilterModel.h"
#include "EngagementModel.h"
#include "EnumNames.h"
#include "ErrorText.h"
#include "TableExportDialog.h"
#include "ui_EngagementView.h"

#include <QDir>
#include <QLocale>

namespace bilan {

TableData EngagementView::tableData() const
{
    using Type = TableColumn::Type;
    const Engagement& engagement = m_model->engagement();
    const FiscalYear year = engagement.year;
    TableData table;
    table.sheetName = tr("Engagement %1").arg(year.name());
    table.columns = {
        {m_model->columnTitle(EngagementModel::Status), Type::Text},
        {m_model->columnTitle(EngagementModel::Organisation), Type::Text},
        {m_model->columnTitle(EngagementModel::Kind), Type::Text},
        {tr("Region"), Type::Text},
        {m_model->columnTitle(EngagementModel::Category), Type::Text},
        {m_model->columnTitle(EngagementModel::Member), Type::Boolean},
        {m_model->columnTitle(EngagementModel::HoursY), Type::Minutes},
        {m_model->columnTitle(EngagementModel::HoursY1), Type::Minutes},
        {tr("Change (%)"), Type::Percent},
    };
    // The trend's earlier years (Y-4 … Y-2), after the two years shown as columns.
    for (int i = 0; i < TrendYears - 2; ++i)
        table.columns.append(
            {tr("Hours %1")
                 .arg(
                     FiscalYear(year.startYear() - (TrendYears - 1 - i), year.startMonth()).name()),
             Type::Minutes});
    table.columns.append({m_model->columnTitle(EngagementModel::LastService), Type::Date});
    table.columns.append({m_model->columnTitle(EngagementModel::MonthsSince), Type::Integer});
    table.columns.append({m_model->columnTitle(EngagementModel::Experts), Type::Integer});
    table.columns.append({m_model->columnTitle(EngagementModel::Fields), Type::Integer});

    for (int shown = 0; shown < m_shown->rowCount(); ++shown) {
        const int source = m_shown->mapToSource(m_shown->index(shown, 0)).row();
        const EngagementRow& row = m_model->rowAt(source);
        QVariantList cells{
            EngagementModel::statusName(row.status),
            row.input.name,
            displayName(row.input.kind),
            row.input.region.isEmpty() ? QVariant() : QVariant(row.input.region),
            row.categoryAtEnd ? QVariant(displayName(*row.categoryAtEnd)) : QVariant(),
            row.memberAtEnd,
            row.minutesY,
            row.minutesY1,
            row.changePct ? QVariant(*row.changePct) : QVariant(),
        };
        for (int i = 0; i < TrendYears - 2; ++i)
            cells.append(row.input.minutesByYear[static_cast<std::size_t>(i)]);
        cells.append(row.input.lastService.isValid() ? QVariant(row.input.lastService)
                                                     : QVariant());
        cells.append(row.monthsSinceLastService ? QVariant(qint64(*row.monthsSinceLastService))
                                                : QVariant());
        cells.append(qint64(row.input.experts));
        cells.append(qint64(row.input.fields));
        table.rows.append(cells);
    }
    return table;
}

bool EngagementView::exportTo(const QString& path)
{
    const Status written = TableFile::write(tableData(), path);
    if (!written) {
        showError(written.message());
        return false;
    }
    m_lastError.clear();
    const int rows = m_shown->rowCount();
    const QString file = QDir::toNativeSeparators(path);
    m_ui->messageLabel->setText(
        rows == 1 ? tr("1 organisation written to %1.").arg(file)
                  : tr("%1 organisations written to %2.").arg(QLocale().toString(rows), file));
    m_ui->messageLabel->show();
    return true;
}

void EngagementView::askAndExport()
{
    // The window's way for every list (TableExportDialog): both formats offered, the question
    // before replacing a file, the rows written said in the status bar.
    const QString written = TableExportDialog::exportTable(
        this, tableData(), tr("engagement-%1").arg(m_model->engagement().year.name()), m_db);
    if (written.isEmpty())
        return;
    m_lastError.clear();
    m_ui->messageLabel->setText(TableExportDialog::writtenText(m_shown->rowCount(), written));
    m_ui->messageLabel->show();
}

} // namespace bilan
