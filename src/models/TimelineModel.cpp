// SPDX-License-Identifier: MIT
#include "models/TimelineModel.h"

#include "models/DisplayText.h"
#include "models/RowSpans.h"
#include "protocol/DurationText.h"
#include "protocol/EventType.h"
#include "protocol/ServerText.h"
#include "protocol/StateVocabulary.h"

#include <QHash>
#include <algorithm>

namespace dispatch {

using modeltime::kUnknown;
using State = TimelineStep::State;

namespace {

// The row of every named step (the first, should a name repeat). TimelineStepList::find() compares names row
// by row: merging a timeline of 20 000 steps into as many rows took 2 s that way (bench_huge_run).
QHash<QString, int> rowsByName(const TimelineStepList& steps)
{
    QHash<QString, int> rows;
    rows.reserve(steps.size());
    for (int row = int(steps.size()) - 1; row >= 0; --row) { // backwards: the first of a name stays
        if (!steps.at(row).name.isEmpty())
            rows.insert(steps.at(row).name, row);
    }
    return rows;
}

// More blocks of new steps than this between the rows, and they go in with one reset rather than a signal
// each: views and the Gantt chart read the whole run again once, instead of once per block.
constexpr qsizetype kMaxInsertBlocks = 16;

// Inserts `count` of `fresh` from `first` at `row`, moving the rows below once rather than once per step.
void spliceSteps(TimelineStepList& steps, int row, const QList<TimelineStep>& fresh, qsizetype first,
                 qsizetype count)
{
    if (row == steps.size()) {
        for (qsizetype i = first; i < first + count; ++i)
            steps.append(fresh.at(i));
        return;
    }
    TimelineStepList spliced;
    for (int kept = 0; kept < row; ++kept)
        spliced.append(steps.at(kept));
    for (qsizetype i = first; i < first + count; ++i)
        spliced.append(fresh.at(i));
    for (int kept = row; kept < int(steps.size()); ++kept)
        spliced.append(steps.at(kept));
    steps = std::move(spliced);
}

// Step data and errors are kept whole for the step's detail view; the table, with rows of one line, shows
// them cut to a display length on one line (JSON as the server sent it, compact), and a tooltip the first
// lines of the indented text, so that a step that returned megabytes costs nothing per paint (issue 16
// item 4).
QString shownData(const TimelineStep& step)
{
    if (step.dataKind == TimelineStep::DataKind::Json)
        return dwp::ServerText::forDisplayUtf8(QByteArrayView(step.data), dwp::ServerText::kDisplayCellChars);
    return dwp::ServerText::forDisplay(step.dataText, dwp::ServerText::kDisplayCellChars);
}

QString tooltipOf(const QString& text)
{
    return text.size() > DisplayText::kTooltipChars ? text.first(DisplayText::kTooltipChars) + QChar(0x2026)
                                                    : text;
}

TimelineStep closedStep(const QString& name, State state, qint64 nanos)
{
    TimelineStep step;
    step.name = name;
    step.state = state;
    step.endNanos = nanos;
    step.endMs = nanos == kUnknown ? kUnknown : nanos / 1000000;
    return step;
}

} // namespace

TimelineModel::TimelineModel(QObject* parent) : QAbstractTableModel(parent) {}

int TimelineModel::rowOf(const QString& stepName) const
{
    return m_steps.find(stepName);
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const TimelineStep& step = m_steps.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == DataColumn ? QVariant(tooltipOf(step.dataText))
                                            : QVariant(DisplayText::error(step.error));
    case StepNameRole:
        return step.name;
    case StartedAtRole:
        return modeltime::dateTimeVariant(m_steps.startOf(row, m_run.startMs()));
    case EndedAtRole:
        return step.isOpen() ? QVariant() : modeltime::dateTimeVariant(step.endMs);
    case DurationMsRole: {
        const qint64 duration = m_steps.durationOf(row, m_run.startMs());
        return duration == kUnknown ? QVariant() : QVariant(duration);
    }
    case StateRole:
        return int(step.state);
    case StateNameRole:
        return dwp::stepStateName(step.state);
    case DataRole:
        return step.dataText;
    case DataKindRole:
        return int(step.dataKind);
    case RawDataRole:
        return step.data;
    case ErrorRole:
        return step.error;
    case HasCheckpointRole:
        return step.hasCheckpoint;
    case PlaceholderRole:
        return step.placeholder;
    case SortRole:
        switch (Column(index.column())) {
        case StartColumn:
            return m_steps.startOf(row, m_run.startMs());
        case EndColumn:
            return step.isOpen() ? std::numeric_limits<qint64>::max() : step.endMs;
        case DurationColumn:
            return m_steps.durationOf(row, m_run.startMs());
        case StateColumn:
            return int(step.state);
        default:
            return displayData(row, index.column());
        }
    default:
        return {};
    }
}

