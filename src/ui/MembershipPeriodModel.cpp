#include "MembershipPeriodModel.h"

#include "EnumNames.h"
#include "MembershipRepository.h"
#include "Parsing.h"

namespace bilan {

MembershipPeriodModel::MembershipPeriodModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent), m_db(database)
{}

Status MembershipPeriodModel::load(qint64 organisationId)
{
    QList<Membership> periods;
    if (organisationId != 0) {
        auto read = MembershipRepository(m_db).forOrganisation(organisationId);
        if (!read) {
            // The rows would belong to another organisation: show none rather than stale ones.
            beginResetModel();
            m_organisationId = organisationId;
            m_periods.clear();
            endResetModel();
            return failed(read.error());
        }
        periods = std::move(read.value());
    }
    beginResetModel();
    m_organisationId = organisationId;
    m_periods = std::move(periods);
    endResetModel();
    return {};
}

int MembershipPeriodModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_periods.size());
}

int MembershipPeriodModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembershipPeriodModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Membership& period = m_periods[index.row()];
    if (role == MembershipIdRole)
        return period.id;
    if (role == Qt::ToolTipRole && index.column() == Left && !period.isOpen())
        return tr("Not a member from this day on.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Joined:
        return Parsing::formatDate(period.joined);
    case Left:
        return period.isOpen() ? tr("still a member") : Parsing::formatDate(period.left);
    case Category:
        return displayName(period.category);
    default:
        return {};
    }
}

QVariant MembershipPeriodModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Joined:
        return tr("Joined");
    case Left:
        return tr("Left");
    case Category:
        return tr("Category");
    default:
        return {};
    }
}

int MembershipPeriodModel::rowOf(qint64 membershipId) const
{
    for (int row = 0; row < m_periods.size(); ++row)
        if (m_periods[row].id == membershipId)
            return row;
    return -1;
}

std::optional<Membership> MembershipPeriodModel::openPeriod() const
{
    for (const Membership& period : m_periods)
        if (period.isOpen())
            return period;
    return std::nullopt;
}

MembershipCategory MembershipPeriodModel::lastCategory() const
{
    return m_periods.isEmpty() ? MembershipCategory::Member : m_periods.constLast().category;
}

Result<qint64> MembershipPeriodModel::join(QDate joined, MembershipCategory category)
{
    Membership period;
    period.organisationId = m_organisationId;
    period.category = category;
    period.joined = joined;
    return save(period);
}

Status MembershipPeriodModel::leave(QDate left)
{
    auto open = openPeriod();
    if (!open)
        return failed(
            fail(tr("the organisation has no running membership to end"), QStringLiteral("left")));
    open->left = left;
    auto saved = save(*open);
    if (!saved)
        return saved.error();
    return {};
}

Result<qint64> MembershipPeriodModel::save(const Membership& period)
{
    if (m_organisationId == 0)
        return failed(fail(tr("choose an organisation first"), QStringLiteral("organisation")));
    Membership written = period;
    written.organisationId = m_organisationId;
    MembershipRepository repository(m_db);
    if (written.id == 0) {
        auto added = repository.add(written);
        if (!added)
            return failed(added.error());
        written.id = *added;
    } else if (auto updated = repository.update(written); !updated) {
        return failed(updated.error());
    }
    (void)reload();
    emit periodsChanged(m_organisationId);
    return written.id;
}

Status MembershipPeriodModel::remove(qint64 membershipId)
{
    if (rowOf(membershipId) < 0)
        return failed(fail(tr("no membership with id %1 for this organisation").arg(membershipId)));
    const QDateTime shown = m_periods.at(rowOf(membershipId)).updatedAt;
    if (auto removed = MembershipRepository(m_db).remove(membershipId, shown); !removed)
        return failed(removed.error());
    (void)reload();
    emit periodsChanged(m_organisationId);
    return {};
}

Error MembershipPeriodModel::failed(const Error& error)
{
    // Another desk changed or removed the period since it was shown (RowVersion): the rows
    // show what is stored.
    if (error.changedElsewhere)
        (void)reload();
    emit errorOccurred(error.message, error.field);
    return error;
}

} // namespace bilan
