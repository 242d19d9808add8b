// SPDX-License-Identifier: MIT
#include "models/JobTable.h"

#include "models/DisplayText.h"
#include "protocol/ServerText.h"

#include <algorithm>
#include <limits>

namespace dispatch {

using dwp::JobState;
using modeltime::kUnknown;

namespace {

std::optional<JobState> stateOf(const JobRow& row)
{
    if (row.state == JobRow::kUnknownState)
        return std::nullopt;
    return JobState(row.state);
}

qint32 clampToInt(qint64 value)
{
    return qint32(
        std::clamp<qint64>(value, std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::max()));
}

} // namespace

void JobTable::commitStaged()
{
    for (const JobRow& row : m_staged)
        m_rows.append(row);
    m_staged.clear();
}

void JobTable::clear()
{
    m_rows.clear();
    m_staged = {};
    m_firstSequence = 0;
    m_rowByPackedId.clear();
    m_rowByTextId.clear();
    m_textIds.clear();
    m_nextTextId = 0;
    m_fetched.clear();
    m_unfinished = 0;
    m_names.clear();
    m_errors.clear();
    m_matchCache = {}; // the pools' references now name other texts
}

int JobTable::find(const QString& jobId) const
{
    const auto packed = CompactJobId::pack(jobId);
    const int sequence = packed ? m_rowByPackedId.value(*packed, -1) : m_rowByTextId.value(jobId, -1);
    return sequence < 0 ? -1 : sequence - m_firstSequence;
}

int JobTable::findOrStage(const QString& jobId)
{
    if (const int existing = find(jobId); existing >= 0)
        return existing;
    const int row = committedCount() + stagedCount();
    JobRow fresh;
    if (const auto packed = CompactJobId::pack(jobId)) {
        fresh.id = *packed;
    } else {
        fresh.id = CompactJobId(0, m_nextTextId);
        fresh.set(JobRow::TextId, true);
        m_textIds.insert(m_nextTextId++, jobId);
    }
    index(fresh, sequenceOf(row));
    m_staged.push_back(fresh);
    return row;
}

const JobRow& JobTable::row(int row) const
{
    return row < committedCount() ? m_rows[row] : m_staged[size_t(row - committedCount())];
}

JobRow& JobTable::mutableRow(int row)
{
    return row < committedCount() ? m_rows[row] : m_staged[size_t(row - committedCount())];
}

bool JobTable::isUnfinished(const JobRow& row)
{
    return row.state != JobRow::kUnknownState && !dwp::isTerminal(JobState(row.state));
}

void JobTable::countUnfinished(const JobRow& before, const JobRow& after)
{
    m_unfinished += int(isUnfinished(after)) - int(isUnfinished(before));
}

void JobTable::index(const JobRow& row, int sequence)
{
    if (row.has(JobRow::TextId))
        m_rowByTextId.insert(m_textIds.value(row.id.low()), sequence);
    else
        m_rowByPackedId.insert(row.id, sequence);
}

void JobTable::forgetId(const JobRow& row)
{
    if (row.has(JobRow::TextId))
        m_rowByTextId.remove(m_textIds.take(row.id.low()));
    else
        m_rowByPackedId.remove(row.id);
}

int JobTable::dropOldest(int count, const QList<int>& keep)
{
    Q_ASSERT(m_staged.empty());
    count = std::clamp(count, 0, committedCount());
    struct Kept
    {
        JobRow row;
        std::optional<FetchedDetails> details;
    };
    std::vector<Kept> kept;
    kept.reserve(size_t(keep.size()));
    qsizetype nextKept = 0;
    for (int row = 0; row < count; ++row) {
        const JobRow& job = m_rows[row];
        if (nextKept < keep.size() && keep.at(nextKept) == row) {
            ++nextKept;
            Kept moving{job, std::nullopt};
            if (const auto found = m_fetched.find(sequenceOf(row)); found != m_fetched.end()) {
                moving.details = std::move(*found);
                m_fetched.erase(found);
            }
            kept.push_back(std::move(moving));
            continue; // its id stays, pointed at its new row below
        }
        countUnfinished(job, JobRow());
        forgetId(job);
    }
    const int firstKept = sequenceOf(count);
    m_fetched.removeIf([firstKept](const auto& entry) { return entry.key() < firstKept; });
    m_rows.dropFront(count);
    m_firstSequence += count;
    for (Kept& moving : kept) {
        const int sequence = sequenceOf(committedCount() + stagedCount());
        index(moving.row, sequence);
        if (moving.details)
            m_fetched.insert(sequence, std::move(*moving.details));
        m_staged.push_back(moving.row);
    }
    if (m_firstSequence > kRenumberAt)
        renumber();
    compactPools();
    return int(kept.size());
}

void JobTable::moveFrontToEnd(int count)
{
    Q_ASSERT(m_staged.empty());
    count = std::clamp(count, 0, committedCount());
    if (count == 0 || count == committedCount())
        return;
    // The rows and details taken out first: appending before dropping would put the blocks of both in
    // memory at once, and the details are keyed by the sequence numbers that change.
    std::vector<JobRow> moving;
    moving.reserve(size_t(count));
    std::vector<std::pair<int, FetchedDetails>> details; // index into `moving` → its details
    for (int row = 0; row < count; ++row) {
        moving.push_back(m_rows[row]);
        if (m_fetched.isEmpty())
            continue;
        if (const auto found = m_fetched.find(sequenceOf(row)); found != m_fetched.end()) {
            details.emplace_back(row, std::move(*found));
            m_fetched.erase(found);
        }
    }
    m_rows.dropFront(count);
    m_firstSequence += count;
    const int firstMoved = committedCount();
    for (const JobRow& job : moving) {
        index(job, sequenceOf(committedCount()));
        m_rows.append(job);
    }
    for (auto& [row, fetched] : details)
        m_fetched.insert(sequenceOf(firstMoved + row), std::move(fetched));
    if (m_firstSequence > kRenumberAt)
        renumber();
}

void JobTable::renumber()
{
    const int offset = m_firstSequence;
    m_rowByPackedId.subtractFromAll(offset);
    for (auto it = m_rowByTextId.begin(); it != m_rowByTextId.end(); ++it)
        it.value() -= offset;
    QHash<int, FetchedDetails> fetched;
    fetched.reserve(m_fetched.size());
    for (auto it = m_fetched.begin(); it != m_fetched.end(); ++it)
        fetched.insert(it.key() - offset, std::move(it.value()));
    m_fetched = std::move(fetched);
    m_firstSequence = 0;
}

void JobTable::compactPools()
{
    // Twice the texts the rows could refer to, and a floor so that a small window does not rebuild often:
    // a rebuild reads every row, so it happens at most once per that many new texts.
    const qsizetype rows = committedCount() + stagedCount();
    const auto wasteful = [rows](const StringPool& pool) { return pool.size() > 2 * rows + 4096; };
    const auto rebuild = [this](StringPool& pool, std::initializer_list<StringPool::Ref JobRow::*> fields) {
        constexpr StringPool::Ref kNotMapped = std::numeric_limits<StringPool::Ref>::max();
        StringPool fresh;
        std::vector<StringPool::Ref> mapped(size_t(pool.size()), kNotMapped);
        const auto remap = [&](JobRow& row) {
            for (StringPool::Ref JobRow::*field : fields) {
                StringPool::Ref& ref = row.*field;
                if (mapped[ref] == kNotMapped)
                    mapped[ref] = fresh.intern(pool.text(ref));
                ref = mapped[ref];
            }
        };
        for (int row = 0; row < committedCount(); ++row)
            remap(m_rows[row]);
        for (JobRow& row : m_staged)
            remap(row);
        pool = std::move(fresh);
    };
    bool rebuilt = false;
    if (wasteful(m_names)) {
        rebuild(m_names, {&JobRow::name, &JobRow::queue});
        rebuilt = true;
    }
    if (wasteful(m_errors)) {
        rebuild(m_errors, {&JobRow::lastError});
        rebuilt = true;
    }
    if (rebuilt)
        m_matchCache = {}; // the references now name other texts
}

bool JobTable::applySignal(int index, JobLifecycle::Signal signal, const dwp::JobEventData& data,
                           qint64 nanos, qint64 millis)
{
    using Signal = JobLifecycle::Signal;
    JobRow& row = mutableRow(index);
    const JobRow before = row;
    row.set(JobRow::UnknownToServer, false); // news of the job: the server knows it again
    if (row.name == StringPool::kEmpty)
        row.name = m_names.intern(DisplayText::name(data.jobName));
    if (row.queue == StringPool::kEmpty)
        row.queue = m_names.intern(DisplayText::name(data.queue));

    const bool moves = JobLifecycle::moves(stateOf(row), row.stateNanos, signal, nanos);
    if (moves) {
        row.state = quint8(JobLifecycle::stateAfter(signal));
        // The time of the event that set the state, even an outcome stamped before the start it ends: a later
        // outcome is then compared with this one, whichever of the two arrived first.
        row.stateNanos = nanos;
        row.set(JobRow::CancelledByUs, false);
    }
    // The fields below merge so that the same events give the same row in any arrival order.
    switch (signal) {
    case Signal::Enqueued:
        row.enqueuedMs = row.enqueuedMs == kUnknown ? millis : std::min(row.enqueuedMs, millis);
        break;
    case Signal::Started:
        // The latest start is the current (or last) run: a retry, or the unknown-name loop.
        row.startedMs = row.startedMs == kUnknown ? millis : std::max(row.startedMs, millis);
        break;
    case Signal::Retrying:
        row.attempt = std::max(row.attempt, clampToInt(data.attempt));
        break;
    case Signal::Completed:
        if (moves)
            row.set(JobRow::DeadLettered, false); // ran again after a REST retry of a dead-lettered job
        if (moves || row.finishedMs == kUnknown) {
            row.finishedMs = millis;
            row.elapsedMs = data.elapsedMs; // omitted on the wire when 0 ms (§5), which parses as 0
        }
        break;
    case Signal::Failed:
    case Signal::DeadLettered:
        if (signal == Signal::DeadLettered && stateOf(row) == JobState::Failed)
            row.set(JobRow::DeadLettered, true);
        if (moves || row.finishedMs == kUnknown) {
            row.finishedMs = millis;
            row.elapsedMs = kUnknown; // only job.completed carries the worker's measure
        }
        if (moves || row.lastError == StringPool::kEmpty)
            row.lastError = m_errors.intern(DisplayText::error(data.error));
        break;
    case Signal::Cancelled:
        break;
    }
    countUnfinished(before, row);
    return !(row == before);
}

bool JobTable::applyFetchedJob(int index, const dwp::Job& job)
{
    JobRow& row = mutableRow(index);
    const JobRow before = row;
    row.name = m_names.intern(DisplayText::name(job.name));
    row.queue = m_names.intern(DisplayText::name(job.queue));
    row.priority = clampToInt(job.priority);
    row.attempt = clampToInt(job.retryCount);
    row.set(JobRow::Fetched, true);
    row.set(JobRow::UnknownToServer, false);
    row.set(JobRow::AttemptCountsLastFailure, job.knownState() == JobState::Failed);
    if (const qint64 created = modeltime::toMillis(job.createdAt); created != kUnknown)
        row.enqueuedMs = created;

    // A reply can be overtaken by events while in flight: its state wins only if at least as recent.
    const qint64 updatedNanos = modeltime::toNanos(job.updatedAt);
    const auto fetchedState = job.knownState();
    const bool stateApplies = fetchedState && (!stateOf(row) || updatedNanos >= row.stateNanos);
    if (stateApplies) {
        row.state = quint8(*fetchedState);
        row.stateNanos = updatedNanos;
        row.lastError = m_errors.intern(DisplayText::error(job.lastError));
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
        row.lastError = m_errors.intern(DisplayText::error(job.lastError));
    }
    if (job.startedAt)
        row.startedMs = modeltime::toMillis(*job.startedAt);
    if (job.completedAt && (stateApplies || row.finishedMs == kUnknown))
        row.finishedMs = modeltime::toMillis(*job.completedAt);

    countUnfinished(before, row);
    FetchedDetails& details = m_fetched[sequenceOf(index)];
    const QByteArray payload = job.payload.value_or(QByteArray());
    const bool payloadChanged = details.payload != payload || details.payloadReleased;
    if (payloadChanged) {
        details.payload = payload;
        details.payloadReleased = false;
        details.searchablePayload =
            QString::fromUtf8(payload.left(kSearchablePayloadChars)).left(kSearchablePayloadChars).toLower();
    }
    const QString fullError =
        job.lastError.size() > dwp::ServerText::kDisplayErrorChars ? job.lastError : QString();
    const bool fullErrorChanged = details.fullError != fullError;
    details.fullError = fullError;
    details.maxRetries = job.maxRetries;
    details.workerId = job.workerId;
    return payloadChanged || fullErrorChanged || !(row == before);
}

bool JobTable::markUnknownToServer(int index)
{
    JobRow& row = mutableRow(index);
    const bool was = row.has(JobRow::UnknownToServer);
    row.set(JobRow::UnknownToServer, true);
    return !was;
}

int JobTable::retriesOf(const JobRow& row)
{
    // The server increments retry_count before it dead-letters a job (dwp-protocol.md §5): a job that
    // failed for good has one more than its last job.retrying said. Worked out here, when the row is read,
    // so that it does not depend on whether job.retrying or job.failed arrived first, and so that opening
    // the job (job.get, the server's count) does not change the number (issue 20 item 11).
    const bool failedForGood = row.state == quint8(JobState::Failed);
    return failedForGood && !row.has(JobRow::AttemptCountsLastFailure) ? row.attempt + 1 : row.attempt;
}

bool JobTable::markCancelled(int index)
{
    JobRow& row = mutableRow(index);
    const JobRow before = row;
    row.state = quint8(JobState::Cancelled);
    row.set(JobRow::CancelledByUs, true);
    // stateNanos stays: only outcomes newer than what we saw before the cancel may overwrite it
    // (JobLifecycle).
    countUnfinished(before, row);
    return !(row == before);
}

const QString& JobTable::fullErrorText(int index) const
{
    // Only while it is still the job's error: a later event may have brought another one.
    const QString& shown = errorText(row(index));
    const auto found = m_fetched.constFind(sequenceOf(index));
    const bool current = found != m_fetched.cend() && !found->fullError.isEmpty() &&
                         DisplayText::error(found->fullError) == shown;
    return current ? found->fullError : shown;
}

QByteArray JobTable::payload(int row) const
{
    const auto found = m_fetched.constFind(sequenceOf(row));
    return found == m_fetched.cend() ? QByteArray() : found->payload;
}

bool JobTable::releaseLargePayload(int row)
{
    const auto found = m_fetched.find(sequenceOf(row));
    if (found == m_fetched.end() || found->payload.size() <= kKeptPayloadBytes)
        return false;
    found->payload.clear();
    found->payloadReleased = true;
    return true;
}

bool JobTable::isPayloadReleased(int row) const
{
    const auto found = m_fetched.constFind(sequenceOf(row));
    return found != m_fetched.cend() && found->payloadReleased;
}

bool JobTable::pooledTextMatches(const StringPool& pool, StringPool::Ref ref, std::vector<qint8>& verdicts,
                                 const QStringMatcher& matcher) const
{
    if (ref >= verdicts.size())
        verdicts.resize(size_t(pool.size()), -1); // the pool grew since the last look
    qint8& verdict = verdicts[ref];
    if (verdict < 0)
        verdict = matcher.indexIn(pool.text(ref)) >= 0 ? 1 : 0;
    return verdict == 1;
}

bool JobTable::containsText(int index, const QStringMatcher& matcher) const
{
    if (m_matchCache.pattern != matcher.pattern() || m_matchCache.sensitivity != matcher.caseSensitivity())
        m_matchCache = {matcher.pattern(),
                        matcher.caseSensitivity(),
                        {},
                        {},
                        QStringMatcher(matcher.pattern().toLower(), Qt::CaseSensitive)};
    const JobRow& job = row(index);
    if (pooledTextMatches(m_names, job.name, m_matchCache.names, matcher) ||
        pooledTextMatches(m_names, job.queue, m_matchCache.names, matcher) ||
        pooledTextMatches(m_errors, job.lastError, m_matchCache.errors, matcher))
        return true;
    if (job.has(JobRow::TextId)) {
        if (matcher.indexIn(m_textIds.value(job.id.low())) >= 0)
            return true;
    } else {
        QChar id[CompactJobId::kTextLength];
        job.id.writeText(id);
        if (matcher.indexIn(QStringView(id, CompactJobId::kTextLength)) >= 0)
            return true;
    }
    if (m_fetched.isEmpty())
        return false;
    const auto fetched = m_fetched.constFind(sequenceOf(index));
    return fetched != m_fetched.cend() && m_matchCache.lowered.indexIn(fetched->searchablePayload) >= 0;
}

QString JobTable::idText(const JobRow& row) const
{
    return row.has(JobRow::TextId) ? m_textIds.value(row.id.low()) : row.id.toString();
}

qint64 JobTable::elapsedOf(const JobRow& row)
{
    if (row.elapsedMs != kUnknown)
        return row.elapsedMs;
    if (row.startedMs != kUnknown && row.finishedMs != kUnknown && row.finishedMs >= row.startedMs)
        return row.finishedMs - row.startedMs;
    return kUnknown;
}

} // namespace dispatch
