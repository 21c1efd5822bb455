#pragma once

#include "Database.h"
#include "ReportDashboardModel.h"
#include "ReportInput.h"
#include "ReportTexts.h"
#include "Result.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

class QChartView;
class QPlainTextEdit;
class QPrinter;

namespace Ui {
class ReportsView;
}

namespace bilan {

class ReportChartGrid;

// The director's reports screen: a fiscal year, its main figures beside the previous year's and
// its charts, the report's texts per year and language, and the annual report — the document of
// `bilan report` — previewed, printed or exported as a PDF or an OpenDocument text. The view never
// runs SQL: figures come from FiguresCalculator and ReportInputLoader, texts from
// ReportTextRepository.
class ReportsView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsView(Database& database, QWidget* parent = nullptr);
    ~ReportsView() override;

    // The fiscal year shown, by the calendar year it starts in (2019 for 2019-2020).
    int fiscalYear() const;
    void setFiscalYear(int startYear);
    // The language of the texts being edited: "fr" or "en".
    QString textLanguage() const;
    void setTextLanguage(const QString& language);
    // The language of the printed and exported report: "fr" or "en".
    QString reportLanguage() const;
    void setReportLanguage(const QString& language);

    // Reads the figures, the charts and the texts of the year again (after an edit elsewhere).
    void reload();
    // Another desk changed the database (MainWindow::reloadPages); texts being edited stay.
    Q_INVOKABLE void reloadFromDatabase() { reload(); }
    // Whether a text was edited since it was loaded or saved.
    bool textsModified() const;
    // Asked by the window before it closes or is rebuilt: true when the page may go (its texts
    // saved, discarded or never edited), false when the user chose to stay.
    Q_INVOKABLE bool confirmLeaving() { return confirmLeavingTexts(); }
    // Saves the edited texts for the year and language they were loaded for; false (and the error
    // shown inline) on a failure.
    bool saveTexts();
    // Writes the year's annual report, in "fr" or "en", as `bilan report` does. The export button
    // asks for the file then calls this; tests call it directly. False (and the error shown) on
    // a failure.
    bool exportPdf(const QString& path, const QString& language);
    // The same report as an OpenDocument text, to edit in a word processor (`bilan report --odt`).
    bool exportOdt(const QString& path, const QString& language);
    // Asks for the OpenDocument file, then writes it (the page's button, File ▸ Export).
    void askAndExportOdt();
    // Paints the same report onto `printer` (the print dialog's, the preview's), through the
    // PDF's painting code: the same pages. False (and the error shown) on a failure.
    bool printReport(QPrinter& printer, const QString& language);

    // The dashboard's figures (tests read its cells; the table shows it).
    ReportDashboardModel& dashboard() const { return *m_dashboard; }
    // The text shown in a dashboard cell (for tests and accessibility checks).
    QString cellText(ReportDashboardModel::Row row, ReportDashboardModel::Column column) const;
    // The dashboard's charts shown for the year (those with something to show), in order.
    QList<QChartView*> visibleCharts() const;
    // The last error shown, empty when the last action succeeded.
    QString lastError() const { return m_lastError; }

signals:
    void errorOccurred(const QString& message, const QString& field);

protected:
    // Figures read again each time the page is shown: hours, members or a survey entered on
    // another page of this window since are in them.
    void showEvent(QShowEvent* event) override;

private:
    void fillYears();
    void loadFigures();
    void fitFiguresTable();
    void loadTexts();
    void askAndExport();
    void askAndPrint();
    void showPreview();
    void setTextsUnmodified();
    // The texts another desk saved (RowVersion) replace the ones on screen.
    void showStoredTexts(const bilan::Result<ReportTexts>& stored);
    QList<QPlainTextEdit*> textEdits() const;
    // True when the texts on screen may be replaced (saved, discarded or never edited): asks
    // Save, Discard or Cancel when they were edited.
    bool confirmLeavingTexts();
    // Puts the pickers back on the texts shown, after a cancelled switch.
    void revertTextsSelection();
    bool paintReport(const ReportInput& input, QPrinter& printer);
    // Shows a failed export, print or preview; always false.
    bool exportFailed(const QString& message);
    void showError(const QString& message, const QString& field = {});
    void showMessage(const QString& message);

    std::unique_ptr<Ui::ReportsView> m_ui;
    Database& m_db;
    ReportDashboardModel* m_dashboard = nullptr;
    std::unique_ptr<ReportChartGrid> m_charts;
    QString m_lastError;
    // The year and language of the texts on screen (0 before the first load).
    int m_textsYear = 0;
    // Whether someone chose the year; until then, showing the page picks it again from the data
    // (a new database's first hours, typed after the window opened, are a year to report).
    bool m_yearChosen = false;
    QString m_textsLanguage;
    // The version of the texts on screen (RowVersion); invalid when none were stored.
    QDateTime m_textsVersion;
};

} // namespace bilan
