// SPDX-License-Identifier: MIT
// Where tokens go: the keyring when it works (a fake with QtKeychain's behaviour), memory for the session
// when it does not (the fake failing, and the real QtKeychain on a machine without a Secret Service), and
// never the settings file.
#include "settings/KeychainSecretStore.h"
#include "settings/ProfileSettingsCodec.h"
#include "settings/SettingsFile.h"
#include "settings/TokenVault.h"
#include "support/FakeSecretStore.h"
#include "support/TaskOutcome.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dispatch;
using testsupport::awaitTask;
using testsupport::FakeSecretStore;
using Error = SecretStore::Error;

namespace {

const QString secretToken = QStringLiteral("tok-7f3a9c1e-not-for-files");

// Saves a profile and the window layout, the way the app does, then returns every byte written.
QByteArray settingsWrittenFor(TokenVault& vault, const QString& profileName)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("monitor.conf"));
    {
        SettingsFile file(path);
        ServerProfile profile;
        profile.name = profileName;
        profile.url = QUrl(QStringLiteral("wss://dispatch.example.org/dwp"));
        ProfileSettingsCodec::save(file.settings(), {profile}, {});
        file.settings().setValue(QStringLiteral("session/lastProfile"), profileName);
        file.sync();
    }
    Q_UNUSED(vault);
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTokenVault : public QObject
{
    Q_OBJECT

private slots:
    void keyringAvailableKeepsTokensAcrossARestart();
    void noBackendKeepsTokensForTheSessionOnly();
    void accessDeniedKeepsThatTokenForTheSession();
    void forgetAndRename();
    void realKeychainWithoutSecretServiceIsSessionOnly();
};

void TestTokenVault::keyringAvailableKeepsTokensAcrossARestart()
{
    auto entries = std::make_shared<QHash<QString, QString>>();
    {
        TokenVault vault(std::make_unique<FakeSecretStore>(entries));
        awaitTask(vault.probe());
        QVERIFY(vault.keyringAvailable());
        QVERIFY(vault.keyringProblem().isEmpty());
        QCOMPARE(awaitTask(vault.setToken(QStringLiteral("prod"), secretToken)), TokenVault::Kept::InKeyring);
        QVERIFY(!vault.isSessionOnly(QStringLiteral("prod")));
        QVERIFY(!settingsWrittenFor(vault, QStringLiteral("prod")).contains(secretToken.toUtf8()));
    }
    QCOMPARE(entries->value(TokenVault::keyFor(QStringLiteral("prod"))), secretToken);
    TokenVault restarted(std::make_unique<FakeSecretStore>(entries));
    QCOMPARE(awaitTask(restarted.token(QStringLiteral("Prod"))), secretToken);
    QCOMPARE(awaitTask(restarted.token(QStringLiteral("staging"))), QString()); // EntryNotFound: no token
    QVERIFY(restarted.keyringProblem().isEmpty());
}

void TestTokenVault::noBackendKeepsTokensForTheSessionOnly()
{
    auto entries = std::make_shared<QHash<QString, QString>>();
    auto* store = new FakeSecretStore(entries, Error::NoBackendAvailable,
                                      QStringLiteral("No keychain service available"));
    TokenVault vault{std::unique_ptr<SecretStore>(store)};
    QSignalSpy problem(&vault, &TokenVault::keyringProblemChanged);
    awaitTask(vault.probe());
    QVERIFY(!vault.keyringAvailable());
    QCOMPARE(problem.size(), 1);
    QVERIFY2(vault.keyringProblem().contains(QStringLiteral("this session only")),
             qPrintable(vault.keyringProblem()));

    QCOMPARE(awaitTask(vault.setToken(QStringLiteral("prod"), secretToken)),
             TokenVault::Kept::ForThisSessionOnly);
    QVERIFY(vault.isSessionOnly(QStringLiteral("prod")));
    QCOMPARE(awaitTask(vault.token(QStringLiteral("prod"))), secretToken);
    QVERIFY(entries->isEmpty());
    // Once known missing, the keyring is not asked again this session.
    QCOMPARE(store->calls, 1);
    QVERIFY(!settingsWrittenFor(vault, QStringLiteral("prod")).contains(secretToken.toUtf8()));

    // A restart has no token: it was never written anywhere.
    TokenVault restarted(std::make_unique<FakeSecretStore>(entries, Error::NoBackendAvailable));
    QCOMPARE(awaitTask(restarted.token(QStringLiteral("prod"))), QString());
}

