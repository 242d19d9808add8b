// SPDX-License-Identifier: MIT
#pragma once

#include "models/TimelineStep.h"

#include <QList>

namespace dispatch {

// The ordered steps of one run with the rules TimelineModel relies on, kept apart from the model's signal
// bookkeeping: where a new step goes, how two reports of one step merge, and the times derived from
// neighbours. Order: closed steps by end time, then open steps, then the placeholder (always last) — except
// that a step which ended after an open wait began goes below that wait (heldBy).
class TimelineStepList
{
public:
    qsizetype size() const { return m_steps.size(); }
    bool isEmpty() const { return m_steps.isEmpty(); }
    const TimelineStep& at(qsizetype row) const { return m_steps.at(row); }
    TimelineStep& operator[](qsizetype row) { return m_steps[row]; }
    void insert(qsizetype row, const TimelineStep& step) { m_steps.insert(row, step); }
    void append(const TimelineStep& step) { m_steps.append(step); }
    void removeLast() { m_steps.removeLast(); }
    void clear() { m_steps.clear(); }

    int find(const QString& stepName) const; // -1 when unknown; the placeholder has no name
    bool hasPlaceholder() const { return !m_steps.isEmpty() && m_steps.last().placeholder; }
    bool hasOpenNamedStep() const;
    // Where `step` belongs: open steps go above the placeholder, closed ones by end time above open ones,
    // but below an open wait that held them back.
    int insertPosition(const TimelineStep& step) const;

    // Folds another report of the same step into `row` (see the rules in the definition).
    static void merge(TimelineStep& row, const TimelineStep& update);

    // The derived start: known start, else end − the engine's elapsed, else (a parallel group marker) its
    // first member's start, else the previous step's end, else the run start.
    qint64 startOf(int row, qint64 runStartMs) const;
    qint64 durationOf(int row, qint64 runStartMs) const; // kUnknown while open or when the start is unknown

private:
    // True when `closed` ended after the open `wait` began, so it ran after that wait.
    static bool heldBy(const TimelineStep& wait, const TimelineStep& closed);

    QList<TimelineStep> m_steps;
};

} // namespace dispatch
