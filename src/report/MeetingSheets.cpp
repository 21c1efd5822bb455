#include "MeetingSheets.h"

#include "OutputFile.h"
#include "SheetHtml.h"

#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>

namespace bilan {

using sheethtml::esc;

namespace {

QString header(const MeetingSheetInput& input, const QString& documentName)
{
    QString html = sheethtml::titleBlock(input.organisationName, documentName);
    QString meta = esc(input.kind) + QStringLiteral(" — ") + esc(sheethtml::longDate(input.date));
    if (!input.title.isEmpty())
        meta = QStringLiteral("<b>%1</b><br/>").arg(esc(input.title)) + meta;
    html += QStringLiteral("<p>%1</p>").arg(meta);
    return html;
}

// Where and when, each line only when it was recorded.
QString placeAndTime(const MeetingSheetInput& input)
{
    QStringList lines;
    if (!input.place.trimmed().isEmpty())
        lines << esc(MeetingSheets::tr("Place: %1").arg(input.place.trimmed()));
    if (const QString time = MeetingSheets::timeLine(input); !time.isEmpty())
        lines << esc(time);
    if (lines.isEmpty())
        return {};
    return QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br/>")));
}

// The names of the directors with `status`, or a dash when there are none.
QString namesWith(const MeetingSheetInput& input, AttendanceStatus status)
{
    QString html;
    for (const MeetingSheetDirector& director : input.directors) {
        if (director.status != status)
            continue;
        QString line = esc(director.name);
        QStringList details;
        if (!director.role.isEmpty())
            details << esc(director.role);
        if (!director.organisation.isEmpty())
            details << esc(director.organisation);
        if (!details.isEmpty())
            line += QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
        html += QStringLiteral("<li>%1</li>").arg(line);
    }
    if (html.isEmpty())
        return QStringLiteral("<p>—</p>");
    return QStringLiteral("<ul>%1</ul>").arg(html);
}

QString attendance(const MeetingSheetInput& input)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(MeetingSheets::tr("Attendance")));
    const std::pair<AttendanceStatus, QString> groups[] = {
        {AttendanceStatus::Present, MeetingSheets::tr("Present (%1)")},
        {AttendanceStatus::Absent, MeetingSheets::tr("Absent (%1)")},
        {AttendanceStatus::Excused, MeetingSheets::tr("Excused (%1)")},
    };
    for (const auto& [status, label] : groups) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(label.arg(input.count(status))));
        html += namesWith(input, status);
    }
    html += QStringLiteral("<h2>%1</h2>").arg(esc(MeetingSheets::tr("Quorum")));
    html += QStringLiteral("<p>%1</p>").arg(esc(MeetingSheets::quorumLine(input)));
    if (!input.quorumRule.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>")
                    .arg(esc(MeetingSheets::tr("Rule: %1.").arg(input.quorumRule)));
    return html;
}

// The agenda as a numbered list; nothing at all when none was recorded.
QString agenda(const MeetingSheetInput& input)
{
    QString items;
    for (const QString& item : input.agenda)
        if (!item.trimmed().isEmpty())
            items += QStringLiteral("<li>%1</li>").arg(esc(item.trimmed()));
    if (items.isEmpty())
        return {};
    return QStringLiteral("<h2>%1</h2><ol>%2</ol>").arg(esc(MeetingSheets::tr("Agenda")), items);
}

QString resolution(const MeetingSheetResolution& resolution)
{
    const QString number = resolution.number.trimmed();
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(esc(number.isEmpty() ? MeetingSheets::tr("Resolution")
                                                 : MeetingSheets::tr("Resolution %1").arg(number)));
    html += sheethtml::paragraphs(resolution.text);
    if (const QString moved = MeetingSheets::movedLine(resolution); !moved.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(moved));
    QString outcome = QStringLiteral("<b>%1</b>").arg(esc(resolution.outcome));
    if (resolution.votes)
        outcome += QStringLiteral(" — ") + esc(MeetingSheets::votesText(*resolution.votes));
    html += QStringLiteral("<p>%1</p>").arg(outcome);
    return html;
}

QString resolutions(const MeetingSheetInput& input)
{
    if (input.resolutions.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(MeetingSheets::tr("Resolutions")));
    for (const MeetingSheetResolution& item : input.resolutions)
        html += resolution(item);
    return html;
}

// Nothing at all when none were typed.
QString notes(const MeetingSheetInput& input)
{
    const QString typed = sheethtml::paragraphs(input.notes);
    if (typed.isEmpty())
        return {};
    return QStringLiteral("<h2>%1</h2>").arg(esc(MeetingSheets::tr("Notes"))) + typed;
}

// Room to sign, the line, and under it the name (when known), the role and the date.
QString signatureCell(const QString& name, const QString& role)
{
    QString html = QStringLiteral("<p><br/><br/>______________________________<br/>");
    if (!name.trimmed().isEmpty())
        html += esc(name.trimmed()) + QStringLiteral("<br/>");
    html += esc(role) + QStringLiteral("</p>");
    html += QStringLiteral("<p>%1 ____________________</p>").arg(esc(MeetingSheets::tr("Date:")));
    return html;
}

