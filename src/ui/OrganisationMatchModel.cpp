#include "OrganisationMatchModel.h"

#include "OrganisationRepository.h"

namespace bilan {

OrganisationMatchModel::OrganisationMatchModel(QObject* parent) : QAbstractListModel(parent) {}

void OrganisationMatchModel::setOrganisations(const QList<Organisation>& organisations)
{
    m_matcher.setOrganisations(organisations);
    refresh();
}

bool OrganisationMatchModel::load(Database& database)
{
    auto organisations = OrganisationRepository(database).all();
    if (!organisations) {
        m_lastError = organisations.message();
        emit errorOccurred(organisations.message(), organisations.error().field);
        return false;
    }
    m_lastError.clear();
    setOrganisations(*organisations);
    return true;
}

void OrganisationMatchModel::setLimit(int limit)
{
    m_limit = limit;
    refresh();
}

void OrganisationMatchModel::setTyped(const QString& typed)
{
    m_typed = typed;
    refresh();
}

void OrganisationMatchModel::refresh()
{
    beginResetModel();
    m_matches = m_matcher.match(m_typed, m_limit);
    endResetModel();
}

const Organisation* OrganisationMatchModel::organisationAt(int row) const
{
    if (row < 0 || row >= m_matches.size())
        return nullptr;
    return &m_matches.at(row);
}

int OrganisationMatchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_matches.size());
}

QVariant OrganisationMatchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Organisation& organisation = m_matches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return organisation.name;
    case IdRole:
        return organisation.id;
    default:
        return {};
    }
}

} // namespace bilan
