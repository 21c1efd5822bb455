#include "MeetingPrinting.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "OutputTarget.h"
#include "PaperPreference.h"

#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>

namespace bilan {

void MeetingPrinting::preview(QWidget* parent, const QTextDocument& document,
                              const QString& databasePath)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.metaInformation(QTextDocument::DocumentTitle));
    printer.setPageSize(Paper::pageSize(PaperPreference::paper()));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(document.metaInformation(QTextDocument::DocumentTitle));
    QObject::connect(
        &dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [&document, &databasePath, parent](QPrinter* target) {
            if (target->outputFormat() == QPrinter::PdfFormat &&
                !target->outputFileName().isEmpty()) {
                const Status allowed = OutputTarget::check(target->outputFileName(), databasePath);
                if (!allowed) {
                    MessageBox::warning(parent, tr("Print to a file"), allowed.message());
                    return;
                }
            }
            document.print(target);
        });
    dialog.exec();
}

QString MeetingPrinting::askPdfPath(QWidget* parent, const QString& title,
                                    const QString& suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return FileDialog::getSaveFileName(parent, title, QDir(folder).filePath(suggestedName),
                                       tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
}

QString MeetingPrinting::fileWord(const QString& shown)
{
    QString word;
    bool dash = false;
    // Accents go (é → e): the name travels by mail and USB keys.
    for (const QChar c : shown.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            if (dash && !word.isEmpty())
                word += u'-';
            word += c.toLower();
            dash = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            dash = true;
        }
    }
    return word;
}

} // namespace bilan
