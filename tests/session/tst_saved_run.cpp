// SPDX-License-Identifier: MIT
// A run saved to a file (issue 19 item 8): what is written reads back the same — run, timeline, events,
// times, holes — and every kind of bad file (not JSON, cut off, random bytes, another format, a newer
// version, a part that does not parse, a hole that is not one, nested past any sense, larger than the limit)
// is refused with a sentence saying what is wrong, without crashing or hanging. A file written before holes
// were saved (version 1) still opens, without holes.
#include "models/ModelEventFactory.h"
#include "protocol/EventType.h"
#include "session/SavedRun.h"
#include "support/TaskOutcome.h"
#include "support/TestSeed.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace dispatch;
using namespace modeltest;
namespace T = dwp::EventType;

namespace {

SavedRun aRun()
{
    SavedRun saved;
    saved.runId = runId(7);
    saved.savedAt = QDateTime::fromMSecsSinceEpoch(1'750'000'123'456, Qt::UTC);
    saved.server = QStringLiteral("ws://dispatch.example.org:8080/dwp");
    dwp::WorkflowRun run;
    run.id = saved.runId;
    run.name = QStringLiteral("checkout");
    run.state = QStringLiteral("failed");
    run.input = QByteArrayLiteral("{\"order\":\"ORD-1\",\"text\":\"ünïcödé \\\"quoted\\\"\"}");
    run.error = QStringLiteral("charge declined");
    run.createdAt = at(1);
    run.startedAt = at(1);
    run.updatedAt = at(9);
    run.completedAt = at(9);
    saved.history.run = run;
    dwp::TimelineEntry reserve;
    reserve.stepName = QStringLiteral("reserve");
    reserve.data = QByteArrayLiteral("{\"ok\":true}");
    reserve.createdAt = at(3);
    saved.history.timeline = QList<dwp::TimelineEntry>{reserve};
    saved.history.events = {
        runEvent(T::WorkflowStarted, saved.runId, at(1)),
        runEvent(T::WorkflowStepCompleted, saved.runId, at(3, 250), QStringLiteral("reserve")),
        runEvent(T::WorkflowStepFailed, saved.runId, at(5), QStringLiteral("charge"),
                 QStringLiteral("declined\nline two")),
        runEvent(T::WorkflowFailed, saved.runId, at(9), {}, QStringLiteral("charge declined")),
    };
    saved.history.asOfMs = 1'750'000'100'000;
    return saved;
}

// The run with the two kinds of hole a file can hold: one with its reason and count, one as an older journal
// row reads (no reason, no count).
SavedRun aRunWithHoles()
{
    SavedRun saved = aRun();
    const qint64 base = modeltest::kBaseSeconds * 1000;
    saved.holes = {{base + 4'000, base + 4'750, JournalGap::Reason::FellBehind, 1234},
                   {base + 6'000, base + 8'001, JournalGap::Reason::Unknown, -1}};
    return saved;
}

QString problemWith(QByteArrayView bytes)
{
    const dwp::Parsed<SavedRun> parsed = SavedRun::decode(bytes);
    return parsed ? QString() : parsed.error();
}

} // namespace

class TestSavedRun : public QObject
{
    Q_OBJECT

private slots:
    void whatIsWrittenReadsBackTheSame();
    void aFileOnDiskRoundTripsOnAWorkerThread();
    void holesReadBackTheSameAndNeedVersionTwo();
    void aVersionOneFileWithoutHolesOpens();
    void badHolesAreRefusedWithAReason_data();
    void badHolesAreRefusedWithAReason();
    void badFilesAreRefusedWithAReason_data();
    void badFilesAreRefusedWithAReason();
    void randomBytesAndEveryCutAreRefused();
    void aFileOverTheLimitIsNotRead();
};

