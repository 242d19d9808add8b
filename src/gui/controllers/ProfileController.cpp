// SPDX-License-Identifier: MIT
#include "gui/controllers/ProfileController.h"

#include "coro/Detached.h"
#include "gui/controllers/MonitorController.h"
#include "gui/dialogs/CertificateTrustDialog.h"
#include "gui/dialogs/ProfilesDialog.h"
#include "gui/dialogs/TokenPromptDialog.h"
#include "gui/views/EnvironmentBadge.h"
#include "gui/window/ConnectionBar.h"
#include "gui/window/MainWindow.h"
#include "gui/window/ProfileComboBox.h"
#include "protocol/CertificateProblem.h"
#include "session/CertificateTrustQuestion.h"
#include "session/Journal.h"
#include "session/JournalFiles.h"
#include "session/JournalLocation.h"
#include "session/MonitorSession.h"
#include "session/SessionHost.h"
#include "session/TokenQuestion.h"
#include "settings/ProfileSettingsCodec.h"
#include "settings/SecretStore.h"
#include "settings/SettingsFile.h"
#include "settings/TokenVault.h"

#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace dispatch {

namespace {
const QString lastProfileKey = QStringLiteral("session/lastProfile");
}

ProfileController::ProfileController(MainWindow* window, SettingsFile* settings,
                                     std::unique_ptr<SecretStore> secrets, QObject* parent)
    : QObject(parent), m_window(window), m_settings(settings),
      m_vault(std::make_unique<TokenVault>(std::move(secrets)))
{
    ConnectionBar* bar = window->connectionBar();
    bar->profileCombo()->setProfiles(&m_profiles);
    connect(bar->profileCombo(), &ProfileComboBox::profileChosen, this,
            [this](const QString& name) { detached(switchTo(name), this, "switching profiles"); });
    connect(bar, &ConnectionBar::manageProfilesRequested, this, &ProfileController::showProfilesDialog);
    SessionHost* host = window->host();
    connect(host, &SessionHost::sessionReplaced, this,
            [this](const QString& key) { onSessionReplaced(key); });
    connect(host, &SessionHost::certificateTrustQuestion, this, &ProfileController::askToTrust);
    connect(host, &SessionHost::certificateTrusted, this, &ProfileController::trustCertificate);
    connect(host, &SessionHost::tokenQuestion, this, &ProfileController::askForToken);
    connect(host, &SessionHost::plainTextTokenAllowed, this, &ProfileController::allowPlainTextToken);
    connect(host, &SessionHost::connectDeclined, this, [this](const QString& key, const QUrl& url) {
        if (key == MainWindow::kSessionKey && m_window)
            m_window->statusBar()->showMessage(
                //: Status bar when the operator declined to send the token over ws://. %1 is the server's
                //: host name.
                tr("Not connected to %1: the token would have been sent unencrypted.").arg(url.host()),
                15000);
    });
    m_keyringLabel = new QLabel(window);
    m_keyringLabel->setObjectName(QStringLiteral("keyringState"));
    m_keyringLabel->setVisible(false);
    window->statusBar()->addPermanentWidget(m_keyringLabel);
    connect(m_vault.get(), &TokenVault::keyringProblemChanged, this, &ProfileController::showKeyringProblem);
}

ProfileController::~ProfileController() = default;

void ProfileController::load()
{
    m_problems.clear();
    if (!m_settings->problem().isEmpty())
        m_problems.append(m_settings->problem());
    const ProfileSettingsCodec::Loaded loaded = ProfileSettingsCodec::load(m_settings->settings());
    m_problems += loaded.problems;
    m_brokenGroups = loaded.brokenGroups;
    QList<ServerProfile> all = loaded.profiles;
    for (const ServerProfile& profile : m_profiles.all()) {
        if (profile.transient)
            all.prepend(profile);
    }
    m_profiles.setAll(all);
    reportProblems();
    detached(m_vault->probe(), this, "probing the keyring");
}

