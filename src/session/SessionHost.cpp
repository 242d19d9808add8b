// SPDX-License-Identifier: MIT
#include "session/SessionHost.h"

#include "coro/CoroutineWakeup.h"
#include "coro/Detached.h"
#include "protocol/DispatchErrors.h"
#include "session/CertificateTrustQuestion.h"
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

void SessionHost::replace(const QString& key, ConnectRequest request)
{
    Slot& slot = m_slots[key];
    std::unique_ptr<MonitorSession> previous = std::move(slot.session);
    slot.session = m_factory(request.options);
    slot.session->setAdminApi(request.adminApi);
    slot.request = std::move(request);
    MonitorSession* current = slot.session.get();
    connect(current, &MonitorSession::certificateRejected, this,
            [this, key](const CertificateProblem& problem) { askToTrust(key, problem); });
    emit sessionReplaced(key, previous.get(), current);
    if (previous)
        retire(std::move(previous));
    detached(start(key, current), this, "starting a session");
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
            const ConnectRequest& request = m_slots[key].request;
            const bool sentNoToken = request.options.connection.token.isEmpty() && !request.profile.isEmpty();
            if (error.code() == 401 && sentNoToken)
                askForToken(key, error.message());
            else
                emit connectFailed(key, error.message(), error.code());
        }
    }
}

void SessionHost::askToTrust(const QString& key, const CertificateProblem& problem)
{
    const auto it = m_slots.find(key);
    if (it == m_slots.end())
        return;
    ConnectRequest request = it->second.request;
    auto* question = new CertificateTrustQuestion(request.profile, problem, this);
    const QByteArray sha256 = problem.sha256Fingerprint;
    connect(question, &CertificateTrustQuestion::answered, this,
            [this, question, key, request, sha256](bool trust) mutable {
                question->deleteLater();
                if (!trust || m_destroying)
                    return;
                emit certificateTrusted(request.profile, sha256);
                request.options.connection.trustedCertificateSha256.append(sha256);
                connectInBackground(key, request);
            });
    emit certificateTrustQuestion(question);
}

void SessionHost::askForToken(const QString& key, const QString& serverMessage)
{
    const auto it = m_slots.find(key);
    if (it == m_slots.end())
        return;
    ConnectRequest request = it->second.request; // copied: the answer connects with a token added
    const quint64 generation = it->second.generation;
    auto* question = new TokenQuestion(request.profile, request.options.connection.url, serverMessage, this);
    connect(question, &TokenQuestion::answered, this,
            [this, question, key, request, generation, serverMessage](const QString& token) mutable {
                question->deleteLater();
                if (m_destroying)
                    return;
                if (token.isEmpty()) {
                    emit connectFailed(key, serverMessage, 401); // declined: what the server said stands
                    return;
                }
                // Only if this session is still the one under `key`: a switch meanwhile made it moot.
                const auto now = m_slots.find(key);
                if (now == m_slots.end() || now->second.generation != generation)
                    return;
                request.options.connection.token = token;
                connectInBackground(key, request);
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
    m_slots.erase(it);
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
