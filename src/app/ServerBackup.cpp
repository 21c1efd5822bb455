#include "ServerBackup.h"

#include "DatabaseCopy.h"

#include <QDir>
#include <QProgressDialog>

namespace bilan {

Status ServerBackup::run(Database& database, const QString& path, QWidget* parent)
{
    QProgressDialog dialog(tr("Backing up the server to %1…").arg(QDir::toNativeSeparators(path)),
                           QString(), 0, 1, parent);
    dialog.setWindowTitle(tr("Back up the database"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoReset(false);
    auto copied = DatabaseCopy::copyToNewFile(
        database, path, [&dialog, &path](const QString& table, qint64 done, qint64 total) {
            dialog.setLabelText(tr("Backing up the server to %1: %2, %L3 of %L4 rows")
                                    .arg(QDir::toNativeSeparators(path), table)
                                    .arg(done)
                                    .arg(total));
            // QProgressDialog counts in int: a table's rows are shown in thousandths.
            dialog.setMaximum(1000);
            // A modal dialog's setValue keeps the window painted.
            dialog.setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 1000);
        });
    dialog.close();
    if (!copied)
        return copied.error();
    return {};
}

} // namespace bilan
