#include "ConnectDialog.h"

#include "ui_ConnectDialog.h"

#include <QPushButton>

#include <algorithm>

namespace bilan {

namespace {

std::function<bool(ConnectDialog&)>& testAnswer()
{
    static std::function<bool(ConnectDialog&)> answer;
    return answer;
}

} // namespace

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    // The item data is libpq's sslmode, named for those who set up the server.
    const QList<QPair<QString, QString>> modes{
        {tr("Encrypt when the server can (prefer)"), QStringLiteral("prefer")},
        {tr("Always encrypt (require)"), QStringLiteral("require")},
        {tr("Encrypt and check the server's certificate (verify-full)"),
         QStringLiteral("verify-full")},
        {tr("Encrypt and check the certificate's authority (verify-ca)"),
         QStringLiteral("verify-ca")},
        {tr("Encrypt only when the server asks (allow)"), QStringLiteral("allow")},
        {tr("Never encrypt (disable)"), QStringLiteral("disable")},
    };
    for (const auto& [label, mode] : modes)
        m_ui->sslCombo->addItem(label, mode);
    m_ui->keyringLabel->hide();
    m_ui->problemLabel->hide();
    for (QLineEdit* edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateAddress);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectDialog::updateAddress);
    connect(m_ui->sslCombo, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateAddress);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    updateAddress();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setLogin(const ServerLogin& login)
{
    m_ui->hostEdit->setText(login.host);
    m_ui->portSpin->setValue(login.port);
    m_ui->databaseEdit->setText(login.database);
    m_ui->userEdit->setText(login.user);
    int mode = m_ui->sslCombo->findData(login.sslMode);
    if (mode < 0 && !login.sslMode.isEmpty()) {
        m_ui->sslCombo->addItem(login.sslMode, login.sslMode);
        mode = m_ui->sslCombo->count() - 1;
    }
    m_ui->sslCombo->setCurrentIndex(std::max(mode, 0));
    // The first field left to fill gets the keyboard.
    for (QLineEdit* edit :
         {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit, m_ui->passwordEdit}) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            return;
        }
    }
    m_ui->passwordEdit->setFocus();
}

ServerLogin ConnectDialog::login() const
{
    ServerLogin login;
    login.host = m_ui->hostEdit->text().trimmed();
    login.port = m_ui->portSpin->value();
    login.database = m_ui->databaseEdit->text().trimmed();
    login.user = m_ui->userEdit->text().trimmed();
    login.sslMode = m_ui->sslCombo->currentData().toString();
    return login;
}

void ConnectDialog::setPassword(const QString& password)
{
    m_ui->passwordEdit->setText(password);
}

QString ConnectDialog::password() const
{
    return m_ui->passwordEdit->text();
}

void ConnectDialog::setRememberPassword(bool remember)
{
    m_ui->rememberCheck->setChecked(remember && m_ui->rememberCheck->isEnabled());
}

bool ConnectDialog::rememberPassword() const
{
    return m_ui->rememberCheck->isEnabled() && m_ui->rememberCheck->isChecked();
}

void ConnectDialog::setKeyringAvailable(bool available)
{
    m_ui->rememberCheck->setEnabled(available);
    if (!available)
        m_ui->rememberCheck->setChecked(false);
    m_ui->keyringLabel->setText(
        available ? QString()
                  : tr("No desktop keyring answered on this computer: the password will be "
                       "used for this connection only, not remembered."));
    m_ui->keyringLabel->setVisible(!available);
}

void ConnectDialog::setProblem(const QString& message)
{
    m_ui->problemLabel->setText(message);
    m_ui->problemLabel->setVisible(!message.isEmpty());
}

QString ConnectDialog::problem() const
{
    return m_ui->problemLabel->isHidden() ? QString() : m_ui->problemLabel->text();
}

bool ConnectDialog::ask()
{
    if (const auto& answer = testAnswer())
        return answer(*this);
    return exec() == QDialog::Accepted;
}

void ConnectDialog::answerWith(std::function<bool(ConnectDialog&)> answer)
{
    testAnswer() = std::move(answer);
}

void ConnectDialog::accept()
{
    if (m_ui->hostEdit->text().trimmed().isEmpty()) {
        setProblem(tr("Give the server's name or address."));
        m_ui->hostEdit->setFocus();
        return;
    }
    if (m_ui->databaseEdit->text().trimmed().isEmpty()) {
        setProblem(tr("Give the name of the database on the server."));
        m_ui->databaseEdit->setFocus();
        return;
    }
    QDialog::accept();
}

void ConnectDialog::updateAddress()
{
    // What Open Recent will show: the address, which never holds the password.
    m_ui->addressLabel->setText(tr("Address: %1").arg(login().address()));
}

} // namespace bilan
