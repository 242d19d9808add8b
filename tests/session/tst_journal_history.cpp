// SPDX-License-Identifier: MIT
// A session opens with the past (issue 19 item 3): what one session journaled comes back in the next session
// of the same profile before it has heard anything from the server, marked as of when, and is then checked
// with the server; a run the server has forgotten opens with its journaled timeline. At most the newest
// SessionHistory::limit() jobs and runs come back. A job opened from outside the list (it left the live
// window, or the history search found it) comes back from the journal too.
#include "../models/ModelEventFactory.h"
#include "client/ClientTestSupport.h"
#include "devserver/JobHandlerCatalog.h"
#include "models/JobsModel.h"
#include "models/WorkflowRunsModel.h"
#include "protocol/EventType.h"
#include "session/Journal.h"
#include "session/JournalReader.h"
#include "session/MonitorSession.h"
#include "session/SessionHistory.h"
#include "support/StartedSession.h"

#include <QFile>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace dispatch;
using testsupport::advanceUntil;
using testsupport::awaitTask;
using testsupport::startedSession;

namespace {

constexpr int kWaitMs = 10000;

QVariant jobValue(MonitorSession& session, const QString& jobId, int role)
{
    const int row = session.jobs().rowOf(jobId);
    return row < 0 ? QVariant() : session.jobs().index(row, 0).data(role);
}

QVariant runValue(MonitorSession& session, const QString& runId, int role)
{
    const int row = session.runs().rowOf(runId);
    return row < 0 ? QVariant() : session.runs().index(row, 0).data(role);
}

QStringList stepNames(const TimelineModel& timeline)
{
    QStringList names;
    for (int row = 0; row < timeline.rowCount(); ++row)
        names.append(timeline.index(row, 0).data(TimelineModel::StepNameRole).toString());
    return names;
}

bool waitForStage(const SessionHistory& history, SessionHistory::Stage stage)
{
    return QTest::qWaitFor([&] { return history.stage() == stage; }, kWaitMs);
}

// What the first session saw, to be found again in the second.
struct Seen
{
    QHash<QString, int> jobStates;
    QString runId;
    int runState = -1;
    QStringList steps;
};

} // namespace

class TestJournalHistory : public QObject
{
    Q_OBJECT

private slots:
    void theNextSessionOpensWithThePast();
    void onlyTheNewestComeBack();
    void theNewestComeBackBoundedWithTheirLastState();
    void theNewestAreShownBeforeTheOlder();
    void theOlderReadStopsWhereTheNewestDid();
    void aJobOutsideTheListOpensFromTheJournal();
    void theLimitIsTheLiveWindow();
    void aDamagedFileShowsNothing();

private:
    static Seen firstSession(const QString& journalPath);
};

