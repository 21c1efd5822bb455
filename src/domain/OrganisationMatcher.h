#pragma once

#include "Organisation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace bilan {

// Which organisation a typed name stands for, or why it stands for none.
struct OrganisationChoice
{
    enum class Outcome
    {
        Found,
        NothingTyped,
        NoMatch,
        Ambiguous,
    };

    Outcome outcome = Outcome::NothingTyped;
    // Set when found.
    Organisation organisation;
    // When ambiguous: the organisations the text could mean, best first.
    QList<Organisation> candidates;
    // What to tell the user, translated; empty when found.
    QString message;

    bool found() const { return outcome == Outcome::Found; }
};

// Finds organisations from a few letters typed at the desk, ignoring accents and letter case:
// every typed word must appear in some word of the name ("coop rucher" finds « Coopérative Le
// Rucher »). Names that start with what was typed come first, then names whose words start
// with the typed words, then the rest; alphabetical within each.
class OrganisationMatcher
{
    Q_DECLARE_TR_FUNCTIONS(bilan::OrganisationMatcher)

public:
    OrganisationMatcher() = default;
    explicit OrganisationMatcher(const QList<Organisation>& organisations);

    void setOrganisations(const QList<Organisation>& organisations);
    int size() const { return static_cast<int>(m_candidates.size()); }

    // Nothing typed: the first `limit` names. limit < 0: no limit.
    QList<Organisation> match(const QString& typed, int limit) const;

    // The one rule every form and command uses to turn a typed name into an organisation: the
    // name typed exactly (spaces, letter case and then accents aside), else the only one the
    // text matches. Two names that differ only by their accents are told apart by the accents
    // typed, and stay ambiguous when the text has none.
    OrganisationChoice resolve(const QString& typed) const;

    // The words of a name or of what was typed, folded by Parsing::searchKey.
    static QStringList words(const QString& text);

private:
    struct Candidate
    {
        Organisation organisation;
        // The words joined, for ordering and for "starts with what was typed".
        QString key;
        QStringList words;
        // For resolve(): the name exactly, letter case aside; and accents aside too.
        QString nameKey;
        QString searchKey;
    };
    QList<Candidate> m_candidates;
};

} // namespace bilan
