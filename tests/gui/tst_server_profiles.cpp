// SPDX-License-Identifier: MIT
// Server profiles as an operator uses them: switching servers from the connection bar, the profiles dialog,
// where tokens go, the warning before a token crosses the network unencrypted, a settings file that is
// broken, and the window's layout coming back after a restart.
#include "GuiTestSupport.h"
#include "gui/controllers/MonitorController.h"
#include "gui/controllers/ProfileController.h"
#include "gui/dialogs/CertificateTrustDialog.h"
#include "gui/dialogs/ProfilesDialog.h"
#include "gui/dialogs/PublishEventDialog.h"
#include "gui/dialogs/TokenPromptDialog.h"
#include "gui/pages/JobDetailPanel.h"
#include "gui/pages/JobsPage.h"
#include "gui/views/EnvironmentBadge.h"
#include "gui/window/ConnectionBar.h"
#include "gui/window/MainWindow.h"
#include "gui/window/ProfileComboBox.h"
#include "gui/window/WindowStateKeeper.h"
#include "models/EventLogModel.h"
#include "models/JobFilterProxy.h"
#include "models/JobsModel.h"
#include "session/MonitorSession.h"
#include "settings/ProfileSettingsCodec.h"
#include "settings/SettingsFile.h"
#include "settings/TokenVault.h"
#include "support/DevServerFixture.h"
#include "support/FakeSecretStore.h"
#include "support/TaskOutcome.h"
#include "support/TlsProxyServer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace dispatch;
using testsupport::FakeSecretStore;

namespace {

const QString secretToken = QStringLiteral("tok-5be1d0-never-in-files");

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(text);
}

ServerProfile profile(const QString& name, const QUrl& url, ServerEnvironment environment)
{
    ServerProfile result;
    result.name = name;
    result.url = url;
    result.environment = environment;
    return result;
}

// The app as main() puts it together, on a settings file of the test's and a fake keyring.
struct Monitor
{
    Monitor(const QString& settingsPath, std::shared_ptr<QHash<QString, QString>> keyring,
            SecretStore::Error keyringFailure = SecretStore::Error::NoError)
        : settings(settingsPath), window(std::make_unique<MainWindow>())
    {
        layout = new WindowStateKeeper(window.get(), &settings.settings());
        controller = std::make_unique<ProfileController>(
            window.get(), &settings,
            std::make_unique<FakeSecretStore>(std::move(keyring), keyringFailure,
                                              QStringLiteral("No keychain service available")));
        layout->restoreWindow();
        window->show();
        controller->load();
    }
    ~Monitor()
    {
        controller.reset();
        window.reset();
    }

    ProfileComboBox* combo() const { return window->connectionBar()->profileCombo(); }
    QString serverShown() const { return window->findChild<QLabel*>(QStringLiteral("serverLabel"))->text(); }
    bool showsJob(const QString& name) const
    {
        if (!window->session())
            return false;
        JobsModel& jobs = window->session()->jobs();
        for (int row = 0; row < jobs.rowCount(); ++row) {
            if (jobs.index(row, 0).data(JobsModel::NameRole).toString() == name)
                return true;
        }
        return false;
    }

    QString jobIdOf(const QString& name) const
    {
        JobsModel& jobs = window->session()->jobs();
        for (int row = 0; row < jobs.rowCount(); ++row) {
            if (jobs.index(row, 0).data(JobsModel::NameRole).toString() == name)
                return jobs.index(row, 0).data(JobsModel::IdRole).toString();
        }
        return {};
    }

    SettingsFile settings;
    std::unique_ptr<MainWindow> window;
    WindowStateKeeper* layout;
    std::unique_ptr<ProfileController> controller;
};

bool enqueue(testsupport::DevServerFixture& server, const QString& jobName)
{
    auto client = server.connectClient();
    const QByteArray data = "{\"name\":\"" + jobName.toUtf8() + "\",\"payload\":{}}";
    return client && client->call(QStringLiteral("job.enqueue"), data).has_value();
}

} // namespace

class TestServerProfiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void switchingThroughTheBarShowsTheOtherServer();
    void productionProfileAsksForADeliberateTick();
    void profilesDialogValidatesAndStoresTheTokenInTheKeyring();
    void adminApiIsChosenPerProfile();
    void renamingTheActiveProfileKeepsItsTokenAndSession();
    void adHocConnectionIsSavedAsAProfile();
    void withoutKeyringTokensAreForTheSessionOnly();
    void aSavedProfileWithoutItsTokenAsksForIt();
    void plainWsToAnotherHostAsksFirst();
    void brokenProfileIsNamedAndTheRestWorks();
    void unreadableSettingsFileStillStarts();
    void layoutComesBackAfterARestart();
    void layoutAndFiltersSurviveAProfileSwitch();
    void selectionFilterAndColumnsSurviveASwitchAndARestart();
    void layoutOfTheFirstReleaseIsRead();
    void refusedCertificateIsShownAndTrustedPerProfile();

private:
    void saveProfiles(const QList<ServerProfile>& profiles);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settingsPath;
    std::shared_ptr<QHash<QString, QString>> m_keyring;
    std::unique_ptr<testsupport::DevServerFixture> m_alpha;
    std::unique_ptr<testsupport::DevServerFixture> m_beta;
};

void TestServerProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settingsPath = m_dir->filePath(QStringLiteral("dispatch-monitor.conf"));
    m_keyring = std::make_shared<QHash<QString, QString>>();
    m_alpha = std::make_unique<testsupport::DevServerFixture>();
    m_beta = std::make_unique<testsupport::DevServerFixture>();
    QVERIFY(m_alpha->isRunning() && m_beta->isRunning());
}

void TestServerProfiles::cleanup()
{
    m_alpha.reset();
    m_beta.reset();
    m_dir.reset();
}

void TestServerProfiles::saveProfiles(const QList<ServerProfile>& profiles)
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    ProfileSettingsCodec::save(settings, profiles, {});
}

