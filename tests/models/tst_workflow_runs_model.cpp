// SPDX-License-Identifier: MIT
// WorkflowRunsModel: the run state table (out of order, duplicates), workflow.get merges, coalesced signals.
#include "ModelEventFactory.h"
#include "models/WorkflowRunsModel.h"
#include "protocol/ServerText.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using dispatch::WorkflowRunsModel;
using dwp::RunState;
namespace T = dwp::EventType;
using namespace modeltest;

namespace {

// "start@1", "step:<name>@2", "stepfail:<name>@3", "done@4", "fail@5" (fail carries error "run failed",
// stepfail "step failed").
QList<dwp::StreamEvent> script(const QString& run, const QString& text)
{
    QList<dwp::StreamEvent> events;
    for (const QString& token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = token.split(QLatin1Char('@'));
        const dwp::Timestamp ts = at(parts.at(1).toLongLong());
        const QStringList head = parts.at(0).split(QLatin1Char(':'));
        const QString kind = head.at(0);
        if (kind == QLatin1String("start"))
            events.append(runEvent(T::WorkflowStarted, run, ts));
        else if (kind == QLatin1String("step"))
            events.append(runEvent(T::WorkflowStepCompleted, run, ts, head.at(1)));
        else if (kind == QLatin1String("stepfail"))
            events.append(
                runEvent(T::WorkflowStepFailed, run, ts, head.at(1), QStringLiteral("step failed")));
        else if (kind == QLatin1String("done"))
            events.append(runEvent(T::WorkflowCompleted, run, ts));
        else if (kind == QLatin1String("fail"))
            events.append(runEvent(T::WorkflowFailed, run, ts, {}, QStringLiteral("run failed")));
    }
    return events;
}

} // namespace

class TestWorkflowRunsModel : public QObject
{
    Q_OBJECT

private slots:
    void stateTable_data();
    void stateTable();
    void upsertMergesUnlessOvertaken();
    void elapsedFromEngineWins();
    void batchCoalescesSignals();
    void serverTextIsCutForDisplay();
};

void TestWorkflowRunsModel::stateTable_data()
{
    QTest::addColumn<QString>("events");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("currentStep");
    QTest::addColumn<QString>("failedStep");
    QTest::addColumn<QString>("error");
    QTest::addColumn<qint64>("durationMs"); // -1: none

    const auto row = [](const char* name, const char* events, RunState state, const char* current,
                        const char* failed, const char* error, qint64 duration) {
        QTest::newRow(name) << QString::fromLatin1(events) << int(state) << QString::fromLatin1(current)
                            << QString::fromLatin1(failed) << QString::fromLatin1(error) << duration;
    };
    row("happy path", "start@1 step:a@2 step:b@3 done@4", RunState::Completed, "b", "", "", 3000);
    row("running", "start@1 step:a@2", RunState::Running, "a", "", "", -1);
    row("completed before started", "done@4 start@1", RunState::Completed, "", "", "", 3000);
    row("step after completion", "start@1 done@4 step:a@2", RunState::Completed, "a", "", "", 3000);
    row("failed stays failed", "start@1 fail@4 done@5", RunState::Failed, "", "", "run failed", 3000);
    row("completed stays completed", "start@1 done@4 fail@5", RunState::Completed, "", "", "", 3000);
    row("duplicates", "start@1 start@1 step:a@2 step:a@2", RunState::Running, "a", "", "", -1);
    row("steps out of order", "start@1 step:b@3 step:a@2", RunState::Running, "b", "", "", -1);
    row("failed step", "start@1 step:a@2 stepfail:charge@3 fail@3", RunState::Failed, "charge", "charge",
        "run failed", 2000);
    row("failed step, run still running", "start@1 stepfail:charge@3", RunState::Running, "charge", "charge",
        "step failed", -1);
    row("only a step seen", "step:a@2", RunState::Running, "a", "", "", -1);
}

