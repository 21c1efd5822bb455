// The Connect to Server dialog: the address it builds from its fields (never with the
// password), what it refuses, and what it says without a keyring; the password stores.

#include "ConnectDialog.h"
#include "PasswordStore.h"
#include "ServerLogin.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

template <typename T> T* child(QWidget& dialog, const char* name)
{
    auto* widget = dialog.findChild<T*>(QLatin1String(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

void type(ConnectDialog& dialog, const char* field, const QString& text)
{
    child<QLineEdit>(dialog, field)->setText(text);
}

} // namespace

TEST(ConnectDialogTest, BuildsTheAddressFromItsFieldsWithoutThePassword)
{
    ConnectDialog dialog;
    // The defaults: PostgreSQL's port, encryption when the server offers it.
    EXPECT_EQ(child<QSpinBox>(dialog, "portSpin")->value(), 5432);
    EXPECT_EQ(dialog.login().sslMode, QStringLiteral("prefer"));

    type(dialog, "hostEdit", QStringLiteral(" db.example.org "));
    type(dialog, "databaseEdit", QStringLiteral("bilan"));
    type(dialog, "userEdit", QStringLiteral("alice"));
    type(dialog, "passwordEdit", QStringLiteral("s3cret-pw"));
    child<QSpinBox>(dialog, "portSpin")->setValue(6543);
    auto* ssl = child<QComboBox>(dialog, "sslCombo");
    ssl->setCurrentIndex(ssl->findData(QStringLiteral("require")));

    const QString address = dialog.login().address();
    EXPECT_EQ(address,
              QStringLiteral("postgresql://alice@db.example.org:6543/bilan?sslmode=require"));
    EXPECT_EQ(dialog.password(), QStringLiteral("s3cret-pw"));
    // Neither the address nor what the dialog shows of it carries the password.
    EXPECT_FALSE(address.contains(QStringLiteral("s3cret")));
    const QString shown = child<QLabel>(dialog, "addressLabel")->text();
    EXPECT_TRUE(shown.contains(address)) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("s3cret")));
    // The password field shows dots, not the letters.
    EXPECT_EQ(child<QLineEdit>(dialog, "passwordEdit")->echoMode(), QLineEdit::Password);
}

TEST(ConnectDialogTest, AnAddressFillsTheFieldsAndLosesItsPassword)
{
    const auto login =
        ServerLogin::fromAddress(QStringLiteral("postgresql://bob:hunter2@10.0.0.5/coop"));
    ASSERT_TRUE(login);
    EXPECT_EQ(login->host, QStringLiteral("10.0.0.5"));
    EXPECT_EQ(login->port, 5432);
    EXPECT_EQ(login->database, QStringLiteral("coop"));
    EXPECT_EQ(login->user, QStringLiteral("bob"));
    EXPECT_EQ(login->sslMode, QStringLiteral("prefer"));
    EXPECT_FALSE(login->address().contains(QStringLiteral("hunter2")));
    EXPECT_FALSE(ServerLogin::fromAddress(QStringLiteral("/home/alice/bilan.sqlite")));

    ConnectDialog dialog;
    ServerLogin full{QStringLiteral("db.example.org"), 5433, QStringLiteral("bilan"),
                     QStringLiteral("alice"), QStringLiteral("verify-full")};
    dialog.setLogin(full);
    EXPECT_EQ(dialog.login(), full);
    EXPECT_EQ(ServerLogin::fromAddress(full.address()), full);
    // The login given, the password is what is left to type.
    EXPECT_TRUE(dialog.password().isEmpty());
}

TEST(ConnectDialogTest, RefusesToConnectWithoutAServerOrADatabase)
{
    ConnectDialog dialog;
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("server")))
        << dialog.problem().toStdString();
    type(dialog, "hostEdit", QStringLiteral("db.example.org"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("database")));
    type(dialog, "databaseEdit", QStringLiteral("bilan"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(ConnectDialogTest, WithoutAKeyringItSaysSoAndRemembersNothing)
{
    ConnectDialog dialog;
    auto* remember = child<QCheckBox>(dialog, "rememberCheck");
    auto* note = child<QLabel>(dialog, "keyringLabel");
    dialog.setKeyringAvailable(true);
    dialog.setRememberPassword(true);
    EXPECT_TRUE(dialog.rememberPassword());
    EXPECT_TRUE(note->isHidden());

    dialog.setKeyringAvailable(false);
    EXPECT_FALSE(remember->isEnabled());
    EXPECT_FALSE(dialog.rememberPassword());
    EXPECT_FALSE(note->isHidden());
    EXPECT_TRUE(note->text().contains(QStringLiteral("keyring")));
    dialog.setRememberPassword(true);
    EXPECT_FALSE(dialog.rememberPassword());
}

TEST(ConnectDialogTest, ATestAnswersInsteadOfTheUser)
{
    int asked = 0;
    ConnectDialog::answerWith([&asked](ConnectDialog& shown) {
        ++asked;
        shown.setPassword(QStringLiteral("typed"));
        return false;
    });
    ConnectDialog dialog;
    EXPECT_FALSE(dialog.ask());
    ConnectDialog::answerWith({});
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(dialog.password(), QStringLiteral("typed"));
}

TEST(PasswordStoreTest, AMemoryStoreKeepsPasswordsByAddress)
{
    MemoryPasswordStore store;
    const QString address = QStringLiteral("postgresql://alice@db:5432/bilan?sslmode=prefer");
    EXPECT_FALSE(store.read(address));
    EXPECT_TRUE(store.write(address, QStringLiteral("pw")));
    EXPECT_EQ(store.read(address), QStringLiteral("pw"));
    store.forget(address);
    EXPECT_FALSE(store.read(address));

    MemoryPasswordStore none(false);
    EXPECT_FALSE(none.isAvailable());
    EXPECT_FALSE(none.write(address, QStringLiteral("pw")));
    EXPECT_FALSE(none.read(address));

    PasswordStore::setCurrent(&store);
    EXPECT_EQ(&PasswordStore::current(), &store);
    PasswordStore::setCurrent(nullptr);
    EXPECT_NE(&PasswordStore::current(), &store);
}

// The tests run without a desktop session: the keyring does not answer, and that is a "no",
// promptly, never a failure or a wait for ever.
TEST(PasswordStoreTest, TheKeyringWithoutADesktopSessionIsANoNotAFailure)
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        GTEST_SKIP() << "a desktop session is running: its keyring is not the tests' to write";
    KeyringPasswordStore keyring;
    QElapsedTimer clock;
    clock.start();
    EXPECT_FALSE(keyring.isAvailable());
    const QString address = QStringLiteral("postgresql://alice@db:5432/bilan?sslmode=prefer");
    EXPECT_FALSE(keyring.write(address, QStringLiteral("pw")));
    EXPECT_FALSE(keyring.read(address));
    keyring.forget(address);
    // Asked once: the later calls do not wait again.
    EXPECT_LT(clock.elapsed(), 6000);
}
