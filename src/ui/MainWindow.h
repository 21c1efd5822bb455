#pragma once

#include <QList>
#include <QMainWindow>
#include <QPair>

#include <memory>
#include <optional>

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
    // (what, how many) rows, e.g. ("Organisations", 312); no count: it could not be read.
    void setSummary(const QList<QPair<QString, std::optional<qint64>>>& rows);
    // A problem the user must know about, kept in the status bar.
    void showProblem(const QString& message);

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
};

} // namespace bilan
