#include "SheetHtml.h"

#include <QLocale>
#include <QStringList>
#include <QTextDocument>

namespace bilan::sheethtml {

namespace {

const QString Style = QStringLiteral("body { font-family: sans-serif; font-size: 10pt; }"
                                     "h1 { font-size: 16pt; margin-bottom: 2pt; }"
                                     "h2 { font-size: 12pt; margin-top: 14pt; margin-bottom: 4pt; }"
                                     "h3 { font-size: 10pt; margin-top: 10pt; margin-bottom: 2pt; }"
                                     "p.meta { color: #444444; margin-top: 0; }"
                                     "th { background-color: #e8e8e8; text-align: left; }");

} // namespace

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString longDate(QDate day)
{
    return QLocale().toString(day, QLocale::LongFormat);
}

QString shortTime(QTime time)
{
    return QLocale().toString(time, QLocale::ShortFormat);
}

QString paragraphs(const QString& text)
{
    QString html;
    const QStringList parts = text.trimmed().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString& part : parts)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(part.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    return html;
}

QString titleBlock(const QString& organisationName, const QString& documentName)
{
    QString html;
    if (!organisationName.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>").arg(esc(organisationName));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(documentName));
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

} // namespace bilan::sheethtml
