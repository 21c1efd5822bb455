// The hours import: the one kind whose files are large (a year is ~40 000 rows, a history
// 1 000 000). Rows are checked in memory against names loaded once, the experts' day totals
// are checked across the whole file and the database at the end, then every row is written
// through one prepared statement. The rules are the domain's, as for a single entry.

#include "CsvRowImporter.h"
#include "ExpertRepository.h"
#include "FieldRepository.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"
#include "SettingsRepository.h"
#include "Validation.h"

#include <QHash>

namespace bilan {

namespace {

const QString DateColumn = QStringLiteral("date");
const QString ExpertColumn = QStringLiteral("expert");
const QString OrganisationColumn = QStringLiteral("organisation");
const QString DurationColumn = QStringLiteral("duration");
const QString FieldColumn = QStringLiteral("field");
const QString NoteColumn = QStringLiteral("note");

class HoursImporter : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(bilan::HoursImporter)

public:
    using RowImporter::RowImporter;

    void begin() override
    {
        auto organisations = OrganisationRepository(m_db).all();
        auto experts = ExpertRepository(m_db).all();
        auto fields = FieldRepository(m_db).idsByKey();
        auto closed = SettingsRepository(m_db).closedYears();
        for (const Error* error :
             {organisations ? nullptr : &organisations.error(),
              experts ? nullptr : &experts.error(), fields ? nullptr : &fields.error(),
              closed ? nullptr : &closed.error()}) {
            if (error) {
                report(0, *error);
                return;
            }
        }
        for (const Organisation& organisation : *organisations)
            m_organisations.insert(Parsing::nameKey(organisation.name), organisation.id);
        for (const Expert& expert : *experts)
            m_experts.insert(Parsing::nameKey(expert.name), expert.id);
        m_fields = *fields;
        m_closed = *closed;
    }

    void row(const CsvRow& row) override
    {
        const auto day = date(row, DateColumn);
        const auto expert = lookup(row, ExpertColumn, m_experts, m_seenExperts);
        const auto organisation =
            lookup(row, OrganisationColumn, m_organisations, m_seenOrganisations);
        const auto minutes =
            take(row, Parsing::duration(row.value(DurationColumn)), DurationColumn);
        if (!day || !minutes)
            return;

        ServiceEntry entry;
        entry.date = *day;
        entry.minutes = *minutes;
        entry.field = row.value(FieldColumn).simplified();
        entry.note = row.raw(NoteColumn);
        // Checked even when a name is unknown, so the row's every problem is reported at once.
        const bool valid = accept(row, Validation::serviceEntry(entry));
        if (!valid || !expert || !organisation)
            return;
        entry.expertId = *expert;
        entry.organisationId = *organisation;
        for (const FiscalYear& year : std::as_const(m_closed)) {
            if (year.contains(entry.date)) {
                report(row, Validation::closedYear(year, DateColumn));
                return;
            }
        }
        if (!m_first.isValid() || entry.date < m_first)
            m_first = entry.date;
        if (!m_last.isValid() || entry.date > m_last)
            m_last = entry.date;
        m_entries.append(std::move(entry));
        m_lines.append(row.line());
    }

    void end() override
    {
        if (m_entries.isEmpty())
            return;
        ServiceEntryRepository repository(m_db);
        auto totals = repository.dayTotalsAll(m_first, m_last);
        if (!totals) {
            report(0, totals.error());
            return;
        }
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            const ServiceEntry& entry = m_entries.at(i);
            int& total = (*totals)[qMakePair(entry.expertId, entry.date)];
            accept(m_lines.at(i), Validation::dayTotal(entry.date, total, entry.minutes));
            total += entry.minutes;
        }
        if (!m_result.problems.isEmpty())
            return;
        if (auto written = repository.insertChecked(m_entries, m_fields); !written)
            report(0, written.error());
    }

private:
    // Names repeat on most rows: `seen` remembers each spelling met, so its key is computed once.
    std::optional<qint64> lookup(const CsvRow& row, const QString& column,
                                 const QHash<QString, qint64>& ids, QHash<QString, qint64>& seen)
    {
        const QString name = row.value(column);
        if (const auto known = seen.constFind(name); known != seen.constEnd())
            return *known;
        const auto found = ids.constFind(Parsing::nameKey(name));
        if (found != ids.constEnd()) {
            seen.insert(name, *found);
            return *found;
        }
        if (name.isEmpty())
            report(row,
                   fail(column == ExpertColumn ? tr("an expert is required")
                                               : tr("an organisation is required")),
                   column);
        else if (column == ExpertColumn)
            report(row,
                   fail(tr("no expert named \"%1\"; add the expert or import the experts "
                           "first")
                            .arg(name)),
                   column);
        else
            report(row,
                   fail(tr("no organisation named \"%1\"; add it or import the "
                           "organisations first")
                            .arg(name)),
                   column);
        return std::nullopt;
    }

    void accept(int line, const Status& status)
    {
        if (!status)
            report(line, status.error());
    }
    using RowImporter::accept;

    QHash<QString, qint64> m_organisations;
    QHash<QString, qint64> m_experts;
    QHash<QString, qint64> m_seenOrganisations;
    QHash<QString, qint64> m_seenExperts;
    QHash<QString, qint64> m_fields;
    QList<FiscalYear> m_closed;
    QList<ServiceEntry> m_entries;
    QList<int> m_lines;
    QDate m_first;
    QDate m_last;
};

} // namespace

std::unique_ptr<RowImporter> makeHoursImporter(Database& database, ImportResult& result)
{
    return std::make_unique<HoursImporter>(database, result);
}

} // namespace bilan