void TestWorkflowRunsModel::stateTable()
{
    QFETCH(QString, events);
    QFETCH(int, state);
    QFETCH(QString, currentStep);
    QFETCH(QString, failedStep);
    QFETCH(QString, error);
    QFETCH(qint64, durationMs);

    for (const bool oneBatch : {false, true}) {
        WorkflowRunsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString run = runId(1);
        const QList<dwp::StreamEvent> all = script(run, events);
        if (oneBatch) {
            model.applyEvents(all);
        } else {
            for (const dwp::StreamEvent& event : all)
                model.applyEvents({event});
        }
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex index = model.index(model.rowOf(run), 0);
        QCOMPARE(index.data(WorkflowRunsModel::StateRole).toInt(), state);
        QCOMPARE(index.data(WorkflowRunsModel::CurrentStepRole).toString(), currentStep);
        QCOMPARE(index.data(WorkflowRunsModel::FailedStepRole).toString(), failedStep);
        QCOMPARE(index.data(WorkflowRunsModel::ErrorRole).toString(), error);
        const QVariant duration = index.data(WorkflowRunsModel::DurationMsRole);
        if (durationMs < 0)
            QVERIFY(!duration.isValid());
        else
            QCOMPARE(duration.toLongLong(), durationMs);
        QCOMPARE(index.data(WorkflowRunsModel::NameRole).toString(), QStringLiteral("checkout"));
    }
}

void TestWorkflowRunsModel::upsertMergesUnlessOvertaken()
{
    WorkflowRunsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString run = runId(2);
    model.applyEvents(script(run, QStringLiteral("start@1 step:a@2 done@6")));

    dwp::WorkflowRun stale;
    stale.id = run;
    stale.name = QStringLiteral("checkout");
    stale.state = QStringLiteral("running");
    stale.startedAt = at(1);
    stale.updatedAt = at(2);
    stale.parentRunId = runId(1);
    model.upsertRun(stale);
    const QModelIndex index = model.index(0, 0);
    QCOMPARE(index.data(WorkflowRunsModel::StateRole).toInt(), int(RunState::Completed));
    QCOMPARE(index.data(WorkflowRunsModel::ParentRunIdRole).toString(), runId(1));
    QVERIFY(index.data(WorkflowRunsModel::FetchedRole).toBool());

    // A run first known from workflow.get (e.g. opened by id) is inserted; its state is taken as is.
    QSignalSpy inserted(&model, &WorkflowRunsModel::rowsInserted);
    dwp::WorkflowRun other;
    other.id = runId(3);
    other.name = QStringLiteral("refund");
    other.state = QStringLiteral("failed");
    other.error = QStringLiteral("payment provider unavailable");
    other.startedAt = at(10);
    other.completedAt = at(12);
    other.updatedAt = at(12);
    model.upsertRun(other);
    QCOMPARE(inserted.size(), 1);
    const QModelIndex second = model.index(model.rowOf(other.id), 0);
    QCOMPARE(second.data(WorkflowRunsModel::StateRole).toInt(), int(RunState::Failed));
    QCOMPARE(second.data(WorkflowRunsModel::DurationMsRole).toLongLong(), 2000);
    QCOMPARE(model.index(second.row(), WorkflowRunsModel::ErrorColumn).data().toString(), other.error);
    QCOMPARE(model.index(second.row(), WorkflowRunsModel::StateColumn).data().toString(),
             QStringLiteral("Failed"));
}

void TestWorkflowRunsModel::elapsedFromEngineWins()
{
    WorkflowRunsModel model;
    const QString run = runId(4);
    model.applyEvents(
        {runEvent(T::WorkflowStarted, run, at(1)), runEvent(T::WorkflowCompleted, run, at(9), {}, {}, 7421)});
    QCOMPARE(model.index(0, 0).data(WorkflowRunsModel::DurationMsRole).toLongLong(), 7421);
    QCOMPARE(model.index(0, WorkflowRunsModel::DurationColumn).data().toString(), QStringLiteral("7.4 s"));
}

