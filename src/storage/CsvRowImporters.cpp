// The row importers of the small kinds: each row goes through the repository's own checks,
// inside the import's transaction, so a file obeys exactly the rules a form does.

#include "ActivityRepository.h"
#include "BoardRepository.h"
#include "CsvRowImporter.h"
#include "ExpertRepository.h"
#include "FinanceRepository.h"
#include "MeetingRepository.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "SurveyRepository.h"

#include <QRegularExpression>

namespace bilan {

namespace {

const QString Name = QStringLiteral("name");
const QString Organisation_ = QStringLiteral("organisation");

// Resolves organisation names, shared by the kinds that refer to organisations.
std::optional<qint64> organisationId(Database& db, const CsvRow& row, const QString& column,
                                     const std::function<void(const Error&)>& report)
{
    const QString name = row.value(column);
    auto found = OrganisationRepository(db).findByName(name);
    if (!found) {
        report(found.error());
        return std::nullopt;
    }
    if (!*found) {
        report(fail(name.isEmpty()
                        ? RowImporter::tr("an organisation is required")
                        : RowImporter::tr("no organisation named \"%1\"; add it or import the "
                                          "organisations first")
                              .arg(name),
                    column));
        return std::nullopt;
    }
    return (*found)->id;
}

class OrganisationsImporter : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(bilan::OrganisationsImporter)

public:
    using RowImporter::RowImporter;

    void row(const CsvRow& row) override
    {
        Organisation organisation;
        organisation.name = row.value(Name);
        const auto kind = choice<OrganisationKind>(row, QStringLiteral("kind"));
        organisation.region = row.value(QStringLiteral("region"));
        organisation.sector = row.value(QStringLiteral("sector"));
        const QString network = row.value(QStringLiteral("network"));
        if (!kind)
            return;
        organisation.kind = *kind;
        auto id = take(row, OrganisationRepository(m_db).add(organisation));
        // The network may be a later row of the file: link once every row is in.
        if (id && !network.isEmpty())
            m_links.append({row.line(), *id, network});
    }

    void end() override
    {
        OrganisationRepository repository(m_db);
        for (const Link& link : std::as_const(m_links)) {
            auto network = repository.findByName(link.network);
            if (!network) {
                report(link.line, network.error());
                return;
            }
            if (!*network) {
                report(link.line,
                       fail(tr("no organisation named \"%1\" to be the network").arg(link.network),
                            QStringLiteral("network")));
                continue;
            }
            auto organisation = repository.get(link.id);
            if (!organisation) {
                report(link.line, organisation.error());
                return;
            }
            organisation->networkId = (*network)->id;
            if (auto updated = repository.update(*organisation); !updated)
                report(link.line, updated.error(), QStringLiteral("network"));
        }
    }

private:
    struct Link
    {
        int line;
        qint64 id;
        QString network;
    };
    QList<Link> m_links;
};

class MembershipsImporter : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(bilan::MembershipsImporter)

public:
    using RowImporter::RowImporter;

    void row(const CsvRow& row) override
    {
        const auto organisation =
            organisationId(m_db, row, Organisation_, [&](const Error& e) { report(row, e); });
        const auto category = choice<MembershipCategory>(row, QStringLiteral("category"));
        const auto joined = date(row, QStringLiteral("joined"));
        const auto left = optionalDate(row, QStringLiteral("left"));
        if (!organisation || !category || !joined || !left)
            return;
        Membership membership;
        membership.organisationId = *organisation;
        membership.category = *category;
        membership.joined = *joined;
        membership.left = *left;
        take(row, MembershipRepository(m_db).add(membership));
    }
};

class ExpertsImporter : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(bilan::ExpertsImporter)

public:
    using RowImporter::RowImporter;

    void row(const CsvRow& row) override
    {
        Expert expert;
        expert.name = row.value(Name);
        const auto role = choice<ExpertRole>(row, QStringLiteral("role"));
        for (const QString& field : row.value(QStringLiteral("fields")).split(u'|')) {
            if (!field.trimmed().isEmpty())
                expert.fields << field.trimmed();
        }
        expert.region = row.value(QStringLiteral("region"));
        bool ok = role.has_value();
        const QString gender = row.value(QStringLiteral("gender"));
        if (!gender.isEmpty()) {
            const auto value = choice<Gender>(row, QStringLiteral("gender"));
            ok = ok && value;
            expert.gender = value;
        }
        const QString birthYear = row.value(QStringLiteral("birth_year"));
        if (!birthYear.isEmpty()) {
            const auto year = take(row, Parsing::integer(birthYear), QStringLiteral("birth_year"));
            ok = ok && year;
            expert.birthYear = year;
        }
        const auto started = date(row, QStringLiteral("started"));
        const auto ended = optionalDate(row, QStringLiteral("ended"));
        if (!ok || !started || !ended)
            return;
        expert.role = *role;
        expert.started = *started;
        expert.ended = *ended;
        take(row, ExpertRepository(m_db).add(expert));
    }
};