void TestSavedRun::whatIsWrittenReadsBackTheSame()
{
    const SavedRun saved = aRun();
    const QByteArray bytes = saved.encode();
    const dwp::Parsed<SavedRun> read = SavedRun::decode(bytes);
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->runId, saved.runId);
    QCOMPARE(read->savedAt, saved.savedAt);
    QCOMPARE(read->server, saved.server);
    QCOMPARE(read->history.asOfMs, saved.history.asOfMs);
    QVERIFY(read->history.run);
    QCOMPARE(read->history.run->toJson(), saved.history.run->toJson());
    QVERIFY(read->history.timeline);
    QCOMPARE(dwp::TimelineEntry::listToJson(*read->history.timeline),
             dwp::TimelineEntry::listToJson(*saved.history.timeline));
    QCOMPARE(read->history.events, saved.history.events);
    // Written again, byte for byte the same: nothing is lost or reordered on the way.
    QCOMPARE(read->encode(), bytes);

    // Only events (a run never looked up): still a saved run.
    SavedRun eventsOnly = saved;
    eventsOnly.history.run.reset();
    eventsOnly.history.timeline.reset();
    const dwp::Parsed<SavedRun> again = SavedRun::decode(eventsOnly.encode());
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(!again->history.run && !again->history.timeline);
    QCOMPARE(again->history.events.size(), 4);
}

void TestSavedRun::aFileOnDiskRoundTripsOnAWorkerThread()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("run.json"));
    const SavedRun saved = aRun();
    const QString error = testsupport::awaitTask(SavedRun::save(saved, path));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const SavedRunLoaded loaded = testsupport::awaitTask(SavedRun::load(path));
    QVERIFY2(loaded.saved, qPrintable(loaded.error));
    QCOMPARE(loaded.saved->history.events, saved.history.events);
    // A folder that cannot be written: said, nothing left behind.
    const QString nowhere = folder.filePath(QStringLiteral("no/such/folder/run.json"));
    QVERIFY(!testsupport::awaitTask(SavedRun::save(saved, nowhere)).isEmpty());
    const SavedRunLoaded missing = testsupport::awaitTask(SavedRun::load(nowhere));
    QVERIFY(!missing.saved);
    QVERIFY(!missing.error.isEmpty());
}

void TestSavedRun::holesReadBackTheSameAndNeedVersionTwo()
{
    const SavedRun saved = aRunWithHoles();
    const QByteArray bytes = saved.encode();
    QVERIFY2(bytes.contains("\"version\":2,"), bytes.left(60).constData());
    QVERIFY2(bytes.contains(R"({"from":"2025-06-15T15:06:44.000Z","to":"2025-06-15T15:06:44.750Z",)"
                            R"("reason":"fell_behind","dropped_events":1234})"),
             bytes.constData());
    QVERIFY2(bytes.contains(R"("reason":null,"dropped_events":null})"), bytes.constData());
    const dwp::Parsed<SavedRun> read = SavedRun::decode(bytes);
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->holes, saved.holes);
    QCOMPARE(read->history.events, saved.history.events);
    QCOMPARE(read->encode(), bytes);
    // Every reason of the vocabulary comes back as itself.
    for (const auto reason : {JournalGap::Reason::ConnectionLost, JournalGap::Reason::FellBehind,
                              JournalGap::Reason::NotRunning, JournalGap::Reason::Unknown}) {
        SavedRun one = aRun();
        one.holes = {{1'000, 2'000, reason, -1}};
        const dwp::Parsed<SavedRun> again = SavedRun::decode(one.encode());
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->holes, one.holes);
    }
    // Without holes the file stays version 1, which a monitor from before holes shows correctly; with them it
    // is refused there as "newer" (SavedRun.h), never shown as a complete run.
    QVERIFY(aRun().encode().contains("\"version\":1,"));
}

void TestSavedRun::aVersionOneFileWithoutHolesOpens()
{
    // As a monitor from before holes wrote it: version 1, no "holes" at all.
    QByteArray older = aRun().encode();
    QVERIFY(older.contains(",\n\"holes\":[]"));
    older.replace(",\n\"holes\":[]", "");
    QVERIFY(!older.contains("holes"));
    const dwp::Parsed<SavedRun> read = SavedRun::decode(older);
    QVERIFY2(read, qPrintable(read.error()));
    QVERIFY(read->holes.isEmpty());
    QCOMPARE(read->history.events, aRun().history.events);
}

