// The hours import: the one kind whose files are large (a year is ~40 000 rows, a history
// 1 000 000). Rows are checked in memory against names loaded once, the experts' day totals
// are checked across the whole file and the database at the end, then every row is written
// through one prepared statement (ServiceEntryRepository's bulk insertChecked, which rebuilds
// the indexes after a large file). Rows wait as ids and numbers, not strings: a million of
// them take ~60 MB. The rules are the domain's, as for a single entry.

#include "CsvRowImporter.h"
#include "ExpertRepository.h"
#include "FieldRepository.h"
#include "OrganisationRepository.h"
#include "ServerAccess.h"
#include "ServiceEntryRepository.h"
#include "SettingsRepository.h"
#include "Validation.h"

#include <QHash>

#include <unordered_map>
#include <vector>

namespace bilan {

namespace {

// FNV-1a over the UTF-16 text: the names met on every row are short, and Qt's string hash
// (SipHash) was the import's largest cost after SQLite.
struct SpellingHash
{
    size_t operator()(const QString& text) const noexcept
    {
        quint64 hash = 14695981039346656037ULL;
        for (const QChar c : QStringView(text)) {
            hash ^= c.unicode();
            hash *= 1099511628211ULL;
        }
        return static_cast<size_t>(hash);
    }
};
using Spellings = std::unordered_map<QString, qint64, SpellingHash>;

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
        auto access = readAccess(m_db);
        for (const Error* error :
             {organisations ? nullptr : &organisations.error(),
              experts ? nullptr : &experts.error(), fields ? nullptr : &fields.error(),
              closed ? nullptr : &closed.error(), access ? nullptr : &access.error()}) {
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
        m_access = *access;
        // A login that records no hours at all is told once, not on every row.
        if (m_access.role != ServerAccess::Role::Staff && !m_access.mayWriteEverything())
            report(0, fail(ServerAccess::hoursRefused(m_db.login())));
    }

    void row(const CsvRow& row) override
    {
        auto duration = Parsing::duration(row.value(DurationColumn));
        // A time tracker's timer started by accident (00:00:20, 0.00) holds no minute of work:
        // the row is left out and counted, not refused. Bilan's own format refuses it.
        if (!m_result.sourceFormat.isEmpty() && duration && *duration == 0) {
            ++m_result.skippedRows;
            return;
        }
        const auto day = date(row, DateColumn);
        const auto expert = lookup(row, ExpertColumn, m_experts, m_seenExperts);
        const auto organisation =
            lookup(row, OrganisationColumn, m_organisations, m_seenOrganisations);
        const auto minutes = take(row, std::move(duration), DurationColumn);
        if (!day || !minutes)
            return;

        ServiceEntry entry; // for the domain's checks; only the row's ids and values are kept
        entry.date = *day;
        entry.minutes = *minutes;
        // As written, so that a line break in a field's name is refused, not made a space.
        entry.field = row.value(FieldColumn);
        entry.note = row.raw(NoteColumn);
        // Checked even when a name is unknown, so the row's every problem is reported at once.
        const bool valid = accept(row, Validation::serviceEntry(entry));
        if (!valid || !expert || !organisation)
            return;
        // A staff login imports only its own expert's hours: every other row is listed.
        if (m_access.role == ServerAccess::Role::Staff &&
            !accept(row, m_access.mayWriteHours(*expert, m_db.login()), ExpertColumn))
            return;
        entry.field = entry.field.simplified();
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
        // A million rows are held until the whole file is checked: ids and numbers, the field
        // as the number of its spelling, the note only when there is one.
        m_rows.push_back(ServiceEntryRepository::CheckedRow{
            entry.date, *expert, *organisation, entry.minutes, fieldSlot(entry.field), entry.note});
        m_lines.push_back(row.line());
    }

