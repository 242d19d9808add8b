// SPDX-License-Identifier: MIT
#include "models/WorkflowRunsModel.h"

#include "models/DisplayText.h"
#include "models/RowSpans.h"
#include "protocol/DurationText.h"
#include "protocol/EventType.h"
#include "protocol/ServerText.h"
#include "protocol/StateVocabulary.h"

#include <algorithm>
#include <utility>

namespace dispatch {

using modeltime::kUnknown;

namespace {

// Names are cut to a display length as they enter (DisplayText); errors are kept whole for the run's detail
// view and cut where the table and its tooltips show them.
QString shownError(const QString& runError, const QString& stepError)
{
    return DisplayText::error(runError.isEmpty() ? stepError : runError);
}

// Once the first row's sequence number passes `limit` (kRenumberAt), before the numbers could overflow:
// every run's number less the first's, which becomes 0. Rows that left from the front (a trim) and rows
// moved to the end (moveFrontRowsToEnd) both raise it.
void renumberPast(int limit, QHash<QString, int>* rowById, int* firstSequence)
{
    if (*firstSequence <= limit)
        return;
    for (auto it = rowById->begin(); it != rowById->end(); ++it)
        it.value() -= *firstSequence;
    *firstSequence = 0;
}

} // namespace

WorkflowRunsModel::WorkflowRunsModel(QObject* parent)
    : QAbstractTableModel(parent), m_trackingSince(QDateTime::currentDateTimeUtc())
{
}

int WorkflowRunsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkflowRunsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkflowRunsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && row.unknownToServer)
            return tr(
                "The server no longer knows this run: looking it up answered 404 (not found), as after a "
                "restart without persistence. The row shows it as last seen.");
        if (index.column() == ErrorColumn)
            return shownError(row.life.error(), row.stepError);
        if (index.column() == StateColumn || index.column() == CurrentStepColumn)
            return row.waitingFor.isEmpty() ? QVariant() : QVariant(waitText(row));
        return {};
    case IdRole:
        return row.id;
    case NameRole:
        return row.name;
    case StateRole:
        return stateKey(row);
    case StateNameRole:
        return row.life.state() ? dwp::runStateName(*row.life.state()) : QString();
    case StartedAtRole:
        return modeltime::dateTimeVariant(row.life.startMs());
    case CompletedAtRole:
        return modeltime::dateTimeVariant(row.life.endMs());
    case DurationMsRole: {
        const qint64 duration = row.life.durationMs();
        return duration == kUnknown ? QVariant() : QVariant(duration);
    }
    case CurrentStepRole:
        return row.currentStep;
    case FailedStepRole:
        return row.failedStep;
    case ErrorRole:
        return row.life.error().isEmpty() ? row.stepError : row.life.error();
    case ParentRunIdRole:
        return row.parentRunId;
    case FetchedRole:
        return row.fetched;
    case UnknownToServerRole:
        return row.unknownToServer;
    case SortRole:
        return sortData(row, index.column());
    case WaitingForRole:
        return row.waitingFor;
    case WaitInferredRole:
        return row.waitInferred;
    case ShownStateNameRole:
        if (!row.waitingFor.isEmpty())
            return QStringLiteral("waiting");
        return row.life.state() ? dwp::runStateName(*row.life.state()) : QString();
    default:
        return {};
    }
}

QString WorkflowRunsModel::waitText(const RunRow& row) const
{
    if (!row.waitInferred) {
        //: Tooltip of a run's state in the Workflows list. %1 is the workflow event the run waits for.
        return tr("Waiting for the event “%1”.").arg(row.waitingFor);
    }
    //: Tooltip of a run's state in the Workflows list. %1 is the workflow event the run waits for, %2 the
    //: step it finished last.
    return tr("Waiting for the event “%1”, inferred: the server does not report waits, but earlier runs of "
              "this workflow waited for it after the step “%2”.")
        .arg(row.waitingFor, row.currentStep);
}

