#pragma once

#include "Database.h"
#include "Enums.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace bilan {

// What the mandate form holds: names as typed, so a new director is created on save and the
// organisation is found by its name.
struct MandateInput
{
    QString director;
    QString organisation;
    BoardRole role = BoardRole::Director;
    QDate started;
    // Invalid while the mandate is ongoing.
    QDate ended;
    // Represents no organisation (a supporting member sitting as an individual): `organisation`
    // is then ignored. Otherwise an empty `organisation` is refused.
    bool individualMember = false;
};

// Turns the names of the mandate form into a stored mandate: finds the organisation
// (OrganisationMatcher::resolve: its exact name or a few letters that point to it alone), finds
// or creates the director, and adds or updates the mandate, all in one transaction. Errors name the
// form's field (director, organisation, role, started, ended).
class MandateWriter
{
    Q_DECLARE_TR_FUNCTIONS(bilan::MandateWriter)

public:
    explicit MandateWriter(Database& database) : m_db(database) {}

    // `mandateId` 0 adds a mandate; the mandate's id either way.
    // `loaded`: the version of the mandate the form showed (RowVersion); a change is refused
    // when another desk changed the mandate since. Invalid for a new one (or not checked).
    Result<qint64> write(qint64 mandateId, const MandateInput& input, const QDateTime& loaded = {});
    // 0 for an empty name: no organisation.
    Result<qint64> organisationId(const QString& typed);

    // The repository names the director's field after its CSV column ("name").
    static QString formField(const QString& field);

private:
    Database& m_db;
};

} // namespace bilan
