// SPDX-License-Identifier: MIT
// TimelineModel: merging checkpoints with step events, inferred starts, waiting and open steps, the
// placeholder for unnamed work, binary data as hex, one insert per live batch, and a run of 20 000 steps.
#include "ModelEventFactory.h"
#include "models/TimelineModel.h"
#include "protocol/ServerText.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using dispatch::TimelineModel;
using dwp::RunState;
using State = dispatch::TimelineStep::State;
using DataKind = dispatch::TimelineStep::DataKind;
namespace T = dwp::EventType;
using namespace modeltest;

namespace {

dwp::TimelineEntry checkpoint(const QString& step, dwp::Timestamp createdAt, const QByteArray& data = {})
{
    return dwp::TimelineEntry{step, data, createdAt};
}

qint64 msAt(qint64 seconds, qint64 millis = 0)
{
    return (kBaseSeconds + seconds) * 1000 + millis;
}

struct RowView
{
    QString name;
    int state;
    qint64 startMs; // -1 unknown
    qint64 endMs;   // -1 unknown
};

RowView viewOf(const TimelineModel& model, int row)
{
    const QModelIndex index = model.index(row, 0);
    const QVariant start = index.data(TimelineModel::StartedAtRole);
    const QVariant end = index.data(TimelineModel::EndedAtRole);
    return {index.data(TimelineModel::StepNameRole).toString(), index.data(TimelineModel::StateRole).toInt(),
            start.isValid() ? start.toDateTime().toMSecsSinceEpoch() : -1,
            end.isValid() ? end.toDateTime().toMSecsSinceEpoch() : -1};
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void checkpointsAndEventsMerge();
    void binaryDataShowsAsHex();
    void placeholderFollowsARunningRun();
    void waitingStepUntilResumed();
    void stepsAfterAnInferredWaitKeepTheirOrder();
    void runEndClosesOpenSteps_data();
    void runEndClosesOpenSteps();
    void parallelGroupStartsWithFirstMember();
    void duplicatesAndOtherRunsChangeNothing();
    void stepFailedThenReplayedCheckpoint();
    void switchingRunsResets();
    void serverTextIsCutForDisplay();
    void hugeRunMergesByNameAndTakesANewStepAsOneRow();
    void interleavedTimelineGoesInAsOneReset_data();
    void interleavedTimelineGoesInAsOneReset();
    void holesInTheRunsSpan();
};

void TestTimelineModel::checkpointsAndEventsMerge()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString run = runId(1);
    model.setRunId(run);
    model.applyEvents({runEvent(T::WorkflowStarted, run, at(0)),
                       runEvent(T::WorkflowStepCompleted, run, at(2), QStringLiteral("reserve"), {}, 1500),
                       runEvent(T::WorkflowStepFailed, run, at(5), QStringLiteral("charge"),
                                QStringLiteral("card declined"))});
    // The checkpoints: reserve (JSON result) and a wait that has no event of its own.
    model.setTimeline(
        {checkpoint(QStringLiteral("reserve"), at(1, 999), QByteArray("{\"sku\":\"A-1\",\"qty\":2}")),
         checkpoint(QStringLiteral("wait:approval"), at(4), QByteArray("{\"name\":\"approval\"}"))});