QVariant WorkflowRunsModel::displayData(const RunRow& row, int column) const
{
    switch (Column(column)) {
    case IdColumn:
        return row.id;
    case NameColumn:
        return row.name;
    case StateColumn:
        if (!row.waitingFor.isEmpty())
            return dwp::StateVocabulary::label(u"waiting");
        return row.life.state() ? dwp::StateVocabulary::label(*row.life.state())
                                : dwp::StateVocabulary::unknownLabel();
    case StartedColumn:
        return modeltime::localDateTimeVariant(row.life.startMs());
    case CompletedColumn:
        return modeltime::localDateTimeVariant(row.life.endMs());
    case DurationColumn: {
        const qint64 duration = row.life.durationMs();
        return duration == kUnknown ? QVariant() : QVariant(dwp::DurationText::format(duration));
    }
    case CurrentStepColumn:
        if (row.waitingFor.isEmpty())
            return row.currentStep;
        // The waited-for step, named as the engine names it (wait:<event>, §4), not the last one done.
        if (!row.waitInferred)
            return QString(QLatin1String("wait:") + row.waitingFor);
        //: The Workflows list's current step of a run the monitor infers is waiting. %1 is the step's name
        //: (wait:<event>, not translated).
        return tr("%1 (inferred)").arg(QLatin1String("wait:") + row.waitingFor);
    case FailedStepColumn:
        return row.failedStep;
    case ErrorColumn:
        return shownError(row.life.error(), row.stepError);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WorkflowRunsModel::sortData(const RunRow& row, int column) const
{
    if (column == StateColumn)
        return stateKey(row);
    const std::optional<qint64> key = numericKeyOf(row, column);
    return key ? QVariant(*key) : displayData(row, column);
}

std::optional<qint64> WorkflowRunsModel::numericKeyOf(const RunRow& row, int column)
{
    switch (Column(column)) {
    case StateColumn:
        return stateKey(row);
    case StartedColumn:
        return row.life.startMs();
    case CompletedColumn:
        return row.life.endMs();
    case DurationColumn:
        return row.life.durationMs();
    default:
        return std::nullopt;
    }
}

bool WorkflowRunsModel::rowContainsText(int row, const SearchText& text) const
{
    const RunRow& run = m_rows.at(row);
    const QString& error = run.life.error().isEmpty() ? run.stepError : run.life.error(); // as ErrorRole
    for (const QString* part :
         {&run.id, &run.name, &run.currentStep, &run.failedStep, &error, &run.waitingFor}) {
        if (text.foundIn(*part))
            return true;
    }
    return false;
}

QVariant WorkflowRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case IdColumn:
        return tr("Run ID");
    case NameColumn:
        return tr("Workflow");
    case StateColumn:
        return tr("State");
    case StartedColumn:
        return tr("Started");
    case CompletedColumn:
        return tr("Completed");
    case DurationColumn:
        return tr("Duration");
    case CurrentStepColumn:
        return tr("Current step");
    case FailedStepColumn:
        return tr("Failed step");
    case ErrorColumn:
        return tr("Error");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> WorkflowRunsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{IdRole, "runId"},
                  {NameRole, "name"},
                  {StateRole, "state"},
                  {StateNameRole, "stateName"},
                  {StartedAtRole, "startedAt"},
                  {CompletedAtRole, "completedAt"},
                  {DurationMsRole, "durationMs"},
                  {CurrentStepRole, "currentStep"},
                  {FailedStepRole, "failedStep"},
                  {ErrorRole, "error"},
                  {ParentRunIdRole, "parentRunId"},
                  {FetchedRole, "fetched"},
                  {UnknownToServerRole, "unknownToServer"},
                  {SortRole, "sortValue"},
                  {WaitingForRole, "waitingFor"},
                  {WaitInferredRole, "waitInferred"},
                  {ShownStateNameRole, "shownState"}});
    return names;
}

