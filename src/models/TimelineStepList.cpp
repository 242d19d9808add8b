// SPDX-License-Identifier: MIT
#include "models/TimelineStepList.h"

#include <algorithm>

namespace dispatch {

using modeltime::kUnknown;
using State = TimelineStep::State;

namespace {

// "parallel:<group>" marks the end of a whole group; its members are "parallel:<group>:<i>" (§4).
bool isParallelGroupMarker(const QString& name)
{
    return name.startsWith(QLatin1String("parallel:")) && name.count(QLatin1Char(':')) == 1;
}

} // namespace

int TimelineStepList::find(const QString& stepName) const
{
    if (stepName.isEmpty())
        return -1;
    for (int row = 0; row < m_steps.size(); ++row) {
        if (m_steps.at(row).name == stepName)
            return row;
    }
    return -1;
}

bool TimelineStepList::hasOpenNamedStep() const
{
    return std::any_of(m_steps.cbegin(), m_steps.cend(),
                       [](const TimelineStep& step) { return step.isOpen() && !step.placeholder; });
}

int TimelineStepList::insertPosition(const TimelineStep& step) const
{
    if (step.isOpen())
        return int(m_steps.size()) - (!m_steps.isEmpty() && m_steps.last().placeholder ? 1 : 0);
    for (int row = 0; row < m_steps.size(); ++row) {
        const TimelineStep& existing = m_steps.at(row);
        if (existing.isOpen() && !heldBy(existing, step))
            return row;
        if (!existing.isOpen() && existing.endNanos > step.endNanos)
            return row;
    }
    return int(m_steps.size());
}

bool TimelineStepList::heldBy(const TimelineStep& wait, const TimelineStep& closed)
{
    // WaitForEvent holds the whole run (dwp-protocol.md §3), so a step that ended after the wait began ran
    // after it. Nothing moves the wait row when it closes later, so the step must go below it now, or the run
    // reads "ship, wait, notify" for good.
    if (wait.state != TimelineStep::State::Waiting || wait.knownStartMs == kUnknown)
        return false;
    return closed.endNanos != kUnknown && closed.endNanos / 1000000 > wait.knownStartMs;
}

void TimelineStepList::merge(TimelineStep& row, const TimelineStep& update)
{
    const bool wasOpen = row.isOpen();
    if (update.isOpen()) {
        // beginStep: a step that has already ended stays ended.
        if (wasOpen && row.knownStartMs == kUnknown)
            row.knownStartMs = update.knownStartMs;
        return;
    }
    if (update.hasCheckpoint) {
        row.hasCheckpoint = true;
        row.data = update.data;
        row.dataText = update.dataText;
        row.dataKind = update.dataKind;
    }
    if (row.elapsedMs == kUnknown)
        row.elapsedMs = update.elapsedMs;
    // Done against failed: the later report wins (a step that failed, then succeeded on a replay). The
    // same state again is a duplicate or the other source confirming it, and changes nothing.
    if (wasOpen || (update.state != row.state && update.endNanos > row.endNanos)) {
        row.state = update.state;
        row.error = update.error;
    }
    if (wasOpen || row.endMs == kUnknown) {
        row.endMs = update.endMs;
        row.endNanos = update.endNanos;
    }
}

qint64 TimelineStepList::startOf(int row, qint64 runStartMs) const
{
    const TimelineStep& step = m_steps.at(row);
    if (step.knownStartMs != kUnknown)
        return step.knownStartMs;
    if (step.elapsedMs != kUnknown && step.endMs != kUnknown && !step.isOpen())
        return step.endMs - step.elapsedMs;
    if (isParallelGroupMarker(step.name)) {
        const QString memberPrefix = step.name + QLatin1Char(':');
        qint64 earliest = kUnknown;
        for (int member = 0; member < m_steps.size(); ++member) {
            if (m_steps.at(member).name.startsWith(memberPrefix)) {
                const qint64 start = startOf(member, runStartMs);
                if (start != kUnknown && (earliest == kUnknown || start < earliest))
                    earliest = start;
            }
        }
        if (earliest != kUnknown)
            return earliest;
    }
    for (int previous = row - 1; previous >= 0; --previous) {
        const TimelineStep& before = m_steps.at(previous);
        if (!before.isOpen() && before.endMs != kUnknown)
            return before.endMs;
    }
    return runStartMs;
}

qint64 TimelineStepList::durationOf(int row, qint64 runStartMs) const
{
    const TimelineStep& step = m_steps.at(row);
    const qint64 start = startOf(row, runStartMs);
    if (step.isOpen() || start == kUnknown || step.endMs == kUnknown)
        return kUnknown;
    return std::max<qint64>(0, step.endMs - start);
}

} // namespace dispatch