// A session with its journal: two jobs that complete, one that fails, a run opened that waits for an event.
Seen TestJournalHistory::firstSession(const QString& journalPath)
{
    Seen seen;
    testsupport::DevServerFixture fixture;
    if (!fixture.isRunning())
        return seen;
    auto session = startedSession(
        fixture, [&](MonitorSession& made) { made.setJournal(std::make_unique<Journal>(journalPath)); });
    QStringList jobIds;
    for (const QString& name : {devserver::JobHandlerCatalog::kNoop, devserver::JobHandlerCatalog::kNoop,
                                devserver::JobHandlerCatalog::kAlwaysFail}) {
        jobIds.append(awaitTask(session->client().enqueue(name, QByteArrayLiteral("{}"))).jobId);
    }
    // The failing one is retried (three times by default): its first failure is enough.
    const QList<int> settledStates = {int(dwp::JobState::Completed), int(dwp::JobState::Retrying),
                                      int(dwp::JobState::Failed)};
    const bool settled = advanceUntil(fixture.server(), [&] {
        return std::all_of(jobIds.cbegin(), jobIds.cend(), [&](const QString& id) {
            return settledStates.contains(jobValue(*session, id, JobsModel::StateRole).toInt());
        });
    });
    if (!settled)
        return seen;
    for (const QString& id : std::as_const(jobIds))
        seen.jobStates.insert(id, jobValue(*session, id, JobsModel::StateRole).toInt());

    auto start = [&]() -> QCoro::Task<void> {
        const QString workflow = QStringLiteral("order-pipeline");
        const QByteArray input = QByteArrayLiteral("{\"order_id\":\"ORD-7\",\"items\":[\"a\"]}");
        co_await session->client().startWorkflow(workflow, input,
                                                 [&seen](const QString& id) { seen.runId = id; });
    };
    auto running = start(); // waits for payment-received until the server goes
    if (!advanceUntil(fixture.server(), [&] { return !seen.runId.isEmpty(); }))
        return seen;
    awaitTask(session->openRun(seen.runId));
    if (!advanceUntil(fixture.server(),
                      [&] { return session->timeline().rowOf(QStringLiteral("charge")) >= 0; }))
        return seen;
    awaitTask(session->fetchTimeline(seen.runId)); // the checkpoints up to the wait, journaled as a lookup
    seen.runState = runValue(*session, seen.runId, WorkflowRunsModel::StateRole).toInt();
    for (const QString& step : stepNames(session->timeline()))
        if (!step.isEmpty()) // the placeholder for the work after the last step
            seen.steps.append(step);
    session->stop();
    return seen;
}

void TestJournalHistory::theNextSessionOpensWithThePast()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("profile.sqlite"));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Seen seen = firstSession(path);
    QCOMPARE(seen.jobStates.size(), 3);
    QCOMPARE(seen.jobStates.values().count(int(dwp::JobState::Completed)), 2); // the third failed
    QCOMPARE(seen.runState, int(dwp::RunState::Running));
    QVERIFY2(seen.steps.contains(QStringLiteral("charge")), qPrintable(seen.steps.join(u", ")));

    // The server restarted without persistence: a new one that knows none of it.
    testsupport::DevServerFixture restarted;
    QVERIFY2(restarted.isRunning(), qPrintable(restarted.error()));
    MonitorSession session(clienttest::optionsFor(restarted.url()));
    session.batcher().setInterval(std::chrono::milliseconds(5));
    session.setStatsInterval(std::chrono::milliseconds(0));
    session.setJournal(std::make_unique<Journal>(path));
    QVERIFY(session.history());
    SessionHistory& history = *session.history();
    QVERIFY2(waitForStage(history, SessionHistory::Stage::Shown),
             "waiting for the journal's rows to be shown");

    // Not connected yet: every row and state comes from the journal.
    QCOMPARE(session.state(), ClientState::Disconnected);
    QCOMPARE(session.jobs().rowCount(), 3);
    for (auto it = seen.jobStates.cbegin(); it != seen.jobStates.cend(); ++it)
        QCOMPARE(jobValue(session, it.key(), JobsModel::StateRole).toInt(), it.value());
    QCOMPARE(runValue(session, seen.runId, WorkflowRunsModel::StateRole).toInt(), seen.runState);
    QCOMPARE(history.jobCount(), 3);
    QCOMPARE(history.runCount(), 1);
    QVERIFY2(history.asOf() >= before && history.asOf() <= QDateTime::currentDateTimeUtc(),
             qPrintable(history.asOf().toString(Qt::ISODateWithMs)));
    QVERIFY(session.jobs().trackingSince() <= history.asOf());

    // Connected: the rows are checked with the server, which has forgotten them; they stay, marked.
    awaitTask(session.start());
    QVERIFY2(waitForStage(history, SessionHistory::Stage::Checked), "waiting for the check with the server");
    for (auto it = seen.jobStates.cbegin(); it != seen.jobStates.cend(); ++it) {
        QVERIFY2(jobValue(session, it.key(), JobsModel::UnknownToServerRole).toBool(), qPrintable(it.key()));
        QCOMPARE(jobValue(session, it.key(), JobsModel::StateRole).toInt(), it.value());
    }
    QVERIFY(runValue(session, seen.runId, WorkflowRunsModel::UnknownToServerRole).toBool());

    // The forgotten run opens with its journaled timeline, marked as from history.
    QString message;
    QCOMPARE(clienttest::failureOf(session.openRun(seen.runId), &message), QStringLiteral("NotFoundError"));
    QCOMPARE(session.timeline().runId(), seen.runId);
    QStringList shown = stepNames(session.timeline());
    shown.removeAll(QString());
    QCOMPARE(shown, seen.steps);
    QVERIFY(session.timeline().historyAsOf().isValid());
    QVERIFY(session.timeline().historyAsOf() <= history.asOf());
}

