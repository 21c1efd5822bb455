#include "RecordCounts.h"

#include "SqlSupport.h"

namespace bilan {

namespace {

QString tableOf(RecordCounts::Record record)
{
    switch (record) {
    case RecordCounts::Record::Organisations:
        return QStringLiteral("organisations");
    case RecordCounts::Record::MembershipPeriods:
        return QStringLiteral("memberships");
    case RecordCounts::Record::Experts:
        return QStringLiteral("experts");
    case RecordCounts::Record::HourEntries:
        return QStringLiteral("service_entries");
    case RecordCounts::Record::BoardMandates:
        return QStringLiteral("board_mandates");
    case RecordCounts::Record::Meetings:
        return QStringLiteral("meetings");
    case RecordCounts::Record::FinanceLines:
        return QStringLiteral("finance_lines");
    case RecordCounts::Record::Surveys:
        return QStringLiteral("surveys");
    case RecordCounts::Record::Activities:
        return QStringLiteral("activities");
    case RecordCounts::Record::Directors:
        return QStringLiteral("directors");
    case RecordCounts::Record::ReportTexts:
        return QStringLiteral("report_texts");
    }
    Q_UNREACHABLE();
}

} // namespace

Result<qint64> RecordCounts::count(Record record)
{
    // The table's name comes from the list above, never from input: only it is spliced in.
    auto counted = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM ") + tableOf(record));
    if (!counted)
        return counted.error();
    return counted->toLongLong();
}

Result<bool> RecordCounts::isEmpty()
{
    for (const Record record :
         {Record::Organisations, Record::MembershipPeriods, Record::Experts, Record::HourEntries,
          Record::BoardMandates, Record::Meetings, Record::FinanceLines, Record::Surveys,
          Record::Activities, Record::Directors, Record::ReportTexts}) {
        auto counted = count(record);
        if (!counted)
            return counted.error();
        if (*counted > 0)
            return false;
    }
    return true;
}

} // namespace bilan
