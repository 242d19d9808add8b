// SPDX-License-Identifier: MIT
#include "models/ItemRecord.h"

#include "models/JobsModel.h"
#include "models/WorkflowRunsModel.h"

#include <QDateTime>
#include <QJsonValue>
#include <span>

namespace dispatch {

namespace {

// How a role's value goes into the record.
enum class As
{
    Value,      // as the model gives it (invalid stays null)
    TextOrNull, // an empty text is unknown
    Time,       // RFC 3339 UTC with milliseconds
};

struct FieldSpec
{
    const char* key;
    int role;
    As as;
};

// Each kind's fields, written once: of() reads them, keysFor() names them.
constexpr FieldSpec kJobFields[] = {
    {"id", JobsModel::IdRole, As::Value},
    {"name", JobsModel::NameRole, As::Value},
    {"queue", JobsModel::QueueRole, As::Value},
    {"state", JobsModel::StateNameRole, As::TextOrNull},
    {"priority", JobsModel::PriorityRole, As::Value},
    {"retry_count", JobsModel::AttemptRole, As::Value},
    {"last_error", JobsModel::LastErrorRole, As::TextOrNull},
    {"created_at", JobsModel::EnqueuedAtRole, As::Time},
    {"started_at", JobsModel::StartedAtRole, As::Time},
    {"completed_at", JobsModel::FinishedAtRole, As::Time},
    {"elapsed_ms", JobsModel::ElapsedMsRole, As::Value},
    {"dead_lettered", JobsModel::DeadLetteredRole, As::Value},
};

constexpr FieldSpec kRunFields[] = {
    {"id", WorkflowRunsModel::IdRole, As::Value},
    {"name", WorkflowRunsModel::NameRole, As::Value},
    {"state", WorkflowRunsModel::StateNameRole, As::TextOrNull},
    {"started_at", WorkflowRunsModel::StartedAtRole, As::Time},
    {"completed_at", WorkflowRunsModel::CompletedAtRole, As::Time},
    {"duration_ms", WorkflowRunsModel::DurationMsRole, As::Value},
    {"current_step", WorkflowRunsModel::CurrentStepRole, As::TextOrNull},
    {"failed_step", WorkflowRunsModel::FailedStepRole, As::TextOrNull},
    {"error", WorkflowRunsModel::ErrorRole, As::TextOrNull},
    {"parent_run_id", WorkflowRunsModel::ParentRunIdRole, As::TextOrNull},
};

std::span<const FieldSpec> fieldsOf(const QAbstractItemModel* model)
{
    if (qobject_cast<const JobsModel*>(model))
        return kJobFields;
    if (qobject_cast<const WorkflowRunsModel*>(model))
        return kRunFields;
    return {};
}

QVariant converted(const QVariant& value, As as)
{
    switch (as) {
    case As::Value:
        break;
    case As::TextOrNull:
        return value.toString().isEmpty() ? QVariant() : QVariant(value.toString());
    case As::Time: {
        const QDateTime time = value.toDateTime();
        return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
    }
    }
    return value;
}

} // namespace

ItemRecord ItemRecord::of(const QAbstractItemModel* model, int row)
{
    ItemRecord record;
    if (row < 0 || !model || row >= model->rowCount())
        return record;
    const QModelIndex index = model->index(row, 0);
    for (const FieldSpec& field : fieldsOf(model))
        record.m_fields.append({QLatin1String(field.key), converted(index.data(field.role), field.as)});
    return record;
}

QStringList ItemRecord::keysFor(const QAbstractItemModel* model)
{
    QStringList keys;
    for (const FieldSpec& field : fieldsOf(model))
        keys.append(QLatin1String(field.key));
    return keys;
}

QJsonObject ItemRecord::toJson() const
{
    QJsonObject object;
    for (const Field& field : m_fields)
        object.insert(field.key, field.value.isValid() ? QJsonValue::fromVariant(field.value) : QJsonValue());
    return object;
}

QStringList ItemRecord::cells() const
{
    QStringList cells;
    for (const Field& field : m_fields) {
        if (!field.value.isValid())
            cells.append(QString());
        else if (field.value.typeId() == QMetaType::Bool)
            cells.append(field.value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else
            cells.append(field.value.toString());
    }
    return cells;
}

QString ItemRecord::idAt(const QAbstractItemModel* model, int row)
{
    if (!model || row < 0 || row >= model->rowCount())
        return {};
    if (qobject_cast<const JobsModel*>(model))
        return model->index(row, 0).data(JobsModel::IdRole).toString();
    if (qobject_cast<const WorkflowRunsModel*>(model))
        return model->index(row, 0).data(WorkflowRunsModel::IdRole).toString();
    return {};
}

int ItemRecord::rowOf(const QAbstractItemModel* model, const QString& id)
{
    if (const auto* jobs = qobject_cast<const JobsModel*>(model))
        return jobs->rowOf(id);
    if (const auto* runs = qobject_cast<const WorkflowRunsModel*>(model))
        return runs->rowOf(id);
    return -1;
}

} // namespace dispatch
