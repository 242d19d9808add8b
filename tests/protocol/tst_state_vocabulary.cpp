// SPDX-License-Identifier: MIT
#include "protocol/StateVocabulary.h"

#include <QTest>

using namespace dwp;

class StateVocabularyTest : public QObject
{
    Q_OBJECT

private slots:
    void everyStateHasALabelAndATone()
    {
        for (const JobState state : {JobState::Pending, JobState::Running, JobState::Completed,
                                     JobState::Failed, JobState::Retrying, JobState::Cancelled}) {
            QVERIFY(StateVocabulary::isKnown(jobStateName(state)));
            QVERIFY(StateVocabulary::label(state) != jobStateName(state)); // a label, not the raw name
        }
        for (const RunState state : kRunStates)
            QVERIFY(StateVocabulary::isKnown(runStateName(state)));
        for (const StepState state : kStepStates)
            QVERIFY(StateVocabulary::isKnown(stepStateName(state)));
    }

    void aFinishedStepReadsLikeAFinishedJobAndRun()
    {
        // The regression behind the table: a step read "done" as text and "Completed" as a badge.
        QCOMPARE(StateVocabulary::label(StepState::Completed), QStringLiteral("Completed"));
        QCOMPARE(StateVocabulary::label(StepState::Completed), StateVocabulary::label(JobState::Completed));
        QCOMPARE(StateVocabulary::label(RunState::Completed), StateVocabulary::label(JobState::Completed));
        QCOMPARE(StateVocabulary::label(RunState::Failed), StateVocabulary::label(StepState::Failed));
        QCOMPARE(StateVocabulary::label(StepState::Waiting), QStringLiteral("Waiting"));
    }

    void tonesSayWhatAStateMeans()
    {
        QCOMPARE(StateVocabulary::tone(JobState::Pending), StateTone::Neutral);
        QCOMPARE(StateVocabulary::tone(JobState::Running), StateTone::Active);
        QCOMPARE(StateVocabulary::tone(JobState::Completed), StateTone::Success);
        QCOMPARE(StateVocabulary::tone(JobState::Failed), StateTone::Failure);
        QCOMPARE(StateVocabulary::tone(JobState::Retrying), StateTone::Warning);
        QCOMPARE(StateVocabulary::tone(JobState::Cancelled), StateTone::Muted);
        QCOMPARE(StateVocabulary::tone(StepState::Waiting), StateTone::Waiting);
        QCOMPARE(StateVocabulary::tone(RunState::Failed), StateTone::Failure);
    }

    void namesMatchIgnoringCaseAndBlanks()
    {
        QCOMPARE(StateVocabulary::label(u" Completed "), QStringLiteral("Completed"));
        QCOMPARE(StateVocabulary::tone(u"FAILED"), StateTone::Failure);
    }

    void anUnknownStateIsShownAsSentInTheNeutralTone()
    {
        QVERIFY(!StateVocabulary::isKnown(u"paused"));
        QCOMPARE(StateVocabulary::label(u"paused"), QStringLiteral("paused"));
        QCOMPARE(StateVocabulary::tone(u"paused"), StateTone::Neutral);
        QCOMPARE(StateVocabulary::label(u""), QString());
    }

    void stateNamesRoundTrip()
    {
        for (const RunState state : kRunStates)
            QCOMPARE(runStateFromName(runStateName(state)), std::optional<RunState>(state));
        for (const StepState state : kStepStates)
            QCOMPARE(stepStateFromName(stepStateName(state)), std::optional<StepState>(state));
        QCOMPARE(runStateFromName(u"cancelled"), std::nullopt); // runs have no cancelled state (§4)
        QCOMPARE(stepStateFromName(u"done"), std::nullopt);
        QCOMPARE(stepStateName(StepState::Completed), QStringLiteral("completed"));
    }
};

QTEST_GUILESS_MAIN(StateVocabularyTest)
#include "tst_state_vocabulary.moc"
