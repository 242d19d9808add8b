// SPDX-License-Identifier: MIT
#include "models/EventFilterProxy.h"

#include "models/EventLogModel.h"

namespace dispatch {

EventFilterProxy::EventFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EventLogModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void EventFilterProxy::setTypes(const QStringList& types)
{
    if (types == m_types)
        return;
    m_types = types;
    invalidateFilter();
}

void EventFilterProxy::setTopicFilter(const QString& topic)
{
    if (topic == m_topic)
        return;
    m_topic = topic;
    invalidateFilter();
}

void EventFilterProxy::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool EventFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == EventLogModel::TimeColumn && right.column() == EventLogModel::TimeColumn)
        return left.row() < right.row();
    return QSortFilterProxyModel::lessThan(left, right);
}

bool EventFilterProxy::typeMatches(const QString& type) const
{
    if (m_types.isEmpty())
        return true;
    for (const QString& wanted : m_types) {
        if (wanted.endsWith(QLatin1Char('.')) ? type.startsWith(wanted) : type == wanted)
            return true;
    }
    return false;
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString type = index.data(EventLogModel::TypeRole).toString();
    if (!typeMatches(type))
        return false;
    const QString topic = index.data(EventLogModel::TopicRole).toString();
    if (!m_topic.isEmpty() && !topic.contains(m_topic, Qt::CaseInsensitive))
        return false;
    if (m_text.isEmpty())
        return true;
    return type.contains(m_text, Qt::CaseInsensitive) || topic.contains(m_text, Qt::CaseInsensitive) ||
           index.data(EventLogModel::DataJsonRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace dispatch
