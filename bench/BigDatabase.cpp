#include "BigDatabase.h"

#include "Database.h"
#include "ExpertRepository.h"
#include "FinanceRepository.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"
#include "SurveyRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <vector>

namespace bilan::bench {

namespace {

constexpr int Organisations = BigOrganisations;
constexpr int Experts = BigExperts;
constexpr int FirstYear = BigFirstYear;
constexpr int Years = BigYears;

} // namespace

bool seedPeople(Database& db)
{
    Transaction transaction(db);
    for (int i = 0; i < Organisations; ++i) {
        Organisation organisation;
        organisation.name = QStringLiteral("Coopérative numéro %1").arg(i);
        organisation.kind = OrganisationKind::Coop;
        auto id = OrganisationRepository(db).add(organisation);
        if (!id)
            return false;
        // One in four is a member, some of them for a few years only.
        if (i % 4 == 0) {
            Membership membership;
            membership.organisationId = *id;
            membership.joined = QDate(FirstYear - 1 + i % 7, 4 + i % 9, 1);
            if (i % 3 == 0)
                membership.left = membership.joined.addYears(3);
            if (!MembershipRepository(db).add(membership))
                return false;
        }
    }
    for (int i = 0; i < Experts; ++i) {
        Expert expert;
        expert.name = QStringLiteral("Expert·e %1").arg(i);
        expert.role = static_cast<ExpertRole>(i % 3);
        expert.started = QDate(2010, 1, 1);
        expert.birthYear = 1960 + i % 35;
        if (!ExpertRepository(db).add(expert))
            return false;
    }
    for (int year = FirstYear; year < FirstYear + Years + 1; ++year) {
        for (FinanceKind kind : allValues<FinanceKind>()) {
            for (Scenario scenario : allValues<Scenario>()) {
                FinanceLine line;
                line.fiscalYear = year;
                line.scenario = scenario;
                line.kind = kind;
                line.amountCents = 100'000'000 + year * 1000 + static_cast<int>(kind);
                if (!FinanceRepository(db).add(line))
                    return false;
            }
        }
        if (!SurveyRepository(db).add(Survey{0, year, 200, 180, {}, {}}))
            return false;
    }
    return transaction.commit().ok();
}

namespace {

// Every (expert, day) pair of the ten years gets its entries before any pair gets another, so
// that no expert's day passes 24 h (at most 3 entries of at most 240 minutes). One bulk write,
// as the import makes it.
bool seedEntries(Database& db, int count, QTextStream& out)
{
    const QDate first(FirstYear, 4, 1);
    const int days = static_cast<int>(first.daysTo(QDate(FirstYear + Years, 3, 31))) + 1;
    const int pairs = days * Experts;
    QElapsedTimer timer;
    timer.start();
    std::vector<ServiceEntryRepository::CheckedRow> rows;
    rows.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        const int pair = i % pairs;
        ServiceEntryRepository::CheckedRow row;
        row.date = first.addDays(pair / Experts);
        row.expertId = 1 + pair % Experts;
        row.organisationId = 1 + static_cast<qint64>((i * 7919LL) % Organisations);
        row.minutes = 15 + static_cast<int>((i * 37LL) % 226);
        rows.push_back(row);
    }
    Transaction transaction(db);
    if (auto written = ServiceEntryRepository(db).insertChecked(rows); !written) {
        out << "insert failed: " << written.message() << '\n';
        return false;
    }
    if (!transaction.commit())
        return false;
    out << QStringLiteral("built %1 entries in %2 s\n").arg(count).arg(timer.elapsed() / 1000.0);
    return true;
}

} // namespace

bool ensureBigDatabase(const QString& path, int entries, QTextStream& out)
{
    if (QFileInfo::exists(path))
        return true;
    auto database = Database::open(path);
    if (!database || !seedPeople(**database) || !seedEntries(**database, entries, out)) {
        out << "cannot build " << path << ' ' << (database ? QString() : database.message())
            << '\n';
        QFile::remove(path);
        return false;
    }
    return true;
}

} // namespace bilan::bench
