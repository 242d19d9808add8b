// SPDX-License-Identifier: MIT
// How long the GUI thread stalls while the monitor ingests a steady 50 000 events/s (issue 21 item 2): an
// offscreen MainWindow connected to EventReplayer (its own thread, as a real server is another process),
// which offers jobs and short workflow runs, and one long run that completes a step about 100 times a second.
// The window shows the Jobs page, then the Workflows page with the long run open (its steps and Gantt chart
// growing live, re-fetched after each of its events as the monitor does), then the Events page; each page
// gets a third of the run. A probe timer (LatencyProbe) asks to run every 5 ms; how late each tick comes is
// the event-loop latency an operator's click or a repaint would also wait. Prints p50/p99/max of that
// lateness per page and over the whole run, and the events the client received a second.
//   bench_gui_stall [seconds per page, default 15] [events per second, default 50000]
//   DM_BENCH_PAGES=events (a comma list of jobs, workflows, events) measures only those pages;
//   DM_BENCH_SLICE_BUDGET_MS and DM_BENCH_NO_SORT_PAUSE=1 turn the batcher's slice budget and SortWhileShown
//   off for comparisons.
#include "LatencyProbe.h"
#include "ReplayerThread.h"
#include "client/DispatchClient.h"
#include "gui/pages/EventsPage.h"
#include "gui/pages/JobsPage.h"
#include "gui/pages/WorkflowsPage.h"
#include "gui/views/SortWhileShown.h"
#include "gui/window/MainWindow.h"
#include "models/EventLogModel.h"
#include "models/JobsModel.h"
#include "models/TimelineModel.h"
#include "models/WorkflowRunsModel.h"
#include "session/MonitorSession.h"
#include "session/ThreadClock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTabWidget>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

// Shows `page` in the window's tabs, whatever position the tab has, and says so: each tab holds its page
// inside a PanelScrollArea, so asking the tabs for the page itself found nothing, and until this check the
// program measured every third on the Overview page with the pages it names hidden.
bool showPage(QWidget* page)
{
    for (QWidget* parent = page->parentWidget(); parent; parent = parent->parentWidget()) {
        auto* tabs = qobject_cast<QTabWidget*>(parent);
        if (!tabs)
            continue;
        for (QWidget* tab = page; tab && tab != tabs; tab = tab->parentWidget()) {
            if (const int index = tabs->indexOf(tab); index >= 0) {
                tabs->setCurrentIndex(index);
                break;
            }
        }
        break;
    }
    if (!page->isVisible())
        std::fprintf(stderr, "%s is not on screen after choosing its tab\n", page->metaObject()->className());
    return page->isVisible();
}

