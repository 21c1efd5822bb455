#pragma once

#include "Database.h"
#include "Expert.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace bilan {

// Experts and their fields of expertise (see FieldRepository). Names are unique (ignoring case
// and repeated spaces).
class ExpertRepository
{
    Q_DECLARE_TR_FUNCTIONS(bilan::ExpertRepository)

public:
    explicit ExpertRepository(Database& database) : m_db(database) {}

    // Errors name the CSV column at fault (name, role, fields, gender, birth_year, started,
    // ended).
    Result<qint64> add(const Expert& expert);
    // Refused when another desk changed the expert since `expert.updatedAt` (RowVersion); an
    // invalid version (an import) is not checked.
    Status update(const Expert& expert);
    // Refused while hours refer to the expert, and when it changed since `loaded`.
    Status remove(qint64 id, const QDateTime& loaded = {});

    Result<Expert> get(qint64 id);
    Result<std::optional<Expert>> findByName(const QString& name);
    // Ordered by name, with their fields in the order given.
    Result<QList<Expert>> all();
    Result<QList<Expert>> activeOn(QDate day);

    // Over the experts active on a fiscal year's last day: the sum of their ages that day
    // (the day's year minus the birth year) and how many gave a birth year, how many gave a
    // gender and how many of those are women. The report's human-capital figures; on a server
    // every role gets them, though only the director reads the rows (ServerRoles).
    struct PersonalAggregates
    {
        qint64 ageSum = 0;
        int withAge = 0;
        int withGender = 0;
        int women = 0;
    };
    Result<PersonalAggregates> personalAggregates(QDate lastDay);

private:
    Status check(const Expert& expert);
    Status writeFields(qint64 expertId, const QStringList& fields);
    Database& m_db;
};

} // namespace bilan
