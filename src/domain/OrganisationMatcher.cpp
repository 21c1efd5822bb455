#include "OrganisationMatcher.h"

#include "Parsing.h"
#include "VisibleText.h"

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
        Candidate candidate{organisation,
                            {},
                            words(organisation.name),
                            Parsing::nameKey(organisation.name),
                            Parsing::searchKey(organisation.name)};
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

OrganisationChoice OrganisationMatcher::resolve(const QString& typed) const
{
    OrganisationChoice choice;
    const QString name = Parsing::cleanName(typed);
    if (name.isEmpty()) {
        choice.message = tr("Type a few letters of the organisation's name.");
        return choice;
    }
    const QString nameKey = Parsing::nameKey(name);
    const QString searchKey = Parsing::searchKey(name);
    QList<Organisation> sameLetters;
    for (const Candidate& candidate : m_candidates) {
        if (candidate.nameKey == nameKey) {
            choice.outcome = OrganisationChoice::Outcome::Found;
            choice.organisation = candidate.organisation;
            return choice;
        }
        if (candidate.searchKey == searchKey)
            sameLetters.append(candidate.organisation);
    }
    if (sameLetters.size() == 1) {
        choice.outcome = OrganisationChoice::Outcome::Found;
        choice.organisation = sameLetters.first();
        return choice;
    }
    // Punctuation alone names nothing (match() would take it for nothing typed and list all).
    const QList<Organisation> matches =
        words(name).isEmpty() ? QList<Organisation>() : match(name, -1);
    if (matches.size() == 1) {
        choice.outcome = OrganisationChoice::Outcome::Found;
        choice.organisation = matches.first();
    } else if (matches.isEmpty()) {
        choice.outcome = OrganisationChoice::Outcome::NoMatch;
        choice.message = tr("No organisation matches \"%1\".").arg(VisibleText::of(name));
    } else {
        choice.outcome = OrganisationChoice::Outcome::Ambiguous;
        choice.candidates = matches;
        choice.message = tr("%n organisations match \"%1\": choose one in the list.", nullptr,
                            static_cast<int>(matches.size()))
                             .arg(VisibleText::of(name));
    }
    return choice;
}

} // namespace bilan