void TestJournalHistory::onlyTheNewestComeBack()
{
    using namespace modeltest;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("limit.sqlite"));
    {
        Journal journal(path);
        journal.start();
        // Jobs 1…5 seen in that order, a second apart; job 1 is seen again last, so it is among the newest.
        for (int n = 1; n <= 5; ++n)
            journal.recordEvents({jobEvent(dwp::EventType::JobEnqueued, jobId(n), at(n))},
                                 QDateTime::fromSecsSinceEpoch(kBaseSeconds + n, Qt::UTC));
        journal.recordEvents({jobEvent(dwp::EventType::JobStarted, jobId(1), at(6))},
                             QDateTime::fromSecsSinceEpoch(kBaseSeconds + 6, Qt::UTC));
        for (int n = 1; n <= 4; ++n)
            journal.recordEvents({runEvent(dwp::EventType::WorkflowStarted, runId(n), at(n))},
                                 QDateTime::fromSecsSinceEpoch(kBaseSeconds + n, Qt::UTC));
    } // the destructor waits for the writer
    JobsModel jobs;
    WorkflowRunsModel runs;
    SessionHistory history(&jobs, &runs);
    history.setLimit(3);
    history.load(path);
    QVERIFY2(waitForStage(history, SessionHistory::Stage::Shown), "waiting for the journal's rows");
    QCOMPARE(jobs.rowCount(), 3);
    QVERIFY(jobs.rowOf(jobId(1)) >= 0);
    QVERIFY(jobs.rowOf(jobId(5)) >= 0);
    QVERIFY(jobs.rowOf(jobId(4)) >= 0);
    QCOMPARE(jobs.rowOf(jobId(3)), -1);
    QCOMPARE(jobs.rowOf(jobId(2)), -1);
    QCOMPARE(jobs.index(jobs.rowOf(jobId(1)), 0).data(JobsModel::StateRole).toInt(),
             int(dwp::JobState::Running));
    QCOMPARE(runs.rowCount(), 3);
    QCOMPARE(runs.rowOf(runId(1)), -1);
    QVERIFY(runs.rowOf(runId(4)) >= 0);
    QCOMPARE(history.uncheckedJobIds(), QStringList({jobId(1), jobId(5), jobId(4)}));
    QCOMPARE(history.asOf(), QDateTime::fromSecsSinceEpoch(kBaseSeconds + 6, Qt::UTC));
}

