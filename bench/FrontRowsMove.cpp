// SPDX-License-Identifier: MIT
#include "FrontRowsMove.h"

#include "BenchFeed.h"
#include "models/JobFilterProxy.h"
#include "models/JobsModel.h"
#include "models/WorkflowRunsModel.h"
#include "protocol/EventType.h"
#include "protocol/Job.h"
#include "session/ThreadClock.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

using namespace benchfeed;

constexpr int kMoved = 2000;
constexpr int kRounds = 5;
constexpr quint64 kPerBatch = 1000;

void feed(const std::function<void(QList<dwp::StreamEvent>&, quint64)>& append,
          const std::function<void(const QList<dwp::StreamEvent>&)>& apply, quint64 rows)
{
    QList<dwp::StreamEvent> batch;
    for (quint64 done = 0; done < rows; done += kPerBatch) {
        batch.clear();
        for (quint64 i = done; i < std::min(rows, done + kPerBatch); ++i)
            append(batch, i);
        apply(batch);
    }
}

void appendRun(QList<dwp::StreamEvent>& batch, quint64 index)
{
    namespace T = dwp::EventType;
    dwp::WorkflowEventData data;
    data.runId = QStringLiteral("wfrun_") + jobIdFor(index).mid(4);
    data.name = kNames.at(qsizetype(index % quint64(kNames.size())));
    batch.append(dwp::StreamEvent::forWorkflow(T::WorkflowStarted, data));
    data.stepName = QStringLiteral("validate");
    batch.append(dwp::StreamEvent::forWorkflow(T::WorkflowStepCompleted, data));
    data.stepName.clear();
    batch.append(dwp::StreamEvent::forWorkflow(T::WorkflowCompleted, data));
}

// The median CPU time of kRounds moves of the first kMoved rows, each checked: the row that was first is
// then at rowCount() − kMoved, found there by its id.
// `settle`, when given, runs within the measure: what a view does next (the proxy's mapping rebuilt).
template<typename Model>
double medianMoveMs(Model& model, const std::function<QString(int)>& idOf, bool* ok,
                    const std::function<void()>& settle = {})
{
    std::vector<double> timings;
    for (int round = 0; round < kRounds; ++round) {
        const QString first = idOf(0);
        const qint64 before = dispatch::ThreadClock::cpuNowNs();
        model.moveFrontRowsToEnd(kMoved);
        if (settle)
            settle();
        timings.push_back(double(dispatch::ThreadClock::cpuNowNs() - before) / 1e6);
        const int expected = model.rowCount() - kMoved;
        if (model.rowOf(first) != expected || idOf(expected) != first) {
            std::fprintf(stderr, "move_front: %s at row %d, expected %d\n", qPrintable(first),
                         model.rowOf(first), expected);
            *ok = false;
        }
    }
    std::sort(timings.begin(), timings.end());
    return timings[timings.size() / 2];
}

} // namespace

bool frontRowsMove()
{
    bool ok = true;
    for (const quint64 rows : {quint64(20'000), quint64(200'000), quint64(600'000)}) {
        dispatch::JobsModel jobs;
        jobs.setCapacity(int(rows)); // every row kept, none trimmed
        feed(
            appendLifecycle, [&jobs](const QList<dwp::StreamEvent>& batch) { jobs.applyEvents(batch); },
            rows);
        // One job in a hundred fetched (the detail panel, the jobs on screen): details move with their job.
        for (quint64 index = 0; index < rows; index += 100) {
            dwp::Job job;
            job.id = jobIdFor(index);
            job.state = QStringLiteral("completed");
            job.payload = QByteArrayLiteral(R"({"to":"someone@example.com"})");
            jobs.upsertJob(job);
        }
        const double jobsMs = medianMoveMs(
            jobs, [&jobs](int row) { return jobs.jobId(row); }, &ok);

        dispatch::WorkflowRunsModel runs;
        runs.setCapacity(int(rows));
        feed(
            appendRun, [&runs](const QList<dwp::StreamEvent>& batch) { runs.applyEvents(batch); }, rows);
        const double runsMs = medianMoveMs(
            runs, [&runs](int row) { return runs.runId(row); }, &ok);

        if (jobs.rowCount() != int(rows) || runs.rowCount() != int(rows))
            ok = false;
        const unsigned thousands = unsigned(rows / 1000);
        std::printf("jobs_move_front_2000_of_%uk %.2f ms\n", thousands, jobsMs);
        std::printf("runs_move_front_2000_of_%uk %.2f ms\n", thousands, runsMs);
        std::fflush(stdout);
        if (rows != 200'000)
            continue;
        // As the Jobs page shows them: QSortFilterProxyModel takes a source move for a layout change and
        // maps and sorts every row again, when next asked (rowCount(), as the view asks it at once).
        dispatch::JobFilterProxy proxy;
        proxy.setSourceModel(&jobs);
        proxy.sort(dispatch::JobsModel::EnqueuedColumn, Qt::DescendingOrder);
        const double proxyMs = medianMoveMs(
            jobs, [&jobs](int row) { return jobs.jobId(row); }, &ok, [&proxy] { proxy.rowCount(); });
        if (proxy.rowCount() != jobs.rowCount())
            ok = false;
        std::printf("jobs_move_front_2000_of_200k_sorted_proxy %.2f ms\n", proxyMs);
        std::fflush(stdout);
    }
    return ok;
}
