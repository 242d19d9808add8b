// SPDX-License-Identifier: MIT
#include "models/JobsModel.h"

#include "models/RowSpans.h"

#include <algorithm>

namespace dispatch {

using dwp::JobState;
using modeltime::kUnknown;

namespace {

QString stateText(quint8 state)
{
    if (state == JobRow::kUnknownState)
        return JobsModel::tr("unknown", "job state");
    switch (JobState(state)) {
    case JobState::Pending:
        return JobsModel::tr("pending", "job state");
    case JobState::Running:
        return JobsModel::tr("running", "job state");
    case JobState::Completed:
        return JobsModel::tr("completed", "job state");
    case JobState::Failed:
        return JobsModel::tr("failed", "job state");
    case JobState::Retrying:
        return JobsModel::tr("retrying", "job state");
    case JobState::Cancelled:
        return JobsModel::tr("cancelled", "job state");
    }
    return {};
}

std::optional<JobState> stateOf(const JobRow& row)
{
    if (row.state == JobRow::kUnknownState)
        return std::nullopt;
    return JobState(row.state);
}

QVariant localTime(qint64 millis)
{
    if (millis == kUnknown)
        return {};
    return QDateTime::fromMSecsSinceEpoch(millis).toLocalTime();
}

qint32 clampToInt(qint64 value)
{
    return qint32(
        std::clamp<qint64>(value, std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::max()));
}

} // namespace

JobsModel::JobsModel(QObject* parent)
    : QAbstractTableModel(parent), m_trackingSince(QDateTime::currentDateTimeUtc())
{
}

int JobsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRow& row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == LastErrorColumn ? QVariant(m_errors.text(row.lastError)) : QVariant();
    case IdRole:
        return idText(row);
    case NameRole:
        return m_names.text(row.name);
    case QueueRole:
        return m_names.text(row.queue);
    case StateRole:
        return row.state == JobRow::kUnknownState ? -1 : int(row.state);
    case StateNameRole:
        return row.state == JobRow::kUnknownState ? QString() : dwp::jobStateName(JobState(row.state));
    case PriorityRole:
        return row.has(JobRow::Fetched) ? QVariant(row.priority) : QVariant();
    case AttemptRole:
        return row.attempt;
    case LastErrorRole:
        return m_errors.text(row.lastError);
    case EnqueuedAtRole:
        return modeltime::dateTimeVariant(row.enqueuedMs);
    case StartedAtRole:
        return modeltime::dateTimeVariant(row.startedMs);
    case FinishedAtRole:
        return modeltime::dateTimeVariant(row.finishedMs);
    case ElapsedMsRole: {
        const qint64 elapsed = elapsedOf(row);
        return elapsed == kUnknown ? QVariant() : QVariant(elapsed);
    }
    case DeadLetteredRole:
        return row.has(JobRow::DeadLettered);
    case CancelledByUsRole:
        return row.has(JobRow::CancelledByUs);
    case FetchedRole:
        return row.has(JobRow::Fetched);
    case PayloadRole: {
        const auto it = m_fetched.constFind(index.row());
        return it == m_fetched.constEnd() ? QString() : QString::fromUtf8(it->payload);
    }
    case SortRole:
        return sortData(row, index.column());
    default:
        return {};
    }
}