// More jobs and runs than the window (limit 20 of 70 jobs and 45 runs, random lifecycles, seed printed): the
// restore walks the events newest first and stops at the limit, and reads of each only the events its row
// is made of. Exactly the newest 20 of each come back — a job whose events are old but which was looked up
// last among them, the one it pushes out not — and every row is the same, role by role, as replaying all
// of its events (and its lookup) gives; fewer events are replayed than there are.
void TestJournalHistory::theNewestComeBackBoundedWithTheirLastState()
{
    using namespace modeltest;
    namespace Type = dwp::EventType;
    const quint32 seed = qEnvironmentVariableIsSet("DM_TEST_SEED") ? qgetenv("DM_TEST_SEED").toUInt()
                                                                   : QRandomGenerator::global()->generate();
    qInfo("seed %u (DM_TEST_SEED=%u repeats it)", seed, seed);
    QRandomGenerator random(seed);
    constexpr int kJobs = 70;
    constexpr int kRuns = 45;
    constexpr int kLimit = 20;

    // Each subject's events at increasing seconds from its own start; subjects start a few seconds apart, so
    // their lives overlap and their last events interleave.
    struct Timed
    {
        qint64 seconds;
        dwp::StreamEvent event;
        QString subject;
    };
    QList<Timed> all;
    for (int n = 1; n <= kJobs; ++n) {
        const QString id = jobId(quint64(n));
        qint64 t = n * 3;
        const auto add = [&](const QString& type, const QString& error = {}, qint64 attempt = 0,
                             qint64 elapsed = 0) {
            t += 1 + random.bounded(4);
            all.append({t,
                        jobEvent(type, id, at(t), error, attempt, elapsed,
                                 QStringLiteral("job-%1").arg(n % 7), QStringLiteral("queue-%1").arg(n % 3)),
                        id});
        };
        add(Type::JobEnqueued);
        const int attempts = 1 + int(random.bounded(4));
        const int stop = int(random.bounded(10)); // some lives are cut short: the journal ends mid-way
        for (int attempt = 0; attempt < attempts; ++attempt) {
            add(Type::JobStarted);
            if (stop == 0 && attempt == attempts - 1)
                break;
            if (attempt < attempts - 1) {
                add(Type::JobRetrying, QStringLiteral("timeout %1").arg(attempt), attempt + 1);
            } else if (random.bounded(3) == 0) {
                add(Type::JobFailed, QStringLiteral("gave up after %1").arg(attempts));
                if (random.bounded(2) == 0) {
                    add(Type::JobDlq, QStringLiteral("gave up after %1").arg(attempts));
                    if (random.bounded(2) == 0) { // retried over REST: enqueued again, and done
                        add(Type::JobEnqueued);
                        add(Type::JobStarted);
                        add(Type::JobCompleted, {}, 0, 100 + random.bounded(900));
                    }
                }
            } else {
                add(Type::JobCompleted, {}, 0, 100 + random.bounded(900));
            }
        }
    }
    for (int n = 1; n <= kRuns; ++n) {
        const QString id = runId(n);
        qint64 t = n * 4 + 1;
        const auto add = [&](const QString& type, const QString& step = {}, const QString& error = {},
                             qint64 elapsed = 0) {
            t += 1 + random.bounded(4);
            all.append({t, runEvent(type, id, at(t), step, error, elapsed), id});
        };
        add(Type::WorkflowStarted);
        const int steps = 1 + int(random.bounded(6));
        for (int step = 0; step < steps; ++step)
            add(step == steps - 1 && random.bounded(4) == 0 ? Type::WorkflowStepFailed
                                                            : Type::WorkflowStepCompleted,
                QStringLiteral("step-%1").arg(step),
                step == steps - 1 ? QStringLiteral("card declined") : QString());
        const int end = int(random.bounded(3));
        if (end == 1)
            add(Type::WorkflowCompleted, {}, {}, 1000 + random.bounded(9000));
        else if (end == 2)
            add(Type::WorkflowFailed, {}, QStringLiteral("step-%1 failed").arg(steps - 1));
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const Timed& a, const Timed& b) { return a.seconds < b.seconds; });

    // The newest by their last event; then the oldest job of all is looked up, which makes it the newest.
    // By arrival: a batch's events share its time, and the journal's ids follow the order within it.
    QHash<QString, qsizetype> lastArrival;
    for (qsizetype i = 0; i < all.size(); ++i)
        lastArrival[all.at(i).subject] = i;
    const auto newest = [&](const QString& prefix) {
        QStringList ids;
        for (auto it = lastArrival.cbegin(); it != lastArrival.cend(); ++it)
            if (it.key().startsWith(prefix))
                ids.append(it.key());
        std::sort(ids.begin(), ids.end(),
                  [&](const QString& a, const QString& b) { return lastArrival[a] > lastArrival[b]; });
        return ids;
    };
    const QStringList jobsByAge = newest(QStringLiteral("job_"));
    const QStringList runsByAge = newest(QStringLiteral("wfrun_"));
    const QString lookedUp = jobsByAge.constLast();
    QStringList expectedJobs = QStringList{lookedUp} + jobsByAge.mid(0, kLimit - 1);
    const QStringList expectedRuns = runsByAge.mid(0, kLimit);
    dwp::Job answer;
    answer.id = lookedUp;
    answer.name = QStringLiteral("nightly-export");
    answer.queue = QStringLiteral("exports");
    answer.state = QStringLiteral("completed");
    answer.priority = 3;

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("bounded.sqlite"));
    // Arrival an hour ago and on, a second per event second, so the lookup (now) is newer than every event.
    const qint64 receivedBase = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
    {
        Journal journal(path);
        journal.start();
        for (qsizetype first = 0; first < all.size(); first += 7) { // batches of the same arrival time
            QList<dwp::StreamEvent> batch;
            const qsizetype end = std::min(all.size(), first + 7);
            for (qsizetype i = first; i < end; ++i)
                batch.append(all.at(i).event);
            journal.recordEvents(
                batch, QDateTime::fromMSecsSinceEpoch(receivedBase + all.at(first).seconds * 1000, Qt::UTC));
        }
        journal.recordLookup(QStringLiteral("job"), lookedUp, answer.toJson());
    } // the destructor waits for the writer

    // What all of the chosen ones' events make, replayed as they arrived.
    JobsModel expectedJobRows;
    WorkflowRunsModel expectedRunRows;
    QList<dwp::StreamEvent> chosenEvents;
    for (const Timed& timed : std::as_const(all))
        if (expectedJobs.contains(timed.subject) || expectedRuns.contains(timed.subject))
            chosenEvents.append(timed.event);
    expectedJobRows.applyEvents(chosenEvents);
    expectedJobRows.upsertJob(answer);
    expectedRunRows.applyEvents(chosenEvents);

    const JournalSnapshot snapshot = JournalReader(path).recent(kLimit);
    QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
    QCOMPARE(snapshot.jobIds, expectedJobs);
    QCOMPARE(snapshot.runIds, expectedRuns);
    QVERIFY2(
        snapshot.events.size() < chosenEvents.size(),
        qPrintable(
            QStringLiteral("%1 events read of %2").arg(snapshot.events.size()).arg(chosenEvents.size())));

    JobsModel jobs;
    WorkflowRunsModel runs;
    SessionHistory history(&jobs, &runs);
    history.setLimit(kLimit);
    history.load(path);
    QVERIFY2(waitForStage(history, SessionHistory::Stage::Shown), "waiting for the journal's rows");
    QCOMPARE(jobs.rowCount(), kLimit);
    QCOMPARE(runs.rowCount(), kLimit);
    const auto sameRows = [](const QAbstractItemModel& shown, const QAbstractItemModel& expected,
                             const QStringList& ids, int idRole, const QMetaEnum& roles) {
        for (const QString& id : ids) {
            const QModelIndexList found = shown.match(shown.index(0, 0), idRole, id, 1, Qt::MatchExactly);
            const QModelIndexList wanted =
                expected.match(expected.index(0, 0), idRole, id, 1, Qt::MatchExactly);
            if (found.isEmpty() || wanted.isEmpty())
                return QStringLiteral("%1 is missing").arg(id);
            for (int i = 0; i < roles.keyCount(); ++i) {
                const QVariant value = found.first().data(roles.value(i));
                const QVariant want = wanted.first().data(roles.value(i));
                if (value != want)
                    return QStringLiteral("%1 %2: %3, all its events give %4")
                        .arg(id, QString::fromLatin1(roles.key(i)), value.toString(), want.toString());
            }
        }
        return QString();
    };
    const QString jobDifference = sameRows(jobs, expectedJobRows, expectedJobs, JobsModel::IdRole,
                                           QMetaEnum::fromType<JobsModel::Role>());
    QVERIFY2(jobDifference.isEmpty(), qPrintable(jobDifference));
    const QString runDifference = sameRows(runs, expectedRunRows, expectedRuns, WorkflowRunsModel::IdRole,
                                           QMetaEnum::fromType<WorkflowRunsModel::Role>());
    QVERIFY2(runDifference.isEmpty(), qPrintable(runDifference));
    QCOMPARE(jobs.rowOf(jobsByAge.at(kLimit - 1)), -1); // pushed out by the lookup

    // The same in two reads (the newest 7, then the older rest): together they are the one read above,
    // newest first, and the rows the same.
    JournalReader paged(path);
    const JournalSnapshot first = paged.recent(7);
    const JournalSnapshot rest = paged.recentAfter(kLimit, first);
    QVERIFY2(rest.error.isEmpty(), qPrintable(rest.error));
    QCOMPARE(first.jobIds + rest.jobIds, expectedJobs);
    QCOMPARE(first.runIds + rest.runIds, expectedRuns);
    JobsModel pagedJobs;
    WorkflowRunsModel pagedRuns;
    SessionHistory pagedHistory(&pagedJobs, &pagedRuns);
    pagedHistory.setLimit(kLimit);
    pagedHistory.setFirstPage(7);
    pagedHistory.load(path);
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return pagedHistory.stage() == SessionHistory::Stage::Shown &&
                            !pagedHistory.isReadingOlder();
                 },
                 kWaitMs),
             "waiting for the older rows after the newest");
    QCOMPARE(pagedJobs.rowCount(), kLimit);
    QCOMPARE(pagedRuns.rowCount(), kLimit);
    QCOMPARE(pagedHistory.jobCount(), kLimit);
    const QString pagedJobDifference = sameRows(pagedJobs, expectedJobRows, expectedJobs, JobsModel::IdRole,
                                                QMetaEnum::fromType<JobsModel::Role>());
    QVERIFY2(pagedJobDifference.isEmpty(), qPrintable(pagedJobDifference));
    const QString pagedRunDifference =
        sameRows(pagedRuns, expectedRunRows, expectedRuns, WorkflowRunsModel::IdRole,
                 QMetaEnum::fromType<WorkflowRunsModel::Role>());
    QVERIFY2(pagedRunDifference.isEmpty(), qPrintable(pagedRunDifference));
}

