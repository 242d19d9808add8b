// SPDX-License-Identifier: MIT
// Start-up figures of dispatch-monitor, timed from outside the process: from starting it to the first paint
// of its main window, and with --demo to the first live event painted in a view. The app's hidden
// --report-startup option prints a line at each moment and quits (src/app/StartupProbe). Median, min and max
// of several launches each, on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
//
// Warm (startup_first_paint_warm_*): the program and its libraries are in the page cache, as for every start
// but the first after boot; one launch before the timed ones puts them there. Cold
// (startup_first_paint_cold_*): the page cache is dropped before each launch, so everything is read from
// disk. That needs root (/proc/sys/vm/drop_caches); where it is not permitted the cold rows are left out and
// stderr says so. Each of these also prints <name>_cpu_median, the median CPU time of a launch from start to
// exit (it exits right after the first paint), less at the mercy of other load than the wall time.
// --monitor PATH starts another build of the program, to compare two; --cold-runs N and --warm-runs N launch
// more times than the default 3 and 7 (a difference of a few ms needs 20 or more), and --cold-only measures
// only the cold starts (no journal written or read).
//
// With a journal (issue 19 "Speed": "start with a 10 000 000-event journal to the first painted main window
// < 1 s"): the monitor opens a profile whose journal holds N events (--journal-events N, default
// 10 000 000), written once through the journal's writer and kept under /tmp (--journal-dir) for reruns
// (StartupJournal; about 350 bytes of disk per event and some minutes to write). Warm, as above:
//   startup_first_paint_10m_journal_warm_median|min|max   start → first paint of the main window, ms
//   startup_history_shown_10m_journal_warm_median|…       start → the newest of the history in the models
//                                                          (the newest events, and SessionHistory::kFirstPage
//                                                          jobs and runs: those on screen), ms
//   startup_history_loaded_10m_journal_warm_median|…      start → all of it in the models (the older jobs
//                                                          and runs up to the live window too), ms
//   startup_journal_events                                 N
// ("10m" names the default; another N prints the same names.) --journal-only measures only these.
#include "StartupJournal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace {

constexpr int kWarmRuns = 7;
constexpr int kColdRuns = 3; // each drops the cache the other processes on the machine use too

// The program started: this build's, or --monitor's.
QString monitorPath = QStringLiteral(DM_MONITOR_PATH);

// A launch: its arguments, the environment it adds, the settings file it uses (empty: a fresh one of its
// own, removed after) and how long to wait for its markers.
struct Launch
{
    QStringList arguments;
    QStringList environment;
    QString settings;
    int timeoutMs = 30000;
};

// The CPU time (user and system) of the children waited for so far, in ms.
double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// Milliseconds from start until each marker arrived on the child's stdout (nullopt for one that never did);
// `output` gets what it printed, `cpuMs` the CPU time the child took until it ended (--report-startup ends
// it right after the last marker).
std::vector<std::optional<double>> timeToMarkers(const Launch& launch, const QList<QByteArray>& markers,
                                                 QByteArray* output = nullptr, double* cpuMs = nullptr)
{
    const double cpuBefore = childrenCpuMs();
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString& variable : launch.environment)
        environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    process.setProcessEnvironment(environment);
    process.setStandardErrorFile(QProcess::nullDevice()); // its connection log; only the markers matter
    QElapsedTimer timer;
    timer.start();
    // A settings file of its own: no saved profile to connect to, nothing of the user's touched.
    const QString settings =
        !launch.settings.isEmpty()
            ? launch.settings
            : QDir::temp().filePath(
                  QStringLiteral("bench_startup_%1.ini").arg(QCoreApplication::applicationPid()));
    if (launch.settings.isEmpty())
        QFile::remove(settings);
    process.start(monitorPath, launch.arguments + QStringList{QStringLiteral("--settings"), settings});
    QByteArray printed;
    std::vector<std::optional<double>> arrived(size_t(markers.size()));
    const auto allArrived = [&] {
        return std::all_of(arrived.cbegin(), arrived.cend(),
                           [](const auto& time) { return time.has_value(); });
    };
    while (!allArrived() && timer.elapsed() < launch.timeoutMs) {
        if (!process.waitForReadyRead(100) && process.state() == QProcess::NotRunning)
            break;
        printed += process.readAllStandardOutput();
        for (qsizetype i = 0; i < markers.size(); ++i) {
            if (!arrived[size_t(i)] && printed.contains(markers.at(i) + '\n'))
                arrived[size_t(i)] = double(timer.nsecsElapsed()) / 1e6;
        }
    }
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
    }
    printed += process.readAllStandardOutput();
    if (launch.settings.isEmpty())
        QFile::remove(settings);
    if (output)
        *output = printed;
    if (cpuMs)
        *cpuMs = childrenCpuMs() - cpuBefore;
    return arrived;
}

