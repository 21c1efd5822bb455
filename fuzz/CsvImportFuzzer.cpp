// libFuzzer target for the CSV import (scripts/fuzz.sh runs it; docs/robustness.md).
//
// Input: the first byte picks the kind of file (its value modulo the number of kinds, 11, in
// CsvFormat::kinds() order) and whether the import really writes (bit 0 of value / 11, i.e.
// 0-10 dry run, 11-21 real, ...); the other bytes are the file. Every input runs against one
// database created once per process and filled with a few organisations, experts, directors and
// meetings, so that the kinds which refer to others get past the name lookups. A real import runs
// inside an outer transaction that is rolled back (the importer's own transaction becomes a
// savepoint), so every input sees the same database and nothing is reopened.
//
// Beyond crashes, hangs, leaks and undefined behaviour (the sanitizers), it aborts when the
// result breaks the importer's contract: a problem without a message or with a negative line, a
// file written although it had problems or was a dry run, a clean real import not written, a
// database changed once the input is done, or progress that goes backwards or past the end.

#include "CsvFormat.h"
#include "CsvImporter.h"
#include "Database.h"
#include "FiscalYear.h"
#include "SettingsRepository.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace bilan;

namespace {

struct FuzzState
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> db;
    qint64 rows = 0;
};

FuzzState* state = nullptr;

[[noreturn]] void die(const char* what, const QString& detail = {})
{
    std::fprintf(stderr, "CsvImportFuzzer: %s %s\n", what, qPrintable(detail));
    std::abort();
}

void seed(Database& db, CsvKind kind, const char* csv)
{
    QByteArray bytes(csv);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const ImportResult result = CsvImporter(db).import(kind, buffer);
    if (!result.written) {
        QString problems;
        for (const ImportProblem& problem : result.problems)
            problems += CsvImporter::describe(CsvFormat::key(kind), problem) + u'\n';
        die("the seed data did not import:", problems);
    }
}

// A small cooperative: the names the seed corpus (tests/fuzz-corpus) refers to.
void fill(Database& db)
{
    seed(db, CsvKind::Organisations,
         "name,kind,region,sector,network\n"
         "Réseau Coop,network,Montréal,,\n"
         "Coop du Rucher,coop,Estrie,agri,Réseau Coop\n"
         "Mutuelle,mutual,,,\n");
    seed(db, CsvKind::Experts,
         "name,role,fields,region,gender,birth_year,started,ended\n"
         "Awa Diallo,professional,HR|Legal,Estrie,F,1980,2015-04-01,\n"
         "李伟,trainer,,,,,2018-01-01,\n");
    seed(db, CsvKind::Board,
         "name,organisation,role,started,ended\n"
         "Marie Tremblay,Coop du Rucher,president,2018-06-01,\n"
         "Jean Roy,Mutuelle,director,2018-06-01,\n");
    seed(db, CsvKind::Meetings,
         "date,kind,title\n2019-06-15,agm,Assemblée générale\n2019-09-10,board,\n");
    // Who was there, so that resolutions can be moved and seconded.
    seed(db, CsvKind::Attendance,
         "date,kind,director,status\n2019-06-15,agm,Marie Tremblay,present\n"
         "2019-06-15,agm,Jean Roy,present\n2019-09-10,board,Marie Tremblay,present\n"
         "2019-09-10,board,Jean Roy,excused\n");
    // A closed year, so that rows dated in it take the refusal path.
    if (!SettingsRepository(db).closeYear(FiscalYear(2016)))
        die("cannot close the fiscal year 2016-2017");
}

// The rows of every table: a dry run or a rolled-back import must leave it as it was.
qint64 countRows(Database& db)
{
    static const char* const tables[] = {
        "activities",    "attendance",    "board_mandates", "closed_years",    "directors",
        "expert_fields", "experts",       "fields",         "finance_lines",   "meetings",
        "memberships",   "organisations", "report_texts",   "service_entries", "settings",
        "surveys",       "agenda_items",  "resolutions"};
    QString sql = QStringLiteral("SELECT 0");
    for (const char* table : tables)
        sql += QStringLiteral(" + (SELECT count(*) FROM %1)").arg(QLatin1String(table));
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        die("cannot count the rows:", sql);
    return query.value(0).toLongLong();
}

void check(const ImportResult& result, bool dryRun)
{
    for (const ImportProblem& problem : result.problems) {
        if (problem.message.trimmed().isEmpty())
            die("a problem without a message, line", QString::number(problem.line));
        if (problem.line < 0)
            die("a problem with a negative line:", problem.message);
    }
    if (result.rows < 0)
        die("a negative row count");
    if (result.written && (dryRun || !result.problems.isEmpty()))
        die("written although it was a dry run or had problems");
    if (!dryRun && result.problems.isEmpty() && !result.written)
        die("a clean import that was not written");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    state = new FuzzState;
    state->app = std::make_unique<QCoreApplication>(*argc, *argv);
    // The importer logs each import it commits; at thousands of inputs a second that is noise.
    spdlog::set_level(spdlog::level::off);
    state->dir = std::make_unique<QTemporaryDir>();
    if (!state->dir->isValid())
        die("cannot create a temporary folder");
    auto opened = Database::open(state->dir->filePath(QStringLiteral("fuzz.bilan")));
    if (!opened)
        die("cannot create the database:", opened.message());
    state->db = std::move(opened.value());
    fill(*state->db);
    state->rows = countRows(*state->db);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QList<CsvKind> kinds = CsvFormat::kinds();
    const CsvKind kind = kinds.at(data[0] % kinds.size());
    const bool dryRun = (data[0] / kinds.size()) % 2 == 0;

    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data) + 1,
                                               static_cast<qsizetype>(size - 1));
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        die("cannot open the buffer");

    Database& db = *state->db;
    ImportOptions options;
    options.dryRun = dryRun;
    // Progress only moves forward and never past the size of the file.
    qint64 lastDone = 0;
    options.progress = [&lastDone](qint64 done, qint64 total) {
        if (done < lastDone || (total > 0 && done > total))
            die("progress went backwards or past the end:", QString::number(done));
        lastDone = done;
    };
    if (dryRun) {
        check(CsvImporter(db).import(kind, buffer, options), dryRun);
    } else {
        // Rolled back when it goes out of scope: the next input sees the seeded database again.
        Transaction outer(db);
        if (!outer.begun())
            die("cannot begin the outer transaction:", outer.begun().message());
        check(CsvImporter(db).import(kind, buffer, options), dryRun);
    }
    if (countRows(db) != state->rows)
        die("the database changed after a dry run or a rolled-back import");
    return 0;
}