// A journal of 30 jobs and 12 runs, a window of 20, a first page of 5: when the rows are first shown (the
// session may check them then) they are the newest 5 jobs and runs and the older ones are still being
// read; the older 15 jobs and 7 runs follow, and the banner's counts grow.
void TestJournalHistory::theNewestAreShownBeforeTheOlder()
{
    using namespace modeltest;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("pages.sqlite"));
    {
        Journal journal(path);
        journal.start();
        for (int n = 1; n <= 30; ++n)
            journal.recordEvents({jobEvent(dwp::EventType::JobEnqueued, jobId(n), at(n))},
                                 QDateTime::fromSecsSinceEpoch(kBaseSeconds + n, Qt::UTC));
        for (int n = 1; n <= 12; ++n)
            journal.recordEvents({runEvent(dwp::EventType::WorkflowStarted, runId(n), at(n))},
                                 QDateTime::fromSecsSinceEpoch(kBaseSeconds + n, Qt::UTC));
    } // the destructor waits for the writer
    JobsModel jobs;
    WorkflowRunsModel runs;
    SessionHistory history(&jobs, &runs);
    history.setLimit(20);
    history.setFirstPage(5);
    QStringList jobsWhenShown;
    int runsWhenShown = -1;
    bool olderWhenShown = false;
    connect(&history, &SessionHistory::changed, this, [&] {
        if (history.stage() != SessionHistory::Stage::Shown || runsWhenShown >= 0)
            return;
        for (int row = 0; row < jobs.rowCount(); ++row)
            jobsWhenShown.append(jobs.jobId(row));
        runsWhenShown = runs.rowCount();
        olderWhenShown = history.isReadingOlder();
    });
    history.load(path);
    QVERIFY2(QTest::qWaitFor([&] { return runsWhenShown >= 0 && !history.isReadingOlder(); }, kWaitMs),
             "waiting for the newest rows, then the older ones");
    std::sort(jobsWhenShown.begin(), jobsWhenShown.end());
    QCOMPARE(jobsWhenShown, QStringList({jobId(26), jobId(27), jobId(28), jobId(29), jobId(30)}));
    QCOMPARE(runsWhenShown, 5);
    QVERIFY(olderWhenShown);
    QCOMPARE(history.uncheckedJobIds(), QStringList({jobId(30), jobId(29), jobId(28), jobId(27), jobId(26)}));
    // Then the older ones, up to the window and no further.
    QCOMPARE(jobs.rowCount(), 20);
    QCOMPARE(runs.rowCount(), 12);
    QCOMPARE(history.jobCount(), 20);
    QCOMPARE(history.runCount(), 12);
    QVERIFY(jobs.rowOf(jobId(11)) >= 0);
    QCOMPARE(jobs.rowOf(jobId(10)), -1);
    QCOMPARE(history.stage(), SessionHistory::Stage::Shown);
    // Oldest first, as if read in one go: the newest page, shown first, moved after the older rows once they
    // were in, so that the live window trims the oldest first.
    QStringList order;
    QStringList expectedOrder;
    for (int row = 0; row < jobs.rowCount(); ++row) {
        order.append(jobs.jobId(row));
        expectedOrder.append(jobId(11 + row));
    }
    QCOMPARE(order, expectedOrder);
    QCOMPARE(runs.runId(0), runId(1));
    QCOMPARE(runs.runId(11), runId(12));
}