class BoardImporter : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(bilan::BoardImporter)

public:
    using RowImporter::RowImporter;

    void row(const CsvRow& row) override
    {
        const QString name = row.value(Name);
        // An empty cell: an individual member who represents no organisation.
        const auto organisation =
            row.value(Organisation_).isEmpty()
                ? std::optional<qint64>(0)
                : organisationId(m_db, row, Organisation_, [&](const Error& e) { report(row, e); });
        const auto role = choice<BoardRole>(row, QStringLiteral("role"));
        const auto started = date(row, QStringLiteral("started"));
        const auto ended = optionalDate(row, QStringLiteral("ended"));
        if (name.isEmpty()) {
            report(row, fail(tr("the director's name is required")), Name);
            return;
        }
        if (!organisation || !role || !started || !ended)
            return;
        BoardRepository board(m_db);
        const auto director = take(row, board.directorIdFor(name), Name);
        if (!director)
            return;
        BoardMandate mandate;
        mandate.directorId = *director;
        mandate.organisationId = *organisation;
        mandate.role = *role;
        mandate.started = *started;
        mandate.ended = *ended;
        take(row, board.addMandate(mandate));
    }
};

class MeetingsImporter : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(bilan::MeetingsImporter)

public:
    using RowImporter::RowImporter;

    void row(const CsvRow& row) override
    {
        const auto day = date(row, QStringLiteral("date"));
        const auto kind = choice<MeetingKind>(row, QStringLiteral("kind"));
        const auto start = time(row, QStringLiteral("start_time"));
        const auto end = time(row, QStringLiteral("end_time"));
        if (!day || !kind || !start || !end)
            return;
        Meeting meeting;
        meeting.date = *day;
        meeting.kind = *kind;
        meeting.title = row.value(QStringLiteral("title"));
        meeting.notes = row.raw(QStringLiteral("notes"));
        meeting.place = row.value(QStringLiteral("place"));
        meeting.startTime = *start;
        meeting.endTime = *end;
        // One item a line; blank lines (a last line break) are no item.
        static const QRegularExpression lineBreak(QStringLiteral("\\r\\n|\\r|\\n"));
        for (const QString& line : row.raw(QStringLiteral("agenda")).split(lineBreak)) {
            if (!line.trimmed().isEmpty())
                meeting.agenda << AgendaItem{int(meeting.agenda.size()) + 1, line.trimmed()};
        }
        take(row, MeetingRepository(m_db).add(meeting));
    }

private:
    // An empty cell: not recorded.
    std::optional<QTime> time(const CsvRow& row, const QString& column)
    {
        if (row.value(column).isEmpty())
            return QTime();
        return take(row, Parsing::timeOfDay(row.value(column)), column);
    }
};

class AttendanceImporter : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(bilan::AttendanceImporter)

public:
    using RowImporter::RowImporter;

    static QString noMeeting(MeetingKind kind)
    {
        switch (kind) {
        case MeetingKind::Agm:
            return tr("no general assembly on %1; import the meetings first");
        case MeetingKind::Board:
            return tr("no board meeting on %1; import the meetings first");
        case MeetingKind::Executive:
            return tr("no executive committee meeting on %1; import the meetings first");
        }
        return {};
    }

    void row(const CsvRow& row) override
    {
        const auto day = date(row, QStringLiteral("date"));
        const auto kind = choice<MeetingKind>(row, QStringLiteral("kind"));
        const QString name = row.value(QStringLiteral("director"));
        const auto status = choice<AttendanceStatus>(row, QStringLiteral("status"));
        std::optional<qint64> director;
        if (auto found = take(row, BoardRepository(m_db).findDirector(name))) {
            if (*found)
                director = (*found)->id;
            else
                report(row,
                       fail(name.isEmpty() ? tr("the director's name is required")
                                           : tr("no director named \"%1\"; import the board "
                                                "first")
                                                 .arg(name)),
                       QStringLiteral("director"));
        }
        if (!day || !kind || !status || !director)
            return;
        auto meeting = take(row, MeetingRepository(m_db).find(*day, *kind));
        if (!meeting)
            return;
        if (!*meeting) {
            report(row, fail(noMeeting(*kind).arg(Parsing::formatDate(*day))),
                   QStringLiteral("date"));
            return;
        }
        // Two rows for one director at one meeting (present, then absent) contradict each other.
        const QString key =
            QStringLiteral("%1|%2|%3").arg(Parsing::formatDate(*day), toKey(*kind)).arg(*director);
        if (!firstInFile(row, key,
                         tr("the attendance of %1 at the %2 meeting of %3")
                             .arg(name, toKey(*kind), Parsing::formatDate(*day)),
                         QStringLiteral("director")))
            return;
        Attendance attendance;
        attendance.meetingId = (*meeting)->id;
        attendance.directorId = *director;
        attendance.status = *status;
        accept(row, MeetingRepository(m_db).setAttendance(attendance));
    }
};