void TestServerProfiles::switchingThroughTheBarShowsTheOtherServer()
{
    saveProfiles({profile(QStringLiteral("alpha"), m_alpha->url(), ServerEnvironment::Staging),
                  profile(QStringLiteral("beta"), m_beta->url(), ServerEnvironment::Production)});
    m_keyring->insert(TokenVault::keyFor(QStringLiteral("beta")), secretToken);
    Monitor monitor(m_settingsPath, m_keyring);
    QCOMPARE(monitor.combo()->count(), 2);
    QVERIFY(monitor.controller->configurationProblems().isEmpty());

    QVERIFY(testsupport::awaitTask(monitor.controller->switchTo(QStringLiteral("alpha"))));
    QTRY_COMPARE_WITH_TIMEOUT(monitor.window->connectionBar()->stateText(), QStringLiteral("Connected"),
                              10000);
    QCOMPARE(monitor.combo()->currentText(), QStringLiteral("alpha"));
    QCOMPARE(monitor.window->connectionBar()->environmentBadge()->text(), QStringLiteral("STAGING"));
    QCOMPARE(monitor.window->windowTitle(), QStringLiteral("alpha [Staging] — Dispatch Monitor"));
    QVERIFY(enqueue(*m_alpha, QStringLiteral("alpha.only")));
    QTRY_VERIFY_WITH_TIMEOUT(monitor.showsJob(QStringLiteral("alpha.only")), 10000);

    // The operator picks beta in the bar with the keyboard.
    monitor.combo()->setFocus();
    QTest::keyClick(monitor.combo(), Qt::Key_Down);
    QTRY_COMPARE_WITH_TIMEOUT(monitor.controller->activeProfile(), QStringLiteral("beta"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(monitor.window->connectionBar()->stateText(), QStringLiteral("Connected"),
                              10000);
    QCOMPARE(monitor.window->session()->client().options().connection.url, m_beta->url());
    QCOMPARE(monitor.window->session()->client().options().connection.token, secretToken); // from the keyring
    QCOMPARE(monitor.serverShown(), m_beta->url().toDisplayString(QUrl::RemoveUserInfo));
    QCOMPARE(monitor.combo()->currentText(), QStringLiteral("beta"));
    QCOMPARE(monitor.window->connectionBar()->environmentBadge()->text(), QStringLiteral("PRODUCTION"));
    QCOMPARE(monitor.window->windowTitle(), QStringLiteral("beta [Production] — Dispatch Monitor"));
    QVERIFY(enqueue(*m_beta, QStringLiteral("beta.only")));
    QVERIFY(enqueue(*m_alpha, QStringLiteral("alpha.late")));
    QTRY_VERIFY_WITH_TIMEOUT(monitor.showsJob(QStringLiteral("beta.only")), 10000);
    QVERIFY(!monitor.showsJob(QStringLiteral("alpha.only")));
    QVERIFY(!monitor.showsJob(QStringLiteral("alpha.late")));
    // The choice is remembered for the next start; the token is not in the file.
    QCOMPARE(QSettings(m_settingsPath, QSettings::IniFormat).value(QStringLiteral("session/lastProfile")),
             QVariant(QStringLiteral("beta")));
    QVERIFY(!readFile(m_settingsPath).contains(secretToken.toUtf8()));
}

// Issue 20 item 3 through the profile switch: on the Production profile the cancel confirmation and the
// Publish Event dialog keep their destructive button disabled behind an unticked checkbox; on the Staging
// profile (the control, same window) they have none.
void TestServerProfiles::productionProfileAsksForADeliberateTick()
{
    saveProfiles({profile(QStringLiteral("alpha"), m_alpha->url(), ServerEnvironment::Staging),
                  profile(QStringLiteral("beta"), m_beta->url(), ServerEnvironment::Production)});
    Monitor monitor(m_settingsPath, m_keyring);
    struct Expectation
    {
        QString profile;
        QString job;
        bool tickAsked;
    };
    for (const Expectation& expected :
         {Expectation{QStringLiteral("alpha"), QStringLiteral("alpha.job"), false},
          Expectation{QStringLiteral("beta"), QStringLiteral("beta.job"), true}}) {
        QVERIFY(testsupport::awaitTask(monitor.controller->switchTo(expected.profile)));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.window->connectionBar()->stateText(), QStringLiteral("Connected"),
                                  10000);
        QVERIFY(enqueue(*(expected.tickAsked ? m_beta : m_alpha), expected.job));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.showsJob(expected.job), 10000);
        QVERIFY(monitor.window->jobsPage()->selectJob(monitor.jobIdOf(expected.job)));
        auto* cancel = monitor.window->findChild<QPushButton*>(QStringLiteral("cancelJobButton"));
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isEnabled(), 5000);
        QTest::mouseClick(cancel, Qt::LeftButton);
        // Switching away from alpha may leave an error box of its own (a request of the closed session).
        const auto confirmation = [&monitor]() -> QMessageBox* {
            for (QMessageBox* box :
                 monitor.window->findChildren<QMessageBox*>(QStringLiteral("cancelConfirmation")))
                if (box->isVisible())
                    return box;
            return nullptr;
        };
        QMessageBox* box = confirmation();
        QVERIFY(box);
        QCOMPARE(box->checkBox() != nullptr, expected.tickAsked);
        QTest::keyClick(box->focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!confirmation());

        monitor.window->controller()->showPublishEventDialog({}, QStringLiteral("payment-received"));
        PublishEventDialog* publish = guitest::openDialog<PublishEventDialog>(monitor.window.get());
        QVERIFY(publish);
        auto* tick = publish->findChild<QCheckBox*>(QStringLiteral("productionConfirmation"));
        QCOMPARE(tick && tick->isVisible(), expected.tickAsked);
        QCOMPARE(publish->findChild<QPushButton*>(QStringLiteral("publishButton"))->isEnabled(),
                 !expected.tickAsked);
        publish->reject();
        QTRY_VERIFY(!guitest::openDialog<PublishEventDialog>(monitor.window.get()));
    }
}

void TestServerProfiles::profilesDialogValidatesAndStoresTheTokenInTheKeyring()
{
    saveProfiles({profile(QStringLiteral("alpha"), m_alpha->url(), ServerEnvironment::Staging)});
    Monitor monitor(m_settingsPath, m_keyring);
    QTest::mouseClick(monitor.window->findChild<QToolButton*>(QStringLiteral("profilesButton")),
                      Qt::LeftButton);
    ProfilesDialog* dialog = guitest::openDialog<ProfilesDialog>(monitor.window.get());
    QVERIFY(dialog);
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("problemLabel"));
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());

    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    auto* url = dialog->findChild<QLineEdit*>(QStringLiteral("urlEdit"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("name")), qPrintable(problem->text()));
    QTest::keyClicks(name, QStringLiteral("ALPHA"));
    QVERIFY2(problem->text().contains(QStringLiteral("already exists")), qPrintable(problem->text()));
    guitest::retype(name, QStringLiteral("beta"));
    QVERIFY2(problem->text().contains(QStringLiteral("DWP address")), qPrintable(problem->text()));
    QTest::keyClicks(url, QStringLiteral("http://beta.example.org/dwp"));
    QVERIFY2(problem->text().contains(QStringLiteral("ws:// or wss://")), qPrintable(problem->text()));
    QVERIFY(!ok->isEnabled());
    guitest::retype(url, m_beta->url().toString());
    QVERIFY2(problem->text().isEmpty(), qPrintable(problem->text()));
    QVERIFY(ok->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("tokenEdit")), secretToken);
    auto* environment = dialog->findChild<QComboBox*>(QStringLiteral("environmentCombo"));
    environment->setFocus();
    QTest::keyClick(environment, Qt::Key_Home); // Production
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_COMPARE(m_keyring->value(TokenVault::keyFor(QStringLiteral("beta"))), secretToken);
    QCOMPARE(monitor.combo()->count(), 2);
    QCOMPARE(monitor.controller->profiles().find(QStringLiteral("beta"))->environment,
             ServerEnvironment::Production);
    const QByteArray written = readFile(m_settingsPath);
    QVERIFY(written.contains("beta"));
    QVERIFY(!written.contains(secretToken.toUtf8()));
    QVERIFY(monitor.window->findChild<QLabel*>(QStringLiteral("keyringState"))->isHidden());

    // Removing a profile removes its token from the keyring too.
    QTest::mouseClick(monitor.window->findChild<QToolButton*>(QStringLiteral("profilesButton")),
                      Qt::LeftButton);
    dialog = guitest::openDialog<ProfilesDialog>(monitor.window.get());
    QVERIFY(dialog);
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("profileList"));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), QStringLiteral("beta"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("removeButton")), Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(m_keyring->isEmpty());
    QCOMPARE(monitor.combo()->count(), 1);
}

