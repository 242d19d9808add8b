// SPDX-License-Identifier: MIT
#include "session/WaitingStepGuess.h"

#include "coro/Detached.h"
#include "models/TimelineModel.h"
#include "models/WorkflowRunsModel.h"

namespace dispatch {

namespace {

bool isWaitStep(const QString& name)
{
    return name.size() > 5 && name.front() == u'w' && name.startsWith(QLatin1String("wait:"));
}

} // namespace

WaitingStepGuess::WaitingStepGuess(TimelineModel* timeline, WorkflowRunsModel* runs, QObject* parent)
    : QObject(parent), m_timeline(timeline), m_runs(runs)
{
    connect(timeline, &QAbstractItemModel::modelReset, this, &WaitingStepGuess::update);
    connect(timeline, &QAbstractItemModel::rowsInserted, this, &WaitingStepGuess::update);
    connect(timeline, &QAbstractItemModel::dataChanged, this, &WaitingStepGuess::update);
    // The run's name may arrive after its steps (an id opened before its first event).
    connect(runs, &QAbstractItemModel::rowsInserted, this, &WaitingStepGuess::update);
    connect(runs, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { inspectFinishedRuns(first, last); });
    connect(runs, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                inspectFinishedRuns(topLeft.row(), bottomRight.row());
                markWaitingRuns(topLeft.row(), bottomRight.row());
            });
    connect(runs, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { markWaitingRuns(first, last); });
    for (const QAbstractItemModel* model :
         {static_cast<QAbstractItemModel*>(timeline), static_cast<QAbstractItemModel*>(runs)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &WaitingStepGuess::waitingRunsChanged);
        connect(model, &QAbstractItemModel::rowsInserted, this, &WaitingStepGuess::waitingRunsChanged);
        connect(model, &QAbstractItemModel::dataChanged, this, &WaitingStepGuess::waitingRunsChanged);
    }
}

void WaitingStepGuess::inspectFinishedRuns(int firstRow, int lastRow)
{
    if (!m_fetch || !m_runs)
        return;
    for (int row = firstRow; row <= lastRow; ++row) {
        const QModelIndex index = m_runs->index(row, 0);
        const QString workflow = index.data(WorkflowRunsModel::NameRole).toString();
        if (workflow.isEmpty() || m_inspected.contains(workflow) ||
            index.data(WorkflowRunsModel::StateNameRole).toString() != u"completed")
            continue;
        m_inspected.insert(workflow);
        detached(inspect(workflow, index.data(WorkflowRunsModel::IdRole).toString()), this,
                 "reading a finished run's steps");
    }
}

QCoro::Task<> WaitingStepGuess::inspect(QString workflow, QString runId)
{
    QPointer<WaitingStepGuess> self(this);
    const TimelineFetch fetch = m_fetch; // a copy: this object may go while the request is out
    QList<dwp::TimelineEntry> entries;
    try {
        entries = co_await fetch(runId);
    } catch (...) {
        if (self)
            m_inspected.remove(workflow); // try again with the next completed run
        co_return;
    }
    if (!self)
        co_return;
    learnFromTimeline(workflow, entries);
    update();
}

void WaitingStepGuess::learnFromTimeline(const QString& workflow, const QList<dwp::TimelineEntry>& entries)
{
    for (qsizetype i = 1; i < entries.size(); ++i) {
        if (entries[i].stepName.startsWith(QLatin1String("wait:")))
            learn(workflow, entries[i - 1].stepName, entries[i].stepName);
    }
}

QString WaitingStepGuess::waitAfter(const QString& workflow, const QString& stepName) const
{
    return m_waitAfter.value(workflow).value(stepName);
}

void WaitingStepGuess::learn(const QString& workflow, const QString& stepName, const QString& waitStep)
{
    if (workflow.isEmpty() || stepName.isEmpty() || waitAfter(workflow, stepName) == waitStep)
        return;
    m_waitAfter[workflow].insert(stepName, waitStep);
    if (m_runs)
        markWaitingRuns(0, m_runs->rowCount() - 1); // runs already at that step wait now
    emit waitingRunsChanged();
}

