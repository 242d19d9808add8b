// SPDX-License-Identifier: MIT
// The event types a state filter means in the history: each job state's types are those whose event moves a
// job to that state (JobLifecycle), and every job event type says some state, so none is left out.
#include "models/JobLifecycle.h"
#include "models/StateEventTypes.h"
#include "protocol/EventType.h"

#include <QTest>

using namespace dispatch;
using dwp::JobState;
using dwp::RunState;
namespace Type = dwp::EventType;

class TestStateEventTypes : public QObject
{
    Q_OBJECT

private slots:
    void jobStates();
    void everyJobEventSaysAState();
    void runStates();
};

void TestStateEventTypes::jobStates()
{
    QCOMPARE(StateEventTypes::forJobStates({JobState::Failed}), QStringList({Type::JobFailed, Type::JobDlq}));
    QCOMPARE(StateEventTypes::forJobStates({JobState::Pending}), QStringList({Type::JobEnqueued}));
    QCOMPARE(StateEventTypes::forJobStates({JobState::Retrying, JobState::Running}),
             QStringList({Type::JobStarted, Type::JobRetrying}));
    QCOMPARE(StateEventTypes::forJobStates({JobState::Completed}), QStringList({Type::JobCompleted}));
    // DWP cancel emits no event (dwp-protocol.md §3): nothing in the history says a job was cancelled.
    QVERIFY(StateEventTypes::forJobStates({JobState::Cancelled}).isEmpty());
    QVERIFY(StateEventTypes::forJobStates({}).isEmpty());
}

void TestStateEventTypes::everyJobEventSaysAState()
{
    const QList<JobState> all = {JobState::Pending, JobState::Running,  JobState::Completed,
                                 JobState::Failed,  JobState::Retrying, JobState::Cancelled};
    const QStringList types = StateEventTypes::forJobStates(all);
    for (const QString& type : {Type::JobEnqueued, Type::JobStarted, Type::JobCompleted, Type::JobFailed,
                                Type::JobRetrying, Type::JobDlq}) {
        QVERIFY2(types.contains(type), qPrintable(type));
        const auto signal = JobLifecycle::signalForEventType(type);
        QVERIFY(signal);
        QVERIFY2(StateEventTypes::forJobStates({JobLifecycle::stateAfter(*signal)}).contains(type),
                 qPrintable(type));
    }
    QCOMPARE(types.size(), 6);
}

void TestStateEventTypes::runStates()
{
    QCOMPARE(StateEventTypes::forRunStates({RunState::Running}), QStringList({Type::WorkflowStarted}));
    QCOMPARE(StateEventTypes::forRunStates({RunState::Failed, RunState::Completed}),
             QStringList({Type::WorkflowCompleted, Type::WorkflowFailed}));
    QVERIFY(StateEventTypes::forRunStates({}).isEmpty());
}

QTEST_MAIN(TestStateEventTypes)
#include "tst_state_event_types.moc"