    QCOMPARE(model.rowCount(), 4); // reserve, wait:approval, charge, placeholder
    const RowView reserve = viewOf(model, 0);
    QCOMPARE(reserve.name, QStringLiteral("reserve"));
    QCOMPARE(reserve.state, int(State::Completed));
    QCOMPARE(reserve.endMs, msAt(2));        // the event came first; its row keeps its place and time
    QCOMPARE(reserve.startMs, msAt(0, 500)); // end − the engine's elapsed_ms
    QCOMPARE(model.index(0, 0).data(TimelineModel::DataKindRole).toInt(), int(DataKind::Json));
    // Rows are one line high: the cell shows the JSON as sent, the role the indented text for the detail.
    QCOMPARE(model.index(0, TimelineModel::DataColumn).data().toString(),
             QStringLiteral("{\"sku\":\"A-1\",\"qty\":2}"));
    QCOMPARE(model.index(0, 0).data(TimelineModel::DataRole).toString(),
             QStringLiteral("{\n  \"sku\": \"A-1\",\n  \"qty\": 2\n}"));
    QVERIFY(model.index(0, 0).data(TimelineModel::HasCheckpointRole).toBool());
    // A finished step reads as a badge does (StateNameRole → dwp::StateVocabulary): "Completed", never
    // "done" in the text column beside a "Completed" badge.
    QCOMPARE(model.index(0, TimelineModel::StateColumn).data().toString(), QStringLiteral("Completed"));
    QCOMPARE(model.index(0, 0).data(TimelineModel::StateNameRole).toString(), QStringLiteral("completed"));
    QCOMPARE(model.index(0, TimelineModel::DurationColumn).data().toString(), QStringLiteral("1.5 s"));

    const RowView wait = viewOf(model, 1);
    QCOMPARE(wait.name, QStringLiteral("wait:approval"));
    QCOMPARE(wait.state, int(State::Completed));
    QCOMPARE(wait.startMs, msAt(2)); // inferred: the previous step's end
    QCOMPARE(wait.endMs, msAt(4));
    QCOMPARE(model.index(1, 0).data(TimelineModel::DurationMsRole).toLongLong(), 2000);

    const RowView charge = viewOf(model, 2);
    QCOMPARE(charge.name, QStringLiteral("charge"));
    QCOMPARE(charge.state, int(State::Failed));
    QCOMPARE(charge.startMs, msAt(4));
    QCOMPARE(model.index(2, 0).data(TimelineModel::ErrorRole).toString(), QStringLiteral("card declined"));
    QVERIFY(!model.index(2, 0).data(TimelineModel::HasCheckpointRole).toBool());

    QVERIFY(model.index(3, 0).data(TimelineModel::PlaceholderRole).toBool());
    QCOMPARE(viewOf(model, 3).startMs, msAt(5));
}

void TestTimelineModel::binaryDataShowsAsHex()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRunId(runId(2));
    const QByteArray gob("\x0e\xff\x81\x03\x01\x01\x05", 7);
    model.setTimeline(
        {checkpoint(QStringLiteral("price"), at(3), gob), checkpoint(QStringLiteral("notify"), at(4))});
    QCOMPARE(model.rowCount(), 2); // the run state is unknown: no placeholder
    QCOMPARE(model.index(0, 0).data(TimelineModel::DataKindRole).toInt(), int(DataKind::Binary));
    QCOMPARE(model.index(0, 0).data(TimelineModel::DataRole).toString(),
             QStringLiteral("0e ff 81 03 01 01 05"));
    QCOMPARE(model.index(0, 0).data(TimelineModel::RawDataRole).toByteArray(), gob);
    QCOMPARE(model.index(1, 0).data(TimelineModel::DataKindRole).toInt(), int(DataKind::None));
    QVERIFY(model.index(1, 0).data(TimelineModel::DataRole).toString().isEmpty());
    // No run start known: the first step's start is unknown, the second's is the first's end.
    QCOMPARE(viewOf(model, 0).startMs, qint64(-1));
    QCOMPARE(viewOf(model, 1).startMs, msAt(3));
}

