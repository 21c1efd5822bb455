#pragma once

#include "Database.h"
#include "Engagement.h"
#include "TableFile.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QTableView;

namespace Ui {
class EngagementView;
}

namespace bilan {

class EngagementCohortModel;
class EngagementFilterModel;
class EngagementModel;

// The director's Engagement page (issue 14): for a fiscal year, the year's summary (members on
// its first and last day, retention, attrition, net gain, organisations of each status), the
// list of organisations with their status, hours and five-year trend, narrowed by status,
// category, region and name, and the cohort table. The rules are computeEngagement()'s
// (domain/Engagement.h); the facts come from EngagementRepository. A double-click or Enter on
// a row asks for the organisation's detail (organisationActivated: the window shows it on the
// Members page). The list as shown is exported to CSV or XLSX (TableFile).
class EngagementView : public QWidget
{
    Q_OBJECT

public:
    explicit EngagementView(Database& database, QWidget* parent = nullptr);
    ~EngagementView() override;

    // The fiscal year shown, by the calendar year it starts in (2025 for 2025-2026).
    int fiscalYear() const;
    void setFiscalYear(int startYear);

    // Reads the year's facts again and applies the rules (with a busy cursor: a year of a
    // million entries takes about a second). The page also does it when shown after a change.
    void reload();
    // Another desk changed the database (MainWindow::reloadPages): read again now when the page
    // is shown, else the next time it is.
    Q_INVOKABLE void reloadFromDatabase();

    EngagementModel* model() const { return m_model; }
    // The rows as shown: filtered and sorted.
    EngagementFilterModel* shownModel() const { return m_shown; }
    EngagementCohortModel* cohortModel() const { return m_cohorts; }
    QTableView* listView() const;
    QTableView* cohortView() const;

    QString summaryText() const;
    // The message shown instead of the list when the year has no member and no service; empty
    // when the list is shown.
    QString emptyText() const;
    // The last error shown, empty when the last load or export succeeded.
    QString lastError() const { return m_lastError; }

    // The list as shown (filtered rows in their order), with typed columns.
    TableData tableData() const;
    // Writes tableData() to `path` (.csv or .xlsx); false with the error shown on a failure.
    bool exportTo(const QString& path);
    // Asks for the file, then writes it (the page's button, its list's menu, File ▸ Export).
    void askAndExport();
    // File ▸ Export Engagement List… (MainWindow::addExportAction), created with the page.
    QAction* exportAction() const { return m_exportAction; }

signals:
    // The user asked for an organisation's detail (double-click or Enter on its row).
    void organisationActivated(qint64 organisationId);
    void errorOccurred(const QString& message, const QString& field);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillYears();
    void fillFilters();
    void fillRegions();
    void applyFilters();
    void showEngagement(const Engagement& engagement);
    void showSummary(const Engagement& engagement);
    void updateCount();
    void fitColumns();
    void fitNameColumn();
    void showError(const QString& message);

    std::unique_ptr<Ui::EngagementView> m_ui;
    Database& m_db;
    EngagementModel* m_model = nullptr;
    EngagementFilterModel* m_shown = nullptr;
    EngagementCohortModel* m_cohorts = nullptr;
    QAction* m_exportAction = nullptr;
    QString m_lastError;
    // Whether what is shown must be read again before the page is seen (a change elsewhere,
    // another year, never loaded yet).
    bool m_stale = true;
    // The names' own width (the longest), which the name column never exceeds.
    int m_nameWidth = 0;
    // Whether someone chose the year; until then, showing the page picks it from the data.
    bool m_yearChosen = false;
    bool m_loading = false;
};

} // namespace bilan