void TestTokenVault::accessDeniedKeepsThatTokenForTheSession()
{
    TokenVault vault(std::make_unique<FakeSecretStore>(std::make_shared<QHash<QString, QString>>(),
                                                       Error::AccessDeniedByUser,
                                                       QStringLiteral("User denied")));
    QCOMPARE(awaitTask(vault.setToken(QStringLiteral("prod"), secretToken)),
             TokenVault::Kept::ForThisSessionOnly);
    QVERIFY(vault.keyringAvailable()); // the next token may be allowed
    QVERIFY(vault.isSessionOnly(QStringLiteral("prod")));
    QVERIFY(vault.keyringProblem().contains(QStringLiteral("User denied")));
    QCOMPARE(awaitTask(vault.token(QStringLiteral("prod"))), secretToken);
}

void TestTokenVault::forgetAndRename()
{
    auto entries = std::make_shared<QHash<QString, QString>>();
    TokenVault vault(std::make_unique<FakeSecretStore>(entries));
    awaitTask(vault.setToken(QStringLiteral("old"), secretToken));
    awaitTask(vault.rename(QStringLiteral("old"), QStringLiteral("new")));
    QCOMPARE(entries->keys(), QList<QString>{TokenVault::keyFor(QStringLiteral("new"))});
    QCOMPARE(awaitTask(vault.token(QStringLiteral("new"))), secretToken);
    QCOMPARE(awaitTask(vault.token(QStringLiteral("old"))), QString());
    awaitTask(vault.setToken(QStringLiteral("new"), QString())); // emptied: removed
    QVERIFY(entries->isEmpty());
    QCOMPARE(awaitTask(vault.token(QStringLiteral("new"))), QString());
}

void TestTokenVault::realKeychainWithoutSecretServiceIsSessionOnly()
{
    // A machine with a session bus but no Secret Service on it (CI, many servers). The test makes that
    // machine itself, whatever runs around it: a private dbus-daemon that can start no services, and a home
    // of its own so that nothing QtKeychain might write lands in the real one. QtKeychain must say there is
    // no keyring rather than hang or store the token somewhere in plain text.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // The session bus policy of dbus's own session.conf, with no service directories: nothing can be started.
    const QString socket = home.filePath(QStringLiteral("bus"));
    QFile config(home.filePath(QStringLiteral("session.conf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                 " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                 "<busconfig><type>session</type><listen>unix:path=" +
                 socket.toUtf8() +
                 "</listen><auth>EXTERNAL</auth><policy context=\"default\">"
                 "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                 "<allow own=\"*\"/></policy></busconfig>\n");
    config.close();
    QProcess bus;
    bus.start(QStringLiteral("dbus-daemon"),
              {QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
               QStringLiteral("--print-address=1")});
    QVERIFY2(bus.waitForStarted(5000), "dbus-daemon did not start (Debian package dbus-daemon, "
                                       "scripts/debian-packages.txt)");
    QVERIFY2(bus.waitForReadyRead(5000), qPrintable(QString::fromLocal8Bit(bus.readAllStandardError())));
    const QByteArray address = bus.readLine().trimmed();
    QVERIFY2(address.startsWith("unix:"), address.constData());
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_RUNTIME_DIR", home.path().toUtf8());

    TokenVault vault(std::make_unique<KeychainSecretStore>(QStringLiteral("dispatch-monitor-test")));
    awaitTask(vault.probe());
    QVERIFY2(!vault.keyringAvailable(), qPrintable(vault.keyringProblem()));
    QCOMPARE(awaitTask(vault.setToken(QStringLiteral("prod"), secretToken)),
             TokenVault::Kept::ForThisSessionOnly);
    QCOMPARE(awaitTask(vault.token(QStringLiteral("prod"))), secretToken);
    QVERIFY(!settingsWrittenFor(vault, QStringLiteral("prod")).contains(secretToken.toUtf8()));
    bus.terminate();
    bus.waitForFinished(5000);
}

QTEST_GUILESS_MAIN(TestTokenVault)
#include "tst_token_vault.moc"
