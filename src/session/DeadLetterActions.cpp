// SPDX-License-Identifier: MIT
#include "session/DeadLetterActions.h"

#include "client/AdminApiClient.h"
#include "protocol/DispatchErrors.h"
#include "session/JobActions.h"
#include "session/JournalListSample.h"
#include "session/JournalRecentState.h"
#include "session/JournalledAction.h"
#include "session/MonitorSession.h"
#include "session/SessionCommands.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace dispatch {

namespace {

Q_LOGGING_CATEGORY(lcDeadLetters, "dispatch.deadletters")

AdminApiClient& restOf(const QPointer<MonitorSession>& session)
{
    return SessionCommands::connected(session).adminApi().client();
}

// The action changed the server's dead-letter count or its jobs: the totals are asked for again.
void totalsMoved(const QPointer<MonitorSession>& session)
{
    if (session)
        session->adminApi().refreshSoon();
}

} // namespace

QCoro::Task<qint64> DeadLetterActions::count(QPointer<MonitorSession> session)
{
    const qint64 count = co_await restOf(session).dlqCount();
    // Kept for the next session of the profile, which shows it as of when until it asks (README, "Journal").
    if (session && session->journal())
        session->journal()->recordStats(QDateTime::currentDateTimeUtc(),
                                        QString::fromLatin1(JournalRecentState::kDlqCount),
                                        QByteArrayLiteral("{\"count\":") + QByteArray::number(count) + '}');
    co_return count;
}

QCoro::Task<dwp::DlqEntry> DeadLetterActions::entry(QPointer<MonitorSession> session, QString entryId)
{
    co_return co_await restOf(session).dlqEntry(entryId);
}

QCoro::Task<dwp::Job> DeadLetterActions::replay(QPointer<MonitorSession> session, QString entryId)
{
    QCoro::Task<dwp::Job> call = restOf(session).replayDlqEntry(entryId);
    dwp::Job fresh =
        co_await JournalledAction::noted(session, JournalledAction::Replay, entryId, std::move(call));
    totalsMoved(session);
    if (!session)
        co_return fresh;
    // A replay bypasses the enqueue path and announces nothing (§5): looked up over DWP so the Jobs page
    // lists it. The replay itself succeeded whatever this lookup does.
    try {
        co_await session->fetchJob(fresh.id);
    } catch (const DispatchError& error) {
        qCWarning(lcDeadLetters) << "fetching replayed job" << fresh.id << "failed:" << error.message();
    }
    co_return fresh;
}

QCoro::Task<dwp::admin::ReplayAllResult> DeadLetterActions::replayAll(QPointer<MonitorSession> session)
{
    QCoro::Task<dwp::admin::ReplayAllResult> call = restOf(session).replayAllDlq();
    const dwp::admin::ReplayAllResult result =
        co_await JournalledAction::noted(session, JournalledAction::ReplayAll, QString(), std::move(call));
    totalsMoved(session);
    co_return result;
}

QCoro::Task<qint64> DeadLetterActions::purge(QPointer<MonitorSession> session)
{
    QCoro::Task<qint64> call = restOf(session).purgeDlq();
    const qint64 purged =
        co_await JournalledAction::noted(session, JournalledAction::Purge, QString(), std::move(call));
    totalsMoved(session);
    co_return purged;
}

QCoro::Task<QList<dwp::DlqEntry>> DeadLetterActions::page(QPointer<MonitorSession> session, int limit,
                                                          int offset)
{
    QList<dwp::DlqEntry> entries = co_await restOf(session).deadLetters(limit, offset);
    // The first page is what the page shows when it opens: kept for the next session of the profile.
    if (offset == 0 && session && session->journal())
        session->journal()->recordStats(QDateTime::currentDateTimeUtc(),
                                        QString::fromLatin1(JournalRecentState::kDlqList),
                                        JournalListSample::toJson(entries));
    co_return entries;
}

QCoro::Task<> DeadLetterActions::retryJob(QPointer<MonitorSession> session, QString jobId)
{
    co_await JobActions::retry(session, jobId);
    if (session)
        session->deadLettered().markRetried(jobId, QDateTime::currentDateTimeUtc());
}

} // namespace dispatch
