// SPDX-License-Identifier: MIT
#pragma once

#include "settings/ServerProfile.h"

#include <QDialog>
#include <QHash>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ProfilesDialog;
}

namespace dispatch {

// One profile as edited in the dialog: where it came from (to rename or forget its token) and whether its
// token was typed or forgotten. The token is held only until the dialog's result is applied.
struct ProfileDraft
{
    QString originalName; // empty: added in the dialog
    ServerProfile profile;
    bool tokenChanged = false;
    QString token;                      // the new token when tokenChanged; empty then means "forget it"
    bool fromCurrentConnection = false; // the ad-hoc connection on screen, saved as this profile
};

// What the profiles dialog shows of a profile's journal (README, "Journal").
struct ProfileJournalState
{
    qint64 bytesOnDisk = 0; // the file and its write-ahead log; 0 when there is none yet
    qint64 freeBytes = -1;  // pages freed by pruning, reused before the file grows; -1: not known (not live)
    bool live = false;      // this window's session writes it now
};

// Add, edit and remove server profiles (ui/ProfilesDialog.ui). Every profile is checked as it is typed — a
// name, unique regardless of case, a ws:// or wss:// address, and an http(s):// admin API address when one is
// typed — and OK stays disabled, saying which profile is wrong and why, until all are right. Tokens are never
// shown back: an empty field keeps the stored one.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfilesDialog(QWidget* parent = nullptr);
    ~ProfilesDialog() override;

    // `reservedNames`: profiles not edited here (the transient --demo one) whose names stay taken.
    void setProfiles(const QList<ServerProfile>& profiles, const QStringList& reservedNames = {});
    // Where tokens go: empty when the keyring works, else why it does not.
    void setKeyringProblem(const QString& problem);
    void selectProfile(const QString& name);
    // The ad-hoc connection on screen, which "Add Current Connection" turns into a new profile (its name
    // suggested from the host). Without a call the button stays hidden.
    void offerCurrentConnection(const ServerProfile& connection, const QString& token);

    // How to learn a saved profile's journal, by the profile's name when the dialog opened; nullopt when the
    // monitor keeps no journal files (DISPATCH_MONITOR_JOURNAL_DIR=off, --demo). Without a call, the history
    // row says no journal is kept.
    using JournalStateOf = std::function<std::optional<ProfileJournalState>(const QString& profile)>;
    void setJournalState(JournalStateOf stateOf);
    // Shows the journal of the profile on screen again, with `result` (what a clear did) after it.
    void refreshJournal(const QString& profile, const QString& result = {});

    QList<ProfileDraft> drafts() const { return m_drafts; }
    QStringList removedProfiles() const { return m_removed; }
    // What is wrong with the draft at `row`, or an empty string.
    QString problemAt(int row) const;

signals:
    // The operator confirmed Clear History for the saved profile `profile` (its name when the dialog
    // opened); whoever owns the journals empties it and calls refreshJournal().
    void clearHistoryRequested(const QString& profile);

private:
    void showDraft(int row);
    void storeForm();
    void refreshRow(int row);
    void updateState();
    void addProfile();
    void addCurrentConnection();
    int appendDraft(const ProfileDraft& draft);
    void removeProfile();
    void showAdminApi(const AdminApiChoice& choice);
    void storeAdminApi(AdminApiChoice& choice) const;
    void updateAdminApiNote();
    void showJournal();
    void askToClearHistory();

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    QList<ProfileDraft> m_drafts;
    QStringList m_removed;
    QStringList m_reserved;
    QString m_keyringProblem;
    std::optional<ProfileDraft> m_currentConnection;
    JournalStateOf m_journalStateOf;
    QHash<QString, QString> m_journalResults; // by profile: what the last clear did
    int m_shown = -1;
};

} // namespace dispatch
