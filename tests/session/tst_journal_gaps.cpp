// SPDX-License-Identifier: MIT
// The journal's holes (README, "Journal"): each connection gap says why it is there and, for a writer that
// fell behind, how many events it dropped (schema 7); a file of schema 6 keeps its gaps, read as "not known".
#include "JournalFileReader.h"
#include "models/JournalGap.h"
#include "models/ModelEventFactory.h"
#include "protocol/EventType.h"
#include "session/Journal.h"
#include "session/JournalReader.h"
#include "session/JournalSchema.h"
#include "session/JournalSearch.h"
#include "session/MonitorSession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dispatch;
using namespace modeltest;
using journaltest::JournalFileReader;
namespace T = dwp::EventType;

namespace {

constexpr int kWaitMs = 10000;

QDateTime receivedAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QList<dwp::StreamEvent> someEvents(int first, int count)
{
    QList<dwp::StreamEvent> events;
    for (int i = first; i < first + count; ++i)
        events.append(jobEvent(T::JobEnqueued, jobId(i), at(i)));
    return events;
}

} // namespace

class TestJournalGaps : public QObject
{
    Q_OBJECT

private slots:
    void aLostConnectionIsKeptWithItsReason();
    void aWriterBehindKeepsHowManyItDropped();
    void aSchema6FileKeepsItsGapsWithoutAReason();
    void reasonsReadBackAsWritten();
    void theMonitorNotRunningIsAHole();
    void aSessionThatEndedOfflineHandsOverItsGap();
    void theHolesSinceTheNewestRecordAreReadWithIt();
    void aSearchPagesTheHolesInTimeOrder();
    void theWarningComesAtTheDrop();
};

void TestJournalGaps::aLostConnectionIsKeptWithItsReason()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("lost.sqlite"));
    {
        Journal journal(path);
        journal.start();
        journal.recordGap(receivedAt(1000), receivedAt(61000));
        journal.recordEvents(someEvents(1, 1), receivedAt(62000));
        QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == 1, "waiting for the event after the gap",
                                  kWaitMs);
    }
    JournalFileReader file(path);
    QCOMPARE(file.rows(QStringLiteral("SELECT from_ms, to_ms, reason, dropped_events FROM connection_gaps")),
             QStringList{QStringLiteral("1000|61000|connection_lost|∅")});
}

