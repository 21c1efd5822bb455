#include "ImportBench.h"

#include "CsvImporter.h"
#include "Database.h"
#include "ExpertRepository.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

namespace bilan::bench {

namespace {

constexpr int Organisations = 300;
constexpr int Experts = 90;

bool seed(Database& db)
{
    Transaction transaction(db);
    for (int i = 0; i < Organisations; ++i) {
        Organisation organisation;
        organisation.name = QStringLiteral("Coopérative numéro %1").arg(i);
        organisation.kind = OrganisationKind::Coop;
        if (!OrganisationRepository(db).add(organisation))
            return false;
    }
    for (int i = 0; i < Experts; ++i) {
        Expert expert;
        expert.name = QStringLiteral("Expert·e %1").arg(i);
        expert.started = QDate(2010, 1, 1);
        if (!ExpertRepository(db).add(expert))
            return false;
    }
    return transaction.commit().ok();
}

} // namespace

// Plausible entries from 2019-04-01 on, one per (expert, day) pair over ten years before any
// pair repeats, so that no day reaches 24 h; durations in the spellings people use.
bool writeHoursCsv(const QString& path, int rows, int experts, int organisations)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream out(&file);
    out << "date,expert,organisation,duration,field,note\n";
    const QStringList durations{QStringLiteral("1.5"),   QStringLiteral("2h"),
                                QStringLiteral("0:45"),  QStringLiteral("1h30"),
                                QStringLiteral("90min"), QStringLiteral("\"3,25\"")};
    QRandomGenerator random(42);
    const QDate first(2019, 4, 1);
    for (int i = 0; i < rows; ++i) {
        const int expert = i % experts;
        const QDate day = first.addDays((i / experts) % 3650);
        out << day.toString(Qt::ISODate) << ",Expert·e " << expert << ",Coopérative numéro "
            << random.bounded(organisations) << ',' << durations.at(i % durations.size())
            << ",Ressources humaines," << (i % 7 == 0 ? "\"suivi, rencontre\"" : "") << '\n';
    }
    return true;
}

int importHours(int rows, int runs, QTextStream& out)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("hours.csv"));
    if (!writeHoursCsv(csv, rows, Experts, Organisations)) {
        out << "cannot write " << csv << '\n';
        return 1;
    }
    std::vector<qint64> times;
    for (int run = 0; run < runs; ++run) {
        const QString path = dir.filePath(QStringLiteral("bench-%1.sqlite").arg(run));
        auto db = Database::open(path);
        if (!db || !seed(**db)) {
            out << "cannot prepare " << path << '\n';
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = CsvImporter(**db).importFile(CsvKind::Hours, csv);
        const qint64 ms = timer.elapsed();
        if (!result.ok()) {
            out << "import failed: " << CsvImporter::describe(csv, result.problems.first()) << '\n';
            return 1;
        }
        const auto count = ServiceEntryRepository(**db).count({});
        times.push_back(ms);
        out << QStringLiteral("import hours: %1 rows in %2 ms (%3 rows/s), %4 in the database\n")
                   .arg(rows)
                   .arg(ms)
                   .arg(ms > 0 ? rows * 1000LL / ms : 0)
                   .arg(count ? *count : -1);
    }
    std::sort(times.begin(), times.end());
    out << QStringLiteral("import hours: median %1 ms over %2 runs\n")
               .arg(times[times.size() / 2])
               .arg(runs);
    return 0;
}

} // namespace bilan::bench
