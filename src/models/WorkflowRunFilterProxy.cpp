// SPDX-License-Identifier: MIT
#include "models/WorkflowRunFilterProxy.h"

#include "models/WorkflowRunsModel.h"

namespace dispatch {

WorkflowRunFilterProxy::WorkflowRunFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(WorkflowRunsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

QList<dwp::RunState> WorkflowRunFilterProxy::states() const
{
    QList<dwp::RunState> states;
    for (const dwp::RunState state : dwp::kRunStates) {
        if (m_stateMask & (1u << unsigned(state)))
            states.append(state);
    }
    return states;
}

void WorkflowRunFilterProxy::setStates(const QList<dwp::RunState>& states, bool waiting)
{
    quint32 mask = 0;
    for (const dwp::RunState state : states)
        mask |= 1u << unsigned(state);
    if (mask == m_stateMask && waiting == m_waiting)
        return;
    m_stateMask = mask;
    m_waiting = waiting;
    invalidateFilter();
}

void WorkflowRunFilterProxy::setNameFilter(const QString& name)
{
    if (name == m_name)
        return;
    m_name = name;
    invalidateFilter();
}

void WorkflowRunFilterProxy::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool WorkflowRunFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_stateMask != 0 || m_waiting) {
        const bool waits = !index.data(WorkflowRunsModel::WaitingForRole).toString().isEmpty();
        const int state = index.data(WorkflowRunsModel::StateRole).toInt();
        if (waits ? !m_waiting : state < 0 || (m_stateMask & (1u << unsigned(state))) == 0)
            return false;
    }
    if (!m_name.isEmpty() &&
        !index.data(WorkflowRunsModel::NameRole).toString().contains(m_name, Qt::CaseInsensitive))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int role : {WorkflowRunsModel::IdRole, WorkflowRunsModel::NameRole,
                           WorkflowRunsModel::CurrentStepRole, WorkflowRunsModel::FailedStepRole,
                           WorkflowRunsModel::ErrorRole, WorkflowRunsModel::WaitingForRole}) {
        if (index.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool WorkflowRunFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (QSortFilterProxyModel::lessThan(left, right))
        return true;
    if (QSortFilterProxyModel::lessThan(right, left))
        return false;
    return left.row() < right.row();
}

} // namespace dispatch
