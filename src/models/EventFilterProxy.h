// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace dispatch {

// Filters and sorts an EventLogModel: by type (any of a list; an entry ending in '.' such as "job." matches
// the whole family), topic (substring, so "job:" shows every job topic and a full topic one entity) and free
// text (substring of type, topic or the event's data; case-insensitive). Sorts by EventLogModel::SortRole,
// which orders the time column by arrival; the time column compares source rows, which are in arrival order.
class EventFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterProxy(QObject* parent = nullptr);

    QStringList types() const { return m_types; }
    void setTypes(const QStringList& types); // empty: every type
    QString topicFilter() const { return m_topic; }
    void setTopicFilter(const QString& topic);
    QString text() const { return m_text; }
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // The log only appends and drops its oldest, so on the time column a row's number is its arrival: no
    // data() call per comparison when 100 000 events are sorted newest first.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool typeMatches(const QString& type) const;

    QStringList m_types;
    QString m_topic;
    QString m_text;
};

} // namespace dispatch
