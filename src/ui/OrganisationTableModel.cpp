#include "OrganisationTableModel.h"

#include "EnumNames.h"
#include "MembershipRepository.h"
#include "OrganisationMatcher.h"
#include "OrganisationRepository.h"
#include "Parsing.h"

#include <algorithm>

namespace bilan {

OrganisationTableModel::OrganisationTableModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent), m_db(database), m_memberOn(database.clock().today())
{}

Status OrganisationTableModel::reload()
{
    auto organisations = OrganisationRepository(m_db).all();
    if (!organisations) {
        m_lastError = organisations.message();
        emit errorOccurred(organisations.message(), organisations.error().field);
        return organisations.error();
    }
    auto memberships = MembershipRepository(m_db).all();
    if (!memberships) {
        m_lastError = memberships.message();
        emit errorOccurred(memberships.message(), memberships.error().field);
        return memberships.error();
    }
    m_lastError.clear();
    m_all = std::move(organisations.value());
    m_indexById.clear();
    m_nameWords.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        m_indexById.insert(m_all[i].id, i);
        // Folded once here so that typing in the search box does not fold every name again.
        m_nameWords.insert(m_all[i].id, OrganisationMatcher::words(m_all[i].name));
    }
    m_memberships.clear();
    for (const Membership& membership : memberships.value())
        m_memberships[membership.organisationId].append(membership);
    for (auto& periods : m_memberships)
        std::sort(periods.begin(), periods.end(),
                  [](const Membership& a, const Membership& b) { return a.joined < b.joined; });
    refilter();
    return {};
}

void OrganisationTableModel::setMemberOn(QDate day)
{
    if (day == m_memberOn)
        return;
    m_memberOn = day;
    refilter();
}

void OrganisationTableModel::setKindFilter(std::optional<OrganisationKind> kind)
{
    m_kind = kind;
    refilter();
}

void OrganisationTableModel::setRegionFilter(const QString& region)
{
    m_region = region;
    refilter();
}

void OrganisationTableModel::setCategoryFilter(CategoryFilter filter)
{
    m_category = filter;
    refilter();
}

void OrganisationTableModel::setSearchText(const QString& text)
{
    m_searchWords = OrganisationMatcher::words(text);
    refilter();
}

bool OrganisationTableModel::accepts(const Organisation& organisation) const
{
    if (m_kind && organisation.kind != *m_kind)
        return false;
    if (!m_region.isEmpty() && organisation.region != m_region)
        return false;
    if (m_category != CategoryFilter::All) {
        const auto period = membershipOn(organisation.id);
        if (m_category == CategoryFilter::NotMember) {
            if (period)
                return false;
        } else {
            // The filter's members after All follow MembershipCategory's order.
            const auto wanted = static_cast<MembershipCategory>(static_cast<int>(m_category) - 1);
            if (!period || period->category != wanted)
                return false;
        }
    }
    const QStringList nameWords = m_nameWords.value(organisation.id);
    for (const QString& typed : m_searchWords) {
        const bool found = std::any_of(nameWords.begin(), nameWords.end(),
                                       [&](const QString& word) { return word.contains(typed); });
        if (!found)
            return false;
    }
    return true;
}

void OrganisationTableModel::refilter()
{
    beginResetModel();
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (accepts(m_all[i]))
            m_rows.append(i);
    endResetModel();
    emit rowsFiltered();
}

int OrganisationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OrganisationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Organisation& organisation = m_all[m_rows[index.row()]];
    if (role == OrganisationIdRole)
        return organisation.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return organisation.name;
    case Kind:
        return displayName(organisation.kind);
    case Region:
        return organisation.region;
    case Network:
        return organisation.networkId ? organisationName(*organisation.networkId) : QString();
    case Category: {
        const auto period = membershipOn(organisation.id);
        return period ? displayName(period->category) : QString();
    }
    default:
        return {};
    }
}

QVariant OrganisationTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Category)
        return tr("Category of membership on %1").arg(Parsing::formatDate(m_memberOn));
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Region:
        return tr("Region");
    case Network:
        return tr("Network");
    case Category:
        // A short title in a narrow column (the date would be cut); the date is in the "Member
        // on" box above the list, in the count line and in the title's tooltip.
        return tr("Category");
    default:
        return {};
    }
}

Organisation OrganisationTableModel::organisationAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_all[m_rows[row]];
}

int OrganisationTableModel::rowOf(qint64 organisationId) const
{
    const int index = m_indexById.value(organisationId, -1);
    return index < 0 ? -1 : static_cast<int>(m_rows.indexOf(index));
}

QList<Membership> OrganisationTableModel::membershipsOf(qint64 organisationId) const
{
    return m_memberships.value(organisationId);
}

std::optional<Membership> OrganisationTableModel::membershipOn(qint64 organisationId) const
{
    const auto it = m_memberships.constFind(organisationId);
    if (it == m_memberships.cend())
        return std::nullopt;
    for (const Membership& period : *it)
        if (period.covers(m_memberOn))
            return period;
    return std::nullopt;
}

QString OrganisationTableModel::organisationName(qint64 organisationId) const
{
    const int index = m_indexById.value(organisationId, -1);
    return index < 0 ? QString() : m_all[index].name;
}

QList<Organisation> OrganisationTableModel::networkMembers(qint64 networkId) const
{
    // m_all is ordered by name, so the members come out ordered too.
    QList<Organisation> members;
    for (const Organisation& organisation : m_all)
        if (organisation.networkId == networkId)
            members.append(organisation);
    return members;
}

QStringList OrganisationTableModel::regions() const
{
    QStringList regions;
    for (const Organisation& organisation : m_all)
        if (!organisation.region.isEmpty() && !regions.contains(organisation.region))
            regions.append(organisation.region);
    std::sort(regions.begin(), regions.end(), [](const QString& a, const QString& b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    return regions;
}

int OrganisationTableModel::shownMemberCount() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [this](int index) {
        return membershipOn(m_all[index].id).has_value();
    }));
}

} // namespace bilan