// The inbox drops the newest batches past its bound while the writer is held; the gap it leaves holds the
// count, which the status bar said and the row used not to.
void TestJournalGaps::aWriterBehindKeepsHowManyItDropped()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("behind.sqlite"));
    {
        Journal journal(path);
        journal.setMaxQueuedEvents(100);
        journal.start();
        QTRY_VERIFY2_WITH_TIMEOUT(journal.storage() == Journal::Storage::File, "waiting for the file",
                                  kWaitMs);
        journal.holdWriter();
        journal.recordEvents(someEvents(0, 100), receivedAt(10'000)); // fills the bound
        journal.recordEvents(someEvents(100, 30), receivedAt(11'000));
        journal.recordEvents(someEvents(130, 12), receivedAt(12'000));
        QCOMPARE(journal.eventsDropped(), 42);
        journal.releaseWriter();
        QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == 100, "waiting for the batch kept", kWaitMs);
    }
    JournalFileReader file(path);
    QCOMPARE(file.rows(QStringLiteral("SELECT from_ms, to_ms, reason, dropped_events FROM connection_gaps")),
             QStringList{QStringLiteral("11000|12000|fell_behind|42")});
}

// A file as schema 6 left it (steps 0–5 as released; a released step is never edited), with a gap as
// schema 6's writer wrote it: from–to only. After migrating, the old row is there without a reason and the
// new ones have theirs.
void TestJournalGaps::aSchema6FileKeepsItsGapsWithoutAReason()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("six.sqlite"));
    {
        JournalFileReader old(path);
        for (int version = 0; version < 6; ++version) {
            for (const QString& statement : JournalSchema::stepFrom(version))
                QVERIFY2(old.exec(statement), qPrintable(old.lastError()));
        }
        QVERIFY(old.exec(QStringLiteral("INSERT INTO connection_gaps (from_ms, to_ms) VALUES (100, 200)")));
        QVERIFY(old.exec(QStringLiteral("PRAGMA user_version = 6")));
    }
    {
        Journal journal(path);
        QSignalSpy problems(&journal, &Journal::problem);
        journal.start();
        journal.recordGap(receivedAt(300), receivedAt(400));
        journal.recordEvents(someEvents(1, 1), receivedAt(500));
        QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == 1, "waiting for the event after migrating",
                                  kWaitMs);
        QCOMPARE(journal.storage(), Journal::Storage::File);
        QCOMPARE(problems.size(), 0);
    }
    JournalFileReader file(path);
    QCOMPARE(file.scalar(QStringLiteral("PRAGMA user_version")).toInt(), JournalSchema::currentVersion());
    QCOMPARE(file.rows(QStringLiteral("SELECT from_ms, to_ms, reason, dropped_events FROM connection_gaps "
                                      "WHERE to_ms <= 400 ORDER BY id")),
             QStringList({QStringLiteral("100|200|∅|∅"), QStringLiteral("300|400|connection_lost|∅")}));
    QCOMPARE(file.count(QStringLiteral("sqlite_master WHERE name = 'gaps_by_end'")), 1);
}

void TestJournalGaps::reasonsReadBackAsWritten()
{
    using R = JournalGap::Reason;
    for (const R reason : {R::Unknown, R::ConnectionLost, R::FellBehind, R::NotRunning})
        QCOMPARE(JournalGap::fromCode(JournalGap::code(reason)), reason);
    QCOMPARE(JournalGap::code(R::Unknown), QString()); // NULL in the file
    QCOMPARE(JournalGap::fromCode(QStringLiteral("a newer reason")), R::Unknown);
    const JournalGap dropped{0, 60'000, R::FellBehind, 12345};
    QVERIFY2(dropped.sentence().contains(u"12345") || dropped.sentence().contains(u"12,345"),
             qPrintable(dropped.sentence()));
    const JournalGap notRunning{0, 1, R::NotRunning};
    QVERIFY2(notRunning.sentence().contains(u"not running"), qPrintable(notRunning.sentence()));
}

// From the previous session's clean close, else from the last thing it journaled (a crash; a file of schema
// 6), to this session's start, marked "not running"; a session handed over within a second leaves none.
void TestJournalGaps::theMonitorNotRunningIsAHole()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("restart.sqlite"));
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const auto open = [&path](const char* what) {
        Journal journal(path);
        journal.start();
        journal.recordEvents(someEvents(1, 1), QDateTime::currentDateTimeUtc());
        QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == 1, what, kWaitMs);
    };
    const auto holes = [&path] {
        return JournalFileReader(path).rows(QStringLiteral(
            "SELECT from_ms, reason FROM connection_gaps WHERE reason = 'not_running' ORDER BY "
            "id"));
    };
    open("waiting for the first session's event");
    QCOMPARE(holes(), QStringList()); // a new file: no earlier history
    open("waiting for the second session's event, right after the first");
    QCOMPARE(holes(), QStringList()); // handed over within a second
    {
        JournalFileReader file(path);
        QCOMPARE(file.rows(QStringLiteral("SELECT count(*), count(closed_ms) FROM monitor_sessions")),
                 QStringList{QStringLiteral("2|2")});
        // The last session closed cleanly ten minutes ago.
        QVERIFY(file.exec(
            QStringLiteral("UPDATE monitor_sessions SET closed_ms = %1 WHERE id = 2").arg(nowMs - 600'000)));
    }
    open("waiting for the third session's event");
    QCOMPARE(holes(), QStringList{QStringLiteral("%1|not_running").arg(nowMs - 600'000)});
    const qint64 thirdStart = JournalFileReader(path)
                                  .scalar(QStringLiteral("SELECT started_ms FROM "
                                                         "monitor_sessions WHERE id = 3"))
                                  .toLongLong();
    QCOMPARE(JournalFileReader(path)
                 .scalar(QStringLiteral("SELECT to_ms FROM connection_gaps WHERE reason = 'not_running'"))
                 .toLongLong(),
             thirdStart);
    {
        // The third one was killed: no close noted. Its last record is an event five minutes ago.
        JournalFileReader file(path);
        QVERIFY(file.exec(QStringLiteral("UPDATE monitor_sessions SET closed_ms = NULL, started_ms = %1 "
                                         "WHERE id = 3")
                              .arg(nowMs - 900'000)));
        QVERIFY(file.exec(QStringLiteral("UPDATE events SET received_ms = %1").arg(nowMs - 300'000)));
        QVERIFY(file.exec(QStringLiteral("UPDATE connection_gaps SET to_ms = %1").arg(nowMs - 600'000)));
    }
    open("waiting for the fourth session's event");
    QCOMPARE(holes(), QStringList({QStringLiteral("%1|not_running").arg(nowMs - 600'000),
                                   QStringLiteral("%1|not_running").arg(nowMs - 300'000)}));
}

// A session that closes while offline writes its gap up to the close (as a lost connection), so the next
// session's "not running" begins where it ends.
void TestJournalGaps::aSessionThatEndedOfflineHandsOverItsGap()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("offline.sqlite"));
    {
        ClientOptions options;
        options.connection.url = QUrl(QStringLiteral("ws://127.0.0.1:9/dwp")); // nothing listens
        options.reconnect = false;
        MonitorSession session(options);
        session.setJournal(std::make_unique<Journal>(path));
        QTRY_VERIFY2_WITH_TIMEOUT(session.journal()->storage() == Journal::Storage::File,
                                  "waiting for the file", kWaitMs);
        auto started = [](MonitorSession* starting) -> QCoro::Task<> {
            try {
                co_await starting->start();
            } catch (...) {
            } // refused: the session goes on offline
        };
        auto task = started(&session);
        QTest::qWait(int(JournalGap::kShortestRecordedMs) + 200); // offline for longer than the shortest hole
        session.stop();
    }
    JournalFileReader file(path);
    const QStringList gaps =
        file.rows(QStringLiteral("SELECT reason, to_ms - from_ms >= %1, to_ms <= (SELECT closed_ms FROM "
                                 "monitor_sessions) FROM connection_gaps")
                      .arg(JournalGap::kShortestRecordedMs));
    QCOMPARE(gaps, QStringList{QStringLiteral("connection_lost|1|1")});
}

// Issue 19 item 2 for rows restored at start: what lies between the newest record and this session's start —
// the previous session's offline tail, then the span no monitor ran, by the writer's rule — read with the
// rows, whether or not this session's writer has written its own "not running" yet (it races the read).
void TestJournalGaps::theHolesSinceTheNewestRecordAreReadWithIt()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("since.sqlite"));
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 asOfMs = nowMs - 900'000;
    {
        Journal journal(path);
        journal.start();
        journal.recordEvents(someEvents(1, 1), receivedAt(asOfMs));
        QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == 1, "waiting for the event", kWaitMs);
    }
    {
        // It began 20 minutes ago, lost the connection 13 minutes ago and closed offline 5 minutes ago; an
        // older hole ended before its last event.
        JournalFileReader file(path);
        QVERIFY(file.exec(QStringLiteral("UPDATE monitor_sessions SET started_ms = %1, closed_ms = %2")
                              .arg(nowMs - 1'200'000)
                              .arg(nowMs - 300'000)));
        QVERIFY(
            file.exec(QStringLiteral("INSERT INTO connection_gaps (from_ms, to_ms, reason) VALUES (%1, %2, "
                                     "'connection_lost'), (%3, %4, 'connection_lost')")
                          .arg(nowMs - 1'000'000)
                          .arg(nowMs - 950'000)
                          .arg(nowMs - 800'000)
                          .arg(nowMs - 300'000)));
    }
    using R = JournalGap::Reason;
    const qint64 startMs = nowMs;
    const QList<JournalGap> expected = {{nowMs - 800'000, nowMs - 300'000, R::ConnectionLost},
                                        {nowMs - 300'000, startMs, R::NotRunning}};
    QCOMPARE(JournalReader(path).holesSince(asOfMs, startMs), expected);
    {
        // This session's writer got there first: its hole and its row.
        JournalFileReader file(path);
        QVERIFY(
            file.exec(QStringLiteral("INSERT INTO connection_gaps (from_ms, to_ms, reason) VALUES (%1, %2, "
                                     "'not_running')")
                          .arg(nowMs - 300'000)
                          .arg(startMs)));
        QVERIFY(
            file.exec(QStringLiteral("INSERT INTO monitor_sessions (started_ms) VALUES (%1)").arg(startMs)));
    }
    QCOMPARE(JournalReader(path).holesSince(asOfMs, startMs), expected);
    {
        // Killed instead: no close noted, so "not running" from its last record — the end of its last hole —
        // as the writer has it.
        JournalFileReader file(path);
        QVERIFY(file.exec(QStringLiteral("UPDATE monitor_sessions SET closed_ms = NULL")));
    }
    QCOMPARE(JournalReader(path).holesSince(asOfMs, startMs), expected);
    {
        JournalFileReader file(path);
        QVERIFY(file.exec(QStringLiteral("DELETE FROM connection_gaps")));
    }
    QCOMPARE(JournalReader(path).holesSince(asOfMs, startMs),
             (QList<JournalGap>{{asOfMs, startMs, R::NotRunning}}));
    // Nothing after the newest record but a restart within a second: no hole.
    QCOMPARE(JournalReader(path).holesSince(asOfMs, asOfMs + 500), QList<JournalGap>());
}

// The holes come among the results where they end, one page at a time by their keyset like the events; an
// event at a hole's end (the first batch after a reconnect) comes first; a range a hole does not reach leaves
// it out; an export reads events only.
void TestJournalGaps::aSearchPagesTheHolesInTimeOrder()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("search.sqlite"));
    {
        Journal journal(path);
        journal.start();
        journal.recordEvents(someEvents(1, 1), receivedAt(1000));
        journal.recordGap(receivedAt(1500), receivedAt(2500));
        journal.recordEvents(someEvents(2, 1), receivedAt(2500));
        journal.recordGap(receivedAt(4000), receivedAt(5000));
        journal.recordEvents(someEvents(3, 1), receivedAt(6000));
        QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == 3, "waiting for 3 events", kWaitMs);
    }
    const auto describe = [](const JournalSearchPage::Hit& hit) {
        return hit.source == JournalSearchPage::Hit::Source::Gap
                   ? QStringLiteral("gap %1-%2").arg(hit.gap.fromMs).arg(hit.gap.toMs)
                   : hit.subjectId;
    };
    const QStringList expected = {jobId(3), QStringLiteral("gap 4000-5000"), jobId(2),
                                  QStringLiteral("gap 1500-2500"), jobId(1)};
    for (const int pageSize : {1, 2, 200}) {
        JournalSearchQuery query;
        query.pageSize = pageSize;
        QStringList found;
        for (int pages = 0; pages < 10; ++pages) {
            const JournalSearchPage page = JournalSearch(path).page(query);
            QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
            for (const auto& hit : page.hits)
                found.append(describe(hit));
            if (page.atEnd)
                break;
            query = page.next;
        }
        QCOMPARE(found, expected);
    }
    // A range from 5000 on: the later hole ends at its start and is left out; one from 4500, it reaches in.
    JournalSearchQuery later;
    later.fromMs = 5000;
    QStringList found;
    for (const auto& hit : JournalSearch(path).page(later).hits)
        found.append(describe(hit));
    QCOMPARE(found, QStringList{jobId(3)});
    later.fromMs = 4500;
    found.clear();
    for (const auto& hit : JournalSearch(path).page(later).hits)
        found.append(describe(hit));
    QCOMPARE(found, QStringList({jobId(3), QStringLiteral("gap 4000-5000")}));
    JournalSearchQuery exporting;
    exporting.forExport = true;
    QCOMPARE(JournalSearch(path).page(exporting).hits.size(), 3);
}

// Regression: the warning came only when the writer next took its queue (up to ~18 s after the drop at the
// default bound). Now the batch that is dropped says it, from recordEvents(), while the writer is still held
// — no event loop runs between — once per episode; the count follows when the writer has written the gap.
void TestJournalGaps::theWarningComesAtTheDrop()
{
    QTemporaryDir folder;
    Journal journal(folder.filePath(QStringLiteral("warn.sqlite")));
    journal.setMaxQueuedEvents(100);
    QSignalSpy warnings(&journal, &Journal::fellBehind);
    journal.start();
    QTRY_VERIFY2_WITH_TIMEOUT(journal.storage() == Journal::Storage::File, "waiting for the file", kWaitMs);
    journal.holdWriter();
    journal.recordEvents(someEvents(0, 100), QDateTime::currentDateTimeUtc()); // up to the bound: kept
    QCOMPARE(warnings.size(), 0);
    journal.recordEvents(someEvents(100, 30), QDateTime::currentDateTimeUtc());
    QCOMPARE(journal.eventsDropped(), 30); // the control: this batch was dropped
    QCOMPARE(warnings.size(), 1);
    const QString atDrop = warnings.at(0).at(0).toString();
    QVERIFY2(atDrop.contains(u"fell behind at ") && atDrop.contains(u"hole"), qPrintable(atDrop));
    journal.recordEvents(someEvents(130, 12), QDateTime::currentDateTimeUtc()); // the same episode
    QCOMPARE(warnings.size(), 1);
    journal.releaseWriter();
    QTRY_VERIFY2_WITH_TIMEOUT(warnings.size() == 2, "waiting for the count once the gap is written", kWaitMs);
    QVERIFY2(warnings.at(1).at(0).toString().contains(u"42"), qPrintable(warnings.at(1).at(0).toString()));
    // A second episode is said at its drop too.
    QTRY_VERIFY2_WITH_TIMEOUT(journal.queuedEvents() == 0, "waiting for the writer to finish", kWaitMs);
    journal.holdWriter();
    journal.recordEvents(someEvents(200, 100), QDateTime::currentDateTimeUtc());
    journal.recordEvents(someEvents(300, 1), QDateTime::currentDateTimeUtc());
    QCOMPARE(warnings.size(), 3);
    journal.releaseWriter();
}

QTEST_GUILESS_MAIN(TestJournalGaps)
#include "tst_journal_gaps.moc"
