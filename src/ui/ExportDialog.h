#pragma once

#include "CsvFormat.h"
#include "Database.h"

#include <QDialog>
#include <QString>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace bilan {

// File ▸ Export: one kind of data written as a CSV file in the format the import reads back,
// or as an Excel workbook with the same rows, typed (a name ending in .xlsx; CsvExporter).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(Database& database, QWidget* parent = nullptr);
    ~ExportDialog() override;

    CsvKind kind() const;
    void setKind(CsvKind kind);
    QString filePath() const;
    void setFilePath(const QString& path);

    // Writes the file (replacing one already there); true when it was written. No question is
    // asked: the Export button asks before replacing a file the save dialog did not confirm.
    bool exportNow();
    // The sentence under the form: rows written, or what went wrong.
    QString statusText() const;

public slots:
    // Opens a save dialog proposing "<kind>.csv" (or .xlsx when the form names a workbook),
    // offering both formats, and takes the chosen file.
    void browse();

signals:
    void exported(bilan::CsvKind kind, qint64 rows, const QString& path);
    void errorOccurred(const QString& message, const QString& field);

private:
    void exportClicked();
    void kindChanged();
    void showStatus(const QString& text, bool error);
    void updateButtons();

    Database& m_db;
    std::unique_ptr<Ui::ExportDialog> m_ui;
    CsvKind m_shownKind = CsvKind::Organisations;
    // The file the save dialog already asked about replacing.
    QString m_confirmedPath;
};

} // namespace bilan
