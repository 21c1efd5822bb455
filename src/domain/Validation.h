#pragma once

#include "Activity.h"
#include "Board.h"
#include "Expert.h"
#include "FinanceLine.h"
#include "FiscalYear.h"
#include "Meeting.h"
#include "Membership.h"
#include "Organisation.h"
#include "Result.h"
#include "ServiceEntry.h"
#include "Survey.h"

#include <QCoreApplication>
#include <QList>

namespace bilan {

// The rules every write obeys, whether it comes from a form, a repository call or a CSV row.
// Each Error names the field at fault with the CSV column name of DESIGN.md.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(bilan::Validation)

public:
    static Status organisation(const Organisation& organisation);
    static Status membership(const Membership& membership);
    // `others` are the organisation's other periods (the edited one may be among them: same id).
    static Status membershipAgainst(const Membership& membership, const QList<Membership>& others);
    // `today` bounds the birth year (Database::clock(), so that tests can set it).
    static Status expert(const Expert& expert, QDate today);
    // The earliest birth year accepted; the latest is the current year.
    static constexpr int FirstBirthYear = 1900;
    // A field of expertise: named, and without the "|" that separates fields in the CSV.
    static Status fieldName(const QString& name, const QString& column);
    static Status serviceEntry(const ServiceEntry& entry);
    // `otherMinutes`: what the expert already logged that day, this entry excluded.
    static Status dayTotal(QDate day, int otherMinutes, int minutes);
    static Status mandate(const BoardMandate& mandate);
    static Status financeLine(const FinanceLine& line);
    // `otherCents`: the year and scenario's other lines, this one excluded (FinanceLine's bound).
    static Status financeTotal(const QString& yearName, Scenario scenario, qint64 otherCents,
                               qint64 amountCents);
    static Status survey(const Survey& survey);
    static Status activity(const Activity& activity);
    // What minutes record of a meeting beside its date, kind, title and notes: the place (one
    // line), the end after the start when both are known, agenda items that say something.
    static Status meetingMinutes(const Meeting& meeting);
    // A resolution on its own: a number and a text, a known outcome, a mover and a seconder who
    // are two people, votes that are not negative. Whether they were present, and whether the
    // number is the meeting's only one, needs the meeting's rows (MeetingRepository).
    static Status resolution(const Resolution& resolution);

    // The one range of dates Bilan accepts, for every date of every kind: the calendar years of
    // the fiscal years it reports on (1900 to 2999). Outside it a date is a typo (0219 for 2019)
    // or a placeholder (9999-12-31) that no report could show.
    static QDate firstDate() { return QDate(FiscalYear::FirstStartYear, 1, 1); }
    static QDate lastDate() { return QDate(FiscalYear::LastStartYear, 12, 31); }
    // An invalid date passes: whether one is required is the caller's rule.
    static Status dateInRange(QDate date, const QString& column);

    // What a closed year's refusal names as no longer changing.
    enum class ClosedRecords
    {
        HoursAndFinances,
        Survey,
        Activities
    };
    static Error closedYear(const FiscalYear& year, const QString& field = {},
                            ClosedRecords records = ClosedRecords::HoursAndFinances);
    static Error duplicateName(const QString& what, const QString& name);
    static Error notInOffice(const QString& director, QDate day);

    // Text that is one line: names of organisations, experts, directors and fields, regions,
    // sectors, labels, titles. Refuses control characters (a tab aside) and line breaks: a NUL
    // cuts a name short in other tools, an ESC sequence acts on the terminal that prints it.
    // Refuses invisible characters too (format characters but ZWNJ and ZWJ, the combining
    // grapheme joiner, noncharacters): "Co<U+200B>op" would otherwise pass for "Coop".
    static Status oneLineText(const QString& text, const QString& field);
    // `texts`: pairs of a text and its field, checked in order.
    static Status oneLineTexts(const QList<QPair<QString, QString>>& texts);
    // Text that may hold line breaks (notes): refuses control characters other than tab, LF
    // and CR, the bidirectional controls that reorder the text after them, and noncharacters.
    static Status multiLineText(const QString& text, const QString& field);
};

} // namespace bilan
