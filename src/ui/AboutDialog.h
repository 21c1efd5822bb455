#pragma once

#include <QDialog>
#include <QString>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace bilan {

// Help ▸ About Bilan: the version, the licence, the database the window works on and the log
// file, for a user who reports a problem or looks for the files.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    struct Details
    {
        QString version;
        // The file, or the login and the server's address (never a password).
        QString database;
        QString logFile;
    };

    explicit AboutDialog(const Details& details, QWidget* parent = nullptr);
    ~AboutDialog() override;

    // The log file of this process (the app layer starts the log; one file for every window).
    static void setLogFile(const QString& path);
    static QString logFile();

    // The texts shown, in the order of the form (for the tests and a copy to the clipboard).
    QString text() const;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace bilan
