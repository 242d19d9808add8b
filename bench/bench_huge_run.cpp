// SPDX-License-Identifier: MIT
// A workflow run of 20 000 steps in the run view (issue 21 item 4): its timeline model and Gantt chart, fed
// the way MonitorSession::openRun feeds them when the event log still holds the run's step events (the
// events, then the run fetched by id, then its timeline), then painted once; one more step arriving live;
// and one frame of the Gantt after a zoom and after a page of scrolling. Wall time, median of kRounds, on
// the offscreen platform unless QT_QPA_PLATFORM says otherwise.
#include "gui/gantt/TimelineGanttView.h"
#include "gui/pages/RunDetailPanel.h"
#include "models/TimelineModel.h"
#include "protocol/EventType.h"
#include "protocol/StreamEvent.h"
#include "protocol/TimelineEntry.h"
#include "protocol/WorkflowEventData.h"
#include "protocol/WorkflowRun.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

constexpr int kSteps = 20000;
constexpr int kRounds = 5;
constexpr qint64 kStartSeconds = 1750000000;
const QString kRunId = QStringLiteral("wfrun_01jz0000000000000000000huge");

dwp::Timestamp stepEnd(int step)
{
    const qint64 ms = qint64(step + 1) * 50; // a step every 50 ms
    return dwp::Timestamp(kStartSeconds + ms / 1000, quint32(ms % 1000) * 1000000u);
}

QString stepName(int step)
{
    return QStringLiteral("step-%1").arg(step, 5, 10, QLatin1Char('0'));
}

dwp::StreamEvent stepCompleted(int step)
{
    dwp::WorkflowEventData data;
    data.runId = kRunId;
    data.name = QStringLiteral("import.catalogue");
    data.stepName = stepName(step);
    data.elapsedMs = 40;
    return dwp::StreamEvent::forWorkflow(dwp::EventType::WorkflowStepCompleted, data, stepEnd(step));
}

struct HugeRun
{
    dwp::WorkflowRun run;
    QList<dwp::StreamEvent> events; // as the event log returns them: started, then every step
    QList<dwp::TimelineEntry> timeline;
};

HugeRun hugeRun()
{
    HugeRun huge;
    huge.run.id = kRunId;
    huge.run.name = QStringLiteral("import.catalogue");
    huge.run.state = QStringLiteral("running");
    huge.run.createdAt = huge.run.startedAt = huge.run.updatedAt = dwp::Timestamp(kStartSeconds, 0);
    dwp::WorkflowEventData started;
    started.runId = kRunId;
    started.name = huge.run.name;
    huge.events.append(
        dwp::StreamEvent::forWorkflow(dwp::EventType::WorkflowStarted, started, huge.run.startedAt));
    for (int step = 0; step < kSteps; ++step) {
        huge.events.append(stepCompleted(step));
        huge.timeline.append({stepName(step), QByteArrayLiteral("{\"rows\":250}"), stepEnd(step)});
    }
    return huge;
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void print(const char* name, double value, const char* unit)
{
    std::printf("%s %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const HugeRun huge = hugeRun();
    dispatch::TimelineModel model;
    dispatch::TimelineGanttView gantt;
    gantt.setModel(&model, dispatch::RunDetailPanel::ganttFields());
    gantt.resize(900, 500);
    gantt.show();
    QApplication::processEvents();
    int inserted = 0;
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted,
                     [&](const QModelIndex&, int first, int last) { inserted += last - first + 1; });
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });

    std::vector<double> opens;
    std::vector<double> newSteps;
    std::vector<double> zooms;
    std::vector<double> scrolls;
    for (int round = 0; round < kRounds; ++round) {
        model.setRunId(QString());
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        model.setRunId(kRunId);
        model.applyEvents(huge.events);
        model.setRun(huge.run);
        model.setTimeline(huge.timeline);
        gantt.viewport()->repaint();
        opens.push_back(msSince(timer));
        if (model.rowCount() < kSteps) {
            std::fprintf(stderr, "huge_run: %d rows for %d steps\n", model.rowCount(), kSteps);
            return 1;
        }
        // One more step, live: one row inserted, no reset.
        inserted = 0;
        resets = 0;
        timer.restart();
        model.applyEvents({stepCompleted(kSteps + round)});
        gantt.viewport()->repaint();
        newSteps.push_back(msSince(timer));
        if (inserted != 1 || resets != 0) {
            std::fprintf(stderr, "huge_run: a new step inserted %d rows with %d resets\n", inserted, resets);
            return 1;
        }
        timer.restart();
        gantt.zoomIn();
        gantt.viewport()->repaint();
        zooms.push_back(msSince(timer));
        QScrollBar* rows = gantt.verticalScrollBar();
        timer.restart();
        rows->setValue(rows->value() + rows->pageStep());
        gantt.viewport()->repaint();
        scrolls.push_back(msSince(timer));
        gantt.fitToView();
    }
    print("huge_run_open_20k_steps", median(opens), "ms");
    print("huge_run_new_step_20k_steps", median(newSteps), "ms");
    print("huge_run_gantt_zoom_frame", median(zooms), "ms");
    print("huge_run_gantt_scroll_frame", median(scrolls), "ms");
    return 0;
}