// Issue 18 item 1: the admin API's address per profile (derived, typed or off), the token as a bearer
// header for a proxy, the totals interval, and a plain word when the admin API would answer anyone.
void TestServerProfiles::adminApiIsChosenPerProfile()
{
    saveProfiles({profile(QStringLiteral("alpha"), m_alpha->url(), ServerEnvironment::Staging)});
    Monitor monitor(m_settingsPath, m_keyring);
    QVERIFY(testsupport::awaitTask(monitor.controller->switchTo(QStringLiteral("alpha"))));
    QCOMPARE(monitor.window->session()->adminApi().baseUrl(), m_alpha->server().adminUrl()); // derived

    QTest::mouseClick(monitor.window->findChild<QToolButton*>(QStringLiteral("profilesButton")),
                      Qt::LeftButton);
    ProfilesDialog* dialog = guitest::openDialog<ProfilesDialog>(monitor.window.get());
    QVERIFY(dialog);
    auto* note = dialog->findChild<QLabel*>(QStringLiteral("adminApiNote"));
    auto* location = dialog->findChild<QComboBox*>(QStringLiteral("adminApiCombo"));
    auto* address = dialog->findChild<QLineEdit*>(QStringLiteral("adminApiUrlEdit"));
    auto* bearer = dialog->findChild<QCheckBox*>(QStringLiteral("adminApiBearerBox"));
    auto* interval = dialog->findChild<QSpinBox*>(QStringLiteral("totalsIntervalSpin"));
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("problemLabel"));
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    const QString derived = m_alpha->server().adminUrl().toDisplayString();
    QCOMPARE(note->text(), QStringLiteral("The admin API is expected at %1.").arg(derived));
    QVERIFY(address->isHidden());
    QCOMPARE(interval->value(), 15);

    location->setFocus();
    QTest::keyClick(location, Qt::Key_Down); // At this address:
    QVERIFY(address->isVisible());
    QVERIFY(!ok->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("admin API's address")), qPrintable(problem->text()));
    QTest::keyClicks(address, QStringLiteral("ftp://files.example.org/dispatch"));
    QVERIFY2(problem->text().contains(QStringLiteral("http:// or https://")), qPrintable(problem->text()));
    QVERIFY(!ok->isEnabled());
    guitest::retype(address, QStringLiteral("http://dispatch.example.org:8080/dispatch"));
    QVERIFY(ok->isEnabled());
    QVERIFY2(
        note->text().contains(QStringLiteral("has no authentication: anyone who can reach that address")),
        qPrintable(note->text()));
    QTest::mouseClick(bearer, Qt::LeftButton); // a proxy in front of it checks the token
    QVERIFY2(!note->text().contains(QStringLiteral("no authentication")), qPrintable(note->text()));
    if (qEnvironmentVariableIsSet("DM_SCREENSHOT_DIR"))
        dialog->grab().save(qEnvironmentVariable("DM_SCREENSHOT_DIR") +
                            QStringLiteral("/profiles-admin-api.png"));
    // Refused at once on this machine, so the session's detection has something to say.
    guitest::retype(address, QStringLiteral("http://127.0.0.1:1/dispatch"));
    interval->setFocus();
    QTest::keyClick(interval, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(interval, QStringLiteral("45"));
    QCOMPARE(interval->value(), 45);
    QTest::mouseClick(ok, Qt::LeftButton);

    const ServerProfile* saved = monitor.controller->profiles().find(QStringLiteral("alpha"));
    QCOMPARE(saved->adminApi.location, AdminApiChoice::Location::Custom);
    QCOMPARE(saved->adminApi.url, QUrl(QStringLiteral("http://127.0.0.1:1/dispatch")));
    QVERIFY(saved->adminApi.sendTokenAsBearer);
    QCOMPARE(saved->adminApi.totalsInterval, std::chrono::seconds(45));
    QVERIFY(readFile(m_settingsPath).contains("adminApi=http://127.0.0.1:1/dispatch"));
    // The session on screen reconnects with it: DWP as before, REST at the typed address.
    QTRY_COMPARE_WITH_TIMEOUT(monitor.window->session()->adminApi().baseUrl(),
                              QUrl(QStringLiteral("http://127.0.0.1:1/dispatch")), 10000);
    QCOMPARE(monitor.window->session()->adminApi().interval(), std::chrono::milliseconds(45000));
    QTRY_COMPARE_WITH_TIMEOUT(monitor.window->connectionBar()->stateText(), QStringLiteral("Connected"),
                              10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        monitor.window->session()->adminApi().limitations().join(u' ').startsWith(
            QStringLiteral("This server has no admin API at http://127.0.0.1:1/dispatch")),
        10000);

    // Off: nothing is asked, and the profile dialog says what that costs.
    QTest::mouseClick(monitor.window->findChild<QToolButton*>(QStringLiteral("profilesButton")),
                      Qt::LeftButton);
    dialog = guitest::openDialog<ProfilesDialog>(monitor.window.get());
    QVERIFY(dialog);
    location = dialog->findChild<QComboBox*>(QStringLiteral("adminApiCombo"));
    location->setFocus();
    QTest::keyClick(location, Qt::Key_End);
    note = dialog->findChild<QLabel*>(QStringLiteral("adminApiNote"));
    QVERIFY2(note->text().startsWith(QStringLiteral("Without the admin API")), qPrintable(note->text()));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.window->session()->adminApi().baseUrl().isEmpty(), 10000);
    QCOMPARE(monitor.controller->profiles().find(QStringLiteral("alpha"))->adminApi.location,
             AdminApiChoice::Location::Off);
}