void TestTimelineModel::placeholderFollowsARunningRun()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString run = runId(3);
    model.setRunId(run);
    model.applyEvents({runEvent(T::WorkflowStarted, run, at(10))});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(viewOf(model, 0).state, int(State::Running));
    QCOMPARE(viewOf(model, 0).startMs, msAt(10));
    QCOMPARE(model.index(0, TimelineModel::StepColumn).data().toString(), QStringLiteral("(in progress)"));

    // A live batch of three steps lands in one insert above the placeholder.
    QSignalSpy inserted(&model, &TimelineModel::rowsInserted);
    QSignalSpy removed(&model, &TimelineModel::rowsRemoved);
    model.applyEvents({runEvent(T::WorkflowStepCompleted, run, at(11), QStringLiteral("a")),
                       runEvent(T::WorkflowStepCompleted, run, at(12), QStringLiteral("b")),
                       runEvent(T::WorkflowStepCompleted, run, at(13), QStringLiteral("c"))});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 2);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(viewOf(model, 3).startMs, msAt(13)); // the placeholder starts where the last step ended
    // elapsed_ms is omitted when 0 (§5): the engine measured under a millisecond, so the step starts where it
    // ends; the second between steps was the engine's, not the step's.
    QCOMPARE(viewOf(model, 1).startMs, msAt(12));
}

void TestTimelineModel::waitingStepUntilResumed()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString run = runId(4);
    dwp::WorkflowRun info;
    info.id = run;
    info.name = QStringLiteral("onboarding");
    info.state = QStringLiteral("running");
    info.startedAt = at(0);
    info.updatedAt = at(0);
    model.setRun(info);
    model.setTimeline({checkpoint(QStringLiteral("create-account"), at(1))});
    QCOMPARE(model.rowCount(), 2);

    // The run is running and its last checkpoint precedes the wait: it waits for "approval".
    model.beginStep(QStringLiteral("wait:approval"), QDateTime::fromMSecsSinceEpoch(msAt(1), Qt::UTC));
    QCOMPARE(model.rowCount(), 2); // the named open step replaces the placeholder
    RowView wait = viewOf(model, 1);
    QCOMPARE(wait.name, QStringLiteral("wait:approval"));
    QCOMPARE(wait.state, int(State::Waiting));
    QCOMPARE(wait.startMs, msAt(1));
    QCOMPARE(wait.endMs, qint64(-1));
    QCOMPARE(model.index(1, TimelineModel::StateColumn).data().toString(), QStringLiteral("Waiting"));

    // Resumed: the checkpoint arrives with the received event; work goes on after it.
    model.setTimeline({checkpoint(QStringLiteral("create-account"), at(1)),
                       checkpoint(QStringLiteral("wait:approval"), at(30), QByteArray("{\"acked\":true}"))});
    QCOMPARE(model.rowCount(), 3);
    wait = viewOf(model, 1);
    QCOMPARE(wait.state, int(State::Completed));
    QCOMPARE(wait.endMs, msAt(30));
    QCOMPARE(model.index(1, 0).data(TimelineModel::DurationMsRole).toLongLong(), 29000);
    QVERIFY(model.index(2, 0).data(TimelineModel::PlaceholderRole).toBool());
}

