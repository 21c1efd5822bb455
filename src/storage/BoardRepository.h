#pragma once

#include "Board.h"
#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace bilan {

// Directors and their board mandates. Director names are unique (ignoring case and repeated
// spaces). One director's mandates never overlap.
class BoardRepository
{
    Q_DECLARE_TR_FUNCTIONS(bilan::BoardRepository)

public:
    explicit BoardRepository(Database& database) : m_db(database) {}

    Result<qint64> addDirector(const QString& name);
    // The director's id, the director created when new.
    Result<qint64> directorIdFor(const QString& name);
    // Refused when another desk changed the director since `loaded` (RowVersion; invalid: not
    // checked).
    Status renameDirector(qint64 id, const QString& name, const QDateTime& loaded = {});
    Result<Director> director(qint64 id);
    Result<std::optional<Director>> findDirector(const QString& name);
    // Ordered by name.
    Result<QList<Director>> directors();

    // Errors name the CSV column at fault (name, organisation, role, started, ended).
    Result<qint64> addMandate(const BoardMandate& mandate);
    // Refused when another desk changed the mandate since `mandate.updatedAt` (RowVersion).
    Status updateMandate(const BoardMandate& mandate);
    // Refused when another desk changed the mandate since `loaded` (invalid: not checked).
    Status removeMandate(qint64 id, const QDateTime& loaded = {});
    Result<BoardMandate> mandate(qint64 id);
    // Ordered by started, then director name.
    Result<QList<BoardMandate>> mandates();
    Result<QList<BoardMandate>> mandatesOf(qint64 directorId);
    // The mandates in force on `day` (one per director), ordered by role then name.
    Result<QList<BoardMandate>> inOfficeOn(QDate day);

private:
    Status checkMandate(const BoardMandate& mandate);
    Database& m_db;
};

} // namespace bilan
