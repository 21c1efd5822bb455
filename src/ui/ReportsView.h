#pragma once

#include "Database.h"
#include "ReportInput.h"
#include "Result.h"
#include "YearlyFigures.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ReportsView;
}

namespace bilan {

// The director's reports screen: a fiscal year, its main figures beside the previous year's,
// the report's texts per year and language, and the annual report exported as a PDF. The view
// never runs SQL: figures come from FiguresCalculator, texts from ReportTextRepository.
class ReportsView : public QWidget
{
    Q_OBJECT

public:
    // The dashboard's rows, in order.
    enum Figure
    {
        Hours,
        EnterprisesServed,
        MembersAtYearEnd,
        NewMembers,
        Revenue,
        Expenses,
        Surplus,
        SelfFinancing,
        Satisfaction,
        FigureCount
    };
    // The dashboard's columns.
    enum Column
    {
        FigureColumn,
        PreviousColumn,
        CurrentColumn,
        ChangeColumn,
        ColumnCount
    };

    explicit ReportsView(Database& database, QWidget* parent = nullptr);
    ~ReportsView() override;

    // The fiscal year shown, by the calendar year it starts in (2019 for 2019-2020).
    int fiscalYear() const;
    void setFiscalYear(int startYear);
    // The language of the texts being edited: "fr" or "en".
    QString textLanguage() const;
    void setTextLanguage(const QString& language);

    // Reads the figures and the texts of the year again (after an edit elsewhere).
    void reload();
    // Saves the edited texts of the year and language; false (and the error shown inline) on a
    // failure.
    bool saveTexts();
    // Writes the year's annual report, in "fr" or "en", as `bilan report` does. The export button
    // asks for the file then calls this; tests call it directly. False (and the error shown) on
    // a failure.
    bool exportPdf(const QString& path, const QString& language);

    // The text shown in a dashboard cell (for tests and accessibility checks).
    QString cellText(Figure row, Column column) const;
    // The last error shown, empty when the last action succeeded.
    QString lastError() const { return m_lastError; }

signals:
    void errorOccurred(const QString& message, const QString& field);

private:
    void fillYears();
    void loadFigures();
    void loadTexts();
    void askAndExport();
    void showError(const QString& message, const QString& field = {});
    void showMessage(const QString& message);
    void setRow(Figure row, const QString& name, const QString& previous, const QString& current,
                const QString& change);
    // Everything the report needs for one year and language, read in one snapshot.

    std::unique_ptr<Ui::ReportsView> m_ui;
    Database& m_db;
    QString m_lastError;
};

} // namespace bilan
