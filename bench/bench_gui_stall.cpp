// SPDX-License-Identifier: MIT
// How long the GUI thread stalls while the monitor ingests a steady 20 000 events/s: an offscreen MainWindow
// connected to a devserver burst workload (its own thread, as a real server is another process), first with
// the Jobs page showing, then the Events page (the window shows one page at a time, so each gets half of the
// run). A probe timer asks to run every 5 ms; how late each tick comes is the event-loop latency an
// operator's click or a repaint would also wait. Prints p50/p99/max of that lateness per page and over the
// whole run, and the events the models received. `bench_gui_stall <seconds per page>` (default 15).
#include "client/DispatchClient.h"
#include "devserver/DevServerThread.h"
#include "gui/pages/EventsPage.h"
#include "gui/pages/JobsPage.h"
#include "gui/window/MainWindow.h"
#include "models/EventLogModel.h"
#include "models/JobsModel.h"
#include "session/MonitorSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTabWidget>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int kProbeIntervalMs = 5;

class LatencyProbe
{
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kProbeIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_lateMs.push_back(std::max(0.0, double(now - m_last) / 1e6 - kProbeIntervalMs));
            m_last = now;
        });
    }

    void start()
    {
        m_lateMs.clear();
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    std::vector<double> stop()
    {
        m_timer.stop();
        return m_lateMs;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    std::vector<double> m_lateMs;
};

// Shows `page` in the window's tabs, whatever position the tab has.
void showPage(QWidget* page)
{
    for (QWidget* parent = page->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto* tabs = qobject_cast<QTabWidget*>(parent)) {
            tabs->setCurrentWidget(page);
            return;
        }
    }
}

void runFor(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(fraction * double(values.size())))];
}

void report(const char* name, const std::vector<double>& lateMs)
{
    std::printf("gui_stall_%s_p50 %.2f ms\n", name, percentile(lateMs, 0.50));
    std::printf("gui_stall_%s_p99 %.2f ms\n", name, percentile(lateMs, 0.99));
    std::printf("gui_stall_%s_max %.2f ms\n", name, percentile(lateMs, 1.0));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int secondsPerPage = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 15;

    devserver::DevServerConfig config;
    config.workload = devserver::WorkloadKind::Burst;
    config.burstRate = 20000;
    devserver::DevServerThread server(config);
    if (!server.start()) {
        std::fprintf(stderr, "devserver did not start: %s\n", qPrintable(server.error()));
        return 1;
    }

    dispatch::MainWindow window;
    window.resize(1280, 800);
    window.show();
    dispatch::ClientOptions options;
    options.connection.url = server.url();
    options.connection.token = QStringLiteral("bench");
    window.connectTo(options);

    QElapsedTimer waited;
    waited.start();
    while ((!window.session() || window.session()->jobs().rowCount() < 1000) && waited.elapsed() < 20000)
        runFor(50);
    if (!window.session() || window.session()->jobs().rowCount() == 0) {
        std::fprintf(stderr, "no events reached the window within 20 s\n");
        return 1;
    }
    runFor(2000); // warm-up: caches, fonts, the first layouts

    LatencyProbe probe;
    const qint64 eventsBefore = window.session()->client().eventsReceived();
    QElapsedTimer elapsed;
    elapsed.start();

    showPage(window.jobsPage());
    probe.start();
    runFor(secondsPerPage * 1000);
    const std::vector<double> jobs = probe.stop();

    showPage(window.eventsPage());
    probe.start();
    runFor(secondsPerPage * 1000);
    const std::vector<double> events = probe.stop();

    const double seconds = double(elapsed.nsecsElapsed()) / 1e9;
    const qint64 received = window.session()->client().eventsReceived() - eventsBefore;
    std::vector<double> all = jobs;
    all.insert(all.end(), events.begin(), events.end());
    report("jobs_page", jobs);
    report("events_page", events);
    report("all", all);
    std::printf("gui_stall_ingest_rate %.0f events/s\n", double(received) / seconds);
    std::fflush(stdout);
    std::fprintf(stderr, "jobs tracked %d, event log rows %d, probe ticks %zu\n",
                 window.session()->jobs().rowCount(), window.session()->eventLog().rowCount(), all.size());
    return received > 0 ? 0 : 1;
}
