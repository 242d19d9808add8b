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
// stderr says so.
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
#include <unistd.h>
#include <vector>

namespace {

constexpr int kWarmRuns = 7;
constexpr int kColdRuns = 3; // each drops the cache the other processes on the machine use too

// Milliseconds from start until `marker` arrived on the child's stdout; nullopt if it never did.
std::optional<double> timeToMarker(const QStringList& arguments, const QByteArray& marker)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.setStandardErrorFile(QProcess::nullDevice()); // its connection log; only the markers matter
    QElapsedTimer timer;
    timer.start();
    // A settings file of its own: no saved profile to connect to, nothing of the user's touched.
    const QString settings =
        QDir::temp().filePath(QStringLiteral("bench_startup_%1.ini").arg(QCoreApplication::applicationPid()));
    QFile::remove(settings);
    process.start(QStringLiteral(DM_MONITOR_PATH),
                  arguments + QStringList{QStringLiteral("--settings"), settings});
    QByteArray output;
    std::optional<double> arrived;
    while (!arrived && timer.elapsed() < 30000) {
        if (!process.waitForReadyRead(100) && process.state() == QProcess::NotRunning)
            break;
        output += process.readAllStandardOutput();
        if (output.contains(marker + '\n'))
            arrived = double(timer.nsecsElapsed()) / 1e6;
    }
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
    }
    QFile::remove(settings);
    return arrived;
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

// Launches `runs` times, calling `beforeEach` first (false: give up), and prints median, min and max.
bool report(const char* name, const QStringList& arguments, const QByteArray& marker, int runs,
            const std::function<bool()>& beforeEach)
{
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        if (!beforeEach())
            return false;
        const auto time = timeToMarker(arguments, marker);
        if (!time) {
            std::fprintf(stderr, "%s: dispatch-monitor never printed %s\n", name, marker.constData());
            return false;
        }
        times.push_back(*time);
    }
    std::sort(times.begin(), times.end());
    std::printf("%s_median %.0f ms\n", name, times[times.size() / 2]);
    std::printf("%s_min %.0f ms\n", name, times.front());
    std::printf("%s_max %.0f ms\n", name, times.back());
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList start{QStringLiteral("--report-startup")};
    const QStringList demo{QStringLiteral("--demo"), QStringLiteral("--report-startup")};
    bool ok = true;
    if (dropPageCache()) {
        ok = report("startup_first_paint_cold", start, "first_paint", kColdRuns, dropPageCache);
    } else {
        std::fprintf(stderr, "startup_first_paint_cold: not measured: the page cache cannot be dropped here "
                             "(writing /proc/sys/vm/drop_caches needs root)\n");
    }
    // An untimed launch first, so that the timed ones find everything in the page cache.
    ok = timeToMarker(start, "first_paint").has_value() && ok;
    const auto nothing = [] { return true; };
    ok = report("startup_first_paint_warm", start, "first_paint", kWarmRuns, nothing) && ok;
    ok = report("demo_first_event_painted_warm", demo, "first_event_painted", kWarmRuns, nothing) && ok;
    return ok ? 0 : 1;
}
