#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <memory>

class QTextDocument;

namespace bilan::sheethtml {

// The pieces the secretary's documents (attendance sheet, minutes, register of resolutions)
// share, so that they read as one family: the same type, headings and table style.

QString esc(const QString& text);
// "Tuesday, June 10, 2025" / « mardi 10 juin 2025 », in the window's language.
QString longDate(QDate day);
// "7:00 p.m." / « 19 h 00 », in the window's language.
QString shortTime(QTime time);
// Paragraphs as typed (a blank line between two), line breaks kept; empty for blank text.
QString paragraphs(const QString& text);
// The cooperative's name above the document's name, as every sheet opens.
QString titleBlock(const QString& organisationName, const QString& documentName);
// A document with the sheets' style sheet, titled `title` (the PDF's title and the window's).
std::unique_ptr<QTextDocument> documentFrom(const QString& body, const QString& title);

} // namespace bilan::sheethtml