void TestServerProfiles::renamingTheActiveProfileKeepsItsTokenAndSession()
{
    saveProfiles({profile(QStringLiteral("alpha"), m_alpha->url(), ServerEnvironment::Staging)});
    m_keyring->insert(TokenVault::keyFor(QStringLiteral("alpha")), secretToken);
    Monitor monitor(m_settingsPath, m_keyring);
    QVERIFY(testsupport::awaitTask(monitor.controller->switchTo(QStringLiteral("alpha"))));
    QTRY_COMPARE_WITH_TIMEOUT(monitor.window->connectionBar()->stateText(), QStringLiteral("Connected"),
                              10000);
    MonitorSession* session = monitor.window->session();

    QTest::mouseClick(monitor.window->findChild<QToolButton*>(QStringLiteral("profilesButton")),
                      Qt::LeftButton);
    ProfilesDialog* dialog = guitest::openDialog<ProfilesDialog>(monitor.window.get());
    QVERIFY(dialog);
    guitest::retype(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("alpha EU"));
    auto* environment = dialog->findChild<QComboBox*>(QStringLiteral("environmentCombo"));
    environment->setFocus();
    QTest::keyClick(environment, Qt::Key_Home); // Production
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    // Same address and token: the bar shows the new name and badge, the session goes on.
    QTRY_COMPARE(monitor.combo()->currentText(), QStringLiteral("alpha EU"));
    QCOMPARE(monitor.controller->activeProfile(), QStringLiteral("alpha EU"));
    QCOMPARE(monitor.window->connectionBar()->environmentBadge()->text(), QStringLiteral("PRODUCTION"));
    QCOMPARE(monitor.window->windowTitle(), QStringLiteral("alpha EU [Production] — Dispatch Monitor"));
    QCOMPARE(monitor.window->session(), session);
    QTRY_COMPARE(m_keyring->keys(), QList<QString>{TokenVault::keyFor(QStringLiteral("alpha EU"))});
    QCOMPARE(m_keyring->value(TokenVault::keyFor(QStringLiteral("alpha EU"))), secretToken);
    SettingsFile reread(m_settingsPath);
    const ProfileSettingsCodec::Loaded saved = ProfileSettingsCodec::load(reread.settings());
    QCOMPARE(saved.profiles.size(), 1);
    QCOMPARE(saved.profiles.first().name, QStringLiteral("alpha EU"));
    QCOMPARE(monitor.controller->lastProfile(), QStringLiteral("alpha EU"));
}

void TestServerProfiles::adHocConnectionIsSavedAsAProfile()
{
    // A profile already named after the host, so that the suggested name has to step aside.
    saveProfiles({profile(QStringLiteral("127.0.0.1"), m_alpha->url(), ServerEnvironment::Staging)});
    Monitor monitor(m_settingsPath, m_keyring);
    // Connected as with --url and --token: no profile yet.
    ClientOptions options = monitor.window->options();
    options.connection.url = m_beta->url();
    options.connection.token = secretToken;
    QVERIFY(testsupport::awaitTask(monitor.controller->connectAdHoc(options)));
    QTRY_COMPARE_WITH_TIMEOUT(monitor.window->connectionBar()->stateText(), QStringLiteral("Connected"),
                              10000);
    QCOMPARE(monitor.controller->activeProfile(), QString());
    MonitorSession* session = monitor.window->session();

    QTest::mouseClick(monitor.window->findChild<QToolButton*>(QStringLiteral("profilesButton")),
                      Qt::LeftButton);
    ProfilesDialog* dialog = guitest::openDialog<ProfilesDialog>(monitor.window.get());
    QVERIFY(dialog);
    auto* addCurrent = dialog->findChild<QPushButton*>(QStringLiteral("addCurrentButton"));
    QVERIFY(addCurrent->isVisible());
    QTest::mouseClick(addCurrent, Qt::LeftButton);
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    QCOMPARE(name->text(), QStringLiteral("127.0.0.1 2"));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("urlEdit"))->text(), m_beta->url().toString());
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("environmentCombo"))->currentText(),
             QStringLiteral("Local"));
    QVERIFY(!addCurrent->isEnabled()); // once per dialog
    guitest::retype(name, QStringLiteral("beta"));
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    // The token went to the keyring, and the session on screen is now that profile's, not a new one.
    QTRY_COMPARE(m_keyring->value(TokenVault::keyFor(QStringLiteral("beta"))), secretToken);
    QCOMPARE(monitor.controller->activeProfile(), QStringLiteral("beta"));
    QCOMPARE(monitor.window->session(), session);
    QCOMPARE(monitor.combo()->currentText(), QStringLiteral("beta"));
    QCOMPARE(monitor.window->windowTitle(), QStringLiteral("beta [Local] — Dispatch Monitor"));
    QCOMPARE(QSettings(m_settingsPath, QSettings::IniFormat).value(QStringLiteral("session/lastProfile")),
             QVariant(QStringLiteral("beta")));
    QVERIFY(!readFile(m_settingsPath).contains(secretToken.toUtf8()));

    // On a profile's session there is nothing to add.
    QTest::mouseClick(monitor.window->findChild<QToolButton*>(QStringLiteral("profilesButton")),
                      Qt::LeftButton);
    dialog = guitest::openDialog<ProfilesDialog>(monitor.window.get());
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("addCurrentButton"))->isHidden());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
}

void TestServerProfiles::withoutKeyringTokensAreForTheSessionOnly()
{
    saveProfiles({profile(QStringLiteral("alpha"), m_alpha->url(), ServerEnvironment::Local)});
    Monitor monitor(m_settingsPath, m_keyring, SecretStore::Error::NoBackendAvailable);
    auto* keyringState = monitor.window->findChild<QLabel*>(QStringLiteral("keyringState"));
    QTRY_VERIFY(keyringState->isVisible());
    QVERIFY(keyringState->toolTip().contains(QStringLiteral("this session only")));

    QTest::mouseClick(monitor.window->findChild<QToolButton*>(QStringLiteral("profilesButton")),
                      Qt::LeftButton);
    ProfilesDialog* dialog = guitest::openDialog<ProfilesDialog>(monitor.window.get());
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("tokenNote"))
                ->text()
                .contains(QStringLiteral("this session only")));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("tokenEdit")), secretToken);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(monitor.controller->tokens().isSessionOnly(QStringLiteral("alpha")));

    QVERIFY(testsupport::awaitTask(monitor.controller->switchTo(QStringLiteral("alpha"))));
    QCOMPARE(monitor.window->session()->client().options().connection.token, secretToken);
    QTRY_COMPARE_WITH_TIMEOUT(monitor.window->connectionBar()->stateText(), QStringLiteral("Connected"),
                              10000);
    monitor.window->close();
    QVERIFY(m_keyring->isEmpty());
    QVERIFY(!readFile(m_settingsPath).contains(secretToken.toUtf8()));
}