void WorkflowRunsModel::applyEvents(const QList<dwp::StreamEvent>& batch)
{
    QList<RunRow> staged;
    QList<int> changed;
    const int existing = int(m_rows.size());
    for (const dwp::StreamEvent& event : batch) {
        if (event.family() != dwp::StreamEvent::Family::Workflow)
            continue;
        const auto data = event.workflowData();
        if (!data || data->runId.isEmpty())
            continue;
        int row = sequencedRow(data->runId);
        if (row < 0)
            row = stageRow(data->runId, staged);
        RunRow& target = row < existing ? m_rows[row] : staged[row - existing];
        const bool wasUnfinished = isUnfinished(target);
        if (applyEvent(target, event.type, *data, modeltime::toNanos(event.ts)) && row < existing)
            changed.append(row);
        m_unfinished += int(isUnfinished(target)) - int(wasUnfinished);
    }
    // Changes to existing rows first: while they are announced, the new rows are not visible yet, so a
    // sorting proxy never sees a row whose data changed without a signal.
    announceChanged(changed);
    commitStaged(staged);
    keepWithinCapacity();
}

bool WorkflowRunsModel::applyEvent(RunRow& row, const QString& type, const dwp::WorkflowEventData& data,
                                   qint64 nanos)
{
    namespace T = dwp::EventType;
    const RunRow before = row;
    row.unknownToServer = false; // news of the run: the server knows it again
    if (row.name.isEmpty())
        row.name = DisplayText::name(data.name);
    row.life.applyEvent(type, data, nanos);
    if (type == T::WorkflowStepCompleted || type == T::WorkflowStepFailed) {
        // Parallel steps report in any order; the newest report is the current step.
        if (nanos >= row.currentStepNanos) {
            row.currentStep = DisplayText::name(data.stepName);
            row.currentStepNanos = nanos;
        }
        if (type == T::WorkflowStepFailed) {
            row.failedStep = DisplayText::name(data.stepName);
            row.stepError = data.error;
        }
    }
    endWaitIfMoved(row, before);
    return !(row == before);
}

// A run that reported another step or ended is not waiting any more, whatever was inferred.
void WorkflowRunsModel::endWaitIfMoved(RunRow& row, const RunRow& before)
{
    const bool running = row.life.state() && *row.life.state() == dwp::RunState::Running;
    if (!running || row.currentStep != before.currentStep) {
        row.waitingFor.clear();
        row.waitInferred = false;
    }
}

void WorkflowRunsModel::setWaitingFor(const QString& runId, const QString& eventName, bool inferred)
{
    const int row = rowOf(runId);
    if (row < 0)
        return;
    RunRow& run = m_rows[row];
    const bool running = run.life.state() && *run.life.state() == dwp::RunState::Running;
    const QString waitingFor = running ? DisplayText::name(eventName) : QString();
    const bool waitInferred = !waitingFor.isEmpty() && inferred;
    if (run.waitingFor == waitingFor && run.waitInferred == waitInferred)
        return;
    run.waitingFor = waitingFor;
    run.waitInferred = waitInferred;
    announceChanged({row});
}

void WorkflowRunsModel::upsertRun(const dwp::WorkflowRun& run)
{
    if (run.id.isEmpty())
        return;
    QList<RunRow> staged;
    int row = sequencedRow(run.id);
    const bool isNew = row < 0;
    if (isNew)
        row = stageRow(run.id, staged);
    RunRow& target = isNew ? staged.first() : m_rows[row];
    const bool wasUnfinished = isUnfinished(target);
    const bool changed = applyFetchedRun(target, run);
    m_unfinished += int(isUnfinished(target)) - int(wasUnfinished);
    commitStaged(staged);
    if (!isNew && changed)
        announceChanged({row});
    keepWithinCapacity();
}

bool WorkflowRunsModel::applyFetchedRun(RunRow& row, const dwp::WorkflowRun& run)
{
    const RunRow before = row;
    row.name = DisplayText::name(run.name);
    row.parentRunId = run.parentRunId;
    row.fetched = true;
    row.unknownToServer = false;
    row.life.applyFetched(run);
    endWaitIfMoved(row, before);
    return !(row == before);
}

bool WorkflowRunsModel::markUnknownToServer(const QString& runId)
{
    const int row = rowOf(runId);
    if (row < 0)
        return false;
    if (!std::exchange(m_rows[row].unknownToServer, true))
        announceChanged({row});
    return true;
}

int WorkflowRunsModel::sequencedRow(const QString& runId) const
{
    const int sequence = m_rowById.value(runId, -1);
    return sequence < 0 ? -1 : sequence - m_firstSequence;
}

