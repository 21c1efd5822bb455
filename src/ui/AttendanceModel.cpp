#include "AttendanceModel.h"

#include "BoardRepository.h"
#include "EnumNames.h"
#include "FigureMath.h"
#include "MeetingRepository.h"
#include "OrganisationRepository.h"

#include <algorithm>

namespace bilan {

namespace {

// Lower case without accents, so « excusé », « Excuse » and « EXCUSÉ » read the same.
QString folded(const QString& text)
{
    const QString decomposed = text.trimmed().normalized(QString::NormalizationForm_D);
    QString plain;
    plain.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain.append(c);
    }
    return plain.toCaseFolded();
}

} // namespace

std::optional<AttendanceStatus> AttendanceModel::parseStatus(const QVariant& value)
{
    if (value.metaType() == QMetaType::fromType<AttendanceStatus>())
        return value.value<AttendanceStatus>();
    const int type = value.metaType().id();
    if (type == QMetaType::Int || type == QMetaType::UInt || type == QMetaType::LongLong ||
        type == QMetaType::ULongLong) {
        const qint64 number = value.toLongLong();
        if (number < 0 || number >= static_cast<qint64>(enumCount<AttendanceStatus>()))
            return std::nullopt;
        return static_cast<AttendanceStatus>(number);
    }
    const QString text = folded(value.toString());
    if (text.isEmpty())
        return std::nullopt;
    // A whole name first (translated label or stored key), then the start of exactly one
    // of them: "e" or "excuse" for « Excusé » / "Excused".
    std::optional<AttendanceStatus> byPrefix;
    bool ambiguous = false;
    for (AttendanceStatus status : allValues<AttendanceStatus>()) {
        const QString label = folded(displayName(status));
        const QString key = folded(toKey(status));
        if (text == label || text == key)
            return status;
        if (label.startsWith(text) || key.startsWith(text)) {
            if (byPrefix && *byPrefix != status)
                ambiguous = true;
            byPrefix = status;
        }
    }
    return ambiguous ? std::nullopt : byPrefix;
}

AttendanceModel::AttendanceModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent), m_db(database)
{}

bilan::Status AttendanceModel::loadForDate(QDate day)
{
    auto loaded = load(day, {});
    if (loaded)
        m_modified = false;
    return loaded;
}

bilan::Status AttendanceModel::loadMeeting(qint64 meetingId)
{
    MeetingRepository meetings(m_db);
    auto meeting = meetings.get(meetingId);
    if (!meeting)
        return report(meeting.error());
    auto recorded = meetings.attendance(meetingId);
    if (!recorded)
        return report(recorded.error());
    // The repository keeps attendance to the directors in office that day (it refuses to move
    // a meeting or a mandate otherwise), so every recorded row finds its director below.
    QHash<qint64, AttendanceStatus> statuses;
    for (const Attendance& row : std::as_const(*recorded))
        statuses.insert(row.directorId, row.status);
    auto loaded = load(meeting->date, statuses);
    if (loaded)
        m_modified = false;
    return loaded;
}

bilan::Status AttendanceModel::changeDate(QDate day)
{
    QHash<qint64, AttendanceStatus> statuses;
    for (const Row& row : std::as_const(m_rows))
        statuses.insert(row.directorId, row.status);
    auto loaded = load(day, statuses);
    if (loaded)
        m_modified = true;
    return loaded;
}

bilan::Status AttendanceModel::load(QDate day, const QHash<qint64, AttendanceStatus>& statuses)
{
    if (!day.isValid())
        return report(fail(tr("the meeting's date is required"), QStringLiteral("date")));
    BoardRepository board(m_db);
    auto mandates = board.inOfficeOn(day);
    if (!mandates)
        return report(mandates.error());
    OrganisationRepository organisations(m_db);
    QHash<qint64, QString> organisationNames;
    QList<Row> rows;
    for (const BoardMandate& mandate : std::as_const(*mandates)) {
        auto director = board.director(mandate.directorId);
        if (!director)
            return report(director.error());
        // An individual member (0) represents no organisation: the cell stays empty.
        if (mandate.organisationId != 0 && !organisationNames.contains(mandate.organisationId)) {
            auto organisation = organisations.get(mandate.organisationId);
            if (!organisation)
                return report(organisation.error());
            organisationNames.insert(mandate.organisationId, organisation->name);
        }
        rows << Row{mandate.directorId, director->name, mandate.role,
                    organisationNames.value(mandate.organisationId),
                    statuses.value(mandate.directorId, AttendanceStatus::Absent)};
    }
    // Everything was read before the model changes: a failed load leaves the list as it was.
    beginResetModel();
    m_date = day;
    m_rows = rows;
    endResetModel();
    m_lastError.clear();
    m_lastErrorField.clear();
    emitQuorum();
    return {};
}

