#include "ListExport.h"

#include "Database.h"
#include "MessageBox.h"
#include "TableExportDialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QGuiApplication>

namespace bilan {

ListExport::ListExport(QAbstractItemView* view, Database& database, Builder table,
                       const QString& baseName, const QString& menuText, const QString& objectName)
    : QObject(view), m_view(view), m_db(database), m_table(std::move(table)), m_baseName(baseName)
{
    m_listAction = new QAction(tr("E&xport…"), view);
    m_listAction->setObjectName(objectName + QStringLiteral("List"));
    view->addAction(m_listAction);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_listAction, &QAction::triggered, this, [this] { askAndExport(); });
    m_menuAction = new QAction(menuText, this);
    m_menuAction->setObjectName(objectName);
}

QString ListExport::askAndExport()
{
    // A long list (every hour of a year) takes a moment to read.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto table = m_table();
    QGuiApplication::restoreOverrideCursor();
    if (!table) {
        MessageBox::critical(m_view, tr("Export the List"),
                             tr("Nothing was written: %1").arg(table.message()));
        return {};
    }
    return TableExportDialog::exportTable(m_view, *table, m_baseName, m_db);
}

Status ListExport::exportTo(const QString& path) const
{
    auto table = m_table();
    if (!table)
        return table.error();
    return TableFile::write(*table, path, m_db.isServer() ? QString() : m_db.path());
}

} // namespace bilan
