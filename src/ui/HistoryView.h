#pragma once

#include "ChangeLog.h"
#include "Database.h"
#include "Result.h"

#include <QWidget>

#include <memory>

namespace Ui {
class HistoryView;
}

namespace bilan {

class HistoryModel;
class ListExport;

// The History page: every recorded change (ChangeLog), newest first, filtered by who made it,
// the table it changed, a period (days in UTC) and "late changes only", with an export of what
// the list shows as CSV or XLSX (TableFile). Enter or a double-click on a change shows all its
// fields. A login that may not read the record (on a server, every role but the director's)
// sees why instead of the list.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    // At most this many changes are listed at once (the newest); the filters narrow them.
    static constexpr int ShownAtMost = 5000;

    explicit HistoryView(Database& database, QWidget* parent = nullptr);
    ~HistoryView() override;

    HistoryModel* model() const { return m_model; }
    // Whether the login may read the record (else the page shows the reason only).
    bool mayRead() const { return m_mayRead; }
    // The filter the page's controls make.
    ChangeFilter filter() const;
    // Reads the changes the filter keeps again (and the list of who made them).
    void reload();
    // Another desk changed the database.
    Q_INVOKABLE void reloadFromDatabase();
    // Writes what the list shows to `path` (.csv or .xlsx).
    Status exportTo(const QString& path);
    // Asks for a file, then exports; a failure is shown on the page.
    void askAndExport();
    // The list's export from its right-click menu and File ▸ Export; null when this login may
    // not read the history.
    ListExport* listExport() const { return m_export; }
    // Opens the dialog with every field of the change at `row`.
    void showChange(int row);

signals:
    void errorOccurred(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    // The changes made in this window since the page was last shown are listed too.
    void showEvent(QShowEvent* event) override;

private:
    void fillChoices();
    void showMessage(const QString& message);

    Database& m_db;
    std::unique_ptr<Ui::HistoryView> m_ui;
    HistoryModel* m_model = nullptr;
    ListExport* m_export = nullptr;
    bool m_mayRead = false;
    bool m_filling = false;
};

} // namespace bilan