    void end() override
    {
        if (m_rows.empty())
            return;
        ServiceEntryRepository repository(m_db);
        auto totals = repository.dayTotalsAll(m_first, m_last);
        if (!totals) {
            report(0, totals.error());
            return;
        }
        for (size_t i = 0; i < m_rows.size(); ++i) {
            const ServiceEntryRepository::CheckedRow& entry = m_rows[i];
            int& total = (*totals)[qMakePair(entry.expertId, entry.date)];
            accept(m_lines[i], Validation::dayTotal(entry.date, total, entry.minutes));
            total += entry.minutes;
        }
        if (!m_result.problems.isEmpty())
            return;
        // Fields named for the first time are created with the rows, in the same transaction.
        std::vector<qint64> fieldIds(1, 0);
        for (const QString& spelling : std::as_const(m_fieldSpellings)) {
            const auto known = m_fields.constFind(Parsing::nameKey(spelling));
            if (known != m_fields.constEnd()) {
                fieldIds.push_back(*known);
                continue;
            }
            auto created = FieldRepository(m_db).idFor(spelling);
            if (!created) {
                report(0, created.error());
                return;
            }
            m_fields.insert(Parsing::nameKey(spelling), *created);
            fieldIds.push_back(*created);
        }
        for (ServiceEntryRepository::CheckedRow& entry : m_rows)
            entry.fieldId = fieldIds[static_cast<size_t>(entry.fieldId)];
        if (auto written = repository.insertChecked(m_rows); !written)
            report(0, written.error());
    }

private:
    // Names repeat on most rows: `seen` remembers each spelling met, so its key is computed once.
    std::optional<qint64> lookup(const CsvRow& row, const QString& column,
                                 const QHash<QString, qint64>& ids, Spellings& seen)
    {
        const QString name = row.value(column);
        if (const auto known = seen.find(name); known != seen.end())
            return known->second;
        const auto found = ids.constFind(Parsing::nameKey(name));
        if (found != ids.constEnd()) {
            seen.emplace(name, *found);
            return *found;
        }
        if (name.isEmpty() && column == OrganisationColumn && !m_result.sourceFormat.isEmpty())
            // Internal time in a tracker has no client: Bilan's hours are an organisation's.
            report(row,
                   fail(tr("an organisation is required; this entry has no client in the "
                           "tracker: give it one there, or delete the row from the file")),
                   column);
        else if (name.isEmpty())
            report(row,
                   fail(column == ExpertColumn ? tr("an expert is required")
                                               : tr("an organisation is required")),
                   column);
        else if (!m_result.sourceFormat.isEmpty())
            // A time tracker's names are its own: the hint says where Bilan's come from.
            report(row,
                   fail(column == ExpertColumn
                            ? tr("no expert named \"%1\"; import the experts first or add "
                                 "the expert on the Experts page, named as in the tracker")
                                  .arg(name)
                            : tr("no organisation named \"%1\"; import the organisations "
                                 "first or add it on the Members page, named as in the tracker")
                                  .arg(name)),
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

    // 0 for no field, else 1 + the index of its spelling in m_fieldSpellings.
    qint64 fieldSlot(const QString& field)
    {
        if (field.isEmpty())
            return 0;
        if (const auto seen = m_fieldSlots.find(field); seen != m_fieldSlots.end())
            return seen->second;
        m_fieldSpellings.append(field);
        return m_fieldSlots.emplace(field, m_fieldSpellings.size()).first->second;
    }

    void accept(int line, const Status& status)
    {
        if (!status)
            report(line, status.error());
    }
    using RowImporter::accept;

    QHash<QString, qint64> m_organisations;
    QHash<QString, qint64> m_experts;
    Spellings m_seenOrganisations;
    Spellings m_seenExperts;
    QHash<QString, qint64> m_fields;
    QList<FiscalYear> m_closed;
    ServerAccess m_access;
    Spellings m_fieldSlots;
    QStringList m_fieldSpellings;
    std::vector<ServiceEntryRepository::CheckedRow> m_rows;
    std::vector<int> m_lines;
    QDate m_first;
    QDate m_last;
};

} // namespace

std::unique_ptr<RowImporter> makeHoursImporter(Database& database, ImportResult& result)
{
    return std::make_unique<HoursImporter>(database, result);
}

} // namespace bilan
