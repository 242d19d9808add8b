// SPDX-License-Identifier: MIT
#include "StartupJournal.h"

#include "protocol/EventType.h"
#include "protocol/StreamEvent.h"
#include "session/Journal.h"
#include "session/JournalLocation.h"
#include "settings/ProfileSettingsCodec.h"
#include "settings/ServerProfile.h"
#include "settings/SettingsFile.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

using namespace dispatch;
namespace T = dwp::EventType;

namespace {

const QString kProfile = QStringLiteral("bench-journal");
const QUrl kUrl(QStringLiteral("ws://127.0.0.1:9/dwp")); // discard: nothing answers a WebSocket there
constexpr qsizetype kBatch = 2000;                       // a 50 ms session batch at 40 000 events/s
// The events span the last two days of arrival, inside any retention.
constexpr qint64 kSpanMs = 2LL * 24 * 3600 * 1000;

// Event `n` of a realistic stream: jobs of four events each (enqueued, started, then completed, or failed
// every tenth), and every fifth subject a workflow run of four (started, two steps, completed); each job
// and run an id of its own, as on a real server, so the newest 200 000 jobs hold about 800 000 events.
dwp::StreamEvent eventAt(qint64 n)
{
    const qint64 subject = n / 4;
    const int phase = int(n % 4);
    const dwp::Timestamp ts(1'790'000'000 + n / 1000, quint32(n % 1000) * 1'000'000u);
    if (subject % 5 == 4) {
        dwp::WorkflowEventData data;
        data.runId = QStringLiteral("wfrun_01jz%1").arg(subject, 20, 10, QLatin1Char('0'));
        data.name = QStringLiteral("order-pipeline");
        static const QStringList kTypes = {T::WorkflowStarted, T::WorkflowStepCompleted,
                                           T::WorkflowStepCompleted, T::WorkflowCompleted};
        if (phase == 1 || phase == 2)
            data.stepName = phase == 1 ? QStringLiteral("charge") : QStringLiteral("ship");
        return dwp::StreamEvent::forWorkflow(kTypes.at(phase), data, ts);
    }
    dwp::JobEventData data;
    data.jobId = QStringLiteral("job_01jz%1").arg(subject, 22, 10, QLatin1Char('0'));
    data.jobName = QStringLiteral("send-email");
    data.queue = QStringLiteral("queue-%1").arg(subject % 20);
    const bool fails = subject % 10 == 3;
    static const QStringList kTypes = {T::JobEnqueued, T::JobStarted, T::JobRetrying, T::JobCompleted};
    QString type = kTypes.at(phase);
    if (phase == 2 && !fails)
        type = T::JobStarted; // picked up again after a pause
    if (phase == 3 && fails) {
        type = T::JobFailed;
        data.error = QStringLiteral("smtp: 421 too many connections");
    }
    return dwp::StreamEvent::forJob(type, data, ts);
}

} // namespace

StartupJournal::StartupJournal(QString folder, qint64 events) : m_folder(std::move(folder)), m_events(events)
{
}

QString StartupJournal::journalFile() const
{
    return JournalLocation::fileFor(m_folder, kProfile, kUrl);
}

QString StartupJournal::settingsFile() const
{
    return QDir(m_folder).filePath(QStringLiteral("monitor.conf"));
}

QStringList StartupJournal::environment() const
{
    return {QStringLiteral("DISPATCH_MONITOR_JOURNAL_DIR=") + m_folder};
}

qint64 StartupJournal::eventsInFile() const
{
    if (!QFileInfo::exists(journalFile()))
        return 0;
    qint64 count = 0;
    const QString connection = QStringLiteral("bench-startup-count");
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(journalFile());
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(database);
        if (database.open() && query.exec(QStringLiteral("SELECT COUNT(*) FROM events")) && query.next())
            count = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(connection);
    return count;
}

bool StartupJournal::prepare()
{
    if (!QDir().mkpath(m_folder)) {
        m_error = QStringLiteral("cannot make %1").arg(m_folder);
        return false;
    }
    {
        ServerProfile profile;
        profile.name = kProfile;
        profile.url = kUrl;
        profile.retention.maxAgeDays = JournalRetention::kMaximumDays;
        profile.retention.maxMegabytes = JournalRetention::kMaximumMegabytes;
        SettingsFile file(settingsFile());
        ProfileSettingsCodec::save(file.settings(), {profile}, {});
        file.settings().sync();
    }
    if (eventsInFile() == m_events)
        return true;
    QFile::remove(journalFile());
    QFile::remove(journalFile() + QStringLiteral("-wal"));
    QFile::remove(journalFile() + QStringLiteral("-shm"));
    m_written = true;
    return write() &&
           (eventsInFile() == m_events ||
            (m_error =
                 QStringLiteral("the journal holds %1 events, not %2").arg(eventsInFile()).arg(m_events),
             false));
}

bool StartupJournal::write()
{
    Journal journal(journalFile());
    journal.start();
    QEventLoop untilOpened;
    QObject::connect(&journal, &Journal::storageChanged, &untilOpened, &QEventLoop::quit);
    QTimer::singleShot(std::chrono::seconds(10), &untilOpened, &QEventLoop::quit);
    if (journal.storage() == Journal::Storage::Opening)
        untilOpened.exec();
    if (journal.storage() != Journal::Storage::File) {
        m_error = QStringLiteral("the journal %1 could not be opened").arg(journalFile());
        return false;
    }
    QElapsedTimer wall;
    wall.start();
    const qint64 firstMs = QDateTime::currentMSecsSinceEpoch() - kSpanMs;
    const double msPerEvent = double(kSpanMs) / double(std::max<qint64>(1, m_events));
    qint64 handed = 0;
    while (handed < m_events) {
        QList<dwp::StreamEvent> batch;
        const qint64 end = std::min(m_events, handed + kBatch);
        batch.reserve(end - handed);
        for (qint64 n = handed; n < end; ++n)
            batch.append(eventAt(n));
        journal.recordEvents(
            batch, QDateTime::fromMSecsSinceEpoch(firstMs + qint64(double(end) * msPerEvent), Qt::UTC));
        handed = end;
        // The writer is the bottleneck: a few batches in the inbox at most (as bench_journal_search).
        while (handed - journal.eventsWritten() > 20 * kBatch) {
            QEventLoop untilCommitted;
            QObject::connect(&journal, &Journal::committed, &untilCommitted, &QEventLoop::quit);
            QTimer::singleShot(std::chrono::seconds(30), &untilCommitted, &QEventLoop::quit);
            untilCommitted.exec();
        }
    }
    QEventLoop untilWritten;
    QObject::connect(&journal, &Journal::committed, &untilWritten, [&] {
        if (journal.eventsWritten() >= handed)
            untilWritten.quit();
    });
    QTimer::singleShot(std::chrono::minutes(5), &untilWritten, &QEventLoop::quit);
    if (journal.eventsWritten() < handed)
        untilWritten.exec();
    m_writeSeconds = double(wall.nsecsElapsed()) / 1e9;
    if (journal.eventsWritten() != handed) {
        m_error =
            QStringLiteral("only %1 of %2 events were written").arg(journal.eventsWritten()).arg(handed);
        return false;
    }
    return true;
}
