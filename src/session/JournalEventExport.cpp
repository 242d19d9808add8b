// SPDX-License-Identifier: MIT
#include "session/JournalEventExport.h"

#include "coro/Detached.h"
#include "protocol/StreamEvent.h"
#include "session/JournalEventColumns.h"
#include "session/JournalSearch.h"
#include "session/OnWorkerThread.h"

#include <QPointer>
#include <QSaveFile>
#include <qcoro/qcorofuture.h>

namespace dispatch {

namespace {

// How often the progress shown is brought up to date: the worker only counts.
constexpr int kProgressIntervalMs = 100;

} // namespace

JournalEventExport::JournalEventExport(QObject* parent) : QObject(parent)
{
    m_progressTimer.setInterval(kProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { emit progress(written()); });
}

bool JournalEventExport::start(const QString& journalPath, JournalSearchQuery query,
                               const QString& outputPath)
{
    if (m_running)
        return false;
    m_running = true;
    m_error.clear();
    m_outputPath = outputPath;
    m_progress = std::make_shared<Progress>();
    query.forExport = true;
    query.afterEventId = 0;
    query.pageSize = m_pageSize;
    auto run = [](QPointer<JournalEventExport> self, QString journal, JournalSearchQuery search,
                  QString output, std::shared_ptr<Progress> progress) -> QCoro::Task<> {
        QFuture<Result> writing = onWorkerThread<Result>(
            [journal, search, output, progress] { return write(journal, search, output, progress.get()); });
        Result result = co_await writing;
        if (self)
            self->take(std::move(result));
    };
    m_progressTimer.start();
    detached(run(this, journalPath, std::move(query), outputPath, m_progress), this,
             "exporting the journal's events");
    return true;
}

void JournalEventExport::cancel()
{
    if (m_progress)
        m_progress->cancelled = true;
}

void JournalEventExport::take(Result result)
{
    m_running = false;
    m_progressTimer.stop();
    m_error = result.error;
    emit progress(result.written);
    emit finished(result.ok);
}

JournalEventExport::Format JournalEventExport::formatForPath(const QString& path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::JsonArray : Format::NdJson;
}

JournalEventExport::Result JournalEventExport::write(const QString& journalPath, JournalSearchQuery query,
                                                     const QString& outputPath, Progress* progress)
{
    Result result;
    query.forExport = true;
    // The array is written as it goes, like the lines: "[", each envelope after a separator, "]" once the
    // last page is in — never the whole result in memory. Each element on a line of its own, so the file
    // reads as the NDJSON one with commas.
    const bool array = formatForPath(outputPath) == Format::JsonArray;
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = file.errorString();
        return result;
    }
    JournalSearch search(journalPath);
    for (;;) {
        if (progress->cancelled) {
            result.cancelled = true;
            return result; // the QSaveFile's temporary file goes with it
        }
        JournalSearchPage page = search.page(query);
        if (!page.error.isEmpty()) {
            result.error = page.error;
            return result;
        }
        QByteArray chunk;
        for (const JournalSearchPage::Hit& hit : std::as_const(page.hits)) {
            const dwp::StreamEvent event{hit.type, JournalEventColumns::timestampOf(hit.tsUs), hit.topic,
                                         hit.data};
            if (array)
                chunk += result.written == 0 && chunk.isEmpty() ? QByteArrayLiteral("[\n")
                                                                : QByteArrayLiteral(",\n");
            chunk += event.toJson();
            if (!array)
                chunk += '\n';
        }
        if (array && page.atEnd)
            chunk += result.written == 0 && page.hits.isEmpty() ? QByteArrayLiteral("[]\n")
                                                                : QByteArrayLiteral("\n]\n");
        if (file.write(chunk) != chunk.size()) {
            result.error = file.errorString();
            return result;
        }
        result.written += page.hits.size();
        progress->written = result.written;
        if (page.atEnd)
            break;
        query = page.next;
    }
    if (progress->cancelled) {
        result.cancelled = true;
        return result;
    }
    if (!file.commit()) {
        result.error = file.errorString();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace dispatch
