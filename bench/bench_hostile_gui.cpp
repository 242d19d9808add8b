// SPDX-License-Identifier: MIT
// What a hostile but well-formed server costs the GUI thread (issue 16 items 4-6): the pages the operator
// looks at, offscreen at 1280×800, fed the data the black-box run sent. Each scenario times ingesting its
// events and the repaint after each batch (grab() lays out and paints what is on screen, as the window
// would), and reports the resident memory after it. Uses only the pages' and models' public API, so the same
// file measures the code before and after a change. `bench_hostile_gui
// [errors|names|events|log|payload|editor|release]` runs one scenario or all (about a minute with the fixes;
// the code before them took minutes and gigabytes each).
#include "gui/json/HeapRelease.h"
#include "gui/json/JsonEditor.h"
#include "gui/json/JsonViewer.h"
#include "gui/pages/EventsPage.h"
#include "gui/pages/JobDetailPanel.h"
#include "gui/pages/JobsPage.h"
#include "models/EventLogModel.h"
#include "models/JobsModel.h"
#include "protocol/EventType.h"
#include "protocol/Job.h"
#include "protocol/StreamEvent.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <algorithm>
#include <cstdio>

namespace {

// The kernel's count of this process's memory in MB: "VmRSS" now, or "VmHWM" for the peak so far.
double memoryMb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            const QByteArray kb = line.mid(qsizetype(qstrlen(field)) + 1).trimmed().split(' ').value(0);
            return kb.toDouble() / 1024.0;
        }
    }
    return -1;
}