std::optional<double> timeToMarker(const QStringList& arguments, const QByteArray& marker,
                                   double* cpuMs = nullptr)
{
    return timeToMarkers(Launch{arguments, {}, {}, 30000}, {marker}, nullptr, cpuMs).front();
}

void printFigures(const char* name, std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    std::printf("%s_median %.0f ms\n", name, times[times.size() / 2]);
    std::printf("%s_min %.0f ms\n", name, times.front());
    std::printf("%s_max %.0f ms\n", name, times.back());
    std::fflush(stdout);
}

// The journal variant: `runs` timed launches after an untimed one.
bool reportJournal(const StartupJournal& journal, int runs)
{
    const Launch launch{{QStringLiteral("--report-startup"), QStringLiteral("--report-history")},
                        journal.environment(),
                        journal.settingsFile(),
                        300000};
    const QList<QByteArray> markers = {"first_paint", "history_shown", "history_loaded"};
    std::vector<double> paints;
    std::vector<double> shows;
    std::vector<double> loads;
    for (int run = 0; run <= runs; ++run) {
        QByteArray output;
        const auto times = timeToMarkers(launch, markers, &output);
        if (!times[0] || !times[1] || !times[2]) {
            std::fprintf(stderr, "startup with a journal: dispatch-monitor printed %s\n", output.constData());
            return false;
        }
        if (run == 0) { // into the page cache, as the warm starts above
            const qsizetype at = output.indexOf("history_rows ");
            if (at >= 0)
                std::fprintf(stderr, "startup with a journal: %s",
                             output.mid(at, output.indexOf('\n', at) - at + 1).constData());
            continue;
        }
        paints.push_back(*times[0]);
        shows.push_back(*times[1]);
        loads.push_back(*times[2]);
    }
    printFigures("startup_first_paint_10m_journal_warm", paints);
    printFigures("startup_history_shown_10m_journal_warm", shows);
    printFigures("startup_history_loaded_10m_journal_warm", loads);
    return true;
}

// Writes back what is dirty, then drops the page cache, dentries and inodes; false where that is not
// permitted.
bool dropPageCache()
{
    ::sync();
    const int file = ::open("/proc/sys/vm/drop_caches", O_WRONLY | O_CLOEXEC);
    if (file < 0)
        return false;
    const bool dropped = ::write(file, "3\n", 2) == 2;
    ::close(file);
    return dropped;
}

