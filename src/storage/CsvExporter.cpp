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

#include <QHash>

namespace bilan {

namespace {

// Open ends (invalid dates), for the queries that take a range: a database written before
// dates were held to Validation's range may still hold one outside it, and an export must not
// leave it behind.
const QDate Earliest;
const QDate Latest;

QString date(QDate day)
{
    return day.isValid() ? Parsing::formatDate(day) : QString();
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

// Writes the rows of one kind; `write` is called with a function that writes one row.
class KindWriter
{
public:
    KindWriter(Database& db, CsvWriter& writer) : m_db(db), m_writer(writer) {}

    Result<qint64> write(CsvKind kind)
    {
        m_writer.writeRow(CsvFormat::columnNames(kind));
        m_writer.setTextColumns(CsvFormat::textColumns(kind));
        Status status = dispatch(kind);
        if (!status)
            return status.error();
        return m_rows;
    }

private:
    void writeRow(const QStringList& fields)
    {
        m_writer.writeRow(fields);
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
                      e.gender ? toKey(*e.gender) : QString(),
                      e.birthYear ? QString::number(*e.birthYear) : QString(), date(e.started),
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
                      organisations->value(e.organisationId), Parsing::formatDuration(e.minutes),
                      e.field, e.note});
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
            return votes ? QString::number((*votes).*n) : QString();
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
                      l.label, Parsing::formatAmount(l.amountCents)});
        return {};
    }

    Status surveys()
    {
        auto month = SettingsRepository(m_db).fiscalStartMonth();
        auto all = SurveyRepository(m_db).all();
        if (!month || !all)
            return month ? all.error() : month.error();
        for (const Survey& s : *all)
            writeRow({FiscalYear(s.fiscalYear, *month).name(), QString::number(s.respondents),
                      QString::number(s.recommend)});
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
    CsvWriter& m_writer;
    qint64 m_rows = 0;
};

} // namespace

Result<qint64> CsvExporter::exportTo(CsvKind kind, QIODevice& device)
{
    // One snapshot for every query of the kind: an hour added by another desk between reading
    // the experts and reading the hours would otherwise be written with no expert name.
    ReadTransaction snapshot(m_db);
    if (!snapshot.begun())
        return snapshot.begun().error();
    // A damaged page of long text (its overflow pages) reads back as garbage with no error:
    // only reading the whole file first tells an export that looks complete from a true one.
    if (auto readable = checkReadable(m_db); !readable)
        return readable.error();
    CsvWriter writer(&device);
    auto rows = KindWriter(m_db, writer).write(kind);
    if (rows && !writer.ok())
        return fail(tr("could not write the file: %1").arg(writer.error()));
    return rows;
}

Result<qint64> CsvExporter::exportFile(CsvKind kind, const QString& path)
{
    if (auto named = OutputTarget::checkCsvName(path); !named)
        return named.error();
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