void print(const char* name, double value, const char* unit)
{
    std::printf("%s %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

QString jobId(int index)
{
    return QStringLiteral("job_01hostile%1").arg(index, 14, 10, QLatin1Char('0'));
}

dwp::StreamEvent jobEvent(const QString& type, int index, const QString& name, const QString& queue,
                          const QString& error = {})
{
    dwp::JobEventData data;
    data.jobId = jobId(index);
    data.jobName = name;
    data.queue = queue;
    data.error = error;
    data.attempt = 1;
    return dwp::StreamEvent::forJob(type, data);
}

struct Pages
{
    dispatch::JobsModel jobs;
    dispatch::EventLogModel log;

    void apply(const QList<dwp::StreamEvent>& batch)
    {
        jobs.applyEvents(batch);
        log.applyEvents(batch);
    }
};

// Applies each batch and repaints `shown` after it; returns the slowest batch in ms, adds all to `totalMs`.
double feed(Pages& pages, QWidget& shown, const QList<QList<dwp::StreamEvent>>& batches, double& totalMs)
{
    double slowest = 0;
    for (const auto& batch : batches) {
        QElapsedTimer timer;
        timer.start();
        pages.apply(batch);
        QApplication::processEvents();
        shown.grab();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        slowest = std::max(slowest, ms);
        totalMs += ms;
        // Progress on stderr, so that a run stopped by a timeout (the code before the fixes) still tells how
        // far it got.
        std::fprintf(stderr, "batch of %lld events: %.0f ms (total %.0f ms)\n", qlonglong(batch.size()), ms,
                     totalMs);
    }
    return slowest;
}

// 200 job.failed events carrying a 2 MB error each, ten per batch, on the Jobs page.
void failedWithHugeErrors()
{
    Pages pages;
    dispatch::JobsPage page(&pages.jobs, &pages.log);
    page.resize(1280, 800);
    page.show();
    const QString error = QString(2 * 1024 * 1024, QLatin1Char('E'));
    QList<QList<dwp::StreamEvent>> batches;
    for (int first = 0; first < 200; first += 10) {
        QList<dwp::StreamEvent> batch;
        for (int i = first; i < first + 10; ++i) {
            batch.append(
                jobEvent(dwp::EventType::JobEnqueued, i, QStringLiteral("report"), QStringLiteral("q")));
            batch.append(
                jobEvent(dwp::EventType::JobFailed, i, QStringLiteral("report"), QStringLiteral("q"), error));
        }
        batches.append(batch);
    }
    double total = 0;
    const double slowest = feed(pages, page, batches, total);
    print("hostile_gui_failed_2mb_errors_total", total, "ms");
    print("hostile_gui_failed_2mb_errors_slowest_batch", slowest, "ms");
    print("hostile_gui_failed_2mb_errors_rss", memoryMb("VmRSS:"), "MB");

    // The job opened, as job.get tells its whole error and a 2 MB payload: the detail view shows them.
    dwp::Job job;
    job.id = jobId(0);
    job.name = QStringLiteral("report");
    job.queue = QStringLiteral("q");
    job.state = QStringLiteral("failed");
    job.lastError = error;
    job.payload = "[" + QByteArray(2 * 1024 * 1024, '7') + "]";
    pages.jobs.upsertJob(job);
    QElapsedTimer timer;
    timer.start();
    page.selectJob(jobId(0));
    QApplication::processEvents();
    page.grab();
    print("hostile_gui_open_job_2mb_error_and_payload", double(timer.nsecsElapsed()) / 1e6, "ms");
}

// 2 000 jobs whose names and queues are 100 kB each, 100 per batch, on the Jobs page; then how wide the queue
// filter became and what was left for the search field.
void hugeNamesAndQueues()
{
    Pages pages;
    dispatch::JobsPage page(&pages.jobs, &pages.log);
    page.resize(1280, 800);
    page.show();
    QList<QList<dwp::StreamEvent>> batches;
    for (int first = 0; first < 2000; first += 100) {
        QList<dwp::StreamEvent> batch;
        for (int i = first; i < first + 100; ++i) {
            const QString stem = QString(100 * 1000, QLatin1Char('n'));
            // The number first: cut to a display length, the names still differ (the code before the fix
            // measured the same 2 000 distinct queues with the number last).
            batch.append(jobEvent(dwp::EventType::JobEnqueued, i, QString::number(i) + stem,
                                  QString::number(i) + stem));
        }
        batches.append(batch);
    }
    double total = 0;
    const double slowest = feed(pages, page, batches, total);
    print("hostile_gui_huge_names_total", total, "ms");
    print("hostile_gui_huge_names_slowest_batch", slowest, "ms");
    print("hostile_gui_huge_names_rss", memoryMb("VmRSS:"), "MB");
    auto* queues = page.findChild<QComboBox*>(QStringLiteral("queueFilter"));
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("jobTextFilter"));
    print("hostile_gui_huge_names_queue_filter_width", queues ? queues->width() : -1, "px");
    print("hostile_gui_huge_names_search_width", search ? search->width() : -1, "px");
}

// 50 events of 1 MB data each on the Events page, then the time of one more repaint of the page as it is.
void megabyteEvents()
{
    Pages pages;
    dispatch::EventsPage page(&pages.log);
    page.resize(1280, 800);
    page.show();
    QList<dwp::StreamEvent> batch;
    const QString error = QString(1000 * 1000, QLatin1Char('x'));
    for (int i = 0; i < 50; ++i)
        batch.append(
            jobEvent(dwp::EventType::JobFailed, i, QStringLiteral("big"), QStringLiteral("q"), error));
    double total = 0;
    feed(pages, page, {batch}, total);
    QElapsedTimer timer;
    timer.start();
    page.update();
    page.grab();
    print("hostile_gui_1mb_events_ingest", total, "ms");
    print("hostile_gui_1mb_events_repaint", double(timer.nsecsElapsed()) / 1e6, "ms");
}

// 1 500 events of 1 MB each through the event log alone: what it holds afterwards.
void eventLogHeldBytes()
{
    const double before = memoryMb("VmRSS:");
    {
        dispatch::EventLogModel log;
        const QString error = QString(1000 * 1000, QLatin1Char('y'));
        for (int i = 0; i < 1500; ++i) {
            dwp::StreamEvent event =
                jobEvent(dwp::EventType::JobFailed, i, QStringLiteral("big"), QStringLiteral("q"), error);
            log.applyEvents({event});
        }
        print("hostile_gui_event_log_1500x1mb_rss_growth", memoryMb("VmRSS:") - before, "MB");
        std::fprintf(stderr, "event log rows kept: %d\n", log.rowCount());
    }
}

// A job payload of 200 arrays nested 2 000 deep (800 kB), shown in the detail view's JSON viewer.
void deepPayload()
{
    QByteArray payload = "[";
    for (int i = 0; i < 200; ++i) {
        if (i > 0)
            payload += ',';
        payload += QByteArray(2000, '[') + QByteArray(2000, ']');
    }
    payload += ']';
    dispatch::JsonViewer viewer;
    viewer.resize(600, 400);
    viewer.show();
    QElapsedTimer timer;
    timer.start();
    viewer.setJson(payload);
    QApplication::processEvents();
    viewer.grab();
    print("hostile_gui_deep_payload_800kb_show", double(timer.nsecsElapsed()) / 1e6, "ms");
    print("hostile_gui_deep_payload_800kb_rss", memoryMb("VmRSS:"), "MB");
}

// Issue 20 item 4: a 5 MB single-line payload pasted into the Enqueue dialog's editor, then ten keystrokes:
// how long each holds the GUI thread (the editor lays out, checks and colours the text as it changes).
void pastedPayloadKeystrokes()
{
    dispatch::JsonEditor editor;
    editor.resize(640, 300);
    editor.show();
    // 5 MB of records on one line, as an export or a minified payload comes.
    QString pasted = QStringLiteral("[");
    for (int i = 0; pasted.size() < 5 * 1000 * 1000; ++i)
        pasted += QStringLiteral("{\"id\":%1,\"name\":\"customer %1\",\"tags\":[\"a\",\"b\"]},").arg(i);
    pasted += QStringLiteral("{}]");
    QApplication::clipboard()->setText(pasted);
    QElapsedTimer timer;
    timer.start();
    editor.paste();
    QApplication::processEvents();
    editor.grab();
    print("hostile_gui_editor_paste_5mb", double(timer.nsecsElapsed()) / 1e6, "ms");
    QTextCursor cursor = editor.textCursor();
    cursor.movePosition(QTextCursor::Start);
    cursor.movePosition(QTextCursor::Down);
    cursor.movePosition(QTextCursor::EndOfLine); // the end of the first record's line, or of the one line
    editor.setTextCursor(cursor);
    double slowest = 0;
    double total = 0;
    for (int key = 0; key < 10; ++key) {
        timer.restart();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QApplication::sendEvent(&editor, &press);
        QApplication::processEvents();
        editor.grab();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        slowest = std::max(slowest, ms);
        total += ms;
    }
    print("hostile_gui_editor_keystroke_mean", total / 10, "ms");
    print("hostile_gui_editor_keystroke_slowest", slowest, "ms");
}

// Runs the event loop for `ms`: long enough for HeapRelease's timer (1 s) to trim the heap.
void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

// Issue 20 item 4: the memory still held after moving away from a 36 MB payload, opened in the job panel and
// pasted into the Enqueue dialog's editor, in MB above what the process held before it arrived.
QByteArray recordsOnOneLine(qsizetype bytes)
{
    QByteArray text = "[";
    for (int i = 0; text.size() < bytes; ++i)
        text += QByteArrayLiteral("{\"id\":") + QByteArray::number(i) +
                QByteArrayLiteral(",\"name\":\"customer ") + QByteArray::number(i) +
                QByteArrayLiteral("\",\"tags\":[\"a\",\"b\"]},");
    return text + "{}]";
}

dwp::Job jobWithPayload(int index, const QByteArray& payload)
{
    dwp::Job job;
    job.id = jobId(index);
    job.name = QStringLiteral("import-batch");
    job.queue = QStringLiteral("imports");
    job.state = QStringLiteral("completed");
    job.payload = payload;
    return job;
}

void releasedPayload()
{
    Pages pages;
    dispatch::JobDetailPanel panel(&pages.jobs, &pages.log);
    panel.resize(500, 700);
    panel.show();
    pages.jobs.upsertJob(jobWithPayload(1, QByteArrayLiteral("{\"small\":true}")));
    panel.setJob(jobId(1));
    QApplication::processEvents();
    panel.grab();
    const double before = memoryMb("VmRSS:");
    pages.jobs.upsertJob(jobWithPayload(2, recordsOnOneLine(36 * 1000 * 1000)));
    panel.setJob(jobId(2));
    QApplication::processEvents();
    panel.grab();
    print("hostile_gui_payload_36mb_shown_rss", memoryMb("VmRSS:") - before, "MB");
    panel.setJob(jobId(1));
    pages.jobs.releaseLargePayload(jobId(2)); // as MonitorSession::openJob does for the job left
    settle(1500);
    print("hostile_gui_payload_36mb_moved_away_rss", memoryMb("VmRSS:") - before, "MB");

    const double editorBefore = memoryMb("VmRSS:");
    {
        dispatch::JsonEditor editor;
        editor.resize(640, 300);
        editor.show();
        QApplication::clipboard()->setText(QString::fromUtf8(recordsOnOneLine(36 * 1000 * 1000)));
        editor.paste();
        QApplication::processEvents();
        editor.grab();
        QApplication::clipboard()->clear();
        print("hostile_gui_editor_36mb_pasted_rss", memoryMb("VmRSS:") - editorBefore, "MB");
    }
    // The trim HeapRelease runs a second after the editor went, timed here by itself.
    QElapsedTimer trim;
    trim.start();
    const bool trimmed = dispatch::HeapRelease::now();
    print("hostile_gui_editor_36mb_trim", trimmed ? double(trim.nsecsElapsed()) / 1e6 : -1, "ms");
    settle(1500);
    print("hostile_gui_editor_36mb_closed_rss", memoryMb("VmRSS:") - editorBefore, "MB");
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // One scenario by name, or all of them: the code before the fixes needs each run apart, under a timeout.
    const QByteArray only = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    const auto wanted = [&only](const char* name) { return only.isEmpty() || only == name; };
    if (wanted("errors"))
        failedWithHugeErrors();
    if (wanted("names"))
        hugeNamesAndQueues();
    if (wanted("events"))
        megabyteEvents();
    if (wanted("log"))
        eventLogHeldBytes();
    if (wanted("payload"))
        deepPayload();
    if (wanted("editor"))
        pastedPayloadKeystrokes();
    if (wanted("release"))
        releasedPayload();
    print("hostile_gui_peak_rss", memoryMb("VmHWM:"), "MB");
    return 0;
}