void TestServerProfiles::aSavedProfileWithoutItsTokenAsksForIt()
{
    // A relaunch without a keyring: the profile is saved, its token from the last run is gone, and the server
    // wants one (issue 20 item 13; before, the bar said "Token rejected" and nothing asked).
    auto config = testsupport::DevServerFixture::defaultConfig();
    config.tokens.setMode(devserver::TokenStore::Mode::ApiKeys);
    config.tokens.add(*devserver::TokenSpec::parse(QString(secretToken + QStringLiteral("=*"))));
    testsupport::DevServerFixture guarded(config);
    QVERIFY2(guarded.isRunning(), qPrintable(guarded.error()));
    saveProfiles({profile(QStringLiteral("guarded"), guarded.url(), ServerEnvironment::Local)});
    Monitor monitor(m_settingsPath, m_keyring, SecretStore::Error::NoBackendAvailable);

    QVERIFY(testsupport::awaitTask(monitor.controller->switchTo(QStringLiteral("guarded"))));
    TokenPromptDialog* prompt = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((prompt = guitest::openDialog<TokenPromptDialog>(monitor.window.get())), 10000);
    QVERIFY(prompt->findChild<QLabel*>(QStringLiteral("tokenPromptReason"))
                ->text()
                .contains(QStringLiteral("“guarded”")));
    QVERIFY(prompt->findChild<QLabel*>(QStringLiteral("tokenPromptKeyring")));
    auto* keep = prompt->findChild<QCheckBox*>(QStringLiteral("keepInKeyring"));
    QVERIFY(!keep->isEnabled() && !keep->isChecked()); // no keyring to keep it in
    QVERIFY(!prompt->connectButton()->isEnabled());    // nothing typed yet

    // A wrong token first: it is sent, refused, and said as a rejected token, not asked about again.
    QTest::keyClicks(prompt->findChild<QLineEdit*>(QStringLiteral("tokenField")),
                     QStringLiteral("wrong-token"));
    QVERIFY(prompt->connectButton()->isEnabled());
    QTest::mouseClick(prompt->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(monitor.window->connectionBar()->stateText(), QStringLiteral("Token rejected"),
                              10000);
    QVERIFY(!guitest::openDialog<TokenPromptDialog>(monitor.window.get()));

    // Switching again finds the wrong token kept for this session; forget it, then the prompt comes back
    // and the right token connects.
    testsupport::awaitTask(monitor.controller->tokens().forget(QStringLiteral("guarded")));
    QVERIFY(testsupport::awaitTask(monitor.controller->switchTo(QStringLiteral("guarded"))));
    QTRY_VERIFY_WITH_TIMEOUT((prompt = guitest::openDialog<TokenPromptDialog>(monitor.window.get())), 10000);
    QTest::keyClicks(prompt->findChild<QLineEdit*>(QStringLiteral("tokenField")), secretToken);
    QTest::keyClick(prompt->findChild<QLineEdit*>(QStringLiteral("tokenField")), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(monitor.window->connectionBar()->stateText(), QStringLiteral("Connected"),
                              10000);
    QCOMPARE(monitor.window->session()->client().options().connection.token, secretToken);
    QVERIFY(monitor.controller->tokens().isSessionOnly(QStringLiteral("guarded")));
    QCOMPARE(testsupport::awaitTask(monitor.controller->tokens().token(QStringLiteral("guarded"))),
             secretToken);
    monitor.window->close();
    QVERIFY(m_keyring->isEmpty());
    QVERIFY(!readFile(m_settingsPath).contains(secretToken.toUtf8()));
}

void TestServerProfiles::plainWsToAnotherHostAsksFirst()
{
    // 192.0.2.0/24 is reserved for documentation: never this machine, never reachable.
    const QUrl remote(QStringLiteral("ws://192.0.2.10:8080/dwp"));
    saveProfiles({profile(QStringLiteral("remote"), remote, ServerEnvironment::Staging),
                  profile(QStringLiteral("alpha"), m_alpha->url(), ServerEnvironment::Local)});
    m_keyring->insert(TokenVault::keyFor(QStringLiteral("remote")), secretToken);
    m_keyring->insert(TokenVault::keyFor(QStringLiteral("alpha")), secretToken);
    Monitor monitor(m_settingsPath, m_keyring);

    // Loopback: no question.
    QVERIFY(testsupport::awaitTask(monitor.controller->switchTo(QStringLiteral("alpha"))));
    QVERIFY(!guitest::openDialog<QMessageBox>(monitor.window.get()));

    // Declined: no connection is made, the alpha session stays.
    auto switching = monitor.controller->switchTo(QStringLiteral("remote"));
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = monitor.window->findChild<QMessageBox*>(QStringLiteral("plainTextTokenWarning"))) &&
                box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("192.0.2.10")));
    QVERIFY(box->informativeText().contains(QStringLiteral("ws://")));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(switching.isReady());
    QCOMPARE(monitor.controller->activeProfile(), QStringLiteral("alpha"));
    QCOMPARE(monitor.window->session()->client().options().connection.url, m_alpha->url());
    QVERIFY(monitor.window->statusBar()->currentMessage().contains(QStringLiteral("unencrypted")));

    // Accepted once, without remembering: asked again next time.
    auto again = monitor.controller->switchTo(QStringLiteral("remote"));
    QTRY_VERIFY((box = guitest::openDialog<QMessageBox>(monitor.window.get())));
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("sendUnencryptedButton")), Qt::LeftButton);
    QTRY_VERIFY(again.isReady());
    QCOMPARE(monitor.window->session()->client().options().connection.url, remote);
    QVERIFY(!monitor.controller->profiles().find(QStringLiteral("remote"))->plainTextTokenAllowed);

    // Accepted and remembered: stored in the profile, not asked again.
    QVERIFY(testsupport::awaitTask(monitor.controller->switchTo(QStringLiteral("alpha"))));
    auto third = monitor.controller->switchTo(QStringLiteral("remote"));
    QTRY_VERIFY((box = guitest::openDialog<QMessageBox>(monitor.window.get())));
    QTest::mouseClick(box->findChild<QCheckBox*>(QStringLiteral("rememberPlainTextAnswer")), Qt::LeftButton);
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("sendUnencryptedButton")), Qt::LeftButton);
    QTRY_VERIFY(third.isReady());
    QVERIFY(monitor.controller->profiles().find(QStringLiteral("remote"))->plainTextTokenAllowed);
    QVERIFY(readFile(m_settingsPath).contains("allowTokenOverPlainWs=true"));
    QVERIFY(testsupport::awaitTask(monitor.controller->switchTo(QStringLiteral("alpha"))));
    QVERIFY(testsupport::awaitTask(monitor.controller->switchTo(QStringLiteral("remote"))));
    QVERIFY(!guitest::openDialog<QMessageBox>(monitor.window.get()));
    QVERIFY(!readFile(m_settingsPath).contains(secretToken.toUtf8()));
}

