#include "MeetingListModel.h"

#include "AttendanceRates.h"
#include "EnumNames.h"
#include "MeetingRepository.h"

namespace bilan {

MeetingListModel::MeetingListModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent), m_db(database)
{}

bilan::Status MeetingListModel::setYear(const FiscalYear& year)
{
    m_year = year;
    return reload();
}

bilan::Status MeetingListModel::reload()
{
    QList<Row> rows;
    if (m_year.isValid()) {
        auto listed = MeetingRepository(m_db).list(m_year.firstDay(), m_year.lastDay());
        auto counts = listed
                          ? AttendanceRates::perMeeting(m_db, m_year.firstDay(), m_year.lastDay())
                          : Result<QHash<qint64, MeetingAttendanceCount>>(listed.error());
        if (!counts) {
            m_lastError = counts.message();
            emit errorOccurred(counts.message(), counts.error().field);
            return counts.error();
        }
        for (const bilan::Meeting& meeting : std::as_const(*listed)) {
            const MeetingAttendanceCount count = counts->value(meeting.id);
            rows << Row{meeting, count.present, count.recorded};
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    m_lastError.clear();
    return {};
}

int MeetingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MeetingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case MeetingIdRole:
        return row.meeting.id;
    case KindRole:
        return static_cast<int>(row.meeting.kind);
    case PresentRole:
        return row.present;
    case RecordedRole:
        return row.recorded;
    case Qt::TextAlignmentRole:
        if (index.column() == Attendance)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Date:
            // ISO dates sort as text and read the same in both languages.
            return row.meeting.date.toString(Qt::ISODate);
        case Kind:
            return displayName(row.meeting.kind);
        case Title:
            return row.meeting.title;
        case Attendance:
            if (row.recorded == 0)
                return QString();
            return tr("%1/%2").arg(row.present).arg(row.recorded);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Meeting");
    case Title:
        return tr("Title");
    case Attendance:
        return tr("Present");
    case ColumnCount:
        break;
    }
    return {};
}

Meeting MeetingListModel::meetingAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).meeting : bilan::Meeting{};
}

int MeetingListModel::rowOf(qint64 meetingId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).meeting.id == meetingId)
            return row;
    }
    return -1;
}

} // namespace bilan
