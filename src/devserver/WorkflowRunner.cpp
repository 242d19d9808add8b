// SPDX-License-Identifier: MIT
#include "devserver/WorkflowRunner.h"

#include "protocol/EventType.h"
#include "protocol/JsonReader.h"
#include "protocol/PayloadReader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace devserver {
namespace {

const QString kRunning = QStringLiteral("running");
const QString kCompleted = QStringLiteral("completed");
const QString kFailed = QStringLiteral("failed");

} // namespace

struct WorkflowRunner::RunState
{
    dwp::WorkflowRun run;
    WorkflowDefinition definition;
    int nextStep = 0;
    qint64 startNanos = 0;
    QList<dwp::TimelineEntry> checkpoints;
    Finished onFinished;
    quint64 waiter = 0;
    SimClock::TimerId waitTimeout = 0;
    QString failAtStep;
};

WorkflowRunner::WorkflowRunner(EngineContext& context, const WorkflowCatalog& catalog, EventMailbox& mailbox)
    : m_context(context), m_catalog(catalog), m_mailbox(mailbox)
{
}

WorkflowRunner::~WorkflowRunner() = default;

dwp::Parsed<QString> WorkflowRunner::start(const QString& name, const std::optional<QByteArray>& input,
                                           const Tenant& tenant, Finished onFinished)
{
    const WorkflowDefinition* definition = m_catalog.find(name);
    if (!definition)
        return dwp::Parsed<QString>::failure(QStringLiteral("no workflow registered for \"%1\"").arg(name));

    auto state = std::make_shared<RunState>();
    state->definition = *definition;
    state->onFinished = std::move(onFinished);
    state->startNanos = m_context.nowNanos();
    dwp::WorkflowRun& run = state->run;
    run.createdAt = run.updatedAt = run.startedAt = m_context.now();
    run.id = m_context.newId(QStringLiteral("wfrun"));
    run.name = name;
    run.state = kRunning;
    run.input = input.value_or(QByteArray());
    run.scopeAppId = tenant.appId;
    run.scopeOrgId = tenant.orgId;
    run.version = definition->version;
    if (input)
        state->failAtStep =
            QJsonDocument::fromJson(*input).object().value(QLatin1String("fail_at_step")).toString();
    m_runs.insert(run.id, state);
    ++m_active;
    emitRunEvent(dwp::EventType::WorkflowStarted, eventData(*state));

    const QString error = inputError(*definition, input);
    if (!error.isEmpty()) {
        // The input is unmarshalled inside the workflow function, so the run exists and then fails.
        m_context.clock().scheduleIn(0, [this, state, error] { fail(*state, error); });
    } else {
        m_context.clock().scheduleIn(0, [this, state] { runStep(*state); });
    }
    return run.id;
}

QString WorkflowRunner::inputError(const WorkflowDefinition& definition,
                                   const std::optional<QByteArray>& input) const
{
    // An absent or empty input is not unmarshalled at all: the run starts with the zero input (§3,
    // workflow/registry.go). Otherwise json.Unmarshal(input, &typedInput): null leaves the struct zero, only
    // an object fills it; anything else is a type mismatch.
    if (!input || input->trimmed().isEmpty())
        return QString();
    dwp::JsonReader reader(std::string_view(input->constData(), size_t(input->size())));
    const auto kind = reader.peek();
    if (kind == dwp::JsonReader::Kind::Object || kind == dwp::JsonReader::Kind::Null)
        return QString();
    return QStringLiteral(
               "unmarshal input for workflow \"%1\": json: cannot unmarshal %2 into Go value of type %3")
        .arg(definition.name, QLatin1String(dwp::PayloadReader::kindName(kind)), definition.inputType);
}

void WorkflowRunner::runStep(RunState& state)
{
    if (state.nextStep >= state.definition.steps.size()) {
        complete(state);
        return;
    }
    const WorkflowStep step = state.definition.steps[state.nextStep];
    if (step.kind == WorkflowStep::Kind::WaitForEvent) {
        beginWait(state, step);
        return;
    }
    const qint64 elapsed = m_context.randomBetween(step.minMs, step.maxMs) * SimClock::kNanosPerMilli;
    const bool failed =
        m_context.chance(step.failureRate) || (!state.failAtStep.isEmpty() && state.failAtStep == step.name);
    const auto shared = m_runs.value(state.run.id);
    m_context.clock().scheduleIn(
        elapsed, [this, shared, step, elapsed, failed] { completeStep(*shared, step, elapsed, failed); });
}

void WorkflowRunner::completeStep(RunState& state, const WorkflowStep& step, qint64 elapsedNanos, bool failed)
{
    dwp::WorkflowEventData data = eventData(state);
    data.stepName = step.checkpointName();
    if (failed) {
        data.error = step.error.isEmpty() ? QStringLiteral("step failed") : step.error;
        emitRunEvent(dwp::EventType::WorkflowStepFailed, data);
        fail(state, QStringLiteral("workflow %1 step \"%2\": %3").arg(state.run.name, step.name, data.error));
        return;
    }
    QByteArray result;
    if (step.kind == WorkflowStep::Kind::StepWithResult)
        result = gobShapedResult(step.name);
    checkpoint(state, step.checkpointName(), result);
    if (step.kind != WorkflowStep::Kind::Sleep) {
        data.elapsedMs = elapsedNanos / SimClock::kNanosPerMilli;
        emitRunEvent(dwp::EventType::WorkflowStepCompleted, data);
    }
    ++state.nextStep;
    runStep(state);
}