void AttendanceModel::setRule(const QuorumRule& rule)
{
    if (rule == m_rule)
        return;
    m_rule = rule;
    emitQuorum();
}

int AttendanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AttendanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case StatusRole:
        return static_cast<int>(row.status);
    case DirectorIdRole:
        return row.directorId;
    case Qt::CheckStateRole:
        if (index.column() == Director)
            return row.status == AttendanceStatus::Present ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (static_cast<Column>(index.column())) {
        case Director:
            return row.name;
        case Role:
            return displayName(row.role);
        case Organisation:
            return row.organisation;
        case Status:
            return displayName(row.status);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Director:
        return tr("Director");
    case Role:
        return tr("Role");
    case Organisation:
        return tr("Organisation");
    case Status:
        return tr("Attendance");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    if (index.column() == Director)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == Status)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool AttendanceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role == Qt::CheckStateRole && index.column() == Director) {
        if (value.toInt() == Qt::Checked)
            return setStatus(index.row(), AttendanceStatus::Present);
        // Unticking an excused director keeps the excuse: only "present" is being taken back.
        if (m_rows.at(index.row()).status == AttendanceStatus::Present)
            return setStatus(index.row(), AttendanceStatus::Absent);
        return true;
    }
    const bool statusEdit =
        role == StatusRole ||
        ((role == Qt::EditRole || role == Qt::DisplayRole) && index.column() == Status);
    if (!statusEdit)
        return false;
    const auto status = parseStatus(value);
    if (!status) {
        notify(fail(tr("%1 is not an attendance status (%2, %3 or %4)")
                        .arg(value.toString(), displayName(AttendanceStatus::Present),
                             displayName(AttendanceStatus::Absent),
                             displayName(AttendanceStatus::Excused)),
                    QStringLiteral("status")));
        return false;
    }
    const bool changed = setStatus(index.row(), *status);
    // The refused value has been corrected: its error line goes.
    if (changed && m_lastErrorField == QLatin1String("status")) {
        m_lastError.clear();
        m_lastErrorField.clear();
        emit errorCleared(QStringLiteral("status"));
    }
    return changed;
}

qint64 AttendanceModel::directorIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).directorId : 0;
}

AttendanceStatus AttendanceModel::statusAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).status : AttendanceStatus::Absent;
}

BoardRole AttendanceModel::roleAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).role : BoardRole::Director;
}

bool AttendanceModel::setStatus(int row, AttendanceStatus status)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    if (m_rows.at(row).status == status)
        return true;
    m_rows[row].status = status;
    m_modified = true;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1),
                     {Qt::DisplayRole, Qt::EditRole, Qt::CheckStateRole, StatusRole});
    emitQuorum();
    return true;
}

void AttendanceModel::setAllStatuses(AttendanceStatus status)
{
    if (m_rows.isEmpty())
        return;
    for (Row& row : m_rows)
        row.status = status;
    m_modified = true;
    emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1),
                     {Qt::DisplayRole, Qt::EditRole, Qt::CheckStateRole, StatusRole});
    emitQuorum();
}

int AttendanceModel::presentCount() const
{
    return FigureMath::presentCount(attendance());
}

bool AttendanceModel::quorumReached(const QuorumRule& rule) const
{
    return Quorum::reached(rule, presentCount(), inOfficeCount());
}

QList<Attendance> AttendanceModel::attendance() const
{
    QList<Attendance> rows;
    rows.reserve(m_rows.size());
    for (const Row& row : std::as_const(m_rows)) {
        Attendance attendance;
        attendance.directorId = row.directorId;
        attendance.status = row.status;
        rows << attendance;
    }
    return rows;
}

bilan::Status AttendanceModel::save(qint64 meetingId)
{
    auto saved = MeetingRepository(m_db).replaceAttendance(meetingId, attendance());
    if (!saved)
        return report(saved);
    markSaved();
    return {};
}

void AttendanceModel::markSaved()
{
    m_modified = false;
    m_lastError.clear();
    m_lastErrorField.clear();
}

bilan::Status AttendanceModel::report(bilan::Status status)
{
    if (!status)
        notify(status.error());
    return status;
}

void AttendanceModel::notify(const Error& error)
{
    m_lastError = error.message;
    m_lastErrorField = error.field;
    emit errorOccurred(error.message, error.field);
}

void AttendanceModel::emitQuorum()
{
    emit quorumChanged(quorumReached(), presentCount(), requiredCount());
}

} // namespace bilan
