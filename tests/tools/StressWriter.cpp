// A writer for the robustness tests: adds hour entries to a database the way the window does,
// so that tests can run several at once or kill one half-way.
//
//   bilan_stress_writer DB single|batch COUNT TAG [FIRST_DAY]
//
// single: COUNT entries, each saved on its own (one transaction each), as the Hours page saves.
// batch:  COUNT entries in one transaction, as an import does: all of them or none.
// Each entry's note is "TAG #i". Entries go to the first expert and organisation, one a day
// from FIRST_DAY (ISO date, default 2001-01-01), 30 minutes each. Any error is printed and
// ends the program with status 1: a "database is locked" would show here.

#include "Database.h"
#include "ExpertRepository.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace bilan;

namespace {

int failWith(const QString& message)
{
    QTextStream(stderr) << "bilan_stress_writer: " << message << '\n';
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5)
        return failWith(QStringLiteral("usage: DB single|batch COUNT TAG [FIRST_DAY]"));
    const bool batch = args.at(2) == QLatin1String("batch");
    const int count = args.at(3).toInt();
    const QString tag = args.at(4);
    const QDate first =
        args.size() > 5 ? QDate::fromString(args.at(5), Qt::ISODate) : QDate(2001, 1, 1);
    if (count <= 0 || !first.isValid())
        return failWith(QStringLiteral("bad COUNT or FIRST_DAY"));

    auto database = Database::open(args.at(1));
    if (!database)
        return failWith(database.message());
    Database& db = **database;
    auto experts = ExpertRepository(db).all();
    auto organisations = OrganisationRepository(db).all();
    if (!experts || experts->isEmpty() || !organisations || organisations->isEmpty())
        return failWith(QStringLiteral("the database needs an expert and an organisation"));

    ServiceEntryRepository entries(db);
    std::unique_ptr<Transaction> transaction;
    if (batch) {
        transaction = std::make_unique<Transaction>(db);
        if (!transaction->begun())
            return failWith(transaction->begun().message());
    }
    for (int i = 0; i < count; ++i) {
        ServiceEntry entry;
        entry.date = first.addDays(i);
        entry.expertId = experts->first().id;
        entry.organisationId = organisations->first().id;
        entry.minutes = 30;
        entry.note = QStringLiteral("%1 #%2").arg(tag).arg(i);
        auto added = entries.add(entry);
        if (!added)
            return failWith(added.message());
    }
    if (transaction) {
        const Status committed = transaction->commit();
        if (!committed)
            return failWith(committed.message());
    }
    return 0;
}
