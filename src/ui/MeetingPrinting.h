#pragma once

#include <QCoreApplication>
#include <QString>

class QTextDocument;
class QWidget;

namespace bilan {

// The printing side of the meeting sheets: the dialogs, kept out of the editor so its tests
// can write PDFs without meeting a modal window.
class MeetingPrinting
{
    Q_DECLARE_TR_FUNCTIONS(bilan::MeetingPrinting)

public:
    // Shows the document in a print preview, from which it is printed. Printed to a PDF file,
    // never over the database at `databasePath` or its files (OutputTarget).
    static void preview(QWidget* parent, const QTextDocument& document,
                        const QString& databasePath);
    // The PDF file chosen by the secretary, empty when cancelled. `suggestedName` is offered
    // in the documents folder.
    static QString askPdfPath(QWidget* parent, const QString& title, const QString& suggestedName);
    // `shown` (a meeting kind's name in the interface's language) as a word of a file name:
    // "Rencontre du conseil" → "rencontre-du-conseil", so that a French file name is French
    // throughout.
    static QString fileWord(const QString& shown);
};

} // namespace bilan
