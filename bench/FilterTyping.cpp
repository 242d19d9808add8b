// SPDX-License-Identifier: MIT
#include "FilterTyping.h"

#include "BenchFeed.h"
#include "models/EventLogModel.h"
#include "models/JobFilterProxy.h"
#include "models/JobsModel.h"
#include "models/PausableEventProxy.h"
#include "models/WorkflowRunFilterProxy.h"
#include "models/WorkflowRunsModel.h"
#include "protocol/WorkflowEventData.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

using namespace benchfeed;

constexpr quint64 kRows = 100000;
constexpr quint64 kPerBatch = 1000;
// Typed a letter at a time, as a person types it; matches one name in seven in each list.
const QString kWord = QStringLiteral("invoice");
constexpr int kRounds = 5;

const QStringList kWorkflowNames = {QStringLiteral("order.fulfil"),    QStringLiteral("invoice.monthly"),
                                    QStringLiteral("user.onboard"),    QStringLiteral("report.build"),
                                    QStringLiteral("media.transcode"), QStringLiteral("refund.process"),
                                    QStringLiteral("crm.sync")};

// A run's events: started, a step done, then completed, or (one run in ten) a failed step and the failure.
void appendRun(QList<dwp::StreamEvent>& batch, quint64 index)
{
    namespace T = dwp::EventType;
    dwp::WorkflowEventData data;
    data.runId = QStringLiteral("wfrun_") + jobIdFor(index).mid(4);
    data.name = kWorkflowNames.at(qsizetype(index % quint64(kWorkflowNames.size())));
    batch.append(dwp::StreamEvent::forWorkflow(T::WorkflowStarted, data));
    data.stepName = QStringLiteral("validate");
    data.elapsedMs = 12;
    batch.append(dwp::StreamEvent::forWorkflow(T::WorkflowStepCompleted, data));
    if (index % 10 == 0) {
        data.stepName = QStringLiteral("charge");
        data.error = QStringLiteral("card declined");
        batch.append(dwp::StreamEvent::forWorkflow(T::WorkflowStepFailed, data));
        data.stepName.clear();
        batch.append(dwp::StreamEvent::forWorkflow(T::WorkflowFailed, data));
    } else {
        data.stepName.clear();
        data.elapsedMs = qint64(index % 900) + 20;
        batch.append(dwp::StreamEvent::forWorkflow(T::WorkflowCompleted, data));
    }
}

// Feeds `rows` items through `apply`, a batch at a time as EventBatcher hands them on.
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

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Types kWord into `setText` a letter at a time, then clears it, kRounds times. Each step is timed up to the
// proxy's row count, which makes a lazy proxy do its work inside the timing. Prints the median over the
// rounds of each round's slowest keystroke, and the median clear.
bool typeAndClear(const char* rows, QAbstractItemModel& proxy,
                  const std::function<void(const QString&)>& setText)
{
    std::vector<double> slowestKeystrokes;
    std::vector<double> clears;
    int shown = 0;
    for (int round = 0; round < kRounds; ++round) {
        double slowest = 0;
        for (qsizetype typed = 1; typed <= kWord.size(); ++typed) {
            QElapsedTimer timer;
            timer.start();
            setText(kWord.left(typed));
            shown = proxy.rowCount();
            slowest = std::max(slowest, double(timer.nsecsElapsed()) / 1e6);
        }
        const int matching = shown;
        QElapsedTimer timer;
        timer.start();
        setText(QString());
        shown = proxy.rowCount();
        clears.push_back(double(timer.nsecsElapsed()) / 1e6);
        slowestKeystrokes.push_back(slowest);
        if (matching == 0 || matching >= shown) {
            std::fprintf(stderr, "filter_keystroke_100k_%s: \"%s\" kept %d of %d rows\n", rows,
                         qPrintable(kWord), matching, shown);
            return false;
        }
    }
    std::printf("filter_keystroke_100k_%s %.1f ms\n", rows, median(slowestKeystrokes));
    std::printf("filter_clear_100k_%s %.1f ms\n", rows, median(clears));
    std::fflush(stdout);
    return true;
}

// Each list sorted newest first, as its page shows it.
bool typeIntoJobs()
{
    dispatch::JobsModel jobs;
    feed(
        appendLifecycle, [&](const auto& batch) { jobs.applyEvents(batch); }, kRows);
    dispatch::JobFilterProxy proxy;
    proxy.setSourceModel(&jobs);
    proxy.sort(dispatch::JobsModel::EnqueuedColumn, Qt::DescendingOrder);
    return typeAndClear("jobs", proxy, [&](const QString& text) { proxy.setText(text); });
}

bool typeIntoRuns()
{
    dispatch::WorkflowRunsModel runs;
    feed(
        appendRun, [&](const auto& batch) { runs.applyEvents(batch); }, kRows);
    dispatch::WorkflowRunFilterProxy proxy;
    proxy.setSourceModel(&runs);
    proxy.sort(dispatch::WorkflowRunsModel::StartedColumn, Qt::DescendingOrder);
    return typeAndClear("runs", proxy, [&](const QString& text) { proxy.setText(text); });
}

bool typeIntoEvents()
{
    dispatch::EventLogModel log;
    // A third of the jobs' events: 100 000 rows, the log's default bound.
    feed(
        appendLifecycle, [&](const auto& batch) { log.applyEvents(batch); }, (kRows + 2) / 3);
    dispatch::PausableEventProxy proxy;
    proxy.setSourceModel(&log);
    proxy.sort(dispatch::EventLogModel::TimeColumn, Qt::DescendingOrder);
    return typeAndClear("events", proxy, [&](const QString& text) { proxy.setText(text); });
}

} // namespace

bool filterTyping()
{
    bool ok = typeIntoJobs();
    ok = typeIntoRuns() && ok;
    return typeIntoEvents() && ok;
}
