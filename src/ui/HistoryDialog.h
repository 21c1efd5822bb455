#pragma once

#include "ChangeLog.h"
#include "Database.h"

#include <QDialog>

#include <functional>
#include <optional>

class QAbstractItemView;
class QAction;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace bilan {

class HistoryModel;

// A row's history: the changes of one row and of the rows that belong to it (a meeting's
// attendance, an organisation's memberships, a director's mandates…), newest first, with every
// field of the chosen change below the list. Also shows a given list of changes (the History
// page's Enter on an import).
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // The changes of `table`'s row `rowKey` and its children, under `title`.
    HistoryDialog(Database& database, const QString& table, const QString& rowKey,
                  const QString& title, QWidget* parent = nullptr);
    // These changes, under `title`.
    HistoryDialog(const QList<ChangeRecord>& records, const QString& title,
                  QWidget* parent = nullptr);
    ~HistoryDialog() override;

    HistoryModel* model() const { return m_model; }
    // Chooses the change with this id, its fields shown below the list.
    void selectRecord(qint64 recordId);
    // What the dialog says instead of a list (a login that may not read the record, a failure);
    // empty when it shows the list.
    QString problem() const;
    // The fields of the chosen change, as shown.
    QString detail() const;

private:
    explicit HistoryDialog(const QString& title, QWidget* parent);
    void showDetail();

    HistoryModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QLabel* m_problem = nullptr;
};

// The row a list shows, for its History action.
struct HistoryRow
{
    QString table;
    QString key;
    // How the dialog's title names it (an organisation's name, a meeting's date…).
    QString name;
};

// Adds "History…" (Ctrl+Shift+H while the list has the focus) to the context menu of `view`:
// it opens a HistoryDialog for the row `rowAt` gives for the current row. Nothing is added when
// the login may not read the record (canRead). Returns the action, or nullptr.
QAction* addHistoryAction(QAbstractItemView* view, Database& database,
                          std::function<std::optional<HistoryRow>(int row)> rowAt);

// The row of `view`'s model whose `idRole` holds the key of `table`, named by the text of its
// column `nameColumn`; nothing for a row without an id (a new one not saved yet).
std::function<std::optional<HistoryRow>(int row)>
historyRowById(QAbstractItemView* view, const QString& table, int idRole, int nameColumn = 0);

} // namespace bilan
