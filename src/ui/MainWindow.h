#pragma once

#include <QList>
#include <QMainWindow>
#include <QPair>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace bilan {

// The window's frame. Until the task views land it shows what the open database holds.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void setDatabasePath(const QString& path);
    // (what, how many) rows, e.g. ("Organisations", 312).
    void setSummary(const QList<QPair<QString, qint64>>& rows);

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
};

} // namespace bilan