// Launches `runs` times, calling `beforeEach` first (false: give up), and prints median, min and max, and
// the median CPU time of a launch (<name>_cpu_median: start to exit, less at the mercy of other load).
bool report(const char* name, const QStringList& arguments, const QByteArray& marker, int runs,
            const std::function<bool()>& beforeEach)
{
    std::vector<double> times;
    std::vector<double> cpu;
    for (int run = 0; run < runs; ++run) {
        if (!beforeEach())
            return false;
        double cpuMs = 0;
        const auto time = timeToMarker(arguments, marker, &cpuMs);
        if (!time) {
            std::fprintf(stderr, "%s: dispatch-monitor never printed %s\n", name, marker.constData());
            return false;
        }
        times.push_back(*time);
        cpu.push_back(cpuMs);
    }
    printFigures(name, times);
    std::sort(cpu.begin(), cpu.end());
    std::printf("%s_cpu_median %.0f ms\n", name, cpu[cpu.size() / 2]);
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption journalEvents(QStringLiteral("journal-events"),
                                           QStringLiteral("Events in the journal variant's journal."),
                                           QStringLiteral("N"), QStringLiteral("10000000"));
    const QCommandLineOption journalDir(
        QStringLiteral("journal-dir"), QStringLiteral("Where its journal is kept for reruns."),
        QStringLiteral("folder"), QDir::temp().filePath(QStringLiteral("dispatch-monitor-bench-startup")));
    const QCommandLineOption journalRuns(QStringLiteral("journal-runs"),
                                         QStringLiteral("Timed launches of the journal variant."),
                                         QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption journalOnly(QStringLiteral("journal-only"),
                                         QStringLiteral("Measure only the start with a journal."));
    const QCommandLineOption monitor(QStringLiteral("monitor"),
                                     QStringLiteral("The dispatch-monitor to start (default this build's)."),
                                     QStringLiteral("path"), monitorPath);
    const QCommandLineOption coldRuns(QStringLiteral("cold-runs"), QStringLiteral("Timed cold launches."),
                                      QStringLiteral("N"), QString::number(kColdRuns));
    const QCommandLineOption warmRuns(QStringLiteral("warm-runs"), QStringLiteral("Timed warm launches."),
                                      QStringLiteral("N"), QString::number(kWarmRuns));
    const QCommandLineOption coldOnly(QStringLiteral("cold-only"),
                                      QStringLiteral("Measure only the cold starts."));
    parser.addOptions(
        {journalEvents, journalDir, journalRuns, journalOnly, monitor, coldRuns, warmRuns, coldOnly});
    parser.process(app);
    monitorPath = parser.value(monitor);
    const int coldLaunches = std::max(1, parser.value(coldRuns).toInt());
    const int warmLaunches = std::max(1, parser.value(warmRuns).toInt());
    const QStringList start{QStringLiteral("--report-startup")};
    if (parser.isSet(coldOnly)) {
        if (!dropPageCache()) {
            std::fprintf(stderr,
                         "startup_first_paint_cold: not measured: the page cache cannot be dropped here "
                         "(writing /proc/sys/vm/drop_caches needs root)\n");
            return 1;
        }
        return report("startup_first_paint_cold", start, "first_paint", coldLaunches, dropPageCache) ? 0 : 1;
    }
    const qint64 events = parser.value(journalEvents).toLongLong();
    StartupJournal journal(QDir(parser.value(journalDir)).filePath(QStringLiteral("journal-%1").arg(events)),
                           events);
    if (!journal.prepare()) {
        std::fprintf(stderr, "startup with a journal: %s\n", qPrintable(journal.error()));
        return 1;
    }
    if (journal.wasWritten())
        std::fprintf(stderr, "startup with a journal: wrote %lld events in %.0f s to %s\n",
                     static_cast<long long>(events), journal.writeSeconds(),
                     qPrintable(journal.journalFile()));
    std::printf("startup_journal_events %lld events\n", static_cast<long long>(events));
    if (parser.isSet(journalOnly))
        return reportJournal(journal, std::max(1, parser.value(journalRuns).toInt())) ? 0 : 1;
    const QStringList demo{QStringLiteral("--demo"), QStringLiteral("--report-startup")};
    bool ok = true;
    if (dropPageCache()) {
        ok = report("startup_first_paint_cold", start, "first_paint", coldLaunches, dropPageCache);
    } else {
        std::fprintf(stderr, "startup_first_paint_cold: not measured: the page cache cannot be dropped here "
                             "(writing /proc/sys/vm/drop_caches needs root)\n");
    }
    // An untimed launch first, so that the timed ones find everything in the page cache.
    ok = timeToMarker(start, "first_paint").has_value() && ok;
    const auto nothing = [] { return true; };
    ok = report("startup_first_paint_warm", start, "first_paint", warmLaunches, nothing) && ok;
    ok = report("demo_first_event_painted_warm", demo, "first_event_painted", warmLaunches, nothing) && ok;
    ok = reportJournal(journal, std::max(1, parser.value(journalRuns).toInt())) && ok;
    return ok ? 0 : 1;
}