QVariant JobsModel::displayData(const JobRow& row, int column) const
{
    switch (Column(column)) {
    case IdColumn:
        return idText(row);
    case NameColumn:
        return m_names.text(row.name);
    case QueueColumn:
        return m_names.text(row.queue);
    case StateColumn:
        return stateText(row.state);
    case PriorityColumn:
        return row.has(JobRow::Fetched) ? QVariant(row.priority) : QVariant();
    case AttemptColumn:
        return row.attempt;
    case LastErrorColumn:
        return m_errors.text(row.lastError);
    case EnqueuedColumn:
        return localTime(row.enqueuedMs);
    case StartedColumn:
        return localTime(row.startedMs);
    case FinishedColumn:
        return localTime(row.finishedMs);
    case ElapsedColumn: {
        const qint64 elapsed = elapsedOf(row);
        return elapsed == kUnknown ? QVariant() : QVariant(modeltime::durationText(elapsed));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JobsModel::sortData(const JobRow& row, int column) const
{
    // Unknown times sort first (kUnknown is the smallest qint64) in ascending order.
    switch (Column(column)) {
    case StateColumn:
        return row.state == JobRow::kUnknownState ? -1 : int(row.state);
    case PriorityColumn:
        return row.has(JobRow::Fetched) ? qint64(row.priority) : qint64(kUnknown);
    case AttemptColumn:
        return row.attempt;
    case EnqueuedColumn:
        return row.enqueuedMs;
    case StartedColumn:
        return row.startedMs;
    case FinishedColumn:
        return row.finishedMs;
    case ElapsedColumn:
        return elapsedOf(row);
    case IdColumn:
    case NameColumn:
    case QueueColumn:
    case LastErrorColumn:
    case ColumnCount:
        break;
    }
    return displayData(row, column);
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case IdColumn:
        return tr("ID");
    case NameColumn:
        return tr("Name");
    case QueueColumn:
        return tr("Queue");
    case StateColumn:
        return tr("State");
    case PriorityColumn:
        return tr("Priority");
    case AttemptColumn:
        return tr("Attempt", "the retry count of a job");
    case LastErrorColumn:
        return tr("Last error");
    case EnqueuedColumn:
        return tr("Enqueued");
    case StartedColumn:
        return tr("Started");
    case FinishedColumn:
        return tr("Finished");
    case ElapsedColumn:
        return tr("Elapsed");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> JobsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{IdRole, "jobId"},
                  {NameRole, "name"},
                  {QueueRole, "queue"},
                  {StateRole, "state"},
                  {StateNameRole, "stateName"},
                  {PriorityRole, "priority"},
                  {AttemptRole, "attempt"},
                  {LastErrorRole, "lastError"},
                  {EnqueuedAtRole, "enqueuedAt"},
                  {StartedAtRole, "startedAt"},
                  {FinishedAtRole, "finishedAt"},
                  {ElapsedMsRole, "elapsedMs"},
                  {DeadLetteredRole, "deadLettered"},
                  {CancelledByUsRole, "cancelledByUs"},
                  {FetchedRole, "fetched"},
                  {PayloadRole, "payload"},
                  {SortRole, "sortValue"}});
    return names;
}

void JobsModel::applyEvents(const QList<dwp::StreamEvent>& batch)
{
    std::vector<JobRow> staged;
    QList<int> changed;
    const int existing = int(m_rows.size());
    for (const dwp::StreamEvent& event : batch) {
        const auto signal = JobLifecycle::signalForEventType(event.type);
        if (!signal)
            continue;
        const auto data = event.jobData();
        if (!data || data->jobId.isEmpty())
            continue; // undecodable: the event log still shows it raw
        int row = findRow(data->jobId);
        if (row < 0)
            row = stageNewRow(data->jobId, staged);
        if (applySignal(rowAt(row, staged), *signal, *data, modeltime::toNanos(event.ts),
                        modeltime::toMillis(event.ts)) &&
            row < existing)
            changed.append(row);
    }
    commitStaged(staged);
    announceChanged(changed);
}

bool JobsModel::applySignal(JobRow& row, JobLifecycle::Signal signal, const dwp::JobEventData& data,
                            qint64 nanos, qint64 millis)
{
    using Signal = JobLifecycle::Signal;
    const JobRow before = row;
    if (row.name == StringPool::kEmpty)
        row.name = m_names.intern(data.jobName);
    if (row.queue == StringPool::kEmpty)
        row.queue = m_names.intern(data.queue);

    const bool moves = JobLifecycle::moves(stateOf(row), row.stateNanos, signal, nanos);
    if (moves) {
        row.state = quint8(JobLifecycle::stateAfter(signal));
        // An outcome is applied even when stamped earlier than the state it ends; never move time backwards.
        row.stateNanos = std::max(row.stateNanos, nanos);
        row.set(JobRow::CancelledByUs, false);
    }
    switch (signal) {
    case Signal::Enqueued:
        if (row.enqueuedMs == kUnknown)
            row.enqueuedMs = millis;
        break;
    case Signal::Started:
        // A newer start is a new run (a retry, or the unknown-name loop); a stale one only fills a gap.
        if (moves || row.startedMs == kUnknown)
            row.startedMs = millis;
        break;
    case Signal::Retrying:
        row.attempt = std::max(row.attempt, clampToInt(data.attempt));
        break;
    case Signal::Completed:
        if (moves || row.finishedMs == kUnknown) {
            row.finishedMs = millis;
            row.elapsedMs = data.elapsedMs; // omitted on the wire when 0 ms (§5), which parses as 0
        }
        break;
    case Signal::Failed:
    case Signal::DeadLettered:
        if (signal == Signal::DeadLettered && stateOf(row) == JobState::Failed)
            row.set(JobRow::DeadLettered, true);
        if (moves || row.finishedMs == kUnknown)
            row.finishedMs = millis;
        if (moves || row.lastError == StringPool::kEmpty)
            row.lastError = m_errors.intern(data.error);
        break;
    case Signal::Cancelled:
        break;
    }
    return !(row == before);
}

void JobsModel::upsertJob(const dwp::Job& job)
{
    if (job.id.isEmpty())
        return;
    std::vector<JobRow> staged;
    int row = findRow(job.id);
    const bool isNew = row < 0;
    if (isNew)
        row = stageNewRow(job.id, staged);
    bool changed = applyFetchedJob(rowAt(row, staged), job);
    FetchedDetails& details = m_fetched[row];
    const QByteArray payload = job.payload.value_or(QByteArray());
    changed = changed || details.payload != payload;
    details.payload = payload;
    details.maxRetries = job.maxRetries;
    details.workerId = job.workerId;
    commitStaged(staged);
    if (!isNew && changed)
        announceChanged({row});
}

bool JobsModel::applyFetchedJob(JobRow& row, const dwp::Job& job)
{
    const JobRow before = row;
    row.name = m_names.intern(job.name);
    row.queue = m_names.intern(job.queue);
    row.priority = clampToInt(job.priority);
    row.attempt = clampToInt(job.retryCount);
    row.set(JobRow::Fetched, true);
    if (const qint64 created = modeltime::toMillis(job.createdAt); created != kUnknown)
        row.enqueuedMs = created;

    const qint64 updatedNanos = modeltime::toNanos(job.updatedAt);
    const auto fetchedState = job.knownState();
    const bool stateApplies = fetchedState && (!stateOf(row) || updatedNanos >= row.stateNanos);
    if (stateApplies) {
        row.state = quint8(*fetchedState);
        row.stateNanos = updatedNanos;
        row.lastError = m_errors.intern(job.lastError);
        const bool ended = *fetchedState == JobState::Completed || *fetchedState == JobState::Failed;
        // A job that is not over has no finish, even if we saw one: REST retry restarts failed jobs (§8).
        if (!ended && *fetchedState != JobState::Cancelled) {
            row.finishedMs = kUnknown;
            row.elapsedMs = kUnknown;
            row.set(JobRow::DeadLettered, false);
        }
        if (*fetchedState != JobState::Cancelled)
            row.set(JobRow::CancelledByUs, false);
    } else if (row.lastError == StringPool::kEmpty) {
        row.lastError = m_errors.intern(job.lastError);
    }
    if (job.startedAt)
        row.startedMs = modeltime::toMillis(*job.startedAt);
    if (job.completedAt && (stateApplies || row.finishedMs == kUnknown))
        row.finishedMs = modeltime::toMillis(*job.completedAt);
    return !(row == before);
}

bool JobsModel::markCancelled(const QString& jobId)
{
    const int row = findRow(jobId);
    if (row < 0)
        return false;
    JobRow& target = m_rows[size_t(row)];
    const JobRow before = target;
    target.state = quint8(JobState::Cancelled);
    target.set(JobRow::CancelledByUs, true);
    // stateNanos stays: only outcomes newer than what we saw before the cancel may overwrite it
    // (JobLifecycle).
    if (!(target == before))
        announceChanged({row});
    return true;
}

int JobsModel::rowOf(const QString& jobId) const
{
    const int row = findRow(jobId);
    return row < int(m_rows.size()) ? row : -1;
}

QString JobsModel::jobId(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    return idText(m_rows[size_t(row)]);
}

void JobsModel::clear()
{
    beginResetModel();
    m_rows = {};
    m_rowByPackedId.clear();
    m_rowByTextId.clear();
    m_textIds.clear();
    m_fetched.clear();
    m_names.clear();
    m_errors.clear();
    m_trackingSince = QDateTime::currentDateTimeUtc();
    endResetModel();
}

int JobsModel::findRow(const QString& jobId) const
{
    if (const auto packed = CompactJobId::pack(jobId))
        return m_rowByPackedId.value(*packed, -1);
    return m_rowByTextId.value(jobId, -1);
}

int JobsModel::stageNewRow(const QString& jobId, std::vector<JobRow>& staged)
{
    const int row = int(m_rows.size() + staged.size());
    JobRow fresh;
    if (const auto packed = CompactJobId::pack(jobId)) {
        fresh.id = *packed;
        m_rowByPackedId.insert(*packed, row);
    } else {
        fresh.id = CompactJobId(0, quint64(m_textIds.size()));
        fresh.set(JobRow::TextId, true);
        m_textIds.append(jobId);
        m_rowByTextId.insert(jobId, row);
    }
    staged.push_back(fresh);
    return row;
}

JobRow& JobsModel::rowAt(int row, std::vector<JobRow>& staged)
{
    const auto existing = int(m_rows.size());
    return row < existing ? m_rows[size_t(row)] : staged[size_t(row - existing)];
}

void JobsModel::commitStaged(std::vector<JobRow>& staged)
{
    if (staged.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(staged.size()) - 1);
    m_rows.insert(m_rows.end(), staged.begin(), staged.end());
    endInsertRows();
    staged.clear();
}

void JobsModel::announceChanged(const QList<int>& rows)
{
    for (const auto& [first, last] : RowSpans::fromRows(rows))
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

QString JobsModel::idText(const JobRow& row) const
{
    return row.has(JobRow::TextId) ? m_textIds.at(qsizetype(row.id.low())) : row.id.toString();
}

qint64 JobsModel::elapsedOf(const JobRow& row) const
{
    if (row.elapsedMs != kUnknown)
        return row.elapsedMs;
    if (row.startedMs != kUnknown && row.finishedMs != kUnknown && row.finishedMs >= row.startedMs)
        return row.finishedMs - row.startedMs;
    return kUnknown;
}

} // namespace dispatch