// What is journaled after the newest were read (this session's own live events) is not read again as the
// older ones: the second read stops at the records the first took into account, and the two together are
// what one read before those records gives.
void TestJournalHistory::theOlderReadStopsWhereTheNewestDid()
{
    using namespace modeltest;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("bound.sqlite"));
    Journal journal(path);
    journal.start();
    for (int n = 1; n <= 10; ++n)
        journal.recordEvents({jobEvent(dwp::EventType::JobEnqueued, jobId(n), at(n))},
                             QDateTime::fromSecsSinceEpoch(kBaseSeconds + n, Qt::UTC));
    QVERIFY2(QTest::qWaitFor([&] { return journal.eventsWritten() == 10; }, kWaitMs),
             "waiting for the first ten events");
    JournalReader reader(path);
    const JournalSnapshot whole = reader.recent(6);
    const JournalSnapshot first = reader.recent(2);
    QCOMPARE(first.jobIds, QStringList({jobId(10), jobId(9)}));
    // Two more jobs, and news of an old one, after the first read.
    journal.recordEvents({jobEvent(dwp::EventType::JobEnqueued, jobId(11), at(11)),
                          jobEvent(dwp::EventType::JobEnqueued, jobId(12), at(12)),
                          jobEvent(dwp::EventType::JobStarted, jobId(3), at(13))},
                         QDateTime::fromSecsSinceEpoch(kBaseSeconds + 13, Qt::UTC));
    QVERIFY2(QTest::qWaitFor([&] { return journal.eventsWritten() == 13; }, kWaitMs),
             "waiting for the events after the first read");
    QCOMPARE(reader.recent(6).jobIds.first(), jobId(3)); // control: a read now sees them
    const JournalSnapshot rest = reader.recentAfter(6, first);
    QVERIFY2(rest.error.isEmpty(), qPrintable(rest.error));
    QCOMPARE(rest.jobIds, QStringList({jobId(8), jobId(7), jobId(6), jobId(5)}));
    QCOMPARE(first.jobIds + rest.jobIds, whole.jobIds);
}

