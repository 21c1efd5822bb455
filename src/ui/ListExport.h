#pragma once

#include "Result.h"
#include "TableFile.h"

#include <QObject>
#include <QString>

#include <functional>

class QAbstractItemView;
class QAction;

namespace bilan {

class Database;

// A page's list exported the way the Engagement page's is: "Export…" in the list's right-click
// menu and an action for File ▸ Export (MainWindow::addExportAction), both asking for the file
// with TableExportDialog (CSV or XLSX, the last folder, the question before replacing) and
// writing what `table` builds: the rows shown, in the order shown, typed.
class ListExport : public QObject
{
    Q_OBJECT

public:
    using Builder = std::function<Result<TableData>()>;

    // `menuText`: the File ▸ Export action's words ("Export Hours &List…"); `objectName` its
    // name, for tests; `baseName`: the file name proposed, without its extension.
    ListExport(QAbstractItemView* view, Database& database, Builder table, const QString& baseName,
               const QString& menuText, const QString& objectName);

    // In the list's right-click menu.
    QAction* listAction() const { return m_listAction; }
    // For File ▸ Export: the window shows the page first, then calls askAndExport().
    QAction* menuAction() const { return m_menuAction; }
    // Builds the list, asks for the file and writes it; the file written, empty when the user
    // cancelled or something failed (said in a message box).
    QString askAndExport();
    // Builds the list and writes it to `path` (.csv or .xlsx), without a question.
    Status exportTo(const QString& path) const;

private:
    QAbstractItemView* m_view;
    Database& m_db;
    Builder m_table;
    QString m_baseName;
    QAction* m_listAction;
    QAction* m_menuAction;
};

} // namespace bilan
