#include "MandateTableModel.h"

#include "BoardRepository.h"
#include "EnumNames.h"
#include "OrganisationRepository.h"

#include <QBrush>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace bilan {

MandateTableModel::MandateTableModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent), m_db(database), m_day(database.clock().today())
{}

bilan::Status MandateTableModel::reload()
{
    BoardRepository board(m_db);
    auto mandates = board.mandates();
    if (!mandates) {
        emit errorOccurred(mandates.message(), mandates.error().field);
        return mandates.error();
    }
    auto directors = board.directors();
    if (!directors) {
        emit errorOccurred(directors.message(), directors.error().field);
        return directors.error();
    }
    auto organisations = OrganisationRepository(m_db).all();
    if (!organisations) {
        emit errorOccurred(organisations.message(), organisations.error().field);
        return organisations.error();
    }
    QHash<qint64, QString> directorNames;
    for (const bilan::Director& director : std::as_const(*directors))
        directorNames.insert(director.id, director.name);
    QHash<qint64, QString> organisationNames;
    for (const bilan::Organisation& organisation : std::as_const(*organisations))
        organisationNames.insert(organisation.id, organisation.name);

    QList<Row> rows;
    for (const BoardMandate& mandate : std::as_const(*mandates))
        rows << Row{mandate, directorNames.value(mandate.directorId),
                    mandate.organisationId == 0 ? tr("(none — individual member)")
                                                : organisationNames.value(mandate.organisationId)};
    const QDate today = m_day;
    std::stable_sort(rows.begin(), rows.end(), [today](const Row& a, const Row& b) {
        const bool aIn = a.mandate.inOfficeOn(today);
        const bool bIn = b.mandate.inOfficeOn(today);
        if (aIn != bIn)
            return aIn;
        if (aIn) {
            if (a.mandate.role != b.mandate.role)
                return a.mandate.role < b.mandate.role;
            return a.director.localeAwareCompare(b.director) < 0;
        }
        // Past mandates: the latest first; mandates yet to start have no end and come first.
        const QDate aKey = a.mandate.ended.isValid() ? a.mandate.ended : a.mandate.started;
        const QDate bKey = b.mandate.ended.isValid() ? b.mandate.ended : b.mandate.started;
        return aKey > bKey;
    });
    beginResetModel();
    m_all = rows;
    applyFilter();
    endResetModel();
    return {};
}

void MandateTableModel::setShowEnded(bool show)
{
    if (show == m_showEnded)
        return;
    beginResetModel();
    m_showEnded = show;
    applyFilter();
    endResetModel();
}

void MandateTableModel::applyFilter()
{
    m_rows.clear();
    for (const Row& row : std::as_const(m_all)) {
        // A mandate that starts later is shown with the current ones: it was just entered.
        const bool past = row.mandate.ended.isValid() && row.mandate.ended < m_day;
        if (m_showEnded || !past)
            m_rows << row;
    }
}

BoardMandate MandateTableModel::mandateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).mandate : BoardMandate();
}

QString MandateTableModel::directorNameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).director : QString();
}

QString MandateTableModel::organisationNameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).organisation : QString();
}

int MandateTableModel::rowOf(qint64 mandateId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).mandate.id == mandateId)
            return row;
    }
    return -1;
}

int MandateTableModel::inOfficeCount() const
{
    return static_cast<int>(std::count_if(m_all.cbegin(), m_all.cend(), [this](const Row& row) {
        return row.mandate.inOfficeOn(m_day);
    }));
}

int MandateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MandateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MandateTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const bool inOffice = row.mandate.inOfficeOn(m_day);
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Director:
            return row.director;
        case Organisation:
            return row.organisation;
        case Role:
            return displayName(row.mandate.role);
        case Started:
            return row.mandate.started.toString(Qt::ISODate);
        case Ended:
            return row.mandate.ended.isValid() ? row.mandate.ended.toString(Qt::ISODate)
                                               : tr("ongoing");
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Organisation)
            return row.organisation;
        return {};
    case Qt::ForegroundRole:
        // Past mandates are history: shown, but quieter than the board in office.
        if (!inOffice)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case MandateIdRole:
        return row.mandate.id;
    case InOfficeRole:
        return inOffice;
    default:
        return {};
    }
}

QVariant MandateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Director:
        return tr("Director");
    case Organisation:
        return tr("Represents");
    case Role:
        return tr("Role");
    case Started:
        return tr("Started");
    case Ended:
        return tr("Ended");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace bilan