int WorkflowRunsModel::rowOf(const QString& runId) const
{
    const int row = sequencedRow(runId);
    return row < int(m_rows.size()) ? row : -1;
}

bool WorkflowRunsModel::isUnfinished(const RunRow& row)
{
    return row.life.state() && *row.life.state() == dwp::RunState::Running;
}

void WorkflowRunsModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    keepWithinCapacity();
}

void WorkflowRunsModel::keepWithinCapacity()
{
    // As JobsModel::keepWithinCapacity: a tenth over, then back to capacity() in one removal from the front.
    const int finished = int(m_rows.size()) - m_unfinished;
    if (finished <= m_capacity + std::max(1, m_capacity / 10))
        return;
    const int excess = finished - m_capacity;
    const int pinned = m_pinnedRunId.isEmpty() ? -1 : rowOf(m_pinnedRunId);
    QList<RunRow> kept;
    int leaving = 0;
    int scanned = 0;
    for (; scanned < int(m_rows.size()) && leaving < excess && kept.size() < kMaxMovedPerTrim; ++scanned) {
        const RunRow& row = m_rows.at(scanned);
        if (scanned == pinned || isUnfinished(row)) {
            kept.append(row);
            continue;
        }
        ++leaving;
        m_rowById.remove(row.id);
    }
    if (scanned == 0)
        return;
    beginRemoveRows({}, 0, scanned - 1);
    m_rows.remove(0, scanned);
    m_firstSequence += scanned;
    for (const RunRow& row : std::as_const(kept)) {
        if (isUnfinished(row))
            --m_unfinished; // staged again below, and counted there
    }
    m_evicted += leaving; // before the signal: what follows rowsRemoved counts them
    endRemoveRows();
    renumberPast(kRenumberAt, &m_rowById, &m_firstSequence);
    QList<RunRow> staged;
    for (RunRow& row : kept) {
        stageRow(row.id, staged);
        m_unfinished += isUnfinished(row) ? 1 : 0;
        staged.last() = std::move(row);
    }
    commitStaged(staged);
}

void WorkflowRunsModel::moveFrontRowsToEnd(int count)
{
    const int rows = int(m_rows.size());
    count = std::clamp(count, 0, rows);
    if (count == 0 || count == rows)
        return; // the same order: no signal
    // As JobsModel::moveFrontRowsToEnd: a move keeps the proxy's persistent indexes on their runs. Removing
    // from the front of a QList advances its start and appending reuses or reallocates its block, so the rows
    // kept are not copied one by one: 2 000 rows moved cost 1.9–2.1 ms of CPU whether 20 000, 200 000 or
    // 600 000 stay (bench_models move).
    beginMoveRows({}, 0, count - 1, {}, rows);
    QList<RunRow> moving;
    moving.reserve(count);
    for (int row = 0; row < count; ++row)
        moving.append(std::move(m_rows[row]));
    m_rows.remove(0, count);
    m_firstSequence += count;
    for (int row = 0; row < count; ++row)
        m_rowById.insert(moving.at(row).id, m_firstSequence + rows - count + row);
    m_rows.append(std::move(moving));
    renumberPast(kRenumberAt, &m_rowById, &m_firstSequence);
    endMoveRows();
}

QString WorkflowRunsModel::runId(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows.at(row).id : QString();
}

void WorkflowRunsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_firstSequence = 0;
    m_unfinished = 0;
    m_evicted = 0;
    m_trackingSince = QDateTime::currentDateTimeUtc();
    endResetModel();
}

int WorkflowRunsModel::stageRow(const QString& runId, QList<RunRow>& staged)
{
    const int row = int(m_rows.size() + staged.size());
    RunRow fresh;
    fresh.id = runId;
    staged.append(fresh);
    m_rowById.insert(runId, m_firstSequence + row);
    return row;
}

void WorkflowRunsModel::commitStaged(QList<RunRow>& staged)
{
    if (staged.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(staged.size()) - 1);
    m_rows.append(staged);
    endInsertRows();
    staged.clear();
}

void WorkflowRunsModel::announceChanged(const QList<int>& rows)
{
    for (const auto& [first, last] : RowSpans::fromRows(rows))
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

} // namespace dispatch