void TestSavedRun::badHolesAreRefusedWithAReason_data()
{
    QTest::addColumn<QByteArray>("holes");
    QTest::addColumn<QString>("reason");
    const QByteArray from = R"("from":"2025-06-15T15:06:44.000Z")";
    const QByteArray to = R"("to":"2025-06-15T15:06:45.000Z")";
    QTest::newRow("not a list") << QByteArray(R"({"from":1})") << QStringLiteral("\"holes\" is not a list");
    QTest::newRow("a number") << QByteArray("[7]") << QStringLiteral("hole 1 is not an object with");
    QTest::newRow("no to") << "[{" + from + "}]" << QStringLiteral("hole 1 is not an object with");
    QTest::newRow("a bad time") << "[{" + from + R"(,"to":"half past nine"}])"
                                << QStringLiteral("hole 1 is not an object with a \"from\" and a \"to\"");
    QTest::newRow("a time as a number")
        << "[{" + from + R"(,"to":1750000005000}])" << QStringLiteral("hole 1 is not an object");
    QTest::newRow("ends before it begins")
        << "[{" + from + "," + to + "},{" + R"("from":"2025-06-15T15:06:46Z","to":"2025-06-15T15:06:45Z"}])"
        << QStringLiteral("hole 2 ends before it begins");
    QTest::newRow("an unknown reason")
        << "[{" + from + "," + to + R"(,"reason":"solar_flare"}])"
        << QStringLiteral("hole 1 has a \"reason\" that is none of \"connection_lost\", \"fell_behind\", "
                          "\"not_running\" or null");
    QTest::newRow("an empty reason") << "[{" + from + "," + to + R"(,"reason":""}])"
                                     << QStringLiteral("hole 1 has a \"reason\"");
    QTest::newRow("a reason as a number")
        << "[{" + from + "," + to + R"(,"reason":2}])" << QStringLiteral("hole 1 has a \"reason\"");
    QTest::newRow("a negative count") << "[{" + from + "," + to + R"(,"dropped_events":-5}])"
                                      << QStringLiteral("hole 1 has a \"dropped_events\" that is neither");
    QTest::newRow("a fraction") << "[{" + from + "," + to + R"(,"dropped_events":1.5}])"
                                << QStringLiteral("hole 1 has a \"dropped_events\"");
    QTest::newRow("a huge count") << "[{" + from + "," + to + R"(,"dropped_events":1e99}])"
                                  << QStringLiteral("hole 1 has a \"dropped_events\"");
    QTest::newRow("a count as text") << "[{" + from + "," + to + R"(,"dropped_events":"12"}])"
                                     << QStringLiteral("hole 1 has a \"dropped_events\"");
}

void TestSavedRun::badHolesAreRefusedWithAReason()
{
    QFETCH(QByteArray, holes);
    QFETCH(QString, reason);
    QByteArray bytes = aRunWithHoles().encode();
    const qsizetype start = bytes.indexOf("\"holes\":") + qsizetype(strlen("\"holes\":"));
    const qsizetype end = bytes.indexOf(",\n\"events\":");
    QVERIFY(start > 0 && end > start);
    bytes.replace(start, end - start, holes);
    const QString problem = problemWith(bytes);
    QVERIFY2(problem.contains(reason), qPrintable(problem));
    // A good hole among them: the same file with it alone opens (the control for the rows above).
    bytes.replace(start, holes.size(), R"([{"from":"2025-06-15T15:06:44Z","to":"2025-06-15T15:06:45Z"}])");
    QVERIFY2(problemWith(bytes).isEmpty(), qPrintable(problemWith(bytes)));
}

