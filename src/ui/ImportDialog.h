#pragma once

#include "CsvFormat.h"
#include "CsvImporter.h"
#include "Database.h"

#include <QDialog>
#include <QString>

#include <memory>

namespace Ui {
class ImportDialog;
}

namespace bilan {

class ImportProblemModel;

// File ▸ Import: one CSV file of one kind. "Check" reads the whole file without writing
// (a dry run) and lists every bad line; "Import" is offered only after a clean check of the
// same kind and file, and writes everything in one transaction or nothing.
//
// The work runs on the GUI thread because the database connection belongs to it; a progress
// bar, fed by the importer, keeps the window painted while a large file is read.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Database& database, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // The human name of a kind ("Hours (service entries)"), shared with the export dialog.
    static QString kindLabel(CsvKind kind);

    CsvKind kind() const;
    void setKind(CsvKind kind);
    QString filePath() const;
    void setFilePath(const QString& path);

    // A dry run of the chosen file; true when it found no problem. Writes nothing.
    bool check();
    // The real import; true when the rows were written. Refused unless a clean check of the
    // same kind and file came first.
    bool importNow();

    bool canImport() const;
    int problemCount() const;
    // The problems of the last check or import, one row each (line, column, message).
    ImportProblemModel* problemModel() const { return m_problems; }
    // The sentence under the form: rows checked, rows imported, or what went wrong.
    QString statusText() const;

public slots:
    // Opens a file dialog and takes the chosen file.
    void browse();
    // Closes, except while a file is being read: the importer cannot stop half-way.
    void reject() override;

signals:
    // After rows were written, so that the window can reload the pages that show this kind.
    void imported(bilan::CsvKind kind, int rows);
    void errorOccurred(const QString& message, const QString& field);

private:
    ImportResult run(bool dryRun);
    void invalidate();
    void showResult(const ImportResult& result, bool dryRun);
    void showStatus(const QString& text, bool error);
    void setBusy(bool busy);
    void updateColumnsHint();
    void updateButtons();

    Database& m_db;
    std::unique_ptr<Ui::ImportDialog> m_ui;
    ImportProblemModel* m_problems;
    // The kind and file of the last clean check; Import is offered only for these.
    bool m_checkedClean = false;
    bool m_busy = false;
};

} // namespace bilan
