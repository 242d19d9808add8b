// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/RunState.h"

#include "models/SearchText.h"

#include <QList>
#include <QSortFilterProxyModel>
#include <vector>

namespace dispatch {

class WorkflowRunsModel;

// Filters and sorts a WorkflowRunsModel: by state (any of a set, Waiting among them), workflow name
// (substring) and free text (substring of run id, name, current step, failed step, error or the event a run
// waits for; case-insensitive). A waiting run is Waiting, not Running, for the state filter, as its badge
// says. Sorts by WorkflowRunsModel::SortRole. Rows are read through WorkflowRunsModel's direct accessors, not
// data(): a keystroke in the search field over 100 000 runs is budgeted at 50 ms (bench_models typing).
class WorkflowRunFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit WorkflowRunFilterProxy(QObject* parent = nullptr);

    // The source must be a WorkflowRunsModel; any other model is shown unfiltered.
    void setSourceModel(QAbstractItemModel* model) override;

    QList<dwp::RunState> states() const;
    // Empty and without `waiting`: every state. `waiting` shows the runs known to wait (WaitingForRole).
    void setStates(const QList<dwp::RunState>& states, bool waiting = false);
    bool showsWaiting() const { return m_waiting; }
    QString nameFilter() const { return m_name; }
    void setNameFilter(const QString& name);
    QString text() const { return m_text.pattern(); }
    void setText(const QString& text);
    // Whether any filter is set, so that the rows shown may be fewer than the runs seen.
    bool isFiltering() const
    {
        return m_stateMask != 0 || m_waiting || !m_name.isEmpty() || !m_text.isEmpty();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // Equal values (unknown times among them) order by arrival, so that newest first is newest first. The
    // state and time columns compare WorkflowRunsModel's numbers directly.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    const WorkflowRunsModel* m_runs = nullptr;
    quint32 m_stateMask = 0; // bit per dwp::RunState; 0 and no m_waiting = all
    bool m_waiting = false;
    QString m_name;
    SearchText m_text;
    // While refilter() sorts: the sort column's key of every source row, read in one sequential pass.
    std::vector<qint64> m_sortKeys;
};

} // namespace dispatch
