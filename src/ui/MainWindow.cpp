#include "MainWindow.h"

#include "ui_MainWindow.h"

#include <QDir>
#include <QKeySequence>
#include <QLocale>

namespace bilan {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_ui(new Ui::MainWindow)
{
    m_ui->setupUi(this);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    m_ui->summaryTable->setColumnCount(2);
    m_ui->summaryTable->setHorizontalHeaderLabels({tr("Records"), tr("Count")});
}

MainWindow::~MainWindow() = default;

void MainWindow::setDatabasePath(const QString& path)
{
    setWindowTitle(tr("Bilan — %1").arg(QDir::toNativeSeparators(path)));
    m_ui->statusBar->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::showProblem(const QString& message)
{
    m_ui->statusBar->showMessage(message);
}

void MainWindow::setSummary(const QList<QPair<QString, std::optional<qint64>>>& rows)
{
    m_ui->summaryTable->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_ui->summaryTable->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        const auto& value = rows[row].second;
        auto* count = new QTableWidgetItem(value ? QLocale().toString(*value) : tr("unreadable"));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->summaryTable->setItem(row, 1, count);
    }
    m_ui->summaryTable->resizeColumnToContents(0);
}

} // namespace bilan