QString signatures(const MeetingSheetInput& input)
{
    return QStringLiteral("<h2>%1</h2>"
                          "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>"
                          "<td width=\"50%\">%2</td><td width=\"50%\">%3</td></tr></table>")
        .arg(esc(MeetingSheets::tr("Signatures")),
             signatureCell(input.secretaryName, MeetingSheets::tr("Secretary")),
             signatureCell(input.presidentName, MeetingSheets::tr("President")));
}

} // namespace

int MeetingSheetInput::count(AttendanceStatus status) const
{
    return static_cast<int>(std::count_if(directors.cbegin(), directors.cend(),
                                          [&](const auto& d) { return d.status == status; }));
}

QString MeetingSheets::heading(const MeetingSheetInput& input)
{
    return tr("%1 of %2").arg(input.kind, input.date.toString(Qt::ISODate));
}

QString MeetingSheets::quorumLine(const MeetingSheetInput& input)
{
    const int present = input.count(AttendanceStatus::Present);
    const int inOffice = static_cast<int>(input.directors.size());
    if (input.quorumReached)
        return tr("Quorum reached: %n present of %1 directors in office, %2 required.", nullptr,
                  present)
            .arg(inOffice)
            .arg(input.required);
    return tr("No quorum: %n present of %1 directors in office, %2 required.", nullptr, present)
        .arg(inOffice)
        .arg(input.required);
}

QString MeetingSheets::timeLine(const MeetingSheetInput& input)
{
    const bool start = input.startTime.isValid();
    const bool end = input.endTime.isValid();
    if (start && end)
        return tr("From %1 to %2")
            .arg(sheethtml::shortTime(input.startTime), sheethtml::shortTime(input.endTime));
    if (start)
        return tr("From %1").arg(sheethtml::shortTime(input.startTime));
    if (end)
        return tr("Until %1").arg(sheethtml::shortTime(input.endTime));
    return {};
}

QString MeetingSheets::movedLine(const MeetingSheetResolution& resolution)
{
    const QString mover = resolution.mover.trimmed();
    const QString seconder = resolution.seconder.trimmed();
    if (!mover.isEmpty() && !seconder.isEmpty())
        return tr("Proposed by %1, seconded by %2.").arg(mover, seconder);
    if (!mover.isEmpty())
        return tr("Proposed by %1.").arg(mover);
    if (!seconder.isEmpty())
        return tr("Seconded by %1.").arg(seconder);
    return {};
}

QString MeetingSheets::votesText(const ResolutionVotes& votes)
{
    return tr("For: %1, against: %2, abstaining: %3")
        .arg(votes.inFavour)
        .arg(votes.against)
        .arg(votes.abstaining);
}

std::unique_ptr<QTextDocument> MeetingSheets::attendanceSheet(const MeetingSheetInput& input)
{
    QString html = header(input, tr("Attendance sheet"));
    html += placeAndTime(input);
    if (input.directors.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No director is in office on that day.")));
    } else {
        html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                               "cellpadding=\"6\" style=\"border-collapse: collapse;\">");
        // The signature column gets the room a signature needs.
        html += QStringLiteral("<tr><th width=\"26%\">%1</th><th width=\"16%\">%2</th>"
                               "<th width=\"28%\">%3</th><th width=\"30%\">%4</th></tr>")
                    .arg(esc(tr("Director")), esc(tr("Role")), esc(tr("Represents")),
                         esc(tr("Signature")));
        for (const MeetingSheetDirector& director : input.directors)
            // The row is tall enough to sign in.
            html += QStringLiteral("<tr><td height=\"36\">%1</td><td>%2</td><td>%3</td>"
                                   "<td>&nbsp;</td></tr>")
                        .arg(esc(director.name), esc(director.role), esc(director.organisation));
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p class=\"meta\">%1</p>")
                .arg(esc(tr("Directors in office on that day: %1.").arg(input.directors.size())));
    return sheethtml::documentFrom(html, tr("Attendance sheet — %1").arg(heading(input)));
}

std::unique_ptr<QTextDocument> MeetingSheets::minutes(const MeetingSheetInput& input)
{
    QString html = header(input, tr("Minutes"));
    html += placeAndTime(input);
    html += attendance(input);
    html += agenda(input);
    html += resolutions(input);
    html += notes(input);
    html += signatures(input);
    return sheethtml::documentFrom(html, tr("Minutes — %1").arg(heading(input)));
}

Status MeetingSheets::writePdf(const QTextDocument& document, const QString& path,
                               const QString& databasePath, PaperSize paper)
{
    // Minutes name the directors: owner-only, never over the database, all or nothing.
    OutputFile file(path, databasePath);
    if (auto begun = file.begin(); !begun)
        return begun;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(QStringLiteral("Bilan"));
        // No page margins: print() keeps 2 cm around the text itself, and numbers the pages.
        writer.setPageLayout(QPageLayout(Paper::pageSize(paper), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        document.print(&writer);
    }
    return file.commit();
}

} // namespace bilan
