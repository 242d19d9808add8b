// SPDX-License-Identifier: MIT
#include "client/RunStartCorrelator.h"

#include "client/DedicatedCall.h"
#include "protocol/EventType.h"

#include <utility>

namespace dispatch {

quint64 RunStartCorrelator::expect(const QString& name, RunIdKnown onRunIdKnown)
{
    const quint64 ticket = ++m_nextTicket;
    m_waiting.append({ticket, name, std::move(onRunIdKnown)});
    return ticket;
}

RunStartCorrelator::RunIdKnown RunStartCorrelator::take(quint64 ticket)
{
    for (qsizetype i = 0; i < m_waiting.size(); ++i) {
        if (m_waiting[i].ticket == ticket) {
            RunIdKnown callback = std::move(m_waiting[i].onRunIdKnown);
            m_waiting.removeAt(i);
            return callback ? callback : RunIdKnown([](const QString&) {});
        }
    }
    return {};
}

void RunStartCorrelator::answered(quint64 ticket, const QString& runId)
{
    RunIdKnown callback = take(ticket);
    if (!callback)
        return; // its workflow.started came first and told it already
    m_answeredRuns.append(runId);
    if (m_answeredRuns.size() > kAnsweredRunsKept)
        m_answeredRuns.removeFirst();
    callback(runId);
}

void RunStartCorrelator::forget(quint64 ticket)
{
    take(ticket);
}

void RunStartCorrelator::onEvent(const dwp::StreamEvent& event)
{
    if (event.type != dwp::EventType::WorkflowStarted)
        return;
    const auto data = event.workflowData();
    if (!data)
        return;
    if (m_answeredRuns.removeOne(data->runId))
        return; // its start was answered before this event came, and knows its run
    for (const WaitingStart& start : std::as_const(m_waiting)) {
        if (start.name == data->name) {
            // Taken before the call: the callback may start or end other starts.
            RunIdKnown callback = take(start.ticket);
            callback(data->runId);
            return;
        }
    }
}

void RunStartCorrelator::track(DedicatedCall* call)
{
    m_calls.append(call);
}

void RunStartCorrelator::untrack(DedicatedCall* call)
{
    m_calls.removeAll(call);
}

void RunStartCorrelator::abortAll(const QString& reason)
{
    for (DedicatedCall* call : std::exchange(m_calls, {}))
        call->abort(reason);
}

} // namespace dispatch
