// SPDX-License-Identifier: MIT
#include "session/Journal.h"

#include "session/JournalBatch.h"
#include "session/JournalInbox.h"
#include "session/JournalWriter.h"

#include <QLocale>
#include <limits>

namespace dispatch {

Journal::Journal(QString filePath, QObject* parent)
    : QObject(parent), m_filePath(std::move(filePath)), m_inbox(std::make_shared<JournalInbox>()),
      m_hold(std::make_shared<QSemaphore>())
{
    m_thread.setObjectName(QStringLiteral("journal"));
    // Who, as far as the monitor knows: the account it runs under (the server knows tokens, not people).
    m_user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

Journal::~Journal()
{
    close();
    releaseWriter();
    // The GUI thread waits here for the one transaction already handed over (the session's last batch),
    // not for anything the writer has still to be given.
    m_thread.wait();
    delete m_writer;
}

void Journal::start()
{
    if (m_started)
        return;
    m_started = true;
    m_writer = new JournalWriter(m_filePath, m_maxPageCount, m_inbox);
    m_writer->setRetention(m_maxAge.count(), m_maxBytes);
    m_writer->setPruneInterval(m_pruneInterval.count());
    m_sessionStartMs = QDateTime::currentMSecsSinceEpoch();
    m_writer->setSessionStart(m_sessionStartMs);
    m_writer->moveToThread(&m_thread);
    connect(m_writer, &JournalWriter::problem, this, &Journal::onProblem);
    connect(m_writer, &JournalWriter::opened, this, [this](bool onDisk) {
        m_storage = onDisk ? Storage::File : Storage::Memory;
        emit storageChanged(m_storage);
    });
    connect(m_writer, &JournalWriter::committed, this, [this](qint64 eventsWritten) {
        m_eventsWritten = eventsWritten;
        emit committed(eventsWritten);
    });
    connect(m_writer, &JournalWriter::sizeChanged, this, [this](qint64 sizeBytes, qint64 freeBytes) {
        m_sizeBytes = sizeBytes;
        m_freeBytes = freeBytes;
        emit sizeChanged(sizeBytes, freeBytes);
    });
    connect(m_writer, &JournalWriter::pruneFinished, this, &Journal::pruneFinished);
    connect(m_writer, &JournalWriter::cleared, this, &Journal::cleared);
    connect(m_writer, &JournalWriter::fellBehind, this, &Journal::onFellBehind);
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_writer, &JournalWriter::open, Qt::QueuedConnection);
}

void Journal::setMaxQueuedEvents(qsizetype events)
{
    m_inbox->setMaxEvents(events);
}

qsizetype Journal::queuedEvents() const
{
    return m_inbox->pendingEvents();
}

qsizetype Journal::eventsDropped() const
{
    return m_inbox->droppedEvents();
}

void Journal::holdWriter()
{
    if (!m_started || m_closing)
        return;
    ++m_holds;
    QMetaObject::invokeMethod(
        m_writer, [hold = m_hold] { hold->acquire(); }, Qt::QueuedConnection);
}

void Journal::releaseWriter()
{
    m_hold->release(std::exchange(m_holds, 0));
}

void Journal::setRetention(std::chrono::milliseconds maxAge, qint64 maxBytes)
{
    m_maxAge = std::max(maxAge, std::chrono::milliseconds::zero());
    m_maxBytes = std::max<qint64>(maxBytes, 0);
    if (!m_started || m_closing)
        return;
    const qint64 ageMs = m_maxAge.count();
    const qint64 bytes = m_maxBytes;
    QMetaObject::invokeMethod(
        m_writer,
        [writer = m_writer, ageMs, bytes] {
            writer->setRetention(ageMs, bytes);
            writer->prune();
        },
        Qt::QueuedConnection);
}

void Journal::pruneNow()
{
    if (m_started && !m_closing)
        QMetaObject::invokeMethod(m_writer, &JournalWriter::prune, Qt::QueuedConnection);
}

void Journal::clearHistory()
{
    if (!m_started || m_closing)
        return;
    // What was received until now; the batches still in the inbox are older than this and go too.
    const qint64 beforeMs = QDateTime::currentMSecsSinceEpoch() + 1;
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, beforeMs] { writer->clear(beforeMs); }, Qt::QueuedConnection);
}

