#include "Validation.h"

#include "Parsing.h"
#include "VisibleText.h"

#include <QtNumeric>

#include <limits>

namespace bilan {

namespace {

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

Status Validation::organisation(const Organisation& organisation)
{
    if (organisation.name.trimmed().isEmpty())
        return fail(tr("an organisation needs a name"), QStringLiteral("name"));
    return oneLineTexts({{organisation.name, QStringLiteral("name")},
                         {organisation.region, QStringLiteral("region")},
                         {organisation.sector, QStringLiteral("sector")}});
}

Status Validation::membership(const Membership& membership)
{
    if (!membership.joined.isValid())
        return fail(tr("the date the organisation joined is required"), QStringLiteral("joined"));
    if (auto inRange = dateInRange(membership.joined, QStringLiteral("joined")); !inRange)
        return inRange;
    if (auto inRange = dateInRange(membership.left, QStringLiteral("left")); !inRange)
        return inRange;
    if (membership.left.isValid() && membership.left < membership.joined)
        return fail(tr("the organisation cannot leave (%1) before it joined (%2)")
                        .arg(iso(membership.left), iso(membership.joined)),
                    QStringLiteral("left"));
    return {};
}

Status Validation::membershipAgainst(const Membership& membership, const QList<Membership>& others)
{
    for (const Membership& other : others) {
        if (other.id != 0 && other.id == membership.id)
            continue;
        if (membership.overlaps(other)) {
            const QString until = other.isOpen() ? tr("today") : iso(other.left);
            return fail(tr("overlaps the membership from %1 to %2; a rejoin must start on or "
                           "after the day the previous period ended")
                            .arg(iso(other.joined), until),
                        QStringLiteral("joined"));
        }
    }
    return {};
}

Status Validation::expert(const Expert& expert, QDate today)
{
    if (expert.name.trimmed().isEmpty())
        return fail(tr("an expert needs a name"), QStringLiteral("name"));
    if (auto valid = oneLineTexts(
            {{expert.name, QStringLiteral("name")}, {expert.region, QStringLiteral("region")}});
        !valid)
        return valid;
    if (!expert.started.isValid())
        return fail(tr("the date the expert started is required"), QStringLiteral("started"));
    if (auto inRange = dateInRange(expert.started, QStringLiteral("started")); !inRange)
        return inRange;
    if (auto inRange = dateInRange(expert.ended, QStringLiteral("ended")); !inRange)
        return inRange;
    if (expert.ended.isValid() && expert.ended < expert.started)
        return fail(tr("the expert cannot end (%1) before starting (%2)")
                        .arg(iso(expert.ended), iso(expert.started)),
                    QStringLiteral("ended"));
    // Blank entries (a trailing "|") are dropped when the fields are stored.
    for (const QString& field : expert.fields) {
        if (field.trimmed().isEmpty())
            continue;
        if (auto valid = fieldName(field, QStringLiteral("fields")); !valid)
            return valid;
    }
    // No one working yet is born in the future: 2030 is a typo, whatever the century allows.
    const int lastBirthYear = today.year();
    if (expert.birthYear &&
        (*expert.birthYear < FirstBirthYear || *expert.birthYear > lastBirthYear))
        return fail(tr("%1 is not a plausible birth year; Bilan accepts %2 to %3")
                        .arg(*expert.birthYear)
                        .arg(FirstBirthYear)
                        .arg(lastBirthYear),
                    QStringLiteral("birth_year"));
    return {};
}

Status Validation::fieldName(const QString& name, const QString& column)
{
    if (name.trimmed().isEmpty())
        return fail(tr("a field of expertise needs a name"), column);
    if (auto valid = oneLineText(name, column); !valid)
        return valid;
    if (name.contains(u'|'))
        return fail(tr("\"%1\": a field of expertise cannot contain \"|\"")
                        .arg(VisibleText::of(name.simplified())),
                    column);
    return {};
}

Status Validation::serviceEntry(const ServiceEntry& entry)
{
    if (!entry.date.isValid())
        return fail(tr("the date is required"), QStringLiteral("date"));
    if (auto inRange = dateInRange(entry.date, QStringLiteral("date")); !inRange)
        return inRange;
    if (!entry.field.isEmpty()) {
        if (auto valid = fieldName(entry.field, QStringLiteral("field")); !valid)
            return valid;
    }
    if (auto valid = multiLineText(entry.note, QStringLiteral("note")); !valid)
        return valid;
    if (entry.minutes <= 0)
        return fail(tr("the duration must be more than zero"), QStringLiteral("duration"));
    if (entry.minutes > ServiceEntry::MaxMinutesPerDay)
        return fail(
            tr("%1 h is more than the 24 h of a day").arg(Parsing::formatDuration(entry.minutes)),
            QStringLiteral("duration"));
    return {};
}

Status Validation::dayTotal(QDate day, int otherMinutes, int minutes)
{
    const int total = otherMinutes + minutes;
    if (total > ServiceEntry::MaxMinutesPerDay)
        return fail(tr("this brings the expert's total for %1 to %2 h, more than 24 h "
                       "(already logged: %3 h)")
                        .arg(iso(day), Parsing::formatDuration(total),
                             Parsing::formatDuration(otherMinutes)),
                    QStringLiteral("duration"));
    return {};
}

Status Validation::mandate(const BoardMandate& mandate)
{
    if (!mandate.started.isValid())
        return fail(tr("the date the mandate started is required"), QStringLiteral("started"));
    if (auto inRange = dateInRange(mandate.started, QStringLiteral("started")); !inRange)
        return inRange;
    if (auto inRange = dateInRange(mandate.ended, QStringLiteral("ended")); !inRange)
        return inRange;
    if (mandate.ended.isValid() && mandate.ended < mandate.started)
        return fail(tr("the mandate cannot end (%1) before it started (%2)")
                        .arg(iso(mandate.ended), iso(mandate.started)),
                    QStringLiteral("ended"));
    return {};
}

Status Validation::financeLine(const FinanceLine& line)
{
    if (auto valid = oneLineText(line.label, QStringLiteral("label")); !valid)
        return valid;
    if (line.fiscalYear == 0)
        return fail(tr("the fiscal year is required"), QStringLiteral("year"));
    if (auto inRange = FiscalYear::checkStartYear(line.fiscalYear, QStringLiteral("year"));
        !inRange)
        return inRange;
    if (line.amountCents < 0)
        return fail(tr("amounts cannot be negative (%1); record an expense as a positive "
                       "amount of kind expense")
                        .arg(Parsing::formatAmount(line.amountCents)),
                    QStringLiteral("amount"));
    if (line.amountCents > FinanceLine::MaxAmountCents)
        return fail(tr("%1 is more than the largest amount a line can hold (%2)")
                        .arg(Parsing::formatAmount(line.amountCents),
                             Parsing::formatAmount(FinanceLine::MaxAmountCents)),
                    QStringLiteral("amount"));
    return {};
}

Status Validation::financeTotal(const QString& yearName, Scenario scenario, qint64 otherCents,
                                qint64 amountCents)
{
    // A database written before the bound may already hold more: never overflow here either.
    qint64 total = 0;
    if (qAddOverflow(otherCents, amountCents, &total))
        total = std::numeric_limits<qint64>::max();
    if (total <= FinanceLine::MaxTotalCents)
        return {};
    return fail(tr("this line brings the %1 lines of %2 to a total of %3, more than the %4 that "
                   "Bilan can add up; check the amount")
                    .arg(toKey(scenario), yearName, Parsing::formatAmount(total),
                         Parsing::formatAmount(FinanceLine::MaxTotalCents)),
                QStringLiteral("amount"));
}

Status Validation::survey(const Survey& survey)
{
    if (survey.fiscalYear == 0)
        return fail(tr("the fiscal year is required"), QStringLiteral("year"));
    if (auto inRange = FiscalYear::checkStartYear(survey.fiscalYear, QStringLiteral("year"));
        !inRange)
        return inRange;
    if (survey.respondents < 0)
        return fail(tr("the number of respondents cannot be negative"),
                    QStringLiteral("respondents"));
    if (survey.recommend < 0)
        return fail(tr("the number who would recommend cannot be negative"),
                    QStringLiteral("recommend"));
    if (survey.recommend > survey.respondents)
        return fail(tr("%1 would recommend, but only %2 answered")
                        .arg(survey.recommend)
                        .arg(survey.respondents),
                    QStringLiteral("recommend"));
    return {};
}

Status Validation::activity(const Activity& activity)
{
    if (auto valid = oneLineText(activity.title, QStringLiteral("title")); !valid)
        return valid;
    if (!activity.date.isValid())
        return fail(tr("the date is required"), QStringLiteral("date"));
    return dateInRange(activity.date, QStringLiteral("date"));
}

Status Validation::dateInRange(QDate date, const QString& column)
{
    if (!date.isValid() || (date >= firstDate() && date <= lastDate()))
        return {};
    return fail(tr("%1 is outside the dates Bilan accepts (%2 to %3)")
                    .arg(iso(date), iso(firstDate()), iso(lastDate())),
                column);
}

Error Validation::closedYear(const FiscalYear& year, const QString& field, ClosedRecords records)
{
    switch (records) {
    case ClosedRecords::Survey:
        return fail(tr("the fiscal year %1 is closed: its satisfaction survey can no longer be "
                       "added, changed or deleted")
                        .arg(year.name()),
                    field);
    case ClosedRecords::Activities:
        return fail(tr("the fiscal year %1 is closed: its business-development activities can no "
                       "longer be added, changed or deleted")
                        .arg(year.name()),
                    field);
    case ClosedRecords::HoursAndFinances:
        break;
    }
    return fail(tr("the fiscal year %1 is closed: its hours and finance lines can no longer be "
                   "added, changed or deleted")
                    .arg(year.name()),
                field);
}

Error Validation::duplicateName(const QString& what, const QString& name)
{
    return fail(tr("%1 named \"%2\" already exists").arg(what, VisibleText::of(name)),
                QStringLiteral("name"));
}

Error Validation::notInOffice(const QString& director, QDate day)
{
    return fail(tr("%1 is not a director in office on %2").arg(VisibleText::of(director), iso(day)),
                QStringLiteral("director"));
}

} // namespace bilan