void TestServerProfiles::brokenProfileIsNamedAndTheRestWorks()
{
    writeFile(m_settingsPath, "[profiles]\nbroken\\name=Broken\nbroken\\format=xml\n"
                              "alpha\\name=alpha\nalpha\\url=" +
                                  m_alpha->url().toString().toUtf8() + "\nalpha\\flavour=vanilla\n");
    Monitor monitor(m_settingsPath, m_keyring);
    const QStringList problems = monitor.controller->configurationProblems();
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.join(u'\n').contains(QStringLiteral("“broken” was skipped: it has no URL")));
    QVERIFY(problems.join(u'\n').contains(QStringLiteral("unknown setting “flavour”")));
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = monitor.window->findChild<QMessageBox*>(QStringLiteral("configurationProblems"))) &&
                box->isVisible());
    QVERIFY(box->informativeText().contains(QStringLiteral("broken")));
    QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
    QCOMPARE(monitor.combo()->count(), 1);
    QVERIFY(testsupport::awaitTask(monitor.controller->switchTo(QStringLiteral("alpha"))));
    QTRY_COMPARE_WITH_TIMEOUT(monitor.window->connectionBar()->stateText(), QStringLiteral("Connected"),
                              10000);
    // The broken entry is still in the file for the operator to fix.
    QVERIFY(readFile(m_settingsPath).contains("broken\\name=Broken"));
}

void TestServerProfiles::unreadableSettingsFileStillStarts()
{
    QVERIFY(QDir().mkpath(m_settingsPath));
    Monitor monitor(m_settingsPath, m_keyring);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = monitor.window->findChild<QMessageBox*>(QStringLiteral("configurationProblems"))) &&
                box->isVisible());
    QVERIFY(box->informativeText().contains(m_settingsPath));
    QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
    // Profiles still work for the session.
    QVERIFY(monitor.controller->profiles().add(
        profile(QStringLiteral("alpha"), m_alpha->url(), ServerEnvironment::Local)));
    QVERIFY(testsupport::awaitTask(monitor.controller->switchTo(QStringLiteral("alpha"))));
    QTRY_COMPARE_WITH_TIMEOUT(monitor.window->connectionBar()->stateText(), QStringLiteral("Connected"),
                              10000);
    monitor.window->close();
    QVERIFY(QFileInfo(m_settingsPath).isDir());
}

