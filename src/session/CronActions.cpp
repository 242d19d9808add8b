// SPDX-License-Identifier: MIT
#include "session/CronActions.h"

#include "client/AdminApiClient.h"
#include "coro/Detached.h"
#include "protocol/DispatchErrors.h"
#include "session/JournalListSample.h"
#include "session/JournalRecentState.h"
#include "session/MonitorSession.h"
#include "session/SessionCommands.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace dispatch {

namespace {

Q_LOGGING_CATEGORY(lcCronActions, "dispatch.cronactions")

// The session's REST client, looked up anew after every co_await: the session may have gone meanwhile.
AdminApiClient& clientOf(const QPointer<MonitorSession>& session)
{
    return SessionCommands::connected(session).adminApi().client();
}

} // namespace

CronActions::CronActions(QObject* parent) : QObject(parent) {}

void CronActions::setSession(MonitorSession* session)
{
    m_session = session;
    m_askedLast.clear();
}

MonitorSession* CronActions::session() const
{
    return m_session;
}

bool CronActions::isCurrent(const QPointer<MonitorSession>& origin) const
{
    return origin && origin == m_session;
}

void CronActions::open(const QString& cronId)
{
    m_askedLast = cronId;
    run(act(m_session, Action::Open, cronId), "looking up a cron entry");
}

void CronActions::setEnabled(const QString& cronId, bool enabled)
{
    m_askedLast = cronId;
    run(act(m_session, enabled ? Action::Enable : Action::Disable, cronId), "enabling or disabling a cron");
}

void CronActions::remove(const QString& cronId)
{
    m_askedLast = cronId;
    run(act(m_session, Action::Delete, cronId), "deleting a cron entry");
}

void CronActions::list(int limit, int offset)
{
    run(fetchPage(m_session, limit, offset), "listing the server's crons");
}

void CronActions::run(QCoro::Task<> task, const char* what)
{
    if (++m_inFlight == 1)
        emit busyChanged(true);
    auto counted = [](QPointer<CronActions> self, QCoro::Task<> inner) -> QCoro::Task<> {
        std::exception_ptr escaped;
        try {
            co_await std::move(inner);
        } catch (...) {
            escaped = std::current_exception(); // logged by detached() below, after the count is right
        }
        if (self && --self->m_inFlight == 0)
            emit self->busyChanged(false);
        if (escaped)
            std::rethrow_exception(escaped);
    };
    detached(counted(this, std::move(task)), this, what);
}

void CronActions::learnt(const dwp::CronEntry& entry)
{
    if (m_session)
        m_session->crons().noteEntry(entry);
}

QCoro::Task<> CronActions::act(QPointer<MonitorSession> origin, Action action, QString cronId)
{
    QPointer<CronActions> self(this);
    std::optional<dwp::CronEntry> entry;
    try {
        entry = co_await carryOut(origin, action, cronId);
    } catch (...) {
        if (self && isCurrent(origin))
            emit actionFailed(action, cronId, std::current_exception());
        co_return;
    }
    if (!self || !isCurrent(origin))
        co_return; // the window shows another server now
    if (entry)
        learnt(*entry);
    else
        m_session->crons().forgetId(cronId);
    if (cronId != m_askedLast)
        co_return; // another entry was asked for meanwhile; the model learnt this one all the same
    if (entry)
        emit entryShown(*entry);
    else
        emit entryDeleted(cronId);
}

QCoro::Task<std::optional<dwp::CronEntry>> CronActions::carryOut(QPointer<MonitorSession> origin,
                                                                 Action action, QString cronId)
{
    std::optional<dwp::CronEntry> changed;
    switch (action) {
    case Action::Open:
    case Action::List:
        break;
    case Action::Enable:
    case Action::Disable:
        changed = co_await clientOf(origin).setCronEnabled(cronId, action == Action::Enable);
        break;
    case Action::Delete:
        co_await clientOf(origin).deleteCron(cronId);
        break;
    }
    // Fetched again (no event announces the change, §5). After an action it succeeded whatever this lookup
    // says: a failed lookup is logged and the action's own reply shown, or the deletion taken at its word.
    try {
        co_return co_await clientOf(origin).cron(cronId);
    } catch (const NotFoundError&) {
        if (action != Action::Delete)
            throw;
        co_return std::nullopt; // gone, as asked
    } catch (const DispatchError& error) {
        if (action == Action::Open)
            throw;
        qCWarning(lcCronActions) << "looking up" << cronId << "after the action failed:" << error.message();
    }
    co_return changed;
}

QCoro::Task<> CronActions::fetchPage(QPointer<MonitorSession> origin, int limit, int offset)
{
    QPointer<CronActions> self(this);
    QList<dwp::CronEntry> entries;
    try {
        entries = co_await clientOf(origin).crons(limit, offset);
    } catch (...) {
        if (self && isCurrent(origin))
            emit actionFailed(Action::List, QString(), std::current_exception());
        co_return;
    }
    if (!self || !isCurrent(origin))
        co_return;
    for (const dwp::CronEntry& entry : std::as_const(entries))
        learnt(entry);
    // The first page is what the page shows when it opens: kept for the next session of the profile, which
    // shows it as of when until it asks (README, "Journal").
    if (offset == 0 && origin->journal())
        origin->journal()->recordStats(QDateTime::currentDateTimeUtc(),
                                       QString::fromLatin1(JournalRecentState::kCronList),
                                       JournalListSample::toJson(entries));
    emit pageListed(entries, offset);
}

} // namespace dispatch
