#include "CsvExporter.h"

#include "ActivityRepository.h"
#include "BoardRepository.h"
#include "CsvWriter.h"
#include "ExpertRepository.h"
#include "FinanceRepository.h"
#include "IntegrityCheck.h"
#include "MeetingRepository.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "OutputFile.h"
#include "OutputTarget.h"
#include "Parsing.h"
#include "ServiceEntryRepository.h"
#include "SettingsRepository.h"
#include "SurveyRepository.h"
#include "TableFileCells.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <functional>
#include <utility>

namespace bilan {

namespace {

using Type = TableColumn::Type;

// Open ends (invalid dates), for the queries that take a range: a database written before
// dates were held to Validation's range may still hold one outside it, and an export must not
// leave it behind.
const QDate Earliest;
const QDate Latest;

// A date cell, empty for no date.
QVariant date(QDate day)
{
    return day.isValid() ? QVariant(day) : QVariant();
}

QVariant number(const std::optional<int>& value)
{
    return value ? QVariant(qint64(*value)) : QVariant();
}

template <typename T> Result<QHash<qint64, QString>> namesById(Result<QList<T>> rows)
{
    if (!rows)
        return rows.error();
    QHash<qint64, QString> names;
    for (const T& row : *rows)
        names.insert(row.id, row.name);
    return names;
}

// Reads the rows of one kind, each a row of values typed as CsvFormat types the kind's columns
// (a QDate, minutes, cents, a count, text), handed to `row` one at a time.
class KindWriter
{
public:
    using RowSink = std::function<void(const QVariantList&)>;

    KindWriter(Database& db, RowSink row) : m_db(db), m_sink(std::move(row)) {}

    Result<qint64> write(CsvKind kind)
    {
        Status status = dispatch(kind);
        if (!status)
            return status.error();
        return m_rows;
    }

private:
    void writeRow(const QVariantList& fields)
    {
        m_sink(fields);
        ++m_rows;
    }

    Status dispatch(CsvKind kind)
    {
        switch (kind) {
        case CsvKind::Organisations:
            return organisations();
        case CsvKind::Memberships:
            return memberships();
        case CsvKind::Experts:
            return experts();
        case CsvKind::Hours:
            return hours();
        case CsvKind::Board:
            return board();
        case CsvKind::Meetings:
            return meetings();
        case CsvKind::Attendance:
            return attendance();
        case CsvKind::Resolutions:
            return resolutions();
        case CsvKind::Finances:
            return finances();
        case CsvKind::Surveys:
            return surveys();
        case CsvKind::Activities:
            return activities();
        }
        return {};
    }

    Status organisations()
    {
        auto all = OrganisationRepository(m_db).all();
        if (!all)
            return all.error();
        QHash<qint64, QString> names;
        for (const Organisation& o : *all)
            names.insert(o.id, o.name);
        for (const Organisation& o : *all)
            writeRow({o.name, toKey(o.kind), o.region, o.sector,
                      o.networkId ? names.value(*o.networkId) : QString()});
        return {};
    }

    Status memberships()
    {
        auto names = namesById(OrganisationRepository(m_db).all());
        auto all = MembershipRepository(m_db).all();
        if (!names || !all)
            return names ? all.error() : names.error();
        for (const Membership& m : *all)
            writeRow(
                {names->value(m.organisationId), toKey(m.category), date(m.joined), date(m.left)});
        return {};
    }

    Status experts()
    {
        auto all = ExpertRepository(m_db).all();
        if (!all)
            return all.error();
        for (const Expert& e : *all)
            writeRow({e.name, toKey(e.role), e.fields.join(u'|'), e.region,
                      e.gender ? toKey(*e.gender) : QString(), number(e.birthYear), date(e.started),
                      date(e.ended)});
        return {};
    }

    Status hours()
    {
        auto organisations = namesById(OrganisationRepository(m_db).all());
        auto experts = namesById(ExpertRepository(m_db).all());
        if (!organisations || !experts)
            return organisations ? experts.error() : organisations.error();
        return ServiceEntryRepository(m_db).forEach({}, [&](const ServiceEntry& e) {
            writeRow({date(e.date), experts->value(e.expertId),
                      organisations->value(e.organisationId), qint64(e.minutes), e.field, e.note});
        });
    }

