#include "OrganisationMatcher.h"

#include "OrganisationRepository.h"
#include "Parsing.h"

#include <algorithm>

namespace bilan {

namespace {

enum class Rank
{
    StartsWithTyped,
    WordPrefixes,
    Contained,
    NoMatch
};

Rank rank(const QStringList& nameWords, const QString& joinedName, const QStringList& typedWords,
          const QString& joinedTyped)
{
    bool allPrefixes = true;
    for (const QString& typed : typedWords) {
        bool prefix = false;
        bool contained = false;
        for (const QString& word : nameWords) {
            if (word.startsWith(typed)) {
                prefix = true;
                break;
            }
            contained = contained || word.contains(typed);
        }
        if (!prefix && !contained)
            return Rank::NoMatch;
        allPrefixes = allPrefixes && prefix;
    }
    if (joinedName.startsWith(joinedTyped))
        return Rank::StartsWithTyped;
    return allPrefixes ? Rank::WordPrefixes : Rank::Contained;
}

} // namespace

OrganisationMatcher::OrganisationMatcher(const QList<Organisation>& organisations)
{
    setOrganisations(organisations);
}

QStringList OrganisationMatcher::words(const QString& text)
{
    // Punctuation separates words too: "L'Atelier" is "l" and "atelier".
    const QString key = Parsing::searchKey(text);
    QStringList result;
    QString word;
    for (QChar c : key) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            result.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        result.append(word);
    return result;
}

void OrganisationMatcher::setOrganisations(const QList<Organisation>& organisations)
{
    m_candidates.clear();
    m_candidates.reserve(organisations.size());
    for (const Organisation& organisation : organisations) {
        Candidate candidate{organisation, {}, words(organisation.name)};
        candidate.key = candidate.words.join(QLatin1Char(' '));
        m_candidates.append(std::move(candidate));
    }
    // Alphabetical once here, so that each match only has to group by rank.
    std::stable_sort(m_candidates.begin(), m_candidates.end(),
                     [](const Candidate& a, const Candidate& b) {
                         if (a.key != b.key)
                             return a.key < b.key;
                         return a.organisation.name < b.organisation.name;
                     });
}

Status OrganisationMatcher::load(Database& database)
{
    auto organisations = OrganisationRepository(database).all();
    if (!organisations)
        return organisations.error();
    setOrganisations(*organisations);
    return {};
}

QList<Organisation> OrganisationMatcher::match(const QString& typed, int limit) const
{
    const QStringList typedWords = words(typed);
    const QString joinedTyped = typedWords.join(QLatin1Char(' '));
    QList<QPair<Rank, int>> found;
    for (int i = 0; i < m_candidates.size(); ++i) {
        const Candidate& candidate = m_candidates.at(i);
        const Rank r = rank(candidate.words, candidate.key, typedWords, joinedTyped);
        if (r != Rank::NoMatch)
            found.append({r, i});
    }
    // Stable: candidates are already alphabetical within a rank.
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    if (limit >= 0 && found.size() > limit)
        found.resize(limit);
    QList<Organisation> result;
    result.reserve(found.size());
    for (const auto& [r, i] : found)
        result.append(m_candidates.at(i).organisation);
    return result;
}

OrganisationMatchModel::OrganisationMatchModel(QObject* parent) : QAbstractListModel(parent) {}

void OrganisationMatchModel::setOrganisations(const QList<Organisation>& organisations)
{
    m_matcher.setOrganisations(organisations);
    refresh();
}

bool OrganisationMatchModel::load(Database& database)
{
    if (auto loaded = m_matcher.load(database); !loaded) {
        m_lastError = loaded.message();
        emit errorOccurred(loaded.message(), loaded.error().field);
        return false;
    }
    m_lastError.clear();
    refresh();
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
