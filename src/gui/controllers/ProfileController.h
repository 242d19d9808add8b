// SPDX-License-Identifier: MIT
#pragma once

#include "gui/dialogs/ProfilesDialog.h"
#include "protocol/ClientOptions.h"
#include "settings/ServerProfiles.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <qcoro/qcorotask.h>

class QLabel;

namespace dispatch {

class MainWindow;
class CertificateTrustQuestion;
class Journal;
class TokenQuestion;
class SecretStore;
class SettingsFile;
class TokenVault;

// Server profiles in the window: loads them from the settings file (saying what was wrong with it), fills
// the connection bar's switch, runs the profiles dialog, and connects through the window's SessionHost —
// the token from the keyring, the certificates trusted for the profile, the plain-text answer it remembers.
// It answers the host's certificate questions with CertificateTrustDialog and keeps what the operator
// decided (a trusted certificate, "do not ask again" for plain ws://) in the profile.
class ProfileController : public QObject
{
    Q_OBJECT

public:
    ProfileController(MainWindow* window, SettingsFile* settings, std::unique_ptr<SecretStore> secrets,
                      QObject* parent = nullptr);
    ~ProfileController() override;

    // Reads the profiles; problems with the file or with entries are shown (status bar and a message box
    // naming each) and the broken entries skipped. Then asks the keyring, in the background, if it works.
    void load();
    QStringList configurationProblems() const { return m_problems; }

    ServerProfiles& profiles() { return m_profiles; }
    TokenVault& tokens() { return *m_vault; }
    // The profile whose session is on screen; empty for none or an ad-hoc connection.
    QString activeProfile() const { return m_active; }
    // The profile used last time, if it still exists.
    QString lastProfile() const;

    // --demo: the built-in server as a profile of its own, with its token for this session; never saved.
    void addTransientProfile(const ServerProfile& profile, const QString& token);
    // Connects to a profile; false when it does not exist or the operator declined.
    QCoro::Task<bool> switchTo(QString name);
    // Connects without a profile (--url, the Connect dialog), with the same plain-text check.
    QCoro::Task<bool> connectAdHoc(ClientOptions options);
    void showProfilesDialog();

    // Stores the certificate as trusted for the profile and saves (after the operator confirmed it).
    void trustCertificate(const QString& profile, const QByteArray& sha256);

signals:
    // A switch or ad-hoc connection is the window's session now (for tests and the window title).
    void sessionStarted(const QString& profile);

private:
    QCoro::Task<void> applyDialog(QList<ProfileDraft> drafts, QStringList removed);
    ServerProfile currentConnectionAsProfile() const;
    // The journal file of a saved profile, or empty when journals are not kept in files.
    QString journalFileOf(const QString& name) const;
    // The journal this window's session writes when `name` is the active profile, else null.
    Journal* liveJournalOf(const QString& name) const;
    std::optional<ProfileJournalState> journalStateOf(const QString& name) const;
    void clearHistory(const QString& name, QPointer<ProfilesDialog> dialog);
    void adoptCurrentConnection(const QList<ProfileDraft>& drafts);
    void onSessionReplaced(const QString& key);
    void setActive(const QString& profile);
    void showActiveProfile();
    // The server's certificate was refused: show why; the host reconnects trusting it if the operator says
    // so.
    void askToTrust(CertificateTrustQuestion* question);
    void askForToken(TokenQuestion* question);
    void allowPlainTextToken(const QString& profile);
    void save();
    void showKeyringProblem(const QString& problem);
    void reportProblems();

    QPointer<MainWindow> m_window;
    SettingsFile* m_settings;
    ServerProfiles m_profiles;
    std::unique_ptr<TokenVault> m_vault;
    QStringList m_brokenGroups;
    QStringList m_problems;
    QString m_active;
    QLabel* m_keyringLabel = nullptr;
};

} // namespace dispatch