void TestTimelineModel::stepsAfterAnInferredWaitKeepTheirOrder()
{
    // Issue 15 item 8: "ship" finished while the inferred wait was still open, was put above it, and stayed
    // there when the wait's checkpoint closed it ("ship, wait, notify").
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString run = runId(5);
    model.setRunId(run);
    model.applyEvents({runEvent(T::WorkflowStarted, run, at(0)),
                       runEvent(T::WorkflowStepCompleted, run, at(1), QStringLiteral("charge"), {}, 900)});
    model.beginStep(QStringLiteral("wait:payment-received"),
                    QDateTime::fromMSecsSinceEpoch(msAt(1), Qt::UTC));
    QCOMPARE(viewOf(model, 1).state, int(State::Waiting));

    // The event arrives; the next step's event comes before the timeline that holds the wait's checkpoint.
    model.applyEvents({runEvent(T::WorkflowStepCompleted, run, at(31), QStringLiteral("ship"), {}, 500)});
    model.setTimeline({checkpoint(QStringLiteral("charge"), at(1)),
                       checkpoint(QStringLiteral("wait:payment-received"), at(30), QByteArray("{}")),
                       checkpoint(QStringLiteral("ship"), at(31))});
    model.applyEvents({runEvent(T::WorkflowStepCompleted, run, at(32), QStringLiteral("notify"), {}, 200),
                       runEvent(T::WorkflowCompleted, run, at(32))});

    const QStringList expected{QStringLiteral("charge"), QStringLiteral("wait:payment-received"),
                               QStringLiteral("ship"), QStringLiteral("notify")};
    QCOMPARE(model.rowCount(), expected.size());
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(viewOf(model, row).name);
    QCOMPARE(names, expected);
    QCOMPARE(viewOf(model, 1).endMs, msAt(30));
    // A checkpoint from before the wait began still goes above it (the positive control of the rule).
    TimelineModel early;
    early.setRunId(run);
    early.applyEvents({runEvent(T::WorkflowStarted, run, at(0))});
    early.beginStep(QStringLiteral("wait:payment-received"),
                    QDateTime::fromMSecsSinceEpoch(msAt(1), Qt::UTC));
    early.setTimeline({checkpoint(QStringLiteral("charge"), at(1))});
    QCOMPARE(viewOf(early, 0).name, QStringLiteral("charge"));
    QCOMPARE(viewOf(early, 1).name, QStringLiteral("wait:payment-received"));
}

void TestTimelineModel::runEndClosesOpenSteps_data()
{
    QTest::addColumn<bool>("failed");
    QTest::newRow("completed") << false;
    QTest::newRow("failed") << true;
}

void TestTimelineModel::runEndClosesOpenSteps()
{
    QFETCH(bool, failed);
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString run = runId(5);
    model.setRunId(run);
    model.applyEvents({runEvent(T::WorkflowStarted, run, at(0)),
                       runEvent(T::WorkflowStepCompleted, run, at(2), QStringLiteral("a"))});
    model.beginStep(QStringLiteral("sleep:cooldown"), {});
    QCOMPARE(viewOf(model, 1).state, int(State::Running));
    model.applyEvents({failed ? runEvent(T::WorkflowFailed, run, at(9), {}, QStringLiteral("timed out"))
                              : runEvent(T::WorkflowCompleted, run, at(9))});
    QCOMPARE(model.runState(), failed ? RunState::Failed : RunState::Completed);
    QCOMPARE(model.rowCount(), 2); // no placeholder once the run is over
    const RowView sleep = viewOf(model, 1);
    QCOMPARE(sleep.state, int(failed ? State::Failed : State::Completed));
    QCOMPARE(sleep.startMs, msAt(2));
    QCOMPARE(sleep.endMs, msAt(9));
    QCOMPARE(model.index(1, 0).data(TimelineModel::ErrorRole).toString(),
             failed ? QStringLiteral("timed out") : QString());
}

void TestTimelineModel::parallelGroupStartsWithFirstMember()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString run = runId(6);
    model.setRunId(run);
    model.applyEvents(
        {runEvent(T::WorkflowStarted, run, at(0)),
         runEvent(T::WorkflowStepCompleted, run, at(1), QStringLiteral("prepare")),
         runEvent(T::WorkflowStepCompleted, run, at(3), QStringLiteral("parallel:fanout:0"), {}, 2000),
         runEvent(T::WorkflowStepCompleted, run, at(4), QStringLiteral("parallel:fanout:1"), {}, 2500)});
    model.setTimeline({checkpoint(QStringLiteral("prepare"), at(1)),
                       checkpoint(QStringLiteral("parallel:fanout:0"), at(3)),
                       checkpoint(QStringLiteral("parallel:fanout:1"), at(4)),
                       checkpoint(QStringLiteral("parallel:fanout"), at(4, 1))});
    const int group = model.rowOf(QStringLiteral("parallel:fanout"));
    QCOMPARE(group, 3);
    QCOMPARE(viewOf(model, group).startMs, msAt(1)); // the earliest member (3 s − 2 s)
    QCOMPARE(viewOf(model, 2).startMs, msAt(1, 500));
}

