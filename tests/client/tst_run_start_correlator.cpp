// SPDX-License-Identifier: MIT
// RunStartCorrelator without a network: a workflow.start learns its run id from whichever comes first, the
// run's workflow.started event on the main connection or the start's own answer (dwp-protocol.md §3), and
// an event whose run was already answered is never handed to another start of the same name.
#include "client/RunStartCorrelator.h"
#include "protocol/EventType.h"

#include <QStringList>
#include <QTest>

using dispatch::RunStartCorrelator;

namespace {

dwp::StreamEvent started(const QString& runId, const QString& name)
{
    dwp::WorkflowEventData data;
    data.runId = runId;
    data.name = name;
    return dwp::StreamEvent::forWorkflow(dwp::EventType::WorkflowStarted, data);
}

// What each start was told, in order: "<start>=<run id>".
struct Told
{
    QStringList lines;
    RunStartCorrelator::RunIdKnown as(const QString& start)
    {
        return [this, start](const QString& runId) { lines.append(start + u'=' + runId); };
    }
};

const QString kOrder = QStringLiteral("order-pipeline");

} // namespace

class RunStartCorrelatorTest : public QObject
{
    Q_OBJECT

private slots:
    void theEventBeforeTheAnswerTellsTheStartOnce()
    {
        RunStartCorrelator correlator;
        Told told;
        const quint64 ticket = correlator.expect(kOrder, told.as(QStringLiteral("a")));
        correlator.onEvent(started(QStringLiteral("wfrun_1"), kOrder));
        QCOMPARE(told.lines, QStringList{QStringLiteral("a=wfrun_1")});
        correlator.answered(ticket, QStringLiteral("wfrun_1"));
        correlator.forget(ticket);
        QCOMPARE(told.lines, QStringList{QStringLiteral("a=wfrun_1")}); // not told twice
        QCOMPARE(correlator.waitingStarts(), 0);
    }

    // The answer comes first (a short run: the event travels on the other connection). The start is told by
    // the answer, and the run's late workflow.started must not go to the next start of that name.
    void anAnswerBeforeTheEventKeepsTheEventFromOtherStarts()
    {
        RunStartCorrelator correlator;
        Told told;
        const quint64 first = correlator.expect(kOrder, told.as(QStringLiteral("a")));
        correlator.expect(kOrder, told.as(QStringLiteral("b")));
        correlator.answered(first, QStringLiteral("wfrun_1"));
        correlator.forget(first);
        QCOMPARE(told.lines, QStringList{QStringLiteral("a=wfrun_1")});

        correlator.onEvent(started(QStringLiteral("wfrun_1"), kOrder)); // a's, late
        QCOMPARE(told.lines, QStringList{QStringLiteral("a=wfrun_1")});
        // Positive control in the same window: b's own event reaches b.
        correlator.onEvent(started(QStringLiteral("wfrun_2"), kOrder));
        QCOMPARE(told.lines, (QStringList{QStringLiteral("a=wfrun_1"), QStringLiteral("b=wfrun_2")}));
    }

    void theOldestStartOfThatNameIsTold()
    {
        RunStartCorrelator correlator;
        Told told;
        correlator.expect(QStringLiteral("nightly-report"), told.as(QStringLiteral("report")));
        correlator.expect(kOrder, told.as(QStringLiteral("a")));
        correlator.expect(kOrder, told.as(QStringLiteral("b")));
        correlator.onEvent(started(QStringLiteral("wfrun_1"), kOrder));
        correlator.onEvent(started(QStringLiteral("wfrun_2"), kOrder));
        QCOMPARE(told.lines, (QStringList{QStringLiteral("a=wfrun_1"), QStringLiteral("b=wfrun_2")}));
        QCOMPARE(correlator.waitingStarts(), 1); // the report is still waiting
    }

    void otherEventsAndForgottenStartsTellNobody()
    {
        RunStartCorrelator correlator;
        Told told;
        const quint64 ticket = correlator.expect(kOrder, told.as(QStringLiteral("a")));
        dwp::WorkflowEventData data;
        data.runId = QStringLiteral("wfrun_1");
        data.name = kOrder;
        correlator.onEvent(dwp::StreamEvent::forWorkflow(dwp::EventType::WorkflowCompleted, data));
        correlator.onEvent(started(QStringLiteral("wfrun_1"), QStringLiteral("other")));
        QVERIFY(told.lines.isEmpty());
        correlator.forget(ticket);
        correlator.onEvent(started(QStringLiteral("wfrun_1"), kOrder));
        correlator.answered(ticket, QStringLiteral("wfrun_1"));
        QVERIFY(told.lines.isEmpty());
        // Positive control: a new start of that name hears the next event.
        correlator.expect(kOrder, told.as(QStringLiteral("b")));
        correlator.onEvent(started(QStringLiteral("wfrun_2"), kOrder));
        QCOMPARE(told.lines, QStringList{QStringLiteral("b=wfrun_2")});
    }

    // A callback may end other starts (its coroutine resumes and finishes).
    void aCallbackMayForgetAnotherStart()
    {
        RunStartCorrelator correlator;
        Told told;
        quint64 second = 0;
        correlator.expect(kOrder, [&](const QString& runId) {
            told.lines.append(QStringLiteral("a=") + runId);
            correlator.forget(second);
        });
        second = correlator.expect(kOrder, told.as(QStringLiteral("b")));
        correlator.onEvent(started(QStringLiteral("wfrun_1"), kOrder));
        correlator.onEvent(started(QStringLiteral("wfrun_2"), kOrder));
        QCOMPARE(told.lines, QStringList{QStringLiteral("a=wfrun_1")});
        QCOMPARE(correlator.waitingStarts(), 0);
    }

    // Answered runs whose event never comes (the workflows topic was released first) are kept in a bounded
    // list: past it, the oldest one's event is an ordinary event again.
    void answeredRunsAreBounded()
    {
        RunStartCorrelator correlator;
        Told told;
        for (qsizetype i = 0; i <= RunStartCorrelator::kAnsweredRunsKept; ++i) {
            const quint64 ticket = correlator.expect(kOrder, {});
            correlator.answered(ticket, QStringLiteral("wfrun_answered_%1").arg(i));
        }
        correlator.expect(kOrder, told.as(QStringLiteral("late")));
        correlator.onEvent(started(QStringLiteral("wfrun_answered_1"), kOrder)); // still remembered
        QVERIFY(told.lines.isEmpty());
        correlator.onEvent(started(QStringLiteral("wfrun_answered_0"), kOrder)); // forgotten
        QCOMPARE(told.lines, QStringList{QStringLiteral("late=wfrun_answered_0")});
    }
};

QTEST_GUILESS_MAIN(RunStartCorrelatorTest)
#include "tst_run_start_correlator.moc"
