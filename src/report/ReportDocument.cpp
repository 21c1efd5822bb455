#include "ReportDocument.h"

#include "ReportBackPage.h"
#include "ReportCharts.h"
#include "ReportSections.h"
#include "ReportStatements.h"
#include "ReportText.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

namespace bilan {

namespace {

// The year's prose: paragraphs separated by blank lines, line breaks kept.
QString prose(const QString& text)
{
    QString html;
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    for (const QString& paragraph : text.trimmed().split(blankLine, Qt::SkipEmptyParts)) {
        QString escaped = paragraph.trimmed().toHtmlEscaped();
        escaped.replace(u'\n', QStringLiteral("<br/>"));
        html += QStringLiteral("<p style=\"margin-bottom:8px\">%1</p>").arg(escaped);
    }
    return html;
}

// Objectives are written one per line; the bullets people type are the list's own.
QString objectiveList(const QString& text)
{
    QString items;
    static const QRegularExpression bullet(QStringLiteral("^[\\s»•*\\-–—]+"));
    for (QString line : text.split(u'\n', Qt::SkipEmptyParts)) {
        line.remove(bullet);
        if (!line.trimmed().isEmpty())
            items += QStringLiteral("<li>%1</li>").arg(line.trimmed().toHtmlEscaped());
    }
    return QStringLiteral("<ul>%1</ul>").arg(items);
}

QString textSection(const QString& title, const QString& body)
{
    if (body.trimmed().isEmpty())
        return {};
    return ReportSections::heading(title) + body;
}

// A word and, under it, who signs it: the name, then the title, as the seed names its authors.
QString signedWord(const QString& text, const std::optional<ReportStatements::Signature>& by)
{
    if (text.trimmed().isEmpty() || !by)
        return prose(text);
    return prose(text) +
           QStringLiteral("<p style=\"margin-top:12px; margin-bottom:8px\"><b>%1</b><br/>"
                          "<i>%2</i></p>")
               .arg(by->name.toHtmlEscaped(), by->title.toHtmlEscaped());
}

// "1er avril 2019" / "April 1, 2019".
QString longDate(const ReportInput& input, QDate date)
{
    if (input.language == ReportLanguage::English)
        return input.locale().toString(date, QStringLiteral("MMMM d, yyyy"));
    const QString day = date.day() == 1 ? QStringLiteral("1er") : QString::number(date.day());
    return day + u' ' + input.locale().toString(date, QStringLiteral("MMMM yyyy"));
}

QString cover(const ReportInput& input)
{
    const FiscalYear& year = input.figures.year;
    const QString organisation = input.organisationName.trimmed().isEmpty()
                                     ? ReportText::tr("Shared-services cooperative", input)
                                     : input.organisationName.trimmed();
    const QString period =
        ReportText::tr("Fiscal year from %1 to %2", input)
            .arg(longDate(input, year.firstDay()), longDate(input, year.lastDay()));
    QString html;
    html += QStringLiteral("<p align=\"center\" style=\"margin-top:150px; font-size:12pt; "
                           "color:#e39b2d; font-weight:bold\">%1</p>")
                .arg(organisation.toUpper().toHtmlEscaped());
    html += QStringLiteral("<h1 align=\"center\" style=\"font-size:28pt; color:#1f5f7a; "
                           "margin-top:24px; margin-bottom:12px\">%1</h1>")
                .arg(ReportText::tr("Activity report %1", input).arg(year.name()).toHtmlEscaped());
    html += QStringLiteral("<p align=\"center\" style=\"font-size:11pt; color:#555555; "
                           "margin-bottom:150px\">%1</p>")
                .arg(period.toHtmlEscaped());
    html += ReportSections::coverFigures(input);
    return html;
}

QString blockText(const QTextBlock& block, ReportLanguage language)
{
    QString text;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.charFormat().objectType() == ReportCharts::ObjectType) {
            const auto kind = ReportCharts::fromKey(
                fragment.charFormat().property(ReportCharts::KindProperty).toString());
            text += QStringLiteral("[chart: %1]")
                        .arg(kind ? ReportCharts::title(*kind, language) : QString());
            continue;
        }
        text += fragment.text();
    }
    text.replace(QChar::LineSeparator, u' ');
    text.remove(QChar::ObjectReplacementCharacter);
    text = text.trimmed();
    if (text.isEmpty())
        return text;
    if (const int level = block.blockFormat().headingLevel(); level > 0)
        return QString(level, u'#') + u' ' + text;
    if (block.textList())
        return QStringLiteral("- ") + text;
    return text;
}

