#include "MembersView.h"

#include "ui_MembersView.h"

#include "OrganisationTableModel.h"
#include "SearchBoxKeys.h"

#include <QEvent>
#include <QHeaderView>
#include <QSplitter>

namespace bilan {

namespace {

// The most each short column may take of the list's width: together they leave the name at
// least two fifths, whatever the regions and networks hold (at 1024×768 the name used to
// shrink to "Ca…" behind a 190-pixel region).
constexpr std::pair<int, int> ColumnShares[] = {
    {OrganisationTableModel::Kind, 12},
    {OrganisationTableModel::Region, 16},
    {OrganisationTableModel::Network, 16},
    {OrganisationTableModel::Category, 12},
};

} // namespace

void MembersView::setUpColumns()
{
    QHeaderView* header = m_ui->organisationsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(OrganisationTableModel::Name, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    m_ui->organisationsView->setWordWrap(false);
    m_ui->organisationsView->setTextElideMode(Qt::ElideRight);
    m_ui->organisationsView->viewport()->installEventFilter(this);
    leadDownToList(m_ui->searchEdit, m_ui->organisationsView);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MembersView::fitColumns);
    // A long region must not widen the filters and squeeze the search box.
    m_ui->regionCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->regionCombo->setMinimumContentsLength(14);
    m_ui->searchEdit->setMinimumWidth(
        m_ui->searchEdit->fontMetrics().horizontalAdvance(m_ui->searchEdit->placeholderText()) +
        48);
}

void MembersView::fitColumns()
{
    QTableView* table = m_ui->organisationsView;
    QHeaderView* header = table->horizontalHeader();
    const int width = table->viewport()->width();
    for (const auto& [column, share] : ColumnShares) {
        const int wanted =
            std::max(header->sectionSizeHint(column),
                     static_cast<QAbstractItemView*>(table)->sizeHintForColumn(column));
        header->resizeSection(column, std::min(wanted, width * share / 100));
    }
}

bool MembersView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->organisationsView->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    // A window made smaller took the width from both sides in proportion to the stretch
    // factors, leaving the detail a third more than its share at 1024×768.
    if (watched == m_ui->splitter && event->type() == QEvent::Resize && !m_splitterMoved) {
        const int width = m_ui->splitter->width();
        m_ui->splitter->setSizes({width * 2 / 3, width - width * 2 / 3});
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace bilan
