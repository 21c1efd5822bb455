#pragma once

// Reading back an OpenDocument text the way a test can check it: the zip's entries through
// `unzip` (scripts/setup.sh installs it), and content.xml as lines in ReportDocument::text's
// reading (paragraphs, "- " list items, table rows as "| a | b |"), each picture as "[picture]".

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>
#include <QXmlStreamReader>

#include <optional>

namespace bilan::test {

// `unzip ARGUMENTS`' standard output; nullopt when unzip is missing or fails.
inline std::optional<QByteArray> unzip(const QStringList& arguments)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (program.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return std::nullopt;
    return process.readAllStandardOutput();
}

inline std::optional<QByteArray> zipEntry(const QString& zip, const QString& entry)
{
    return unzip({QStringLiteral("-p"), zip, entry});
}

inline QStringList zipEntries(const QString& zip)
{
    const auto listing = unzip({QStringLiteral("-Z1"), zip});
    return listing ? QString::fromUtf8(*listing).split(u'\n', Qt::SkipEmptyParts) : QStringList();
}

namespace detail {

// The text of the paragraph the reader stands on (text:p or text:h), to its end element.
inline QString paragraphText(QXmlStreamReader& xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            ++depth;
            const auto name = xml.name();
            if (name == QLatin1String("s")) {
                const auto count = xml.attributes().value(QLatin1String("text:c"));
                text += QString(count.isEmpty() ? 1 : count.toInt(), u' ');
            } else if (name == QLatin1String("tab")) {
                text += u'\t';
            } else if (name == QLatin1String("line-break")) {
                // Qt's writer puts a tab before each line break (a justified paragraph's last
                // line would stretch otherwise): the two are the document's one line separator.
                if (text.endsWith(u'\t'))
                    text.chop(1);
                text += u' ';
            } else if (name == QLatin1String("image")) {
                text += QStringLiteral("[picture]");
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
            // The writer indents its markup; inside a span, characters are the text.
            if (!xml.isWhitespace())
                text += xml.text();
            break;
        default:
            break;
        }
    }
    return text.trimmed();
}

inline void readBody(QXmlStreamReader& xml, QStringList& lines, QStringList* cell, int listDepth)
{
    QStringList row;
    QStringList cellParts;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        const auto name = xml.name();
        if (token == QXmlStreamReader::EndElement) {
            if (name == QLatin1String("table-cell") || name == QLatin1String("covered-table-cell"))
                return; // the caller collects the cell
            if (name == QLatin1String("list"))
                return;
            if (name == QLatin1String("table-row")) {
                lines << QStringLiteral("| %1 |").arg(row.join(QStringLiteral(" | ")));
                row.clear();
            }
            if (name == QLatin1String("body"))
                return;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (name == QLatin1String("p") || name == QLatin1String("h")) {
            const QString text = paragraphText(xml);
            if (text.isEmpty())
                continue;
            const QString line = listDepth > 0 ? QStringLiteral("- ") + text : text;
            if (cell)
                *cell << line;
            else
                lines << line;
        } else if (name == QLatin1String("list")) {
            readBody(xml, lines, cell, listDepth + 1);
        } else if (name == QLatin1String("table-cell") ||
                   name == QLatin1String("covered-table-cell")) {
            cellParts.clear();
            readBody(xml, lines, &cellParts, 0);
            row << cellParts.join(u' ');
        }
    }
}

} // namespace detail

// content.xml's body in ReportDocument::text's reading, without heading marks.
inline QString odtText(const QByteArray& contentXml)
{
    QXmlStreamReader xml(contentXml);
    QStringList lines;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            xml.name() == QLatin1String("body")) {
            detail::readBody(xml, lines, nullptr, 0);
            break;
        }
    }
    return lines.join(u'\n') + u'\n';
}

// ReportDocument::text's reading as the ODT should give it back: headings without their "#"
// marks (the word processor shows them by their style), each chart as a picture.
inline QString asOdtText(QString reportText)
{
    static const QRegularExpression heading(QStringLiteral("^#+ "),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression chart(QStringLiteral("\\[chart: [^\\]]*\\]"));
    reportText.remove(heading);
    reportText.replace(chart, QStringLiteral("[picture]"));
    return reportText;
}

} // namespace bilan::test
