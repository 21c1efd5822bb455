#include "ResolutionRegister.h"

#include "MeetingSheets.h"
#include "SheetHtml.h"

#include <QHash>
#include <QPair>
#include <QTextDocument>

#include <algorithm>

namespace bilan {

using sheethtml::esc;

namespace {

QString row(const ResolutionRegisterRow& row)
{
    const QString date = row.meetingDate.toString(Qt::ISODate);
    const QString votes = row.votes ? esc(MeetingSheets::votesText(*row.votes)) : QString();
    QString text = sheethtml::paragraphs(row.text);
    if (text.isEmpty())
        text = QStringLiteral("—");
    // A number or an outcome broken over two lines reads as two.
    return QStringLiteral("<tr><td>%1<br/>%2</td><td style=\"white-space: nowrap;\">%3</td>"
                          "<td>%4</td><td style=\"white-space: nowrap;\">%5</td><td>%6</td></tr>")
        .arg(esc(date), esc(row.meetingKind), esc(row.number), text, esc(row.outcome), votes);
}

// The length of the run of digits, or of other characters, that starts at `from`.
qsizetype runLength(const QString& text, qsizetype from)
{
    const bool digits = text.at(from).isDigit();
    qsizetype end = from;
    while (end < text.size() && text.at(end).isDigit() == digits)
        ++end;
    return end - from;
}

// Numbers as people count them: "CA-2025-9" before "CA-2025-10". QCollator's numeric mode
// needs ICU, which a build of Qt may lack.
int compareNumbers(const QString& a, const QString& b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const qsizetype lengthA = runLength(a, i);
        const qsizetype lengthB = runLength(b, j);
        QStringView runA = QStringView(a).mid(i, lengthA);
        QStringView runB = QStringView(b).mid(j, lengthB);
        int order = 0;
        if (runA.front().isDigit() && runB.front().isDigit()) {
            while (runA.size() > 1 && runA.front() == u'0')
                runA = runA.mid(1);
            while (runB.size() > 1 && runB.front() == u'0')
                runB = runB.mid(1);
            order = runA.size() == runB.size() ? runA.compare(runB)
                                               : (runA.size() < runB.size() ? -1 : 1);
        } else {
            order = runA.compare(runB, Qt::CaseInsensitive);
        }
        if (order != 0)
            return order;
        i += lengthA;
        j += lengthB;
    }
    if (i < a.size())
        return 1;
    return j < b.size() ? -1 : a.compare(b);
}

} // namespace

QString ResolutionRegister::heading(const ResolutionRegisterInput& input)
{
    return tr("Register of resolutions %1").arg(input.fiscalYear);
}

QList<ResolutionRegisterRow> ResolutionRegister::ordered(QList<ResolutionRegisterRow> rows)
{
    // Two meetings on one day (the board, then the executive) stay apart, in the order the
    // caller met them.
    QHash<QPair<QDate, QString>, int> meetingOrder;
    for (const ResolutionRegisterRow& row : rows)
        meetingOrder.insert({row.meetingDate, row.meetingKind},
                            meetingOrder.value({row.meetingDate, row.meetingKind},
                                               static_cast<int>(meetingOrder.size())));
    std::stable_sort(rows.begin(), rows.end(),
                     [&](const ResolutionRegisterRow& a, const ResolutionRegisterRow& b) {
                         if (a.meetingDate != b.meetingDate)
                             return a.meetingDate < b.meetingDate;
                         const int meetingA = meetingOrder.value({a.meetingDate, a.meetingKind});
                         const int meetingB = meetingOrder.value({b.meetingDate, b.meetingKind});
                         if (meetingA != meetingB)
                             return meetingA < meetingB;
                         return compareNumbers(a.number, b.number) < 0;
                     });
    return rows;
}

std::unique_ptr<QTextDocument> ResolutionRegister::document(const ResolutionRegisterInput& input)
{
    QString html = sheethtml::titleBlock(input.organisationName, tr("Register of resolutions"));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("Fiscal year %1").arg(input.fiscalYear)));
    if (input.rows.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(
                        tr("No resolution was recorded in fiscal year %1.").arg(input.fiscalYear)));
        return sheethtml::documentFrom(html, heading(input));
    }
    html += QStringLiteral("<p class=\"meta\">%1</p>")
                .arg(esc(tr("Resolutions recorded: %1").arg(input.rows.size())));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                           "style=\"border-collapse: collapse;\">");
    // The text takes what the short columns leave. The header row is the table's <thead>, so a
    // register longer than a page repeats it at the top of each page.
    html += QStringLiteral("<thead><tr><th width=\"17%\">%1</th><th width=\"14%\">%2</th>"
                           "<th width=\"37%\">%3</th><th width=\"12%\">%4</th>"
                           "<th width=\"20%\">%5</th></tr></thead>")
                .arg(esc(tr("Meeting")), esc(tr("No.")), esc(tr("Resolution")), esc(tr("Outcome")),
                     esc(tr("Votes")));
    for (const ResolutionRegisterRow& item : ordered(input.rows))
        html += row(item);
    html += QStringLiteral("</table>");
    return sheethtml::documentFrom(html, heading(input));
}

} // namespace bilan