    Status board()
    {
        BoardRepository repository(m_db);
        auto organisations = namesById(OrganisationRepository(m_db).all());
        auto directors = namesById(repository.directors());
        auto mandates = repository.mandates();
        if (!organisations || !directors || !mandates)
            return !organisations ? organisations.error()
                                  : (!directors ? directors.error() : mandates.error());
        for (const BoardMandate& m : *mandates)
            writeRow({directors->value(m.directorId), organisations->value(m.organisationId),
                      toKey(m.role), date(m.started), date(m.ended)});
        return {};
    }

    Status meetings()
    {
        auto all = MeetingRepository(m_db).list(Earliest, Latest);
        if (!all)
            return all.error();
        for (const Meeting& m : *all) {
            QStringList agenda;
            for (const AgendaItem& item : m.agenda)
                agenda << item.text;
            writeRow({date(m.date), toKey(m.kind), m.title, m.notes, m.place,
                      Parsing::formatTime(m.startTime), Parsing::formatTime(m.endTime),
                      agenda.join(u'\n')});
        }
        return {};
    }

    Status resolutions()
    {
        MeetingRepository repository(m_db);
        auto directors = namesById(BoardRepository(m_db).directors());
        auto meetings = repository.list(Earliest, Latest);
        auto all = repository.resolutionsBetween(Earliest, Latest);
        if (!directors || !meetings || !all)
            return !directors ? directors.error() : (!meetings ? meetings.error() : all.error());
        QHash<qint64, Meeting> meetingsById;
        for (const Meeting& meeting : *meetings)
            meetingsById.insert(meeting.id, meeting);
        const auto count = [](const std::optional<ResolutionVotes>& votes,
                              int ResolutionVotes::*n) {
            return votes ? QVariant(qint64((*votes).*n)) : QVariant();
        };
        for (const Resolution& r : *all) {
            const Meeting meeting = meetingsById.value(r.meetingId);
            writeRow({date(meeting.date), toKey(meeting.kind), r.number, r.text,
                      directors->value(r.moverId), directors->value(r.seconderId), toKey(r.outcome),
                      count(r.votes, &ResolutionVotes::inFavour),
                      count(r.votes, &ResolutionVotes::against),
                      count(r.votes, &ResolutionVotes::abstaining)});
        }
        return {};
    }

    Status attendance()
    {
        MeetingRepository repository(m_db);
        auto directors = namesById(BoardRepository(m_db).directors());
        auto meetings = repository.list(Earliest, Latest);
        if (!directors || !meetings)
            return directors ? meetings.error() : directors.error();
        for (const Meeting& meeting : *meetings) {
            auto rows = repository.attendance(meeting.id);
            if (!rows)
                return rows.error();
            for (const Attendance& a : *rows)
                writeRow({date(meeting.date), toKey(meeting.kind), directors->value(a.directorId),
                          toKey(a.status)});
        }
        return {};
    }

    Status finances()
    {
        auto month = SettingsRepository(m_db).fiscalStartMonth();
        auto all = FinanceRepository(m_db).all();
        if (!month || !all)
            return month ? all.error() : month.error();
        for (const FinanceLine& l : *all)
            writeRow({FiscalYear(l.fiscalYear, *month).name(), toKey(l.scenario), toKey(l.kind),
                      l.label, qint64(l.amountCents)});
        return {};
    }

    Status surveys()
    {
        auto month = SettingsRepository(m_db).fiscalStartMonth();
        auto all = SurveyRepository(m_db).all();
        if (!month || !all)
            return month ? all.error() : month.error();
        for (const Survey& s : *all)
            writeRow({FiscalYear(s.fiscalYear, *month).name(), qint64(s.respondents),
                      qint64(s.recommend)});
        return {};
    }