QVariant TimelineModel::displayData(int row, int column) const
{
    const TimelineStep& step = m_steps.at(row);
    switch (Column(column)) {
    case StepColumn:
        return step.placeholder ? tr("(in progress)", "work after the last reported step")
                                : dwp::ServerText::forDisplay(step.name, dwp::ServerText::kDisplayNameChars);
    case StartColumn:
        return modeltime::localDateTimeVariant(m_steps.startOf(row, m_run.startMs()));
    case EndColumn:
        return step.isOpen() ? QVariant() : modeltime::localDateTimeVariant(step.endMs);
    case DurationColumn: {
        const qint64 duration = m_steps.durationOf(row, m_run.startMs());
        return duration == kUnknown ? QVariant() : QVariant(dwp::DurationText::format(duration));
    }
    case StateColumn:
        return dwp::StateVocabulary::label(step.state);
    case DataColumn:
        return step.state == State::Failed && step.dataText.isEmpty() ? DisplayText::error(step.error)
                                                                      : shownData(step);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StepColumn:
        return tr("Step");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case DurationColumn:
        return tr("Duration");
    case StateColumn:
        return tr("State");
    case DataColumn:
        return tr("Data");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{StepNameRole, "stepName"},
                  {StartedAtRole, "startedAt"},
                  {EndedAtRole, "endedAt"},
                  {DurationMsRole, "durationMs"},
                  {StateRole, "state"},
                  {StateNameRole, "stateName"},
                  {DataRole, "dataText"},
                  {DataKindRole, "dataKind"},
                  {RawDataRole, "rawData"},
                  {ErrorRole, "error"},
                  {HasCheckpointRole, "hasCheckpoint"},
                  {PlaceholderRole, "placeholder"},
                  {SortRole, "sortValue"}});
    return names;
}

void TimelineModel::setRunId(const QString& runId)
{
    if (runId == m_runId)
        return;
    beginResetModel();
    m_runId = runId;
    m_run = {};
    m_steps.clear();
    endResetModel();
    setHistoryAsOf({});
    setHoles({});
}

void TimelineModel::setHistoryAsOf(const QDateTime& asOf)
{
    if (asOf == m_historyAsOf)
        return;
    m_historyAsOf = asOf;
    emit historyAsOfChanged();
}

void TimelineModel::setHoles(QList<JournalGap> holes)
{
    std::sort(holes.begin(), holes.end(), [](const JournalGap& a, const JournalGap& b) {
        return std::pair(a.fromMs, a.toMs) < std::pair(b.fromMs, b.toMs);
    });
    if (holes == m_holes)
        return;
    m_holes = std::move(holes);
    emit holesChanged();
}

std::optional<std::pair<qint64, qint64>> TimelineModel::runSpanMs(qint64 nowMs) const
{
    qint64 start = m_run.startMs();
    if (start == modeltime::kUnknown) {
        for (int row = 0; row < m_steps.size(); ++row) {
            const qint64 stepStart = m_steps.startOf(row, modeltime::kUnknown);
            if (stepStart != modeltime::kUnknown && (start == modeltime::kUnknown || stepStart < start))
                start = stepStart;
        }
    }
    if (start == modeltime::kUnknown)
        return std::nullopt;
    const qint64 end = m_run.endMs() != modeltime::kUnknown ? m_run.endMs() : std::max(start, nowMs);
    return std::pair(start, end);
}

QList<JournalGap> TimelineModel::holesInRun(qint64 nowMs) const
{
    QList<JournalGap> inside;
    if (m_holes.isEmpty())
        return inside; // asked with every refresh of the run's panel; the span may take a pass over the steps
    const auto span = runSpanMs(nowMs);
    if (!span)
        return inside;
    for (const JournalGap& hole : m_holes) {
        if (hole.toMs > span->first && hole.fromMs < span->second)
            inside.append(hole);
    }
    return inside;
}