void runFor(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

void report(const char* name, const std::vector<double>& lateMs)
{
    std::printf("gui_stall_%s_p50 %.2f ms\n", name, bench::percentile(lateMs, 0.50));
    std::printf("gui_stall_%s_p99 %.2f ms\n", name, bench::percentile(lateMs, 0.99));
    std::printf("gui_stall_%s_max %.2f ms\n", name, bench::percentile(lateMs, 1.0));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int secondsPerPage = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 15;
    const double rate = argc > 2 ? std::max(1000, QByteArray(argv[2]).toInt()) : 50000;

    bench::ReplayerThread replayerThread;
    bench::EventReplayer& replayer = replayerThread.replayer();
    if (!replayerThread.listening()) {
        std::fprintf(stderr, "the replayer could not listen\n");
        return 1;
    }
    replayer.setRate(rate);

    dispatch::MainWindow window;
    window.resize(1280, 800);
    window.show();
    dispatch::ClientOptions options;
    options.connection.url = replayer.url();
    options.connection.token = QStringLiteral("bench");
    window.connectTo(options);

    QElapsedTimer waited;
    waited.start();
    // Experiments: DM_BENCH_BATCH_MS sets the batch interval, DM_BENCH_SLICE_BUDGET_MS the slice budget (0:
    // fixed slices of EventBatcher::kSliceEvents).
    if (qEnvironmentVariableIsSet("DM_BENCH_BATCH_MS") ||
        qEnvironmentVariableIsSet("DM_BENCH_SLICE_BUDGET_MS")) {
        while (!window.session() && waited.elapsed() < 5000)
            runFor(10);
        if (window.session() && qEnvironmentVariableIsSet("DM_BENCH_BATCH_MS"))
            window.session()->batcher().setInterval(
                std::chrono::milliseconds(qEnvironmentVariableIntValue("DM_BENCH_BATCH_MS")));
        if (window.session() && qEnvironmentVariableIsSet("DM_BENCH_SLICE_BUDGET_MS"))
            window.session()->batcher().setSliceBudget(
                std::chrono::milliseconds(qEnvironmentVariableIntValue("DM_BENCH_SLICE_BUDGET_MS")));
    }
    while ((!window.session() || window.session()->jobs().rowCount() < 1000) && waited.elapsed() < 20000)
        runFor(50);
    if (!window.session() || window.session()->jobs().rowCount() == 0) {
        std::fprintf(stderr, "no events reached the window within 20 s\n");
        return 1;
    }
    // DM_BENCH_NO_SORT_PAUSE=1: hidden lists keep sorting every batch (SortWhileShown removed), to compare.
    if (qEnvironmentVariableIntValue("DM_BENCH_NO_SORT_PAUSE") == 1)
        qDeleteAll(window.findChildren<dispatch::SortWhileShown*>());
    runFor(2000); // warm-up: caches, fonts, the first layouts

    bench::LatencyProbe probe;
    const qint64 eventsBefore = window.session()->client().eventsReceived();
    QElapsedTimer elapsed;
    elapsed.start();

    // DM_BENCH_PAGES=events (or jobs, workflows, a comma list) measures only those pages, to profile one.
    const QByteArray pages = qEnvironmentVariableIsSet("DM_BENCH_PAGES")
                                 ? qgetenv("DM_BENCH_PAGES")
                                 : QByteArray("jobs,workflows,events");
    // Per page on stderr: what the models' share of the stall was (every receiver of the batches, views'
    // slots included) and the GUI thread's CPU, to tell applying batches from painting.
    const auto measurePage = [&](const char* name) {
        std::vector<double> late;
        if (!pages.contains(name))
            return late;
        dispatch::EventBatcher& batcher = window.session()->batcher();
        batcher.resetHandOnCost();
        const qint64 cpuBeforeNs = dispatch::ThreadClock::cpuNowNs();
        probe.start();
        runFor(secondsPerPage * 1000);
        late = probe.stop();
        const double cpuSeconds = double(dispatch::ThreadClock::cpuNowNs() - cpuBeforeNs) / 1e9;
        const dispatch::EventBatcher::HandOnCost cost = batcher.handOnCost();
        std::fprintf(
            stderr,
            "%s page: %lld batches, longest %.1f ms (%lld events), %.2f ms a batch on average; the GUI "
            "thread busy %.0f %% of the time\n",
            name, static_cast<long long>(cost.batches), double(cost.longestNs) / 1e6,
            static_cast<long long>(cost.longestEvents),
            cost.batches > 0 ? double(cost.totalNs) / 1e6 / double(cost.batches) : 0.0,
            100.0 * cpuSeconds / secondsPerPage);
        return late;
    };

    if (!showPage(window.jobsPage()))
        return 1;
    const std::vector<double> jobs = measurePage("jobs");

    // The long run open, as an operator following it would have it: steps and Gantt chart growing live.
    if (!showPage(window.workflowsPage()))
        return 1;
    if (!window.workflowsPage()->selectRun(replayer.longRunId())) {
        std::fprintf(stderr, "the long run %s is not in the Workflows list\n",
                     qPrintable(replayer.longRunId()));
        return 1;
    }
    const std::vector<double> workflows = measurePage("workflows");
    const int stepsShown = window.session()->timeline().rowCount();

    if (!showPage(window.eventsPage()))
        return 1;
    const std::vector<double> events = measurePage("events");

    const double seconds = double(elapsed.nsecsElapsed()) / 1e9;
    const qint64 received = window.session()->client().eventsReceived() - eventsBefore;
    // Back to the Jobs page, hidden since the first third: its list sorts what came meanwhile
    // (SortWhileShown), in the tab switch itself. Not part of the stall figures: a click on a tab, once.
    QElapsedTimer switchClock;
    switchClock.start();
    if (!showPage(window.jobsPage()))
        return 1;
    const double switchMs = double(switchClock.nsecsElapsed()) / 1e6;
    std::vector<double> all = jobs;
    all.insert(all.end(), workflows.begin(), workflows.end());
    all.insert(all.end(), events.begin(), events.end());
    report("jobs_page", jobs);
    report("workflows_page", workflows);
    report("events_page", events);
    report("all", all);
    std::printf("gui_stall_ingest_rate %.0f events/s\n", double(received) / seconds);
    std::printf("gui_page_switch_back_to_jobs %.1f ms\n", switchMs);
    std::fflush(stdout);
    std::fprintf(
        stderr,
        "offered %.0f events/s; jobs kept %d, runs kept %d, event log rows %d, steps of the open run "
        "shown %d, probe ticks %zu; replayer dropped %lld for credits and %lld for a full buffer, fell "
        "behind %lld times\n",
        rate, window.session()->jobs().rowCount(), window.session()->runs().rowCount(),
        window.session()->eventLog().rowCount(), stepsShown, all.size(),
        static_cast<long long>(replayer.droppedForCredits()),
        static_cast<long long>(replayer.droppedForBuffer()), static_cast<long long>(replayer.lateTicks()));
    if (stepsShown == 0 && pages.contains("workflows")) {
        std::fprintf(stderr, "the open run showed no steps: the Workflows page was not measured as asked\n");
        return 1;
    }
    return received > 0 ? 0 : 1;
}
