// SPDX-License-Identifier: MIT
#pragma once

#include "session/JournalSearchQuery.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <atomic>
#include <memory>
#include <qcoro/qcorotask.h>

namespace dispatch {

// Exports a time window of the journal's events (issue 19 item 8, README "Journal"): every event a history
// search matches — its words, types and time range (JournalSearchQuery) — written oldest first as the event
// envelopes the live Events export writes (dwp::StreamEvent::toJson, the time to the microsecond the journal
// keeps): to an NDJSON file one per line, or to a .json file as one JSON array of them (formatForPath), each
// element on a line of its own. It runs on a worker thread, reading the journal a page of
// kPageSize events at a time by keyset (JournalSearch, forExport) and writing each page before reading the
// next, so neither the events nor the file's text are ever whole in memory. The file appears under its name
// only when complete: it is written to a temporary file beside it and renamed (QSaveFile); a cancel or a
// failure leaves nothing under that name, and whatever was there before stays.
class JournalEventExport : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 1000; // JournalSearch::kMaxPageSize

    enum class Format
    {
        NdJson,    // one envelope per line
        JsonArray, // [ envelope, envelope, … ], streamed
    };
    // .json (any case) → JsonArray; anything else NDJSON.
    static Format formatForPath(const QString& path);

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        qint64 written = 0;
        QString error; // why the file could not be written, or the journal read (empty when cancelled)
    };
    // Shared with the worker: the GUI asks it to stop and reads how far it got.
    struct Progress
    {
        std::atomic<bool> cancelled{false};
        std::atomic<qint64> written{0};
    };

    explicit JournalEventExport(QObject* parent = nullptr);

    // Starts writing; false when one is running already. finished() follows, also for a path that cannot be
    // written (errorString() says why).
    bool start(const QString& journalPath, JournalSearchQuery query, const QString& outputPath);
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 written() const { return m_progress ? m_progress->written.load() : 0; }
    const QString& errorString() const { return m_error; }
    const QString& outputPath() const { return m_outputPath; }
    // Events per page; tests make it small to have many pages.
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    // The worker's part, on the thread that calls it: reads and writes page by page until done or cancelled.
    static Result write(const QString& journalPath, JournalSearchQuery query, const QString& outputPath,
                        Progress* progress);

signals:
    void progress(qint64 written);
    void finished(bool ok); // false: failed (errorString()) or cancelled (errorString() empty)

private:
    void take(Result result);

    std::shared_ptr<Progress> m_progress;
    QTimer m_progressTimer;
    QString m_outputPath;
    QString m_error;
    int m_pageSize = kPageSize;
    bool m_running = false;
};

} // namespace dispatch