class FinancesImporter : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(bilan::FinancesImporter)

public:
    using RowImporter::RowImporter;

    void row(const CsvRow& row) override
    {
        const auto year = fiscalYear(row, QStringLiteral("year"));
        const auto scenario = choice<Scenario>(row, QStringLiteral("scenario"));
        const auto kind = choice<FinanceKind>(row, QStringLiteral("kind"));
        const auto amount = take(row, Parsing::amount(row.value(QStringLiteral("amount"))),
                                 QStringLiteral("amount"));
        if (!year || !scenario || !kind || !amount)
            return;
        FinanceLine line;
        line.fiscalYear = year->startYear();
        line.scenario = *scenario;
        line.kind = *kind;
        line.label = row.value(QStringLiteral("label"));
        line.amountCents = *amount;
        take(row, FinanceRepository(m_db).add(line));
    }
};

class SurveysImporter : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(bilan::SurveysImporter)

public:
    using RowImporter::RowImporter;

    void row(const CsvRow& row) override
    {
        const auto year = fiscalYear(row, QStringLiteral("year"));
        const auto respondents =
            take(row, Parsing::integer(row.value(QStringLiteral("respondents"))),
                 QStringLiteral("respondents"));
        const auto recommend = take(row, Parsing::integer(row.value(QStringLiteral("recommend"))),
                                    QStringLiteral("recommend"));
        if (!year || !respondents || !recommend)
            return;
        Survey survey;
        survey.fiscalYear = year->startYear();
        survey.respondents = *respondents;
        survey.recommend = *recommend;
        take(row, SurveyRepository(m_db).add(survey));
    }
};

class ActivitiesImporter : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(bilan::ActivitiesImporter)

public:
    using RowImporter::RowImporter;

    void row(const CsvRow& row) override
    {
        const auto day = date(row, QStringLiteral("date"));
        const auto type = choice<ActivityType>(row, QStringLiteral("type"));
        const auto audience = choice<Audience>(row, QStringLiteral("audience"));
        if (!day || !type || !audience)
            return;
        Activity activity;
        activity.date = *day;
        activity.type = *type;
        activity.audience = *audience;
        activity.title = row.value(QStringLiteral("title"));
        take(row, ActivityRepository(m_db).add(activity));
    }
};

} // namespace

Error noMeetingOn(MeetingKind kind, QDate day)
{
    return fail(AttendanceImporter::noMeeting(kind).arg(Parsing::formatDate(day)),
                QStringLiteral("date"));
}

std::unique_ptr<RowImporter> RowImporter::make(CsvKind kind, Database& database,
                                               ImportResult& result)
{
    switch (kind) {
    case CsvKind::Organisations:
        return std::make_unique<OrganisationsImporter>(database, result);
    case CsvKind::Memberships:
        return std::make_unique<MembershipsImporter>(database, result);
    case CsvKind::Experts:
        return std::make_unique<ExpertsImporter>(database, result);
    case CsvKind::Hours:
        return makeHoursImporter(database, result);
    case CsvKind::Board:
        return std::make_unique<BoardImporter>(database, result);
    case CsvKind::Meetings:
        return std::make_unique<MeetingsImporter>(database, result);
    case CsvKind::Attendance:
        return std::make_unique<AttendanceImporter>(database, result);
    case CsvKind::Resolutions:
        return makeResolutionsImporter(database, result);
    case CsvKind::Finances:
        return std::make_unique<FinancesImporter>(database, result);
    case CsvKind::Surveys:
        return std::make_unique<SurveysImporter>(database, result);
    case CsvKind::Activities:
        return std::make_unique<ActivitiesImporter>(database, result);
    }
    return nullptr;
}

} // namespace bilan
