#include "ReportBackPage.h"

#include "ReportText.h"

namespace bilan {

QStringList ReportBackPage::contactLines(const Cooperative& cooperative)
{
    QStringList lines;
    for (const QString& line : cooperative.address.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    for (const QString& line : {cooperative.phone, cooperative.email, cooperative.website}) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines;
}

QString ReportBackPage::html(const ReportInput& input)
{
    if (input.contactLines.isEmpty())
        return {};
    const QString name = input.organisationName.trimmed().isEmpty()
                             ? ReportText::tr("Shared-services cooperative", input)
                             : input.organisationName.trimmed();
    QString html = QStringLiteral("<p align=\"center\" style=\"page-break-before:always; "
                                  "margin-top:200px; font-size:14pt; color:#1f5f7a; "
                                  "font-weight:bold\">%1</p>")
                       .arg(name.toUpper().toHtmlEscaped());
    for (const QString& line : input.contactLines)
        html += QStringLiteral("<p align=\"center\" style=\"font-size:11pt; color:#555555; "
                               "margin:2px\">%1</p>")
                    .arg(line.toHtmlEscaped());
    return html;
}

} // namespace bilan
