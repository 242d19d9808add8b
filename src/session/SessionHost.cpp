// SPDX-License-Identifier: MIT
#include "session/SessionHost.h"

#include "coro/CoroutineWakeup.h"
#include "coro/Detached.h"
#include "protocol/DispatchErrors.h"
#include "session/CertificateTrustQuestion.h"
#include "session/Journal.h"
#include "session/JournalLocation.h"
#include "session/MonitorSession.h"
#include "session/PlainTextTokenQuestion.h"
#include "session/TokenQuestion.h"
#include "settings/ServerProfile.h"

#include <QPointer>

namespace dispatch {

// Coroutines here check after every co_await that the host is alive and not being destroyed (its destructor
// deletes open questions, which answers them) and that no newer connectTo() for the same key came first.

SessionHost::SessionHost(QObject* parent)
    : QObject(parent),
      m_factory([](const ClientOptions& options) { return std::make_unique<MonitorSession>(options); })
{
}

SessionHost::~SessionHost()
{
    m_destroying = true;
    // Open questions answer "no" as they go, while this object is still whole.
    qDeleteAll(findChildren<PlainTextTokenQuestion*>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<CertificateTrustQuestion*>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<TokenQuestion*>(Qt::FindDirectChildrenOnly));
    for (auto& [key, slot] : m_slots) {
        if (slot.candidate)
            slot.candidate->stop();
        if (slot.session)
            slot.session->stop();
    }
    m_slots.clear();
}

MonitorSession* SessionHost::session(const QString& key) const
{
    const auto it = m_slots.find(key);
    return it == m_slots.end() ? nullptr : it->second.session.get();
}

QString SessionHost::profile(const QString& key) const
{
    const auto it = m_slots.find(key);
    return it == m_slots.end() || !it->second.session ? QString() : it->second.request.profile;
}

ClientOptions SessionHost::options(const QString& key) const
{
    const auto it = m_slots.find(key);
    return it == m_slots.end() || !it->second.session ? ClientOptions{} : it->second.request.options;
}

QStringList SessionHost::keys() const
{
    QStringList keys;
    for (const auto& [key, slot] : m_slots) {
        if (slot.session)
            keys.append(key);
    }
    return keys;
}

void SessionHost::setSessionFactory(SessionFactory factory)
{
    m_factory = std::move(factory);
}

void SessionHost::setProfile(const QString& key, const QString& profile)
{
    if (const auto it = m_slots.find(key); it != m_slots.end() && it->second.session)
        it->second.request.profile = profile;
}

bool SessionHost::isLatest(const QString& key, quint64 generation) const
{
    const auto it = m_slots.find(key);
    return !m_destroying && it != m_slots.end() && it->second.generation == generation;
}

QCoro::Task<bool> SessionHost::connectTo(QString key, ConnectRequest request)
{
    QPointer<SessionHost> self(this);
    const quint64 generation = ++m_lastGeneration;
    m_slots[key].generation = generation;
    if (request.tokenSource) {
        const auto source = std::exchange(request.tokenSource, {});
        QString token = co_await source();
        if (!self || !isLatest(key, generation))
            co_return false;
        request.options.connection.token = std::move(token);
    }
    if (m_messageSizeLimit > 0)
        request.options.connection.maxIncomingMessageBytes = m_messageSizeLimit;
    const bool mayConnect = co_await mayUseToken(request);
    if (!self || !isLatest(key, generation))
        co_return false;
    if (!mayConnect) {
        emit connectDeclined(key, request.options.connection.url);
        co_return false;
    }
    if (const MonitorSession* current = session(key); current && current->hasConnected())
        co_return co_await replaceOnceConnected(key, generation, std::move(request));
    replace(key, std::move(request));
    co_return true;
}

QCoro::Task<bool> SessionHost::mayUseToken(ConnectRequest request)
{
    const QUrl url = request.options.connection.url;
    if (request.options.connection.token.isEmpty() || request.plainTextTokenAllowed ||
        url.scheme() != u"ws" || isLoopbackHost(url.host()))
        co_return true;
    QPointer<SessionHost> self(this);
    QPointer<PlainTextTokenQuestion> question = new PlainTextTokenQuestion(request.profile, url, this);
    CoroutineWakeup wakeup;
    bool send = false;
    bool remember = false;
    connect(question, &PlainTextTokenQuestion::answered, this, [&](bool sendIt, bool rememberIt) {
        send = sendIt;
        remember = rememberIt;
        wakeup.wake();
    });
    emit plainTextTokenQuestion(question);
    if (question && !question->isAnswered())
        co_await wakeup.wait();
    if (!self || m_destroying)
        co_return false;
    if (question)
        question->deleteLater();
    if (remember)
        emit plainTextTokenAllowed(request.profile);
    co_return send;
}

std::unique_ptr<MonitorSession> SessionHost::makeSession(const QString& key, const ConnectRequest& request)
{
    std::unique_ptr<MonitorSession> made = m_factory(request.options);
    made->setAdminApi(request.adminApi);
    connect(made.get(), &MonitorSession::certificateRejected, this,
            [this, key, request](const CertificateProblem& problem) { askToTrust(key, request, problem); });
    return made;
}

void SessionHost::replace(const QString& key, ConnectRequest request)
{
    if (Slot& slot = m_slots[key]; slot.candidate)
        retire(std::move(slot.candidate)); // an earlier try on the side is moot
    std::unique_ptr<MonitorSession> made = makeSession(key, request);
    MonitorSession* current = made.get();
    install(key, std::move(made), std::move(request));
    detached(start(key, current), this, "starting a session");
}

// The candidate waits in the slot, not in this frame, so that a newer connectTo() or the host's end stops it.
QCoro::Task<bool> SessionHost::replaceOnceConnected(QString key, quint64 generation, ConnectRequest request)
{
    QPointer<SessionHost> self(this);
    if (Slot& slot = m_slots[key]; slot.candidate)
        retire(std::move(slot.candidate));
    m_slots[key].candidate = makeSession(key, request);
    QPointer<MonitorSession> candidate(m_slots[key].candidate.get());
    emit verifyingReplacement(key, request.options.connection.url);
    std::optional<DispatchError> failure;
    try {
        co_await candidate->start();
    } catch (...) {
        failure = DispatchError::fromExceptionPtr(std::current_exception());
    }
    if (!self || m_destroying || !candidate)
        co_return false;
    const auto it = m_slots.find(key);
    if (it == m_slots.end() || it->second.candidate.get() != candidate)
        co_return false; // stopped by a newer try or by close()
    std::unique_ptr<MonitorSession> tried = std::move(it->second.candidate);
    if (!isLatest(key, generation) || failure || tried->state() != ClientState::Ready) {
        retire(std::move(tried));
        if (!isLatest(key, generation))
            co_return false;
        //: Why a new connection was not used: it closed before the server accepted it.
        const DispatchError error =
            failure.value_or(ConnectionError(tr("The connection closed while it was being set up.")));
        const bool sentNoToken = request.options.connection.token.isEmpty() && !request.profile.isEmpty();
        if (error.code() == 401 && sentNoToken)
            askForToken(key, request, error.message(), true);
        else
            emit replacementFailed(key, request.options.connection.url, error.message(), error.code());
        co_return false;
    }
    install(key, std::move(tried), std::move(request));
    co_return true;
}

void SessionHost::install(const QString& key, std::unique_ptr<MonitorSession> session, ConnectRequest request)
{
    Slot& slot = m_slots[key];
    std::unique_ptr<MonitorSession> previous = std::move(slot.session);
    slot.session = std::move(session);
    slot.session->jobs().setCapacity(m_keptJobs);
    // From the moment the session is the slot's, not while it is tried on the side (replaceOnceConnected): a
    // candidate must not hold the profile's file while the session it may never replace still writes it.
    if (m_journalFolder) {
        const QString file =
            m_journalFolder->isEmpty()
                ? QString()
                : JournalLocation::fileFor(*m_journalFolder, request.profile, request.options.connection.url);
        auto journal = std::make_unique<Journal>(file);
        journal->setRetention(request.retention.maxAge(), request.retention.maxBytes());
        slot.session->setJournal(std::move(journal));
    }
    slot.request = std::move(request);
    emit sessionReplaced(key, previous.get(), slot.session.get());
    if (previous)
        retire(std::move(previous));
}

QCoro::Task<> SessionHost::start(QString key, MonitorSession* session)
{
    QPointer<SessionHost> self(this);
    QPointer<MonitorSession> guard(session);
    try {
        co_await session->start();
    } catch (...) {
        // With reconnect on, the client keeps trying and the connection bar says so; this says why the first
        // attempt failed.
        if (self && !m_destroying && guard && this->session(key) == session) {
            const DispatchError error = DispatchError::fromExceptionPtr(std::current_exception());
            const ConnectRequest request = m_slots[key].request;
            const bool sentNoToken = request.options.connection.token.isEmpty() && !request.profile.isEmpty();
            if (error.code() == 401 && sentNoToken)
                askForToken(key, request, error.message(), false);
            else
                emit connectFailed(key, error.message(), error.code());
        }
    }
}

void SessionHost::askToTrust(const QString& key, const ConnectRequest& request,
                             const CertificateProblem& problem)
{
    if (m_destroying)
        return;
    auto* question = new CertificateTrustQuestion(request.profile, problem, this);
    const QByteArray sha256 = problem.sha256Fingerprint;
    connect(question, &CertificateTrustQuestion::answered, this,
            [this, question, key, request, sha256](bool trust) {
                question->deleteLater();
                if (!trust || m_destroying)
                    return;
                emit certificateTrusted(request.profile, sha256);
                ConnectRequest trusting = request;
                trusting.options.connection.trustedCertificateSha256.append(sha256);
                connectInBackground(key, trusting);
            });
    emit certificateTrustQuestion(question);
}

void SessionHost::askForToken(const QString& key, const ConnectRequest& request, const QString& serverMessage,
                              bool replacing)
{
    const auto it = m_slots.find(key);
    if (it == m_slots.end())
        return;
    const quint64 generation = it->second.generation;
    auto* question = new TokenQuestion(request.profile, request.options.connection.url, serverMessage, this);
    connect(question, &TokenQuestion::answered, this,
            [this, question, key, request, generation, serverMessage, replacing](const QString& token) {
                question->deleteLater();
                if (m_destroying)
                    return;
                if (token.isEmpty()) { // declined: what the server said stands
                    if (replacing)
                        emit replacementFailed(key, request.options.connection.url, serverMessage, 401);
                    else
                        emit connectFailed(key, serverMessage, 401);
                    return;
                }
                // Only if this session is still the one under `key`: a switch meanwhile made it moot.
                const auto now = m_slots.find(key);
                if (now == m_slots.end() || now->second.generation != generation)
                    return;
                ConnectRequest withToken = request;
                withToken.options.connection.token = token;
                connectInBackground(key, withToken);
            });
    emit tokenQuestion(question);
}

void SessionHost::connectInBackground(const QString& key, ConnectRequest request)
{
    detached(
        [](QPointer<SessionHost> self, QString slotKey, ConnectRequest wanted) -> QCoro::Task<> {
            if (self)
                co_await self->connectTo(slotKey, wanted);
        }(this, key, std::move(request)),
        this, "connecting");
}

void SessionHost::close(const QString& key)
{
    const auto it = m_slots.find(key);
    if (it == m_slots.end())
        return;
    std::unique_ptr<MonitorSession> previous = std::move(it->second.session);
    std::unique_ptr<MonitorSession> candidate = std::move(it->second.candidate);
    m_slots.erase(it);
    if (candidate)
        retire(std::move(candidate));
    if (previous) {
        emit sessionReplaced(key, previous.get(), nullptr);
        retire(std::move(previous));
    }
}

void SessionHost::retire(std::unique_ptr<MonitorSession> session)
{
    // Stopped now, deleted later: this may run inside one of the session's own signals (a certificate
    // refused, answered at once), and coroutines awaiting it leave through their guards.
    session->disconnect(this);
    session->stop();
    session.release()->deleteLater();
}

} // namespace dispatch