void TestSavedRun::badFilesAreRefusedWithAReason_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QByteArray good = aRun().encode();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("cut in half") << good.left(good.size() / 2) << QStringLiteral("not valid JSON");
    QTest::newRow("an array") << QByteArray("[1,2,3]")
                              << QStringLiteral("not a run saved by Dispatch Monitor");
    QTest::newRow("another format") << QByteArray(R"({"format":"something.else","version":1})")
                                    << QStringLiteral("not a run saved by Dispatch Monitor");
    QByteArray newer = good;
    newer.replace("\"version\":1", "\"version\":3");
    QTest::newRow("newer version") << newer << QStringLiteral("newer Dispatch Monitor (format version 3");
    QByteArray noVersion = good;
    noVersion.replace("\"version\":1", "\"version\":\"one\"");
    QTest::newRow("no version") << noVersion << QStringLiteral("\"version\" is missing");
    QByteArray badId = good;
    badId.replace("\"run_id\":\"wfrun_", "\"run_id\":\"job_");
    QTest::newRow("not a run id") << badId << QStringLiteral("not a workflow run id");
    QByteArray badRun = good;
    badRun.replace("\"run\":{", "\"run\":{\"created_at\":\"yesterday\",");
    QTest::newRow("run does not parse") << badRun << QStringLiteral("\"run\" is not a workflow run");
    QByteArray badTimeline = good;
    badTimeline.replace("\"timeline\":[", "\"timeline\":[17,");
    QTest::newRow("timeline does not parse") << badTimeline << QStringLiteral("\"timeline\" is not");
    QByteArray badEvent = good;
    badEvent.replace("\"events\":[\n", "\"events\":[\n{\"type\":42},\n");
    QTest::newRow("event does not parse") << badEvent << QStringLiteral("event 1 is not an event");
    QTest::newRow("events not a list") << QByteArray(R"({"format":"dispatch-monitor.run","version":1,)"
                                                     R"("run_id":"wfrun_1","events":{}})")
                                       << QStringLiteral("\"events\" is not a list");
    QTest::newRow("nothing in it") << QByteArray(R"({"format":"dispatch-monitor.run","version":1,)"
                                                 R"("run_id":"wfrun_1","run":null,"events":[]})")
                                   << QStringLiteral("holds neither");
    // Nested a million deep: the parser's depth limit, not the stack.
    QTest::newRow("nested deep") << QByteArray(1'000'000, '[') + QByteArray(1'000'000, ']')
                                 << QStringLiteral("not valid JSON");
}

void TestSavedRun::badFilesAreRefusedWithAReason()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString problem = problemWith(bytes);
    QVERIFY2(problem.contains(reason), qPrintable(problem));
}

void TestSavedRun::randomBytesAndEveryCutAreRefused()
{
    QRandomGenerator random = testsupport::seededRandom("randomBytesAndEveryCutAreRefused");
    for (int i = 0; i < 200; ++i) {
        QByteArray bytes(int(random.bounded(1, 4000)), Qt::Uninitialized);
        for (char& byte : bytes)
            byte = char(random.bounded(256));
        QVERIFY2(!problemWith(bytes).isEmpty(), "random bytes read as a saved run (seed printed above)");
    }
    // Every prefix of a good file that is not the whole of it (short of its last newline) fails cleanly.
    const QByteArray good = aRunWithHoles().encode();
    for (qsizetype cut = 0; cut < good.size() - 2; cut += 7)
        QVERIFY2(!problemWith(good.left(cut)).isEmpty(), qPrintable(QString::number(cut)));
}

void TestSavedRun::aFileOverTheLimitIsNotRead()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("huge.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(aRun().encode());
        QVERIFY(file.resize(SavedRun::kMaxFileBytes + 1)); // sparse: no 128 MB written
    }
    const SavedRunLoaded loaded = testsupport::awaitTask(SavedRun::load(path));
    QVERIFY(!loaded.saved);
    QVERIFY2(loaded.error.contains(QStringLiteral("more than the 128 MB")), qPrintable(loaded.error));
}

QTEST_GUILESS_MAIN(TestSavedRun)
#include "tst_saved_run.moc"