void TestTimelineModel::duplicatesAndOtherRunsChangeNothing()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString run = runId(7);
    model.setRunId(run);
    const QList<dwp::StreamEvent> batch = {
        runEvent(T::WorkflowStarted, run, at(0)),
        runEvent(T::WorkflowStepCompleted, run, at(1), QStringLiteral("a"))};
    model.applyEvents(batch);
    QSignalSpy inserted(&model, &TimelineModel::rowsInserted);
    QSignalSpy changed(&model, &TimelineModel::dataChanged);
    model.applyEvents(batch);
    model.applyEvents({runEvent(T::WorkflowStepCompleted, runId(8), at(2), QStringLiteral("b")),
                       runEvent(T::WorkflowCompleted, runId(8), at(3))});
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(model.rowCount(), 2);
}

void TestTimelineModel::stepFailedThenReplayedCheckpoint()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString run = runId(9);
    model.setRunId(run);
    model.applyEvents(
        {runEvent(T::WorkflowStepFailed, run, at(2), QStringLiteral("charge"), QStringLiteral("declined"))});
    // An older checkpoint does not hide the failure; a newer one (the step succeeded later) does.
    model.setTimeline({checkpoint(QStringLiteral("charge"), at(1))});
    QCOMPARE(viewOf(model, 0).state, int(State::Failed));
    model.setTimeline({checkpoint(QStringLiteral("charge"), at(8))});
    QCOMPARE(viewOf(model, 0).state, int(State::Completed));
    QVERIFY(model.index(0, 0).data(TimelineModel::ErrorRole).toString().isEmpty());
}

void TestTimelineModel::switchingRunsResets()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRunId(runId(1));
    model.setTimeline({checkpoint(QStringLiteral("a"), at(1))});
    QSignalSpy reset(&model, &TimelineModel::modelReset);
    dwp::WorkflowRun other;
    other.id = runId(2);
    other.state = QStringLiteral("completed");
    other.startedAt = at(0);
    other.completedAt = at(5);
    other.updatedAt = at(5);
    model.setRun(other);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.runId(), runId(2));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.runState(), RunState::Completed);
}

// Issue 16 item 4: a step that returned a megabyte, or failed with one, is one short line in the table and
// its tooltips; the roles keep everything for the step's detail view.
void TestTimelineModel::serverTextIsCutForDisplay()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString run = runId(9);
    const QString hugeError = QStringLiteral("first\n") + QString(1024 * 1024, u'e');
    const QByteArray hugeData = "[\"" + QByteArray(1024 * 1024, 'd') + "\"]";
    model.setRunId(run);
    model.applyEvents({runEvent(T::WorkflowStarted, run, at(0)),
                       runEvent(T::WorkflowStepCompleted, run, at(2), QStringLiteral("big"), {}, 10),
                       runEvent(T::WorkflowStepFailed, run, at(5), QStringLiteral("charge"), hugeError)});
    model.setTimeline({checkpoint(QStringLiteral("big"), at(1), hugeData)});
    const int big = 0;
    const int charge = 1;
    QCOMPARE(model.index(big, 0).data(TimelineModel::StepNameRole).toString(), QStringLiteral("big"));
    QCOMPARE(model.index(charge, 0).data(TimelineModel::StepNameRole).toString(), QStringLiteral("charge"));
    const QString data = model.index(big, TimelineModel::DataColumn).data().toString();
    QCOMPARE(data.size(), dwp::ServerText::kDisplayCellChars + 1);
    QVERIFY(data.startsWith(QStringLiteral("[\"ddd")));
    QVERIFY(model.index(big, TimelineModel::DataColumn).data(Qt::ToolTipRole).toString().size() <= 2001);
    QCOMPARE(model.index(big, 0).data(TimelineModel::RawDataRole).toByteArray(), hugeData);
    const QString error = model.index(charge, TimelineModel::DataColumn).data().toString();
    QCOMPARE(error.size(), dwp::ServerText::kDisplayErrorChars + 1);
    QVERIFY(error.startsWith(QStringLiteral("first e"))); // one line
    QCOMPARE(model.index(charge, 0).data(TimelineModel::ErrorRole).toString(), hugeError);
}

