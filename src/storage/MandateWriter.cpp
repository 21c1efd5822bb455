#include "MandateWriter.h"

#include "BoardRepository.h"
#include "OrganisationMatcher.h"
#include "OrganisationRepository.h"
#include "SqlSupport.h"

namespace bilan {

QString MandateWriter::formField(const QString& field)
{
    return field == QLatin1String("name") ? QStringLiteral("director") : field;
}

Result<qint64> MandateWriter::write(qint64 mandateId, const MandateInput& input,
                                    const QDateTime& loaded)
{
    const QString director = input.director.simplified();
    if (director.isEmpty())
        return fail(tr("the director's name is required"), QStringLiteral("director"));

    // A director typed for the first time is created with the mandate, or not at all.
    return sql::inTransaction(m_db, [&]() -> Result<qint64> {
        const QString typed = input.organisation.simplified();
        if (!input.individualMember && typed.isEmpty())
            return fail(tr("the organisation the director represents is required (or tick "
                           "\"individual member\")"),
                        QStringLiteral("organisation"));
        auto organisation =
            input.individualMember ? Result<qint64>(qint64(0)) : organisationId(typed);
        if (!organisation)
            return organisation.error();
        BoardRepository board(m_db);
        auto directorId = board.directorIdFor(director);
        if (!directorId)
            return relabel(directorId.error(), formField(directorId.error().field));

        BoardMandate mandate;
        mandate.id = mandateId;
        mandate.directorId = *directorId;
        mandate.organisationId = *organisation;
        mandate.role = input.role;
        mandate.started = input.started;
        mandate.ended = input.ended;
        mandate.updatedAt = loaded;
        qint64 id = mandateId;
        if (id == 0) {
            auto added = board.addMandate(mandate);
            if (!added)
                return relabel(added.error(), formField(added.error().field));
            id = *added;
        } else if (auto updated = board.updateMandate(mandate); !updated) {
            return relabel(updated.error(), formField(updated.error().field));
        }
        return id;
    });
}

Result<qint64> MandateWriter::organisationId(const QString& typed)
{
    // Left empty: an individual member who represents no organisation.
    if (typed.trimmed().isEmpty())
        return qint64(0);
    auto organisations = OrganisationRepository(m_db).all();
    if (!organisations)
        return organisations.error();
    // A few letters that point to one organisation only are enough.
    const OrganisationChoice choice = OrganisationMatcher(*organisations).resolve(typed);
    if (!choice.found())
        return fail(choice.message, QStringLiteral("organisation"));
    return choice.organisation.id;
}

} // namespace bilan