void TestServerProfiles::layoutComesBackAfterARestart()
{
    saveProfiles({profile(QStringLiteral("alpha"), m_alpha->url(), ServerEnvironment::Local)});
    QList<int> splitterSizes;
    QRect geometry;
    {
        Monitor monitor(m_settingsPath, m_keyring);
        monitor.window->resize(1100, 700);
        QVERIFY(QTest::qWaitForWindowExposed(monitor.window.get()));
        QVERIFY(testsupport::awaitTask(monitor.controller->switchTo(QStringLiteral("alpha"))));
        guitest::pressShortcut(monitor.window.get(), Qt::Key_2, Qt::ControlModifier); // Jobs, after Overview
        auto* table = monitor.window->findChild<QTableView*>(QStringLiteral("jobsTable"));
        QHeaderView* header = table->horizontalHeader();
        const int queueColumn = 2;
        QVERIFY(!header->isSectionHidden(queueColumn));
        QCOMPARE(header->model()->headerData(queueColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Queue"));
        QVERIFY(guitest::hideColumnWithHeaderMenu(header, queueColumn));
        // And a filter typed in.
        QTest::keyClicks(monitor.window->findChild<QLineEdit*>(QStringLiteral("jobTextFilter")),
                         QStringLiteral("mail"));
        // Move the splitter between the table and the detail panel by dragging its handle.
        auto* splitter = monitor.window->jobsPage()->findChild<QSplitter*>();
        QSplitterHandle* handle = splitter->handle(1);
        const QList<int> before = splitter->sizes();
        QTest::mousePress(handle, Qt::LeftButton, {}, handle->rect().center());
        // 50 px: the detail side is at its smallest already, and the list side's smallest width grows with
        // its filter summary once the filter comes back (663 px here before, 689 px after), which would clamp
        // a longer drag.
        QTest::mouseMove(handle, handle->rect().center() - QPoint(50, 0));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, handle->rect().center() - QPoint(50, 0));
        splitterSizes = splitter->sizes();
        QVERIFY2(splitterSizes != before, qPrintable(QStringLiteral("the splitter did not move from %1:%2")
                                                         .arg(before.first())
                                                         .arg(before.last())));
        guitest::pressShortcut(monitor.window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(monitor.window->currentPage(), int(MonitorController::WorkflowsPageIndex));
        geometry = monitor.window->geometry();
        monitor.window->close();
    }
    Monitor restarted(m_settingsPath, m_keyring);
    QCOMPARE(restarted.window->size(), geometry.size());
    QCOMPARE(restarted.controller->lastProfile(), QStringLiteral("alpha"));
    QVERIFY(testsupport::awaitTask(restarted.controller->switchTo(restarted.controller->lastProfile())));
    QCOMPARE(restarted.window->currentPage(), int(MonitorController::WorkflowsPageIndex));
    auto* table = restarted.window->findChild<QTableView*>(QStringLiteral("jobsTable"));
    QVERIFY(table->horizontalHeader()->isSectionHidden(2));
    QVERIFY(!table->horizontalHeader()->isSectionHidden(1));
    QCOMPARE(restarted.window->findChild<QLineEdit*>(QStringLiteral("jobTextFilter"))->text(),
             QStringLiteral("mail"));
    // The Jobs page is not the first tab (Overview is): its splitter is laid out once the page is shown.
    QVERIFY(QTest::qWaitForWindowExposed(restarted.window.get()));
    guitest::pressShortcut(restarted.window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(restarted.window->jobsPage()->findChild<QSplitter*>()->sizes(), splitterSizes);
}

void TestServerProfiles::layoutAndFiltersSurviveAProfileSwitch()
{
    saveProfiles({profile(QStringLiteral("alpha"), m_alpha->url(), ServerEnvironment::Local),
                  profile(QStringLiteral("beta"), m_beta->url(), ServerEnvironment::Local)});
    Monitor monitor(m_settingsPath, m_keyring);
    QVERIFY(QTest::qWaitForWindowExposed(monitor.window.get()));
    QVERIFY(testsupport::awaitTask(monitor.controller->switchTo(QStringLiteral("alpha"))));
    guitest::pressShortcut(monitor.window.get(), Qt::Key_2, Qt::ControlModifier);
    QHeaderView* header =
        monitor.window->findChild<QTableView*>(QStringLiteral("jobsTable"))->horizontalHeader();
    QVERIFY(guitest::hideColumnWithHeaderMenu(header, JobsModel::QueueColumn));
    header->resizeSection(JobsModel::NameColumn, 211);
    QTest::mouseClick(monitor.window->findChild<QToolButton*>(QStringLiteral("stateFilter_failed")),
                      Qt::LeftButton);
    QTest::keyClicks(monitor.window->findChild<QLineEdit*>(QStringLiteral("jobTextFilter")),
                     QStringLiteral("report"));

    // To beta with the keyboard, in the bar.
    monitor.combo()->setFocus();
    QTest::keyClick(monitor.combo(), Qt::Key_Down);
    QTRY_COMPARE_WITH_TIMEOUT(monitor.controller->activeProfile(), QStringLiteral("beta"), 5000);
    QCOMPARE(monitor.window->currentPage(), int(MonitorController::JobsPageIndex));
    header = monitor.window->findChild<QTableView*>(QStringLiteral("jobsTable"))->horizontalHeader();
    QVERIFY(header->isSectionHidden(JobsModel::QueueColumn));
    QVERIFY(!header->isSectionHidden(JobsModel::NameColumn)); // the others are still shown
    QCOMPARE(header->sectionSize(JobsModel::NameColumn), 211);
    QVERIFY(monitor.window->findChild<QToolButton*>(QStringLiteral("stateFilter_failed"))->isChecked());
    QVERIFY(!monitor.window->findChild<QToolButton*>(QStringLiteral("stateFilter_running"))->isChecked());
    QCOMPARE(monitor.window->findChild<QLineEdit*>(QStringLiteral("jobTextFilter"))->text(),
             QStringLiteral("report"));
}

void TestServerProfiles::selectionFilterAndColumnsSurviveASwitchAndARestart()
{
    saveProfiles({profile(QStringLiteral("alpha"), m_alpha->url(), ServerEnvironment::Local),
                  profile(QStringLiteral("beta"), m_beta->url(), ServerEnvironment::Local)});
    QString selected;
    {
        Monitor monitor(m_settingsPath, m_keyring);
        QVERIFY(QTest::qWaitForWindowExposed(monitor.window.get()));
        QVERIFY(testsupport::awaitTask(monitor.controller->switchTo(QStringLiteral("alpha"))));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.window->session()->state() == ClientState::Ready, 10000);
        QVERIFY(enqueue(*m_alpha, QStringLiteral("report.weekly")));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.showsJob(QStringLiteral("report.weekly")), 10000);
        guitest::pressShortcut(monitor.window.get(), Qt::Key_2, Qt::ControlModifier);
        JobsPage* page = monitor.window->jobsPage();
        // A selection, a filter and a column layout, each made by hand.
        QTableView* table = page->table();
        QCOMPARE(page->proxy()->rowCount(), 1);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(page->proxy()->index(0, JobsModel::NameColumn)).center());
        selected = page->selectedJobId();
        QVERIFY(!selected.isEmpty());
        QCOMPARE(page->detailPanel()->jobId(), selected);
        QTest::keyClicks(monitor.window->findChild<QLineEdit*>(QStringLiteral("jobTextFilter")),
                         QStringLiteral("report"));
        QVERIFY(guitest::awaitTypedFilter(
            monitor.window->findChild<QLineEdit*>(QStringLiteral("jobTextFilter"))));
        QCOMPARE(page->proxy()->text(), QStringLiteral("report"));
        QCOMPARE(page->proxy()->rowCount(), 1); // the filter keeps the selected row
        QVERIFY(guitest::hideColumnWithHeaderMenu(table->horizontalHeader(), JobsModel::QueueColumn));

        // To beta with the keyboard, in the bar: the same page, now over beta's models.
        monitor.combo()->setFocus();
        QTest::keyClick(monitor.combo(), Qt::Key_Down);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.controller->activeProfile(), QStringLiteral("beta"), 5000);
        QCOMPARE(monitor.window->jobsPage(), page);
        QCOMPARE(monitor.window->jobsPage()->proxy()->sourceModel(), &monitor.window->session()->jobs());
        QCOMPARE(page->proxy()->rowCount(), 0); // beta has not seen the job: nothing to show in the list
        QCOMPARE(page->detailPanel()->jobId(), selected); // but it is still the one selected
        QCOMPARE(monitor.window->findChild<QLineEdit*>(QStringLiteral("jobTextFilter"))->text(),
                 QStringLiteral("report"));
        QVERIFY(table->horizontalHeader()->isSectionHidden(JobsModel::QueueColumn));
        QVERIFY(!table->horizontalHeader()->isSectionHidden(JobsModel::NameColumn));
        monitor.window->close();
    }
    // A restart: a new window on the same settings, before and after it connects.
    Monitor restarted(m_settingsPath, m_keyring);
    JobsPage* page = restarted.window->jobsPage();
    QCOMPARE(page->detailPanel()->jobId(), selected);
    QVERIFY(testsupport::awaitTask(restarted.controller->switchTo(restarted.controller->lastProfile())));
    QCOMPARE(restarted.controller->activeProfile(), QStringLiteral("beta"));
    QCOMPARE(page->detailPanel()->jobId(), selected);
    QCOMPARE(restarted.window->findChild<QLineEdit*>(QStringLiteral("jobTextFilter"))->text(),
             QStringLiteral("report"));
    QVERIFY(page->table()->horizontalHeader()->isSectionHidden(JobsModel::QueueColumn));
    QVERIFY(!page->table()->horizontalHeader()->isSectionHidden(JobsModel::NameColumn));
}

