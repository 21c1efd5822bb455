#pragma once

#include "Database.h"
#include "Organisation.h"
#include "Result.h"

#include <QAbstractListModel>
#include <QList>
#include <QStringList>

namespace bilan {

// Finds organisations from a few letters typed at the desk, ignoring accents and letter case:
// every typed word must appear in some word of the name ("coop rucher" finds « Coopérative Le
// Rucher »). Names that start with what was typed come first, then names whose words start
// with the typed words, then the rest; alphabetical within each.
class OrganisationMatcher
{
public:
    OrganisationMatcher() = default;
    explicit OrganisationMatcher(const QList<Organisation>& organisations);

    void setOrganisations(const QList<Organisation>& organisations);
    // Reads every organisation (one repository call).
    Status load(Database& database);
    int size() const { return static_cast<int>(m_candidates.size()); }

    // Nothing typed: the first `limit` names. limit < 0: no limit.
    QList<Organisation> match(const QString& typed, int limit) const;

    // The words of a name or of what was typed, folded by Parsing::searchKey.
    static QStringList words(const QString& text);

private:
    struct Candidate
    {
        Organisation organisation;
        QString key;
        QStringList words;
    };
    QList<Candidate> m_candidates;
};

// The matches as a list a QCompleter can show. Give the completer
// QCompleter::UnfilteredPopupCompletion (the filtering is done here, not by prefix) and call
// setTyped() as the text is edited.
class OrganisationMatchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };
    static constexpr int DefaultLimit = 20;

    explicit OrganisationMatchModel(QObject* parent = nullptr);

    void setOrganisations(const QList<Organisation>& organisations);
    // Reads every organisation again; a failure is reported and keeps the previous names.
    bool load(Database& database);
    void setLimit(int limit);
    void setTyped(const QString& typed);
    const QString& typed() const { return m_typed; }
    const Organisation* organisationAt(int row) const;
    const QString& lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString& message, const QString& field);

private:
    void refresh();

    OrganisationMatcher m_matcher;
    QList<Organisation> m_matches;
    QString m_typed;
    int m_limit = DefaultLimit;
    QString m_lastError;
};

} // namespace bilan
