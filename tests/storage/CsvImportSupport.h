#pragma once

// Helpers shared by the CSV import tests (CsvImport*Test.cpp, CsvRoundTripTest.cpp).

#include "CsvImporter.h"
#include "ExpertRepository.h"
#include "OrganisationRepository.h"
#include "SqlSupport.h"

#include <QBuffer>

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace bilan::test {

inline ImportResult importCsv(Database& db, CsvKind kind, const QByteArray& bytes,
                              bool dryRun = false)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.dryRun = dryRun;
    return CsvImporter(db).import(kind, buffer, options);
}

inline ImportResult importCsv(Database& db, CsvKind kind, const QString& text, bool dryRun = false)
{
    return importCsv(db, kind, text.toUtf8(), dryRun);
}

// Every problem as "line: column: message", for failure messages.
inline std::string describeAll(const ImportResult& result)
{
    std::string text;
    for (const ImportProblem& problem : result.problems)
        text += CsvImporter::describe(QStringLiteral("f"), problem).toStdString() + "\n";
    return text;
}

// (line, column) of every problem, in the order reported.
inline std::vector<std::pair<int, std::string>> where(const ImportResult& result)
{
    std::vector<std::pair<int, std::string>> places;
    for (const ImportProblem& problem : result.problems)
        places.emplace_back(problem.line, problem.column.toStdString());
    return places;
}

inline std::string messageAt(const ImportResult& result, int index)
{
    return index < result.problems.size()
               ? result.problems.at(index).message.toStdString()
               : std::string("<no problem ") + std::to_string(index) + ">";
}

// Table names are constants of the tests, never input.
inline qint64 rowCount(Database& db, const char* table)
{
    auto query = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    if (!query || !query->next()) {
        ADD_FAILURE() << "cannot count " << table;
        return -1;
    }
    return query->value(0).toLongLong();
}

inline qint64 addOrganisation(Database& db, const QString& name,
                              OrganisationKind kind = OrganisationKind::Coop)
{
    Organisation organisation;
    organisation.name = name;
    organisation.kind = kind;
    auto id = OrganisationRepository(db).add(organisation);
    if (!id) {
        ADD_FAILURE() << id.message().toStdString();
        return 0;
    }
    return *id;
}

inline qint64 addExpert(Database& db, const QString& name, QDate started = QDate(2010, 1, 1))
{
    Expert expert;
    expert.name = name;
    expert.started = started;
    auto id = ExpertRepository(db).add(expert);
    if (!id) {
        ADD_FAILURE() << id.message().toStdString();
        return 0;
    }
    return *id;
}

} // namespace bilan::test