void WorkflowRunner::beginWait(RunState& state, const WorkflowStep& step)
{
    const auto shared = m_runs.value(state.run.id);
    const quint64 waiter = m_mailbox.wait(step.name, [this, shared, step](const WorkflowEventRecord& event) {
        RunState& waiting = *shared;
        m_context.clock().cancel(waiting.waitTimeout);
        waiting.waiter = 0;
        checkpoint(waiting, step.checkpointName(), event.toJson());
        ++waiting.nextStep;
        // Resume on the clock rather than inside workflow.event's handler, as the real runner's poll would.
        m_context.clock().scheduleIn(0, [this, shared] { runStep(*shared); });
    });
    if (waiter == 0)
        return; // an unacknowledged event was already there
    state.waiter = waiter;
    if (step.timeoutMs > 0) {
        state.waitTimeout =
            m_context.clock().scheduleIn(step.timeoutMs * SimClock::kNanosPerMilli, [this, shared, step] {
                RunState& timedOut = *shared;
                m_mailbox.cancelWait(timedOut.waiter);
                timedOut.waiter = 0;
                // A timed-out wait leaves an empty checkpoint and returns nil; the workflow's code decides
                // what follows (§3): fail with its own error, or go on.
                checkpoint(timedOut, step.checkpointName(), {});
                if (!step.error.isEmpty()) {
                    fail(timedOut, step.error);
                    return;
                }
                ++timedOut.nextStep;
                runStep(timedOut);
            });
    }
}

void WorkflowRunner::checkpoint(RunState& state, const QString& stepName, const QByteArray& data)
{
    state.checkpoints.append({stepName, data, m_context.now()});
    state.run.updatedAt = m_context.now();
}

void WorkflowRunner::complete(RunState& state)
{
    state.run.state = kCompleted;
    state.run.completedAt = state.run.updatedAt = m_context.now();
    dwp::WorkflowEventData data = eventData(state);
    data.elapsedMs = (m_context.nowNanos() - state.startNanos) / SimClock::kNanosPerMilli;
    emitRunEvent(dwp::EventType::WorkflowCompleted, data);
    finish(state);
}

void WorkflowRunner::fail(RunState& state, const QString& error)
{
    state.run.state = kFailed;
    state.run.error = error;
    state.run.completedAt = state.run.updatedAt = m_context.now();
    dwp::WorkflowEventData data = eventData(state);
    data.error = error;
    emitRunEvent(dwp::EventType::WorkflowFailed, data);
    finish(state);
}

void WorkflowRunner::finish(RunState& state)
{
    --m_active;
    if (state.onFinished) {
        const Finished callback = std::move(state.onFinished);
        state.onFinished = {};
        callback(state.run);
    }
}

QByteArray WorkflowRunner::gobShapedResult(const QString& stepName)
{
    // StepWithResult stores encoding/gob bytes, which are binary and not JSON (§4). This is gob-shaped —
    // a length, a negative type id (0xff 0x81), a struct description, then values — so clients meet real
    // non-UTF-8 bytes; it is not meant to be decodable gob.
    static const char kTypeDescription[] = "\xff\x81\x03\x01\x01\x0aStepResult\x01\xff\x82\x00\x01\x02\x01"
                                           "\x04Rows\x01\x04\x00\x01\x04Name\x01\x0c\x00\x00\x00";
    QByteArray body(kTypeDescription, sizeof(kTypeDescription) - 1);
    body.append(char(0x0f)).append("\xff\x82\x01", 3);
    const qint64 rows = m_context.randomBetween(1, 50000);
    body.append(char(0xfc)).append(char(rows >> 16)).append(char(rows >> 8)).append(char(rows));
    body.append(char(0x01)).append(char(stepName.size())).append(stepName.toUtf8()).append(char(0x00));
    QByteArray framed;
    framed.append(char(body.size() & 0x7f)).append(body);
    return framed;
}

dwp::WorkflowEventData WorkflowRunner::eventData(const RunState& state) const
{
    dwp::WorkflowEventData data;
    data.runId = state.run.id;
    data.name = state.run.name;
    data.scopeAppId = state.run.scopeAppId;
    data.scopeOrgId = state.run.scopeOrgId;
    return data;
}

void WorkflowRunner::emitRunEvent(const QString& type, const dwp::WorkflowEventData& data)
{
    m_context.emitEvent(dwp::StreamEvent::forWorkflow(type, data, m_context.now()));
}

const dwp::WorkflowRun* WorkflowRunner::run(const QString& id) const
{
    const auto it = m_runs.constFind(id);
    return it == m_runs.constEnd() ? nullptr : &(*it)->run;
}

QList<dwp::WorkflowRun> WorkflowRunner::runs() const
{
    QList<dwp::WorkflowRun> result;
    result.reserve(m_runs.size());
    for (const auto& state : m_runs)
        result.append(state->run);
    return result;
}

QList<dwp::TimelineEntry> WorkflowRunner::timeline(const QString& id) const
{
    const auto it = m_runs.constFind(id);
    return it == m_runs.constEnd() ? QList<dwp::TimelineEntry>() : (*it)->checkpoints;
}

} // namespace devserver