// Opening a job the list does not hold — here one that left the live window of finished jobs; on the Jobs
// page, one found by the history search — shows the journal's record of it first: its events and its last
// job.get answer. The server, restarted, has forgotten it: it stays as recorded, marked.
void TestJournalHistory::aJobOutsideTheListOpensFromTheJournal()
{
    using namespace modeltest;
    namespace Type = dwp::EventType;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("job.sqlite"));
    const QDateTime received = QDateTime::currentDateTimeUtc().addSecs(-60);
    {
        Journal journal(path);
        journal.start();
        journal.recordEvents(
            {jobEvent(Type::JobEnqueued, jobId(1), at(1), {}, 0, 0, QStringLiteral("nightly-export")),
             jobEvent(Type::JobFailed, jobId(1), at(2), QStringLiteral("quota exceeded"), 0, 0,
                      QStringLiteral("nightly-export"))},
            received);
        dwp::Job answer;
        answer.id = jobId(1);
        answer.name = QStringLiteral("nightly-export");
        answer.queue = QStringLiteral("exports");
        answer.state = QStringLiteral("failed");
        answer.payload = QByteArrayLiteral("{\"day\":\"2026-12-06\"}");
        journal.recordLookup(QStringLiteral("job"), jobId(1), answer.toJson());
        journal.recordEvents(
            {jobEvent(Type::JobCompleted, jobId(2), at(3)), jobEvent(Type::JobCompleted, jobId(3), at(4))},
            received.addSecs(1));
    } // the destructor waits for the writer

    testsupport::DevServerFixture restarted;
    QVERIFY2(restarted.isRunning(), qPrintable(restarted.error()));
    MonitorSession session(clienttest::optionsFor(restarted.url()));
    session.batcher().setInterval(std::chrono::milliseconds(5));
    session.setStatsInterval(std::chrono::milliseconds(0));
    session.setJournal(std::make_unique<Journal>(path));
    QVERIFY(session.history());
    QVERIFY2(waitForStage(*session.history(), SessionHistory::Stage::Shown),
             "waiting for the journal's rows to be shown");
    QVERIFY(session.jobs().rowOf(jobId(1)) >= 0);
    session.jobs().setCapacity(1); // of the finished jobs, the newest alone stays in the list
    QCOMPARE(session.jobs().rowOf(jobId(1)), -1);
    QVERIFY(session.jobs().rowOf(jobId(3)) >= 0);
    awaitTask(session.start());

    QString message;
    QCOMPARE(clienttest::failureOf(session.openJob(jobId(1)), &message), QStringLiteral("NotFoundError"));
    QVERIFY2(session.jobs().rowOf(jobId(1)) >= 0, "the journal's record is in the list");
    QCOMPARE(jobValue(session, jobId(1), JobsModel::StateRole).toInt(), int(dwp::JobState::Failed));
    QCOMPARE(jobValue(session, jobId(1), JobsModel::NameRole).toString(), QStringLiteral("nightly-export"));
    QCOMPARE(jobValue(session, jobId(1), JobsModel::QueueRole).toString(),
             QStringLiteral("exports")); // the lookup's
    QVERIFY(jobValue(session, jobId(1), JobsModel::UnknownToServerRole).toBool());
}

void TestJournalHistory::theLimitIsTheLiveWindow()
{
    JobsModel jobs;
    WorkflowRunsModel runs;
    const SessionHistory history(&jobs, &runs);
    QCOMPARE(SessionHistory::kDefaultLimit, 200'000); // issue 19 item 5's live window
    QCOMPARE(history.limit(), SessionHistory::kDefaultLimit);
}

// Not a database: nothing is shown, the reason is kept, and the file is left as it was (the writer says so
// in the status bar, once).
void TestJournalHistory::aDamagedFileShowsNothing()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("damaged.sqlite"));
    const QByteArray garbage(8192, 'x');
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    JobsModel jobs;
    WorkflowRunsModel runs;
    SessionHistory history(&jobs, &runs);
    history.load(path);
    QVERIFY2(waitForStage(history, SessionHistory::Stage::Empty), "waiting for the damaged file to be read");
    QVERIFY2(!history.error().isEmpty(), "the reason is kept");
    QCOMPARE(jobs.rowCount(), 0);
    QCOMPARE(runs.rowCount(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

QTEST_GUILESS_MAIN(TestJournalHistory)
#include "tst_journal_history.moc"
