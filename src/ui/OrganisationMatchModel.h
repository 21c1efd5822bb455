#pragma once

#include "Database.h"
#include "OrganisationMatcher.h"

#include <QAbstractListModel>
#include <QList>

namespace bilan {

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
