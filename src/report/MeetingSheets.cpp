#include "MeetingSheets.h"

#include "OutputFile.h"

#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>

namespace bilan {

namespace {

const QString Style = QStringLiteral("body { font-family: sans-serif; font-size: 10pt; }"
                                     "h1 { font-size: 16pt; margin-bottom: 2pt; }"
                                     "h2 { font-size: 12pt; margin-top: 14pt; margin-bottom: 4pt; }"
                                     "p.meta { color: #444444; margin-top: 0; }"
                                     "th { background-color: #e8e8e8; text-align: left; }");

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString longDate(QDate day)
{
    return QLocale().toString(day, QLocale::LongFormat);
}

QString header(const MeetingSheetInput& input, const QString& documentName)
{
    QString html;
    if (!input.organisationName.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>").arg(esc(input.organisationName));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(documentName));
    QString meta = esc(input.kind) + QStringLiteral(" — ") + esc(longDate(input.date));
    if (!input.title.isEmpty())
        meta = QStringLiteral("<b>%1</b><br/>").arg(esc(input.title)) + meta;
    html += QStringLiteral("<p>%1</p>").arg(meta);
    return html;
}

std::unique_ptr<QTextDocument> documentFrom(const QString& body, const QString& title)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultStyleSheet(Style);
    document->setHtml(QStringLiteral("<html><body>%1</body></html>").arg(body));
    // After setHtml(), which takes the title from the HTML's own <title>.
    document->setMetaInformation(QTextDocument::DocumentTitle, title);
    return document;
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

std::unique_ptr<QTextDocument> MeetingSheets::attendanceSheet(const MeetingSheetInput& input)
{
    QString html = header(input, tr("Attendance sheet"));
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
    return documentFrom(html, tr("Attendance sheet — %1").arg(heading(input)));
}

std::unique_ptr<QTextDocument> MeetingSheets::minutes(const MeetingSheetInput& input)
{
    QString html = header(input, tr("Minutes"));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Attendance")));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(tr("Present (%1)").arg(input.count(AttendanceStatus::Present))));
    html += namesWith(input, AttendanceStatus::Present);
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(tr("Absent (%1)").arg(input.count(AttendanceStatus::Absent))));
    html += namesWith(input, AttendanceStatus::Absent);
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(tr("Excused (%1)").arg(input.count(AttendanceStatus::Excused))));
    html += namesWith(input, AttendanceStatus::Excused);

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Quorum")));
    html += QStringLiteral("<p>%1</p>").arg(esc(quorumLine(input)));
    if (!input.quorumRule.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>")
                    .arg(esc(tr("Rule: %1.").arg(input.quorumRule)));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Notes")));
    if (input.notes.trimmed().isEmpty()) {
        html += QStringLiteral("<p>—</p>");
    } else {
        // Paragraphs as the secretary typed them, line breaks kept.
        const QStringList paragraphs = input.notes.trimmed().split(QStringLiteral("\n\n"));
        for (const QString& paragraph : paragraphs)
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(paragraph).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    }
    return documentFrom(html, tr("Minutes — %1").arg(heading(input)));
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
