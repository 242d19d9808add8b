// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/EngineContext.h"
#include "devserver/EventMailbox.h"
#include "devserver/Tenant.h"
#include "devserver/WorkflowCatalog.h"
#include "protocol/TimelineEntry.h"
#include "protocol/WorkflowRun.h"

#include <QHash>
#include <functional>
#include <memory>
#include <optional>

namespace devserver {

// The workflows half of the engine (workflow/runner.go as dwp-protocol.md §3–§5 describe it): a run starts
// `running` with workflow.started, executes its steps in order on the simulated clock, writes one
// checkpoint per step (the timeline) and ends `completed` with workflow.completed {elapsed_ms} or `failed`
// with workflow.step_failed {step_name, error} (if a step failed) and workflow.failed {error}.
// Test hook: an input object with "fail_at_step": "<step name>" makes that step fail.
class WorkflowRunner
{
public:
    using Finished = std::function<void(const dwp::WorkflowRun&)>;

    WorkflowRunner(EngineContext& context, const WorkflowCatalog& catalog, EventMailbox& mailbox);
    ~WorkflowRunner();

    // The run id, or the server's failure text `no workflow registered for "x"` when the name is unknown.
    // `onFinished` is called once, when the run has completed or failed — workflow.start replies then.
    dwp::Parsed<QString> start(const QString& name, const std::optional<QByteArray>& input,
                               const Tenant& tenant, Finished onFinished = {});

    const dwp::WorkflowRun* run(const QString& id) const;
    QList<dwp::TimelineEntry> timeline(const QString& id) const;
    int runCount() const { return int(m_runs.size()); }
    QList<dwp::WorkflowRun> runs() const;
    int activeCount() const { return m_active; }

private:
    struct RunState;

    QString inputError(const WorkflowDefinition& definition, const std::optional<QByteArray>& input) const;
    void runStep(RunState& state);
    void completeStep(RunState& state, const WorkflowStep& step, qint64 elapsedNanos, bool failed);
    void beginWait(RunState& state, const WorkflowStep& step);
    void checkpoint(RunState& state, const QString& stepName, const QByteArray& data);
    void complete(RunState& state);
    void fail(RunState& state, const QString& error);
    void finish(RunState& state);
    QByteArray gobShapedResult(const QString& stepName);
    dwp::WorkflowEventData eventData(const RunState& state) const;
    void emitRunEvent(const QString& type, const dwp::WorkflowEventData& data);

    EngineContext& m_context;
    const WorkflowCatalog& m_catalog;
    EventMailbox& m_mailbox;
    QHash<QString, std::shared_ptr<RunState>> m_runs; // shared_ptr: callbacks outlive rehashes
    int m_active = 0;
};

} // namespace devserver