void TimelineModel::setRun(const dwp::WorkflowRun& run)
{
    setRunId(run.id);
    RunLifecycle life = m_run;
    life.applyFetched(run);
    mergeSteps({}, life);
}

void TimelineModel::setTimeline(const QList<dwp::TimelineEntry>& entries)
{
    QList<TimelineStep> incoming;
    incoming.reserve(entries.size());
    for (const dwp::TimelineEntry& entry : entries) {
        TimelineStep step = closedStep(entry.stepName, State::Completed, modeltime::toNanos(entry.createdAt));
        step.hasCheckpoint = true;
        step.data = entry.data;
        // Gob bytes are not JSON, so "try JSON, fall back to hex" tells them apart (§4).
        step.dataKind = entry.data.isEmpty() ? TimelineStep::DataKind::None
                        : entry.isJsonData() ? TimelineStep::DataKind::Json
                                             : TimelineStep::DataKind::Binary;
        step.dataText = entry.displayData();
        incoming.append(step);
    }
    mergeSteps(incoming, m_run);
}

void TimelineModel::applyEvents(const QList<dwp::StreamEvent>& batch)
{
    namespace T = dwp::EventType;
    if (m_runId.isEmpty())
        return;
    RunLifecycle life = m_run;
    QList<TimelineStep> incoming;
    for (const dwp::StreamEvent& event : batch) {
        if (event.family() != dwp::StreamEvent::Family::Workflow)
            continue;
        const auto data = event.workflowData();
        if (!data || data->runId != m_runId)
            continue;
        const qint64 nanos = modeltime::toNanos(event.ts);
        life.applyEvent(event.type, *data, nanos);
        if (event.type == T::WorkflowStepCompleted || event.type == T::WorkflowStepFailed) {
            const bool failed = event.type == T::WorkflowStepFailed;
            TimelineStep step = closedStep(data->stepName, failed ? State::Failed : State::Completed, nanos);
            step.error = data->error;
            if (!failed)
                step.elapsedMs = data->elapsedMs; // omitted on the wire when 0 ms, which parses as 0
            incoming.append(step);
        }
    }
    mergeSteps(incoming, life);
}

void TimelineModel::beginStep(const QString& stepName, const QDateTime& startedAt)
{
    if (stepName.isEmpty())
        return;
    TimelineStep step;
    step.name = stepName;
    step.state = stepName.startsWith(QLatin1String("wait:")) ? State::Waiting : State::Running;
    step.knownStartMs = startedAt.isValid() ? startedAt.toMSecsSinceEpoch() : kUnknown;
    mergeSteps({step}, m_run);
}

void TimelineModel::mergeSteps(QList<TimelineStep> incoming, const RunLifecycle& run)
{
    QList<int> changed;
    const bool startMoved = run.startMs() != m_run.startMs();
    m_run = run;
    QList<TimelineStep> fresh;
    // Looked up by name in a hash when many steps come at once (a timeline, the log's events of a run opened
    // late); a live event or two are found faster by find() than by building the hash. Rows do not move here.
    const bool many = incoming.size() > 8;
    const QHash<QString, int> rowByName = many ? rowsByName(m_steps) : QHash<QString, int>();
    QHash<QString, qsizetype> freshByName;
    for (const TimelineStep& update : std::as_const(incoming)) {
        const int row = many ? (update.name.isEmpty() ? -1 : rowByName.value(update.name, -1))
                             : m_steps.find(update.name);
        if (row >= 0) {
            const TimelineStep before = m_steps.at(row);
            TimelineStepList::merge(m_steps[row], update);
            if (!(m_steps.at(row) == before))
                changed.append(row);
            continue;
        }
        const auto same = freshByName.constFind(update.name);
        if (same != freshByName.cend()) {
            TimelineStepList::merge(fresh[*same], update);
        } else {
            freshByName.insert(update.name, fresh.size());
            fresh.append(update);
        }
    }
    if (startMoved) {
        for (int row = 0; row < m_steps.size(); ++row)
            changed.append(row);
    }
    // Each structural change is preceded by the announcement of the data changes made before it, so no signal
    // ever describes a model with unannounced changes.
    bool touched = !changed.isEmpty() || !fresh.isEmpty();
    announce(changed);
    insertSteps(fresh, changed);
    if (m_run.isFinished())
        closeOpenSteps(changed);
    touched = touched || !changed.isEmpty();
    announce(changed);
    updatePlaceholder(touched);
}

