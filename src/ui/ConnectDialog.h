#pragma once

#include "ServerLogin.h"

#include <QDialog>
#include <QString>

#include <functional>
#include <memory>

namespace Ui {
class ConnectDialog;
}

namespace bilan {

// File ▸ Connect to Server…: host, port, database, user, password, encryption, and whether to
// remember the password in the desktop keyring. It builds the address (ServerLogin) and hands
// the password beside it; it opens nothing itself (the app's ServerConnector does, and shows
// here why a try failed).
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);
    ~ConnectDialog() override;

    void setLogin(const ServerLogin& login);
    ServerLogin login() const;
    void setPassword(const QString& password);
    QString password() const;
    void setRememberPassword(bool remember);
    bool rememberPassword() const;
    // Without a keyring the box is unticked and disabled, and the dialog says why.
    void setKeyringAvailable(bool available);
    // Why the last try failed (the server's refusal, unreachable…); empty hides it.
    void setProblem(const QString& message);
    QString problem() const;

    // Shows the dialog until the user connects (true) or cancels; a test answers instead
    // through answerWith().
    bool ask();
    // Test hook: every ask() calls `answer` with the dialog, filled as it would be shown,
    // instead of showing it; its result is the user's choice. An empty function shows the
    // dialog again.
    static void answerWith(std::function<bool(ConnectDialog&)> answer);

public slots:
    // Closes only when the server and database are given.
    void accept() override;

private:
    void updateAddress();

    std::unique_ptr<Ui::ConnectDialog> m_ui;
};

} // namespace bilan