// A run of 20 000 steps opened late (issue 21 item 4): its step events from the log, then its timeline, merge
// by name into one row per step; a step arriving live then is one row inserted above the placeholder.
void TestTimelineModel::hugeRunMergesByNameAndTakesANewStepAsOneRow()
{
    constexpr int kSteps = 20000;
    const auto stepName = [](int step) { return QStringLiteral("step-%1").arg(step); };
    const auto endOf = [](int step) { // a step every millisecond from second 1
        return dwp::Timestamp(kBaseSeconds + 1 + step / 1000, quint32(step % 1000) * 1000000u);
    };
    TimelineModel model;
    const QString run = runId(9);
    model.setRunId(run);
    QList<dwp::StreamEvent> events{runEvent(T::WorkflowStarted, run, at(0))};
    QList<dwp::TimelineEntry> timeline;
    for (int step = 0; step < kSteps; ++step) {
        // The log kept the newer half of the events; the timeline has every step.
        if (step >= kSteps / 2)
            events.append(runEvent(T::WorkflowStepCompleted, run, endOf(step), stepName(step)));
        timeline.append(checkpoint(stepName(step), endOf(step), QByteArrayLiteral("{}")));
    }
    model.applyEvents(events);
    QCOMPARE(model.rowCount(), kSteps / 2 + 1); // and the placeholder
    model.setTimeline(timeline);
    QCOMPARE(model.rowCount(), kSteps + 1);
    QCOMPARE(model.rowOf(stepName(0)), 0);
    QCOMPARE(model.rowOf(stepName(kSteps - 1)), kSteps - 1);
    for (const int row : {0, kSteps / 2 - 1, kSteps / 2, kSteps - 1}) {
        const QModelIndex index = model.index(row, 0);
        QCOMPARE(index.data(TimelineModel::StepNameRole).toString(), stepName(row));
        QVERIFY2(index.data(TimelineModel::HasCheckpointRole).toBool(), qPrintable(stepName(row)));
    }
    QVERIFY(model.index(kSteps, 0).data(TimelineModel::PlaceholderRole).toBool());

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &TimelineModel::rowsInserted);
    QSignalSpy reset(&model, &TimelineModel::modelReset);
    QSignalSpy layout(&model, &TimelineModel::layoutChanged);
    model.applyEvents({runEvent(T::WorkflowStepCompleted, run, at(100), QStringLiteral("late"))});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), kSteps); // above the placeholder
    QCOMPARE(inserted.first().at(2).toInt(), kSteps);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(model.rowCount(), kSteps + 2);
}

void TestTimelineModel::interleavedTimelineGoesInAsOneReset_data()
{
    QTest::addColumn<int>("between"); // steps the timeline puts between the rows the events made, one each
    QTest::addColumn<bool>("expectReset"); // else one insert per step
    QTest::newRow("a few: inserts") << 4 << false;
    QTest::newRow("sixteen: inserts") << 16 << false;
    QTest::newRow("seventeen: one reset") << 17 << true;
    QTest::newRow("a thousand: one reset") << 1000 << true;
}