void TimelineModel::announce(QList<int>& rows)
{
    for (const auto& [first, last] : RowSpans::fromRows(rows))
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    rows.clear();
}

void TimelineModel::insertSteps(QList<TimelineStep>& fresh, QList<int>& changed)
{
    if (fresh.isEmpty())
        return;
    std::stable_sort(fresh.begin(), fresh.end(), [](const TimelineStep& a, const TimelineStep& b) {
        if (a.isOpen() != b.isOpen())
            return b.isOpen();
        return a.endNanos < b.endNanos;
    });
    const auto insertBlock = [&](int position, qsizetype first, qsizetype count) {
        for (int& row : changed) {
            if (row >= position)
                row += int(count);
        }
        beginInsertRows({}, position, position + int(count) - 1);
        spliceSteps(m_steps, position, fresh, first, count);
        endInsertRows();
        // Rows below start where the rows above them end, so their derived start may have moved.
        for (int row = position + int(count); row < m_steps.size(); ++row)
            changed.append(row);
    };
    // Where each new step goes among the rows there now. The new steps are in order, so those that go to the
    // same row form one block: (row, first index in fresh, count).
    struct Block
    {
        int row;
        qsizetype first;
        qsizetype count;
    };
    QList<Block> blocks;
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const int position = m_steps.insertPosition(fresh.at(i));
        if (!blocks.isEmpty() && blocks.last().row == position)
            ++blocks.last().count;
        else
            blocks.append({position, i, 1});
    }
    // By row, keeping the order of the new steps among those that go to the same row.
    std::stable_sort(blocks.begin(), blocks.end(),
                     [](const Block& a, const Block& b) { return a.row < b.row; });
    if (blocks.size() > kMaxInsertBlocks) {
        // A timeline fetched for a run whose events were shown first puts its steps between the rows one by
        // one. A signal and a copy of the list per step made that quadratic: opening a run of 1 380 steps
        // stalled the window 0.53 s (bench_gui_stall, 2026-12-07). One merge and one reset instead.
        TimelineStepList merged;
        qsizetype next = 0;
        for (int row = 0; row <= int(m_steps.size()); ++row) {
            for (; next < blocks.size() && blocks.at(next).row == row; ++next) {
                for (qsizetype i = blocks.at(next).first; i < blocks.at(next).first + blocks.at(next).count;
                     ++i)
                    merged.append(fresh.at(i));
            }
            if (row < int(m_steps.size()))
                merged.append(m_steps.at(row));
        }
        beginResetModel();
        m_steps = std::move(merged);
        endResetModel();
        changed.clear(); // a reset has every row read again
        return;
    }
    // From the last block up, so that the rows of the blocks still to come stay where they were counted.
    for (qsizetype b = blocks.size() - 1; b >= 0; --b)
        insertBlock(blocks.at(b).row, blocks.at(b).first, blocks.at(b).count);
}

void TimelineModel::closeOpenSteps(QList<int>& changed)
{
    const bool failed = m_run.state() == dwp::RunState::Failed;
    for (int row = 0; row < m_steps.size(); ++row) {
        TimelineStep& step = m_steps[row];
        if (!step.isOpen() || step.placeholder)
            continue;
        step.state = failed ? State::Failed : State::Completed;
        step.endMs = m_run.endMs();
        step.endNanos = m_run.endMs() == kUnknown ? kUnknown : m_run.endMs() * 1000000;
        if (failed)
            step.error = m_run.error();
        changed.append(row);
    }
}

void TimelineModel::updatePlaceholder(bool stepsChanged)
{
    const bool hasPlaceholder = m_steps.hasPlaceholder();
    const bool namedStepOpen = m_steps.hasOpenNamedStep();
    const bool wanted = m_run.isRunning() && !namedStepOpen;
    const int last = int(m_steps.size());
    if (wanted && !hasPlaceholder) {
        TimelineStep placeholder;
        placeholder.placeholder = true;
        beginInsertRows({}, last, last);
        m_steps.append(placeholder);
        endInsertRows();
    } else if (!wanted && hasPlaceholder) {
        beginRemoveRows({}, last - 1, last - 1);
        m_steps.removeLast();
        endRemoveRows();
    } else if (hasPlaceholder && stepsChanged) {
        // It starts where the last step ended, which may have moved.
        emit dataChanged(index(last - 1, 0), index(last - 1, ColumnCount - 1));
    }
}

} // namespace dispatch
