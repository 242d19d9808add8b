// SPDX-License-Identifier: MIT
#pragma once

#include "models/JobsModel.h"
#include "session/ConnectRequest.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <qcoro/qcorotask.h>

namespace dispatch {

class CertificateTrustQuestion;
class MonitorSession;
class PlainTextTokenQuestion;
class TokenQuestion;
struct CertificateProblem;

// Owns the monitor's sessions and the non-widget half of connecting. It lives as long as the application;
// windows come and go around it. Each session sits under a key: the window's is the empty key, and a view of
// a whole cluster (a later issue) holds one per instance, so several sessions can be open at once.
//
// connectTo() walks token → plain-ws:// check → connect. Where the session under the key has never connected,
// the new one replaces it at once (sessionReplaced) and the connection bar shows its attempts and failures.
// Where the session under the key has connected, its models are what the operator is reading: the new one is
// tried first, on the side, and replaces it only once the server accepted it; a typo in a token or a port
// says why (replacementFailed) and leaves the window as it was (issue 20 item 5). Where a person must decide,
// the host emits a question (PlainTextTokenQuestion before a token would cross the network unencrypted,
// CertificateTrustQuestion when a certificate was refused) and whoever shows the window answers it; the host
// never looks at widgets. Trusting a certificate connects again with it, and certificateTrusted() tells a
// profile store to keep it.
class SessionHost : public QObject
{
    Q_OBJECT

public:
    // Makes the session for a connection. The default makes a MonitorSession whose client, like its models,
    // lives in the host's thread (the GUI thread): MonitorSession awaits its client's calls directly and the
    // views read its models, so a client in another thread needs a proxy between them first. A factory that
    // puts the client elsewhere is the one thing such a change replaces; tests use it to tune sessions.
    using SessionFactory = std::function<std::unique_ptr<MonitorSession>(const ClientOptions& options)>;

    explicit SessionHost(QObject* parent = nullptr);
    ~SessionHost() override;

    MonitorSession* session(const QString& key = {}) const;
    // The profile of the session under `key`: empty for an ad-hoc one or none.
    QString profile(const QString& key = {}) const;
    // What the session under `key` was connected with (the token resolved); defaults without one.
    ClientOptions options(const QString& key = {}) const;
    QStringList keys() const;

    // The largest server message any connection made from now on reads, whatever its request says; 0 keeps
    // each request's own (dispatch-monitor --max-message-mb).
    void setMessageSizeLimit(quint64 bytes) { m_messageSizeLimit = bytes; }
    void setSessionFactory(SessionFactory factory);
    // Where sessions made from now on keep their journal (README, "Journal"): nullopt, the default, keeps
    // none; an empty folder keeps it in memory; else one file per profile in that folder (JournalLocation).
    void setJournalFolder(std::optional<QString> folder) { m_journalFolder = std::move(folder); }
    // How many finished jobs the sessions made from now on keep in their live window (JobsModel::capacity,
    // dispatch-monitor --keep-jobs); the rest stay in the journal.
    void setKeptJobs(int jobs) { m_keptJobs = jobs; }
    const std::optional<QString>& journalFolder() const { return m_journalFolder; }
    // The session under `key` belongs to another profile now (renamed, saved from an ad-hoc connection, or
    // removed: empty), without reconnecting.
    void setProfile(const QString& key, const QString& profile);

    // Connects under `key`, replacing the session there. True once the new session is the one under `key`
    // (a replacement for a session that never connected goes on connecting and retrying in the background);
    // false when the operator declined, a newer connectTo() for the key came first, or the replacement for a
    // session that has connected did not connect.
    QCoro::Task<bool> connectTo(QString key, ConnectRequest request);
    // connectTo() without anyone awaiting the result (its exceptions are logged).
    void connectInBackground(const QString& key, ConnectRequest request);
    // Stops and drops the session under `key` (sessionReplaced with no successor).
    void close(const QString& key = {});

signals:
    // Emitted before `previous` is stopped (and deleted, later, from the event loop): the moment to rebind.
    void sessionReplaced(const QString& key, dispatch::MonitorSession* previous,
                         dispatch::MonitorSession* current);
    // The operator did not let the token go unencrypted to `url`; the session under `key` is unchanged.
    void connectDeclined(const QString& key, const QUrl& url);
    // A session that has connected is under `key`, and the one to replace it is being tried on the side.
    void verifyingReplacement(const QString& key, const QUrl& url);
    // The session tried for `key` did not connect (`code` 401: the token was rejected); the session under
    // `key` stays as it was.
    void replacementFailed(const QString& key, const QUrl& url, const QString& message, int code);
    // The first attempt of the session under `key` failed (`code` 401: the token was rejected). With
    // reconnect on, the client keeps trying.
    void connectFailed(const QString& key, const QString& message, int code);
    void plainTextTokenQuestion(dispatch::PlainTextTokenQuestion* question);
    void certificateTrustQuestion(dispatch::CertificateTrustQuestion* question);
    // A saved profile's server wants a token and the profile had none (TokenQuestion); an answer with a token
    // connects again with it.
    void tokenQuestion(dispatch::TokenQuestion* question);
    // The operator trusted a certificate for `profile` (empty: ad hoc); a profile store keeps it.
    void certificateTrusted(const QString& profile, const QByteArray& sha256);
    // The operator allowed `profile`'s token over plain ws:// and asked not to be asked again.
    void plainTextTokenAllowed(const QString& profile);

private:
    struct Slot
    {
        std::unique_ptr<MonitorSession> session;
        std::unique_ptr<MonitorSession> candidate; // being tried before it replaces a session that connected
        ConnectRequest request;                    // the token resolved, no token source
        quint64 generation = 0;
    };

    bool isLatest(const QString& key, quint64 generation) const;
    QCoro::Task<bool> mayUseToken(ConnectRequest request);
    std::unique_ptr<MonitorSession> makeSession(const QString& key, const ConnectRequest& request);
    void replace(const QString& key, ConnectRequest request);
    QCoro::Task<bool> replaceOnceConnected(QString key, quint64 generation, ConnectRequest request);
    void install(const QString& key, std::unique_ptr<MonitorSession> session, ConnectRequest request);
    QCoro::Task<> start(QString key, MonitorSession* session);
    void askToTrust(const QString& key, const ConnectRequest& request, const CertificateProblem& problem);
    // `replacing`: the request was for a session tried on the side; a decline leaves the current one.
    void askForToken(const QString& key, const ConnectRequest& request, const QString& serverMessage,
                     bool replacing);
    void retire(std::unique_ptr<MonitorSession> session);

    std::map<QString, Slot> m_slots;
    SessionFactory m_factory;
    quint64 m_lastGeneration = 0;
    quint64 m_messageSizeLimit = 0;
    std::optional<QString> m_journalFolder;
    int m_keptJobs = JobsModel::kDefaultCapacity;
    bool m_destroying = false;
};

} // namespace dispatch