void WaitingStepGuess::markWaitingRuns(int firstRow, int lastRow)
{
    // setWaitingFor changes rows, which calls us again for them: with the same answer, which changes nothing.
    if (!m_runs)
        return;
    for (int row = firstRow; row <= lastRow; ++row) {
        const QModelIndex index = m_runs->index(row, 0);
        const bool running = index.data(WorkflowRunsModel::StateRole).toInt() == int(dwp::RunState::Running);
        const QString waitStep = running
                                     ? waitAfter(index.data(WorkflowRunsModel::NameRole).toString(),
                                                 index.data(WorkflowRunsModel::CurrentStepRole).toString())
                                     : QString();
        m_runs->setWaitingFor(index.data(WorkflowRunsModel::IdRole).toString(),
                              waitStep.mid(QLatin1String("wait:").size()), true);
    }
}

QStringList WaitingStepGuess::runsWaitingFor(const QString& eventName) const
{
    QStringList runIds;
    if (!m_runs || eventName.isEmpty())
        return runIds;
    const QString waitStep = QLatin1String("wait:") + eventName;
    for (int row = 0; row < m_runs->rowCount(); ++row) {
        const QModelIndex index = m_runs->index(row, 0);
        if (index.data(WorkflowRunsModel::StateRole).toInt() != int(dwp::RunState::Running))
            continue;
        const QString workflow = index.data(WorkflowRunsModel::NameRole).toString();
        if (waitAfter(workflow, index.data(WorkflowRunsModel::CurrentStepRole).toString()) == waitStep)
            runIds.append(index.data(WorkflowRunsModel::IdRole).toString());
    }
    // The open run may show the wait without its row saying so, e.g. opened by id before any step event.
    if (openRunShowsWaiting(waitStep) && !runIds.contains(m_timeline->runId()))
        runIds.append(m_timeline->runId());
    return runIds;
}

bool WaitingStepGuess::openRunShowsWaiting(const QString& waitStep) const
{
    if (!m_timeline || m_timeline->runId().isEmpty())
        return false;
    const auto runState = m_timeline->runState();
    const int row = m_timeline->rowOf(waitStep);
    return runState && *runState == dwp::RunState::Running && row >= 0 &&
           m_timeline->step(row).state == TimelineStep::State::Waiting;
}

QString WaitingStepGuess::workflowOfOpenRun() const
{
    const int row = m_runs->rowOf(m_timeline->runId());
    return row < 0 ? QString() : m_runs->index(row, 0).data(WorkflowRunsModel::NameRole).toString();
}

void WaitingStepGuess::update()
{
    // beginStep changes the model, which calls us again: once is enough.
    if (m_updating || !m_timeline || !m_runs)
        return;
    const QString workflow = workflowOfOpenRun();
    if (workflow.isEmpty())
        return;
    m_updating = true;
    // Learn: a wait step with its checkpoint, and the named step just before it.
    // Called several times a batch on a run of thousands of steps, so the loop copies no string: a row is
    // remembered by its address, and a name is compared only when it can begin with "wait:".
    const QString* previous = nullptr;
    const TimelineStep* lastDone = nullptr;
    bool waitShown = false;
    for (int row = 0; row < m_timeline->rowCount(); ++row) {
        const TimelineStep& step = m_timeline->step(row);
        if (step.placeholder)
            continue;
        if (isWaitStep(step.name)) {
            if (step.hasCheckpoint && previous)
                learn(workflow, *previous, step.name);
            if (step.state == TimelineStep::State::Waiting)
                waitShown = true;
        }
        if (step.state == TimelineStep::State::Completed)
            lastDone = &step;
        previous = &step.name;
    }
    // Guess: the run is still going, its last finished step is one a wait followed before, and that wait
    // has neither begun nor ended here yet.
    const QString guess = lastDone ? waitAfter(workflow, lastDone->name) : QString();
    const auto runState = m_timeline->runState();
    if (!guess.isEmpty() && !waitShown && runState && *runState == dwp::RunState::Running &&
        m_timeline->rowOf(guess) < 0 && lastDone->endMs != modeltime::kUnknown) {
        m_timeline->beginStep(guess, QDateTime::fromMSecsSinceEpoch(lastDone->endMs, Qt::UTC));
    }
    m_updating = false;
}

} // namespace dispatch