void ProfileController::reportProblems()
{
    if (m_problems.isEmpty() || !m_window)
        return;
    m_window->statusBar()->showMessage(
        //: Status bar at start. %1 is the first problem found in the settings file (a whole sentence).
        tr("Problems in the settings: %1 (see the message for all of them)").arg(m_problems.first()), 30000);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Problems in the settings"),
                                tr("The monitor started, but some settings could not be used:"),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("configurationProblems"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(QStringLiteral("• ") + m_problems.join(QStringLiteral("\n• ")));
    //: Details of the settings-problems message box. %1 is the path of the settings file.
    box->setDetailedText(tr("Settings file: %1").arg(m_settings->fileName()));
    box->open();
}

QString ProfileController::lastProfile() const
{
    const QString name = m_settings->settings().value(lastProfileKey).toString();
    return m_profiles.find(name) ? name : QString();
}

void ProfileController::save()
{
    ProfileSettingsCodec::save(m_settings->settings(), m_profiles.persistent(), m_brokenGroups);
    const QString problem = m_settings->sync();
    if (!problem.isEmpty() && m_window)
        m_window->statusBar()->showMessage(problem, 15000);
}

void ProfileController::showKeyringProblem(const QString& problem)
{
    m_keyringLabel->setText(problem.isEmpty() ? QString() : tr("Tokens: this session only"));
    m_keyringLabel->setToolTip(problem);
    m_keyringLabel->setVisible(!problem.isEmpty());
    if (!problem.isEmpty() && m_window)
        m_window->statusBar()->showMessage(problem, 15000);
}

void ProfileController::addTransientProfile(const ServerProfile& profile, const QString& token)
{
    ServerProfile transient = profile;
    transient.transient = true;
    QList<ServerProfile> all = m_profiles.all();
    all.prepend(transient);
    m_profiles.setAll(all);
    m_vault->setSessionToken(transient.name, token); // never in the keyring
}

QCoro::Task<bool> ProfileController::switchTo(QString name)
{
    const ServerProfile* found = m_profiles.find(name);
    if (!found || !m_window)
        co_return false;
    const ServerProfile profile = *found;
    QPointer<ProfileController> self(this);
    ConnectRequest request;
    request.profile = profile.name;
    request.options = m_window->options();
    request.options.connection.url = profile.url;
    request.options.connection.token.clear();
    request.options.connection.format = profile.format;
    request.options.connection.trustedCertificateSha256 = profile.trustedCertificateSha256;
    request.plainTextTokenAllowed = profile.plainTextTokenAllowed;
    request.adminApi = profile.adminApi;
    request.retention = profile.retention;
    request.tokenSource = [vault = QPointer<TokenVault>(m_vault.get()),
                           name = profile.name]() -> QCoro::Task<QString> {
        if (!vault)
            co_return QString();
        co_return co_await vault->token(name);
    };
    const bool connected = co_await m_window->host()->connectTo(MainWindow::kSessionKey, request);
    if (!self || !connected)
        co_return false;
    if (!profile.transient) {
        m_settings->settings().setValue(lastProfileKey, profile.name);
        m_settings->sync();
    }
    emit sessionStarted(profile.name);
    co_return true;
}

QCoro::Task<bool> ProfileController::connectAdHoc(ClientOptions options)
{
    if (!m_window)
        co_return false;
    QPointer<ProfileController> self(this);
    ConnectRequest request;
    request.options = std::move(options);
    const bool connected = co_await m_window->host()->connectTo(MainWindow::kSessionKey, request);
    if (!self || !connected)
        co_return false;
    emit sessionStarted(QString());
    co_return true;
}

void ProfileController::onSessionReplaced(const QString& key)
{
    if (key != MainWindow::kSessionKey || !m_window)
        return;
    m_active = m_window->host()->profile(key);
    showActiveProfile();
}

void ProfileController::setActive(const QString& profile)
{
    // The session on screen goes on, as this profile's now (renamed, saved, or removed: ad hoc).
    m_active = profile;
    if (m_window)
        m_window->host()->setProfile(MainWindow::kSessionKey, profile);
    showActiveProfile();
}

void ProfileController::askForToken(TokenQuestion* question)
{
    if (!m_window)
        return; // unanswered: the host deletes it, which declines
    TokenPromptDialog::Context context;
    context.profile = question->profile();
    context.url = question->url();
    context.serverMessage = question->serverMessage();
    context.keyringAvailable = m_vault->keyringAvailable();
    context.keyringProblem = m_vault->keyringProblem();
    auto* dialog = new TokenPromptDialog(context, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<TokenQuestion> asked(question);
    connect(dialog, &QDialog::finished, this, [this, asked, dialog](int result) {
        if (!asked)
            return;
        const QString token = result == QDialog::Accepted ? dialog->token() : QString();
        // Kept before the new attempt, so that a reconnect or a switch back finds it without asking again.
        if (!token.isEmpty() && dialog->keepInKeyring())
            detached(m_vault->setToken(asked->profile(), token), this, "keeping a token in the keyring");
        else if (!token.isEmpty())
            m_vault->setSessionToken(asked->profile(), token);
        asked->answer(token);
    });
    dialog->open();
}

void ProfileController::askToTrust(CertificateTrustQuestion* question)
{
    if (!m_window)
        return;
    for (CertificateTrustDialog* open : m_window->findChildren<CertificateTrustDialog*>()) {
        if (open->isVisible()) {
            question->answer(false); // one question at a time
            return;
        }
    }
    auto* dialog = new CertificateTrustDialog(question->problem(), question->profile(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_window->statusBar()->showMessage(question->problem().summary(), 30000);
    const QPointer<CertificateTrustQuestion> asked(question);
    connect(dialog, &QDialog::finished, this, [asked](int result) {
        if (asked)
            asked->answer(result == QDialog::Accepted);
    });
    dialog->open();
}

void ProfileController::allowPlainTextToken(const QString& profileName)
{
    const ServerProfile* found = m_profiles.find(profileName);
    if (!found || found->plainTextTokenAllowed)
        return;
    ServerProfile profile = *found;
    profile.plainTextTokenAllowed = true;
    m_profiles.replace(profileName, profile);
    save();
}

void ProfileController::showActiveProfile()
{
    if (!m_window)
        return;
    ConnectionBar* bar = m_window->connectionBar();
    bar->profileCombo()->setCurrentProfile(m_active);
    const ServerProfile* profile = m_profiles.find(m_active);
    const auto environment = profile ? std::optional(profile->environment) : std::nullopt;
    bar->environmentBadge()->setEnvironment(environment);
    m_window->controller()->setServerEnvironment(environment); // Production asks for a deliberate click
    // The title is what the task bar and window switcher show: with several windows open, it tells a
    // production window from a staging one before anyone clicks. Ad hoc sessions keep the host title.
    if (profile)
        //: Window title. %1 is the server profile's name, %2 its environment (Production, Staging,
        //: Development, Local).
        m_window->setWindowTitle(tr("%1 [%2] — Dispatch Monitor")
                                     .arg(profile->name, serverEnvironmentLabel(profile->environment)));
}

void ProfileController::trustCertificate(const QString& profileName, const QByteArray& sha256)
{
    const ServerProfile* found = m_profiles.find(profileName);
    if (!found || found->trustedCertificateSha256.contains(sha256))
        return;
    ServerProfile profile = *found;
    profile.trustedCertificateSha256.append(sha256);
    m_profiles.replace(profileName, profile);
    save();
}

void ProfileController::showProfilesDialog()
{
    auto* dialog = new ProfilesDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList reserved;
    for (const ServerProfile& profile : m_profiles.all()) {
        if (profile.transient)
            reserved.append(profile.name);
    }
    dialog->setProfiles(m_profiles.persistent(), reserved);
    dialog->setKeyringProblem(m_vault->keyringProblem());
    if (!m_active.isEmpty())
        dialog->selectProfile(m_active);
    else if (m_window->session())
        dialog->offerCurrentConnection(currentConnectionAsProfile(), m_window->options().connection.token);
    connect(m_vault.get(), &TokenVault::keyringProblemChanged, dialog, &ProfilesDialog::setKeyringProblem);
    dialog->setJournalState([this](const QString& name) { return journalStateOf(name); });
    connect(dialog, &ProfilesDialog::clearHistoryRequested, this,
            [this, dialog = QPointer<ProfilesDialog>(dialog)](const QString& name) {
                clearHistory(name, dialog);
            });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        detached(applyDialog(dialog->drafts(), dialog->removedProfiles()), this, "saving the profiles");
    });
    dialog->open();
}

QString ProfileController::journalFileOf(const QString& name) const
{
    const std::optional<QString> folder = m_window ? m_window->host()->journalFolder() : std::nullopt;
    const ServerProfile* profile = m_profiles.find(name);
    if (!folder || folder->isEmpty() || !profile || profile->transient)
        return {};
    return JournalLocation::fileFor(*folder, profile->name, profile->url);
}

Journal* ProfileController::liveJournalOf(const QString& name) const
{
    if (!m_window || m_active.isEmpty() || m_active.compare(name, Qt::CaseInsensitive) != 0)
        return nullptr;
    MonitorSession* session = m_window->session();
    return session ? session->journal() : nullptr;
}

std::optional<ProfileJournalState> ProfileController::journalStateOf(const QString& name) const
{
    const QString file = journalFileOf(name);
    if (file.isEmpty())
        return std::nullopt;
    ProfileJournalState state;
    state.bytesOnDisk = JournalFiles::bytesOnDisk(file);
    if (Journal* journal = liveJournalOf(name);
        journal && journal->filePath() == file && journal->storage() == Journal::Storage::File) {
        state.live = true;
        state.freeBytes = journal->freeBytes();
    }
    return state;
}

void ProfileController::clearHistory(const QString& name, QPointer<ProfilesDialog> dialog)
{
    const QString file = journalFileOf(name);
    Journal* journal = liveJournalOf(name);
    if (journal && journal->filePath() == file && journal->storage() == Journal::Storage::File) {
        // The session writes the file: through its writer, never a second one. The dialog is told once the
        // pass that cleared has measured the file again.
        struct Pending
        {
            QMetaObject::Connection cleared;
            QMetaObject::Connection finished;
            QString result;
        };
        auto pending = std::make_shared<Pending>();
        pending->cleared =
            connect(journal, &Journal::cleared, this, [pending](qint64 rows, const QString& error) {
                //: In the profile dialog after Clear History. %n is the number of records deleted.
                const QString done = tr("History cleared: %n record(s) deleted.", nullptr, int(rows));
                //: In the profile dialog. %1 is SQLite's reason.
                const QString stopped = tr("Clearing stopped: %1");
                pending->result = error.isEmpty() ? done : stopped.arg(error);
            });
        pending->finished = connect(journal, &Journal::pruneFinished, this, [pending, dialog, name] {
            if (pending->result.isEmpty())
                return; // a pass that ended before the clear began
            QObject::disconnect(pending->cleared);
            QObject::disconnect(pending->finished);
            if (dialog)
                dialog->refreshJournal(name, pending->result);
        });
        journal->clearHistory();
        return;
    }
    const QString problem = JournalFiles::removeUnlessInUse(file);
    if (dialog)
        dialog->refreshJournal(
            name, problem.isEmpty() ? tr("History cleared: the journal's files were deleted.") : problem);
}

ServerProfile ProfileController::currentConnectionAsProfile() const
{
    const ClientOptions options = m_window->options();
    ServerProfile profile;
    profile.url = options.connection.url;
    profile.format = options.connection.format;
    profile.trustedCertificateSha256 = options.connection.trustedCertificateSha256;
    if (options.connection.url.scheme() == QLatin1String("ws") &&
        isLoopbackHost(options.connection.url.host()))
        profile.environment = ServerEnvironment::Local;
    return profile;
}

QCoro::Task<void> ProfileController::applyDialog(QList<ProfileDraft> drafts, QStringList removed)
{
    QPointer<ProfileController> self(this);
    const ServerProfile* activeBefore = m_profiles.find(m_active);
    const std::optional<ServerProfile> before =
        activeBefore ? std::optional<ServerProfile>(*activeBefore) : std::nullopt;
    // The list first, so that the switch and the settings file show the result at once; tokens follow.
    QList<ServerProfile> all;
    for (const ServerProfile& profile : m_profiles.all()) {
        if (profile.transient)
            all.append(profile);
    }
    QString activeAfter;
    bool activeTokenChanged = false;
    for (const ProfileDraft& draft : drafts) {
        all.append(draft.profile);
        if (!m_active.isEmpty() && draft.originalName.compare(m_active, Qt::CaseInsensitive) == 0) {
            activeAfter = draft.profile.name;
            activeTokenChanged = draft.tokenChanged;
        }
    }
    m_profiles.setAll(all);
    if (!activeAfter.isEmpty())
        m_settings->settings().setValue(lastProfileKey, activeAfter); // renamed: still the last one
    save();
    for (const QString& name : removed) {
        co_await m_vault->forget(name);
        if (!self)
            co_return;
    }
    for (const ProfileDraft& draft : drafts) {
        if (!draft.originalName.isEmpty())
            co_await m_vault->rename(draft.originalName, draft.profile.name);
        if (self && draft.tokenChanged)
            co_await m_vault->setToken(draft.profile.name, draft.token);
        if (!self)
            co_return;
    }
    if (!m_window)
        co_return;
    if (m_active.isEmpty()) {
        adoptCurrentConnection(drafts);
        co_return;
    }
    if (activeAfter.isEmpty()) {
        // The profile on screen was removed: the session goes on, as an ad-hoc connection.
        setActive(QString());
        co_return;
    }
    const ServerProfile* after = m_profiles.find(activeAfter);
    if (Journal* journal = liveJournalOf(activeAfter); journal && after->retention != before->retention)
        journal->setRetention(after->retention.maxAge(), after->retention.maxBytes()); // prunes at once
    const bool reconnect = activeTokenChanged || !before || after->url != before->url ||
                           after->format != before->format ||
                           after->trustedCertificateSha256 != before->trustedCertificateSha256 ||
                           after->adminApi != before->adminApi;
    setActive(activeAfter); // a new name or environment
    if (reconnect)
        co_await switchTo(activeAfter);
}

void ProfileController::adoptCurrentConnection(const QList<ProfileDraft>& drafts)
{
    // The ad-hoc session on screen becomes the saved profile, unless its address, format or token was
    // changed while saving it: then the profile is another connection, and switching to it is the
    // operator's call.
    const ClientOptions current = m_window->options();
    for (const ProfileDraft& draft : drafts) {
        const QString savedToken = draft.tokenChanged ? draft.token : QString();
        if (!draft.fromCurrentConnection || draft.profile.url != current.connection.url ||
            draft.profile.format != current.connection.format || savedToken != current.connection.token)
            continue;
        setActive(draft.profile.name);
        m_settings->settings().setValue(lastProfileKey, m_active);
        m_settings->sync();
        return;
    }
}

} // namespace dispatch
