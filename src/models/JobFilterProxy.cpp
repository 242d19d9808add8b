// SPDX-License-Identifier: MIT
#include "models/JobFilterProxy.h"

#include "models/JobsModel.h"

namespace dispatch {

JobFilterProxy::JobFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(JobsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

QList<dwp::JobState> JobFilterProxy::states() const
{
    QList<dwp::JobState> states;
    for (int bit = 0; bit < 32; ++bit) {
        if (m_stateMask & (1u << bit))
            states.append(dwp::JobState(bit));
    }
    return states;
}

void JobFilterProxy::setStates(const QList<dwp::JobState>& states)
{
    quint32 mask = 0;
    for (const dwp::JobState state : states)
        mask |= 1u << unsigned(state);
    if (mask == m_stateMask)
        return;
    m_stateMask = mask;
    refilter();
}

void JobFilterProxy::setQueue(const QString& queue)
{
    if (queue == m_queue)
        return;
    m_queue = queue;
    refilter();
}

void JobFilterProxy::setNameFilter(const QString& name)
{
    if (name == m_name)
        return;
    m_name = name;
    refilter();
}

void JobFilterProxy::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_textMatcher = QStringMatcher(text, Qt::CaseInsensitive);
    refilter();
}

bool JobFilterProxy::isFiltering() const
{
    return m_stateMask != 0 || !m_queue.isEmpty() || !m_name.isEmpty() || !m_text.isEmpty();
}

void JobFilterProxy::refilter()
{
    // Not invalidateFilter(): Qt 6.4 applies that row by row, erasing each run of newly hidden rows from its
    // mapping separately, which is quadratic (about 300 ms of 100 000 jobs for a filter that keeps 1 in 7,
    // bench_models). invalidate() drops the mapping and rebuilds it in one pass, in a layout change that
    // keeps persistent indexes (selections) of the rows still shown.
    invalidate();
}

void JobFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_jobs = qobject_cast<const JobsModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool JobFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_jobs || sourceParent.isValid())
        return true;
    if (m_stateMask != 0) {
        const int state = m_jobs->stateOf(sourceRow);
        if (state < 0 || (m_stateMask & (1u << unsigned(state))) == 0)
            return false;
    }
    if (!m_queue.isEmpty() && m_jobs->queueOf(sourceRow) != m_queue)
        return false;
    if (!m_name.isEmpty() && !m_jobs->nameOf(sourceRow).contains(m_name, Qt::CaseInsensitive))
        return false;
    return m_text.isEmpty() || m_jobs->rowContainsText(sourceRow, m_textMatcher);
}

bool JobFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (m_jobs && left.column() == right.column()) {
        const auto leftKey = m_jobs->numericSortKey(left.row(), left.column());
        const auto rightKey = m_jobs->numericSortKey(right.row(), right.column());
        // Equal keys (unknown times among them) order by arrival, so that newest first is newest first.
        if (leftKey && rightKey)
            return *leftKey != *rightKey ? *leftKey < *rightKey : left.row() < right.row();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace dispatch