    Status activities()
    {
        auto all = ActivityRepository(m_db).all();
        if (!all)
            return all.error();
        for (const Activity& a : *all)
            writeRow({date(a.date), toKey(a.type), toKey(a.audience), a.title});
        return {};
    }

    Database& m_db;
    RowSink m_sink;
    qint64 m_rows = 0;
};

// One snapshot for every query of the kind: an hour added by another desk between reading the
// experts and reading the hours would otherwise be written with no expert name. A damaged page
// of long text (its overflow pages) reads back as garbage with no error: only reading the whole
// file first tells an export that looks complete from a true one.
Result<qint64> readKind(Database& db, CsvKind kind, KindWriter::RowSink row)
{
    ReadTransaction snapshot(db);
    if (!snapshot.begun())
        return snapshot.begun().error();
    if (auto readable = checkReadable(db); !readable)
        return readable.error();
    return KindWriter(db, std::move(row)).write(kind);
}

const QString FileField = QStringLiteral("file");

} // namespace

Result<qint64> CsvExporter::exportTo(CsvKind kind, QIODevice& device)
{
    CsvWriter writer(&device);
    writer.writeRow(CsvFormat::columnNames(kind));
    const QList<CsvColumn> columns = CsvFormat::columns(kind);
    QList<bool> guarded = CsvFormat::textColumns(kind);
    QStringList fields;
    auto rows = readKind(m_db, kind, [&](const QVariantList& row) {
        fields.resize(0);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            // The spellings the importer reads back (TableFile's CSV: 2026-01-31, 1:30, 12.50).
            bool asText = false;
            fields << tablecells::csvText(c < row.size() ? row.at(c) : QVariant(),
                                          columns.at(c).type, &asText);
            guarded[c] = columns.at(c).text || (asText && columns.at(c).type != Type::Text);
        }
        writer.setTextColumns(guarded);
        writer.writeRow(fields);
    });
    if (rows && !writer.ok())
        return fail(tr("could not write the file: %1").arg(writer.error()));
    return rows;
}

TableData CsvExporter::emptyTable(CsvKind kind)
{
    TableData table;
    table.sheetName = CsvFormat::key(kind);
    table.columns = CsvFormat::tableColumns(kind);
    return table;
}

Result<TableData> CsvExporter::table(CsvKind kind)
{
    TableData table = emptyTable(kind);
    auto rows = readKind(m_db, kind, [&](const QVariantList& row) { table.rows << row; });
    if (!rows)
        return rows.error();
    return table;
}

Result<CsvExporter::Format> CsvExporter::formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return Format::Workbook;
    // A name without an extension (a device such as /dev/stdout, a pipe) takes CSV text.
    if (suffix.isEmpty() || suffix == QLatin1String("csv"))
        return Format::Csv;
    return fail(tr("cannot write %1: an export is a CSV file (.csv) or an Excel workbook "
                   "(.xlsx), not a .%2 file; name the file with one of these extensions")
                    .arg(QDir::toNativeSeparators(path), QFileInfo(path).suffix()),
                FileField);
}

Result<qint64> CsvExporter::exportFile(CsvKind kind, const QString& path)
{
    // The database's own files first: whatever their name, the refusal says what they are.
    if (auto target = OutputTarget::check(path, m_db.path()); !target)
        return target.error();
    auto format = formatOf(path);
    if (!format)
        return format.error();
    if (*format == Format::Workbook) {
        auto rows = table(kind);
        if (!rows)
            return rows.error();
        if (auto written = TableFile::write(*rows, path, m_db.path()); !written)
            return written.error();
        return qint64(rows->rows.size());
    }
    // Never over the database; owner-only, since every kind names people; and all or nothing.
    OutputFile file(path, m_db.path());
    if (auto begun = file.begin(); !begun)
        return begun.error();
    auto rows = exportTo(kind, file);
    if (!rows) {
        // A failed write says why in the file's own words (disk full, permission denied).
        if (auto written = file.writeStatus(); !written)
            return written.error();
        return rows; // the temporary file goes with `file`
    }
    if (auto committed = file.commit(); !committed)
        return committed.error();
    return rows;
}

} // namespace bilan
