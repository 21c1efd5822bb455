#pragma once

#include "Clock.h"
#include "Database.h"
#include "FiscalYear.h"
#include "Result.h"

#include <QWidget>

#include <memory>

namespace Ui {
class FinancesView;
}

class QLabel;

namespace bilan {

class FinanceYearModel;

// The treasurer's page: one fiscal year's actual and budgeted finance lines, amounts edited in
// place, with each scenario's revenue, expenses, surplus and self-financing ratio kept current
// as amounts are committed. A closed year is shown read-only, under a banner that names it.
class FinancesView : public QWidget
{
    Q_OBJECT

public:
    // `clock` decides the current fiscal year (tests set it); the system clock when null. It
    // must outlive the view.
    explicit FinancesView(Database& database, QWidget* parent = nullptr,
                          const Clock* clock = nullptr);
    ~FinancesView() override;

    FiscalYear year() const;
    // Shows the lines of the year starting in `startYear` (added to the selector when missing).
    bilan::Status setFiscalYear(int startYear);
    FinanceYearModel* model() const { return m_model; }
    // The error shown above the table; empty when the last action went well.
    QString errorText() const;
    // The closed-year banner's text; empty when the year is open.
    QString bannerText() const;

    // Adds the line described by the form under the table.
    bilan::Status addLineFromForm();
    // Removes the line selected in the table, without asking (the button asks first).
    bilan::Status removeSelectedLine();
    // « Actual — Expense — Rent: $500.00 », to name a line in a question; empty out of range.
    QString lineDescription(int row) const;

    // Closes or reopens the year shown, without asking (the button asks first), then shows it
    // again: read-only under its banner once closed.
    bilan::Status setYearClosed(bool closed);

    // A login that may read the finances but not change them (RoleLimits): no form, no
    // editing in place, no closing, and `reason` said at the top of the page.
    void setReadOnly(bool readOnly, const QString& reason);
    // Another desk changed the database: the years and the lines are read again.
    Q_INVOKABLE void reloadFromDatabase();

signals:
    void errorOccurred(const QString& message, const QString& field);

private:
    bilan::Status fillYears();
    void selectYear(int index);
    void updateTotals();
    void updateReadOnly();
    void confirmRemoveSelectedLine();
    void confirmCloseOrReopen();
    void showError(const QString& message, const QString& field);
    void clearError();

    Database& m_db;
    std::unique_ptr<Ui::FinancesView> m_ui;
    const Clock& m_clock;
    FinanceYearModel* m_model = nullptr;
    int m_fiscalStartMonth = FiscalYear::DefaultStartMonth;
    bool m_readOnly = false;
};

} // namespace bilan
