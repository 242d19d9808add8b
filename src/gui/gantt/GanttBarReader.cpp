// SPDX-License-Identifier: MIT
#include "gui/gantt/GanttBarReader.h"

#include <QAbstractItemModel>
#include <QDateTime>

namespace dispatch {

namespace {

bool readTime(const QVariant& value, qint64& ms)
{
    if (!value.isValid() || value.isNull())
        return false;
    if (value.metaType().id() == QMetaType::QDateTime) {
        const QDateTime time = value.toDateTime();
        if (!time.isValid())
            return false;
        ms = time.toMSecsSinceEpoch();
        return true;
    }
    bool ok = false;
    ms = value.toLongLong(&ok);
    return ok;
}

} // namespace

QList<GanttBar> GanttBarReader::read(const QAbstractItemModel* model, const GanttFields& fields, qint64 nowMs)
{
    return model ? readRows(model, fields, nowMs, 0, model->rowCount() - 1) : QList<GanttBar>();
}

QList<GanttBar> GanttBarReader::readRows(const QAbstractItemModel* model, const GanttFields& fields,
                                         qint64 nowMs, int first, int last)
{
    QList<GanttBar> bars;
    if (!model)
        return bars;
    first = qMax(0, first);
    last = qMin(last, model->rowCount() - 1);
    bars.reserve(qMax(0, last - first + 1));
    for (int row = first; row <= last; ++row) {
        const auto value = [&](const GanttFields::Field& field) {
            return model->index(row, field.column).data(field.role);
        };
        GanttBar bar;
        bar.label = value(fields.label).toString();
        bar.state = value(fields.state).toString();
        bar.hasStart = readTime(value(fields.start), bar.startMs);
        bar.open = !readTime(value(fields.end), bar.endMs);
        if (bar.open)
            bar.endMs = qMax(nowMs, bar.startMs);
        if (fields.duration.column >= 0) {
            bar.reportsDuration = true;
            qint64 duration = 0;
            if (readTime(value(fields.duration), duration)) // a number of milliseconds reads the same way
                bar.reportedDurationMs = duration;
        }
        bars.append(bar);
    }
    return bars;
}

} // namespace dispatch
