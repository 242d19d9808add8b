// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/StreamEvent.h"

#include <QList>
#include <QString>
#include <functional>

namespace dispatch {

class DedicatedCall;

// What ties a workflow.start — which runs on a connection of its own and is answered only when the run ends
// (dwp-protocol.md §2, §3) — to the rest of the client. No network; the client feeds it.
// - Its run id, learnt long before the answer from the workflow.started event on the main connection: the
//   oldest start still waiting for a run of that name gets it, since the server gives no other link (§3,
//   §5: the event carries run_id and name only).
// - The answer and the event travel on different connections, so the answer may come first (a short run).
//   Its run id is then remembered, so that the late workflow.started of that run is not handed to another
//   start of the same name.
// - Its connection, which has no heartbeat (the server answers no ping there until the run ends), is ended
//   when the main connection — whose heartbeat speaks for the server — is given up or closed.
class RunStartCorrelator
{
public:
    using RunIdKnown = std::function<void(const QString& runId)>;
    // Answered runs remembered for their late workflow.started; beyond that the oldest is forgotten. As many
    // starts never run at once on one client (each holds a connection of its own).
    static constexpr qsizetype kAnsweredRunsKept = 64;

    // A start of workflow `name` that wants its run id; returns the ticket answered() and forget() take.
    quint64 expect(const QString& name, RunIdKnown onRunIdKnown);
    // The start's answer came with `runId`. If no event told it yet, it is told now, and the event that
    // follows is kept from every other start.
    void answered(quint64 ticket, const QString& runId);
    // The start ended (answered, failed or abandoned): nothing more is said to it.
    void forget(quint64 ticket);
    // Every event on the main connection: a workflow.started goes to the oldest start of that name.
    void onEvent(const dwp::StreamEvent& event);
    qsizetype waitingStarts() const { return m_waiting.size(); }

    void track(DedicatedCall* call);
    void untrack(DedicatedCall* call);
    // Ends every tracked call with ConnectionError(reason). Each abort resumes (and may end) the coroutine
    // that owns that call, never another one's.
    void abortAll(const QString& reason);

private:
    struct WaitingStart
    {
        quint64 ticket;
        QString name;
        RunIdKnown onRunIdKnown;
    };
    // Removes the start and returns its callback (empty if the ticket is unknown).
    RunIdKnown take(quint64 ticket);

    QList<WaitingStart> m_waiting; // oldest first
    QList<QString> m_answeredRuns; // run ids told by an answer, whose workflow.started has not come yet
    quint64 m_nextTicket = 0;
    QList<DedicatedCall*> m_calls; // running, each owned by its startWorkflow coroutine
};

} // namespace dispatch