// A run opened after its events were logged shows the logged steps first; its timeline then puts the other
// steps between them. Each in its place, with one insert signal per place when they are few and one reset
// when they are many (the quadratic case bench_gui_stall found: 0.53 s for 1 380 steps).
void TestTimelineModel::interleavedTimelineGoesInAsOneReset()
{
    QFETCH(int, between);
    QFETCH(bool, expectReset);
    const auto stepName = [](int step) {
        return QStringLiteral("step-%1").arg(step, 5, 10, QLatin1Char('0'));
    };
    const int steps = 2 * between + 1; // the events have the even ones, the timeline has them all
    TimelineModel model;
    const QString run = runId(7);
    model.setRunId(run);
    QList<dwp::StreamEvent> events{runEvent(T::WorkflowStarted, run, at(0))};
    QList<dwp::TimelineEntry> timeline;
    for (int step = 0; step < steps; ++step) {
        if (step % 2 == 0)
            events.append(runEvent(T::WorkflowStepCompleted, run, at(1 + step), stepName(step)));
        timeline.append(checkpoint(stepName(step), at(1 + step)));
    }
    model.applyEvents(events);
    QCOMPARE(model.rowCount(), between + 1 + 1); // and the placeholder

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &TimelineModel::rowsInserted);
    QSignalSpy reset(&model, &TimelineModel::modelReset);
    model.setTimeline(timeline);
    QCOMPARE(model.rowCount(), steps + 1);
    for (int row = 0; row < steps; ++row)
        QCOMPARE(model.index(row, 0).data(TimelineModel::StepNameRole).toString(), stepName(row));
    QVERIFY(model.index(steps, 0).data(TimelineModel::PlaceholderRole).toBool());
    QCOMPARE(reset.size(), expectReset ? 1 : 0);
    QCOMPARE(inserted.size(), expectReset ? 0 : between);
}

void TestTimelineModel::holesInTheRunsSpan()
{
    using dispatch::JournalGap;
    TimelineModel model;
    const QString run = runId(7);
    model.setRunId(run);
    const auto hole = [](qint64 fromMs, qint64 toMs, JournalGap::Reason reason) {
        return JournalGap{fromMs, toMs, reason};
    };
    const JournalGap before = hole(msAt(-20), msAt(-10), JournalGap::Reason::NotRunning);
    const JournalGap across = hole(msAt(-5), msAt(1), JournalGap::Reason::ConnectionLost); // over the start
    const JournalGap inside = hole(msAt(3), msAt(4), JournalGap::Reason::FellBehind);
    const JournalGap after = hole(msAt(30), msAt(40), JournalGap::Reason::NotRunning); // after its end
    QSignalSpy changed(&model, &TimelineModel::holesChanged);
    model.setHoles({after, inside, before, across});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.holes(), (QList<JournalGap>{before, across, inside, after})); // oldest first
    // No start known yet: no span, so no hole is the run's.
    QVERIFY(!model.runSpanMs(msAt(100)));
    QVERIFY(model.holesInRun(msAt(100)).isEmpty());

    model.applyEvents({runEvent(T::WorkflowStarted, run, at(0)),
                       runEvent(T::WorkflowStepCompleted, run, at(2), QStringLiteral("reserve"), {}, 1500)});
    // Running: the span reaches to now, so a hole after the last step is the run's too.
    QVERIFY(model.runSpanMs(msAt(100)) == std::make_optional(std::pair(msAt(0), msAt(100))));
    QCOMPARE(model.holesInRun(msAt(100)), (QList<JournalGap>{across, inside, after}));
    QCOMPARE(model.holesInRun(msAt(20)), (QList<JournalGap>{across, inside}));

    model.applyEvents({runEvent(T::WorkflowCompleted, run, at(9))});
    QVERIFY(model.runSpanMs(msAt(100)) == std::make_optional(std::pair(msAt(0), msAt(9))));
    QCOMPARE(model.holesInRun(msAt(100)), (QList<JournalGap>{across, inside}));

    model.setHoles({inside, across, after, before}); // the same holes in another order: no change
    QCOMPARE(changed.count(), 1);
    model.setRunId(runId(8)); // another run: none of its holes
    QVERIFY(model.holes().isEmpty());
    QCOMPARE(changed.count(), 2);
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timeline_model.moc"