void frameText(QTextFrame* frame, QStringList& lines, ReportLanguage language);

QString cellText(const QTextTableCell& cell, ReportLanguage language)
{
    QStringList parts;
    for (auto it = cell.begin(); !it.atEnd(); ++it) {
        if (it.currentFrame()) {
            frameText(it.currentFrame(), parts, language);
            continue;
        }
        const QString text = blockText(it.currentBlock(), language);
        if (!text.isEmpty())
            parts << text;
    }
    return parts.join(u' ');
}

void frameText(QTextFrame* frame, QStringList& lines, ReportLanguage language)
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* child = it.currentFrame()) {
            auto* table = qobject_cast<QTextTable*>(child);
            if (!table) {
                frameText(child, lines, language);
                continue;
            }
            for (int row = 0; row < table->rows(); ++row) {
                QStringList cells;
                for (int column = 0; column < table->columns(); ++column)
                    cells << cellText(table->cellAt(row, column), language);
                lines << QStringLiteral("| %1 |").arg(cells.join(QStringLiteral(" | ")));
            }
            continue;
        }
        const QString text = blockText(it.currentBlock(), language);
        if (!text.isEmpty())
            lines << text;
    }
}

// setHtml gives each chart an image format; the chart object keeps its size and kind.
void turnImagesIntoCharts(QTextDocument* document)
{
    const QString prefix = QString::fromLatin1(ReportCharts::UrlScheme) + u':';
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!fragment.charFormat().isImageFormat() || !image.name().startsWith(prefix))
                continue;
            QTextImageFormat chart = image;
            chart.setObjectType(ReportCharts::ObjectType);
            chart.setProperty(ReportCharts::KindProperty, image.name().mid(prefix.size()));
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(chart);
        }
    }
}

// The cover is a page of its own: the first section heading opens the second page. The paged
// layout drops a top margin at a page's top, so the headline figures take the space instead.
void startAfterCover(QTextDocument* document)
{
    for (QTextFrame* frame : document->rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            QTextTableFormat format = table->format();
            format.setTopMargin(60);
            table->setFormat(format);
            break;
        }
    }
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).mergeBlockFormat(format);
        return;
    }
}

} // namespace

QString ReportDocument::html(const ReportInput& input)
{
    const ReportTexts& texts = input.texts;
    QString body = cover(input);
    QString sections;
    sections += textSection(ReportText::tr("Word of the president", input),
                            signedWord(texts.president, ReportStatements::president(input)));
    sections += textSection(ReportText::tr("Word of the director", input),
                            signedWord(texts.director, ReportStatements::generalManager(input)));
    sections += textSection(ReportText::tr("Mission", input), prose(texts.mission));
    sections += textSection(ReportText::tr("Vision", input), prose(texts.vision));
    sections += textSection(
        ReportText::tr("Objectives for the year %1", input).arg(input.figures.year.name()),
        texts.objectives.trimmed().isEmpty() ? QString() : objectiveList(texts.objectives));
    sections += ReportSections::associativeLife(input);
    sections += ReportSections::membership(input);
    sections += ReportSections::services(input);
    sections += ReportSections::finances(input);
    sections += ReportSections::humanCapital(input);
    sections += ReportSections::businessDevelopment(input);
    sections += ReportSections::newMembersAppendix(input);
    body += sections;
    body += ReportBackPage::html(input);
    return QStringLiteral("<html><head><meta charset=\"utf-8\"/></head>"
                          "<body style=\"font-family:'DejaVu Sans'; font-size:10pt; "
                          "color:#222222\">%1</body></html>")
        .arg(body);
}

std::unique_ptr<QTextDocument> ReportDocument::build(const ReportInput& input, qreal textWidth)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDocumentMargin(0);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setTextWidth(textWidth);
    ReportCharts::install(document.get(), input);
    document->setHtml(html(input));
    turnImagesIntoCharts(document.get());
    startAfterCover(document.get());
    return document;
}

QString ReportDocument::text(const QTextDocument& document, ReportLanguage language)
{
    QStringList lines;
    frameText(document.rootFrame(), lines, language);
    return lines.join(u'\n') + u'\n';
}

} // namespace bilan