void TestServerProfiles::layoutOfTheFirstReleaseIsRead()
{
    // Keys as the first release wrote them: by page class and child position, hidden columns as numbers.
    saveProfiles({profile(QStringLiteral("alpha"), m_alpha->url(), ServerEnvironment::Local)});
    QSplitter sample;
    sample.addWidget(new QWidget);
    sample.addWidget(new QWidget);
    sample.resize(1000, 400);
    sample.setSizes({800, 200});
    {
        QSettings legacy(m_settingsPath, QSettings::IniFormat);
        legacy.setValue(QStringLiteral("window/page"), QStringLiteral("dispatch::EventsPage"));
        legacy.setValue(QStringLiteral("splitters/dispatch::JobsPage.QSplitter-0"), sample.saveState());
        legacy.setValue(QStringLiteral("hiddenColumns/dispatch::JobsPage.jobsTable"), QStringLiteral("2,4"));
        legacy.setValue(QStringLiteral("hiddenColumns/dispatch::EventsPage.eventsTable"),
                        QStringLiteral("none"));
    }
    {
        Monitor monitor(m_settingsPath, m_keyring);
        QVERIFY(QTest::qWaitForWindowExposed(monitor.window.get()));
        QVERIFY(testsupport::awaitTask(monitor.controller->switchTo(QStringLiteral("alpha"))));
        QCOMPARE(monitor.window->currentPage(), int(MonitorController::EventsPageIndex));
        QHeaderView* jobs =
            monitor.window->findChild<QTableView*>(QStringLiteral("jobsTable"))->horizontalHeader();
        QVERIFY(jobs->isSectionHidden(2) && jobs->isSectionHidden(4));
        QVERIFY(!jobs->isSectionHidden(1) && !jobs->isSectionHidden(3));
        // "none": every column, also the subject column the events table hides by default.
        QVERIFY(!monitor.window->findChild<QTableView*>(QStringLiteral("eventsTable"))
                     ->horizontalHeader()
                     ->isSectionHidden(EventLogModel::SubjectColumn));
        guitest::pressShortcut(monitor.window.get(), Qt::Key_2, Qt::ControlModifier);
        auto* splitter = monitor.window->jobsPage()->findChild<QSplitter*>(QStringLiteral("jobsSplitter"));
        // 800:200 as saved; the page's own default is 3:2.
        QTRY_VERIFY2(
            splitter->sizes().first() > 2 * splitter->sizes().last(),
            qPrintable(QStringLiteral("%1 %2").arg(splitter->sizes().first()).arg(splitter->sizes().last())));
        monitor.window->close();
    }
    // Written again under the new keys; the old ones are gone.
    const QSettings rewritten(m_settingsPath, QSettings::IniFormat);
    QVERIFY(rewritten.contains(QStringLiteral("layout/header/jobsTable")));
    QVERIFY(rewritten.contains(QStringLiteral("layout/splitter/jobsSplitter")));
    QVERIFY(!rewritten.contains(QStringLiteral("hiddenColumns/dispatch::JobsPage.jobsTable")));
    QVERIFY(!rewritten.contains(QStringLiteral("splitters/dispatch::JobsPage.QSplitter-0")));
    Monitor again(m_settingsPath, m_keyring);
    QVERIFY(testsupport::awaitTask(again.controller->switchTo(QStringLiteral("alpha"))));
    QHeaderView* jobs = again.window->findChild<QTableView*>(QStringLiteral("jobsTable"))->horizontalHeader();
    QVERIFY(jobs->isSectionHidden(2) && jobs->isSectionHidden(4) && !jobs->isSectionHidden(3));
}

void TestServerProfiles::refusedCertificateIsShownAndTrustedPerProfile()
{
    testsupport::TlsProxyServer certificateA(m_alpha->url(), QStringLiteral("tls-test-a"));
    testsupport::TlsProxyServer certificateB(m_alpha->url(), QStringLiteral("tls-test-b"));
    QVERIFY2(certificateA.isListening(), qPrintable(certificateA.error()));
    QVERIFY2(certificateB.isListening(), qPrintable(certificateB.error()));
    saveProfiles({profile(QStringLiteral("secure"), certificateA.url(), ServerEnvironment::Production)});
    Monitor monitor(m_settingsPath, m_keyring);

    QVERIFY(testsupport::awaitTask(monitor.controller->switchTo(QStringLiteral("secure"))));
    CertificateTrustDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = guitest::openDialog<CertificateTrustDialog>(monitor.window.get())),
                             10000);
    QCOMPARE(monitor.window->connectionBar()->state(), ClientState::Closed); // no retry loop behind it
    const QString fingerprint = QString::fromLatin1(certificateA.certificateSha256().toHex(':'));
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("fingerprintLabel"))->text(), fingerprint);
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("errorsLabel"))->text().isEmpty());
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("subjectLabel"))->text().isEmpty());
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("expiresLabel"))->text().isEmpty());
    QVERIFY(
        dialog->findChild<QLabel*>(QStringLiteral("adviceLabel"))->text().contains(QStringLiteral("secure")));
    // Nothing is trusted until the operator confirms having compared the fingerprint.
    QVERIFY(!dialog->trustButton()->isEnabled());
    QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QTest::mouseClick(dialog->findChild<QCheckBox*>(QStringLiteral("confirmBox")), Qt::LeftButton);
    QVERIFY(dialog->trustButton()->isEnabled());
    QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(monitor.window->connectionBar()->stateText(), QStringLiteral("Connected"),
                              10000);
    QCOMPARE(monitor.controller->profiles().find(QStringLiteral("secure"))->trustedCertificateSha256,
             QList<QByteArray>{certificateA.certificateSha256()});
    QVERIFY(readFile(m_settingsPath).contains(certificateA.certificateSha256().toHex()));

    // The same address with another certificate is refused again; declining keeps the old trust only. The
    // session on screen has connected, so it stays until a replacement connects (issue 20 item 5): the
    // switch does not happen, and the window goes on showing the server behind certificate A.
    ServerProfile moved = *monitor.controller->profiles().find(QStringLiteral("secure"));
    moved.url = certificateB.url();
    QVERIFY(monitor.controller->profiles().replace(QStringLiteral("secure"), moved));
    const bool switched = testsupport::awaitTask(monitor.controller->switchTo(QStringLiteral("secure")));
    QVERIFY(!switched);
    QTRY_VERIFY_WITH_TIMEOUT((dialog = guitest::openDialog<CertificateTrustDialog>(monitor.window.get())),
                             10000);
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("fingerprintLabel"))->text(),
             QString::fromLatin1(certificateB.certificateSha256().toHex(':')));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!guitest::openDialog<CertificateTrustDialog>(monitor.window.get()));
    QCOMPARE(monitor.window->connectionBar()->stateText(), QStringLiteral("Connected"));
    QCOMPARE(monitor.window->options().connection.url, certificateA.url());
    QCOMPARE(monitor.controller->profiles().find(QStringLiteral("secure"))->trustedCertificateSha256,
             QList<QByteArray>{certificateA.certificateSha256()});
}

QTEST_MAIN(TestServerProfiles)
#include "tst_server_profiles.moc"