void Journal::close()
{
    if (m_closing || !m_started)
        return;
    m_closing = true;
    QMetaObject::invokeMethod(m_writer, &JournalWriter::close, Qt::QueuedConnection);
}

void Journal::recordEvents(const QList<dwp::StreamEvent>& batch, const QDateTime& receivedAt)
{
    if (batch.isEmpty())
        return;
    JournalBatch part;
    part.events.append({receivedAt.toMSecsSinceEpoch(), batch});
    part.eventCount = batch.size();
    hand(std::move(part));
}

void Journal::recordGap(const QDateTime& from, const QDateTime& to)
{
    JournalBatch part;
    part.gaps.append({from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), JournalGap::Reason::ConnectionLost});
    hand(std::move(part));
}

void Journal::recordStats(const QDateTime& at, const QString& source, const QByteArray& json)
{
    JournalBatch part;
    part.stats.append({at.toMSecsSinceEpoch(), source, json});
    hand(std::move(part));
}

void Journal::recordLookup(const QString& kind, const QString& subjectId, const QByteArray& json)
{
    JournalBatch part;
    part.lookups.append({QDateTime::currentMSecsSinceEpoch(), kind, subjectId, json});
    hand(std::move(part));
}

void Journal::recordAction(const QString& action, const QString& target, bool succeeded,
                           const QString& detail)
{
    JournalBatch part;
    part.actions.append({QDateTime::currentMSecsSinceEpoch(), m_user, action, target, succeeded, detail});
    hand(std::move(part));
}

void Journal::hand(JournalBatch batch)
{
    if (!m_started || m_closing)
        return;
    qint64 droppingSinceMs = -1;
    if (m_inbox->add(std::move(batch), &droppingSinceMs))
        QMetaObject::invokeMethod(m_writer, &JournalWriter::drain, Qt::QueuedConnection);
    // Said now, on the GUI thread, from what the inbox knows under its short lock: the writer may be busy
    // for many seconds more, and nothing here waits for it.
    if (droppingSinceMs >= 0) {
        const QString since = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(droppingSinceMs).toLocalTime(), QStringLiteral("HH:mm:ss"));
        //: Status bar warning, at once when it happens. %1 is the time (HH:mm:ss) the first event not kept
        //: arrived. The journal is the profile's history file.
        emit fellBehind(tr("The journal fell behind at %1: the events received from then on are not written "
                           "to the history until it catches up, and the history will show a hole there.")
                            .arg(since));
    }
}

void Journal::onFellBehind(qint64 fromMs, qint64 toMs, qint64 events)
{
    const QLocale locale;
    const auto time = [&locale](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QStringLiteral("HH:mm:ss"));
    };
    //: Status bar warning. %n is how many events were not kept, %1 and %2 the times (HH:mm:ss) the first and
    //: the last of them arrived. The journal is the profile's history file.
    emit fellBehind(tr("The journal fell behind: %n event(s) received from %1 to %2 were not written to the "
                       "history, which shows a gap there.",
                       nullptr, int(std::min<qint64>(events, std::numeric_limits<int>::max())))
                        .arg(time(fromMs), time(toMs)));
}

void Journal::onProblem(const QString& message)
{
    if (m_storage == Storage::File) {
        m_storage = Storage::Memory; // a write failed: the writer went to memory
        emit storageChanged(m_storage);
    }
    if (m_problemSaid)
        return;
    m_problemSaid = true;
    emit problem(message);
}

} // namespace dispatch