void TestWorkflowRunsModel::batchCoalescesSignals()
{
    WorkflowRunsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &WorkflowRunsModel::rowsInserted);
    QSignalSpy changed(&model, &WorkflowRunsModel::dataChanged);
    QSignalSpy reset(&model, &WorkflowRunsModel::modelReset);
    QList<dwp::StreamEvent> batch;
    for (int run = 0; run < 2000; ++run) {
        const QString id = runId(run);
        batch << runEvent(T::WorkflowStarted, id, at(run))
              << runEvent(T::WorkflowStepCompleted, id, at(run + 1), QStringLiteral("a"))
              << runEvent(T::WorkflowStepCompleted, id, at(run + 2), QStringLiteral("b"))
              << runEvent(T::WorkflowStepCompleted, id, at(run + 3), QStringLiteral("c"));
    }
    model.applyEvents(batch);
    QCOMPARE(model.rowCount(), 2000);
    QCOMPARE(inserted.size(), 1);
    batch.clear();
    for (int run = 0; run < 2000; ++run)
        batch << runEvent(T::WorkflowCompleted, runId(run), at(run + 4));
    model.applyEvents(batch);
    QCOMPARE(inserted.size(), 1);
    QVERIFY(changed.size() >= 1 && changed.size() <= 8);
    QCOMPARE(reset.size(), 0);
}

// Issue 16 item 4: a run's name, steps and error are shown cut to a display length on one line; the whole
// error stays for the run's detail view.
void TestWorkflowRunsModel::serverTextIsCutForDisplay()
{
    WorkflowRunsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString hugeName(100 * 1024, u'n');
    const QString hugeStep(100 * 1024, u's');
    const QString hugeError = QStringLiteral("first line\n") + QString(2 * 1024 * 1024, u'e');
    model.applyEvents({runEvent(T::WorkflowStarted, runId(1), at(1), {}, {}, 0, hugeName),
                       runEvent(T::WorkflowStepFailed, runId(1), at(2), hugeStep, hugeError, 0, hugeName),
                       runEvent(T::WorkflowFailed, runId(1), at(3), {}, hugeError, 0, hugeName),
                       runEvent(T::WorkflowFailed, runId(2), at(3), {}, QStringLiteral("boom"))});
    const QModelIndex row = model.index(0, 0);
    QCOMPARE(row.data(WorkflowRunsModel::NameRole).toString().size(), dwp::ServerText::kDisplayNameChars + 1);
    QCOMPARE(row.data(WorkflowRunsModel::FailedStepRole).toString().size(),
             dwp::ServerText::kDisplayNameChars + 1);
    const QModelIndex errorCell = model.index(0, WorkflowRunsModel::ErrorColumn);
    QCOMPARE(errorCell.data().toString().size(), dwp::ServerText::kDisplayErrorChars + 1);
    QVERIFY(errorCell.data().toString().startsWith(QStringLiteral("first line e"))); // one line
    QCOMPARE(errorCell.data(Qt::ToolTipRole).toString().size(), dwp::ServerText::kDisplayErrorChars + 1);
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(model.index(0, column).data().toString().size() <= dwp::ServerText::kDisplayErrorChars + 1);
    QCOMPARE(row.data(WorkflowRunsModel::ErrorRole).toString(), hugeError); // whole for the detail view
    // positive control: ordinary text is kept as it is
    QCOMPARE(model.index(1, WorkflowRunsModel::ErrorColumn).data().toString(), QStringLiteral("boom"));
    QCOMPARE(model.index(1, 0).data(WorkflowRunsModel::NameRole).toString(), QStringLiteral("checkout"));
}

QTEST_GUILESS_MAIN(TestWorkflowRunsModel)
#include "tst_workflow_runs_model.moc"
