// SPDX-License-Identifier: MIT
#include "session/JournalSearchModel.h"

#include "coro/Detached.h"
#include "protocol/ServerText.h"
#include "session/JournalSearch.h"

#include <QDateTime>
#include <QPointer>
#include <algorithm>

namespace dispatch {

namespace {

using Hit = JournalSearchPage::Hit;

QString shown(const QString& text, qsizetype maxChars)
{
    return dwp::ServerText::forDisplay(text, maxChars);
}

} // namespace

JournalSearchModel::JournalSearchModel(QObject* parent) : QAbstractTableModel(parent) {}

void JournalSearchModel::setFilePath(const QString& filePath)
{
    if (filePath == m_filePath)
        return;
    m_filePath = filePath;
    clear();
}

void JournalSearchModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_hits.clear();
    m_gapCount = 0;
    endResetModel();
    m_fetching = false;
    m_atEnd = true;
    m_error.clear();
    emit searchChanged();
}

void JournalSearchModel::setQuery(const JournalSearchQuery& query)
{
    m_query = query;
    clear();
    m_atEnd = false;
    fetch(query);
}

bool JournalSearchModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_fetching && !m_atEnd;
}

void JournalSearchModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        fetch(m_next);
}

void JournalSearchModel::fetch(JournalSearchQuery pageQuery)
{
    m_fetching = true;
    m_error.clear();
    emit searchChanged();
    auto read = [](QPointer<JournalSearchModel> self, quint64 generation, QString path,
                   JournalSearchQuery query) -> QCoro::Task<> {
        JournalSearchPage page = co_await JournalSearch::pageOnWorkerThread(path, query);
        if (self)
            self->take(generation, std::move(page));
    };
    detached(read(this, m_generation, m_filePath, std::move(pageQuery)), this, "searching the journal");
}

void JournalSearchModel::take(quint64 generation, JournalSearchPage page)
{
    if (generation != m_generation)
        return; // the query changed while this page was read
    if (m_inserting) {
        // A page read for a fetchMore() that a slot of this model's own insertion made (a view or
        // QAbstractItemModelTester asks for more on rowsAboutToBeInserted), arriving before that insertion
        // ended: inserted now it would go in the middle of it. It follows it instead.
        QMetaObject::invokeMethod(
            this, [this, generation, page = std::move(page)]() mutable { take(generation, std::move(page)); },
            Qt::QueuedConnection);
        return;
    }
    m_fetching = false;
    m_error = page.error;
    m_atEnd = page.atEnd || !page.error.isEmpty();
    m_next = page.next;
    if (!page.hits.isEmpty()) {
        m_inserting = true;
        beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + page.hits.size() - 1));
        m_gapCount += int(std::count_if(page.hits.cbegin(), page.hits.cend(),
                                        [](const Hit& hit) { return hit.source == Hit::Source::Gap; }));
        m_hits.append(std::move(page.hits));
        endInsertRows();
        m_inserting = false;
    }
    emit searchChanged();
}

int JournalSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int JournalSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Hit& hit = m_hits.at(index.row());
    if (hit.source == Hit::Source::Gap) {
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == TimeColumn ? QVariant(hit.gap.sentence()) : QVariant();
        case Qt::ToolTipRole:
            return hit.gap.sentence();
        case IsGapRole:
            return true;
        case TimeRole:
            return QDateTime::fromMSecsSinceEpoch(hit.gap.toMs, Qt::UTC);
        case IsLookupRole:
            return false;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayData(hit, index.column());
    case Qt::ToolTipRole:
        return index.column() == ErrorColumn ? QVariant(shown(hit.error, dwp::ServerText::kDisplayCellChars))
                                             : QVariant();
    case SubjectIdRole:
        return hit.subjectId;
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(hit.tsUs / 1000, Qt::UTC);
    case IsLookupRole:
        return hit.source == Hit::Source::Lookup;
    case IsGapRole:
        return false;
    default:
        return {};
    }
}

QVariant JournalSearchModel::displayData(const Hit& hit, int column) const
{
    switch (Column(column)) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(hit.tsUs / 1000, Qt::UTC).toLocalTime();
    case TypeColumn:
        if (hit.source == Hit::Source::Event)
            return shown(hit.type, dwp::ServerText::kDisplayNameChars);
        if (hit.state.isEmpty())
            //: A search result that is no event but a job, run or timeline as looked up. %1 is "job", "run"
            //: or "timeline" (the record's kind, not translated).
            return tr("looked up: %1").arg(hit.type);
        //: A search result that is no event but a job or run as looked up. %1 is "job" or "run" (the
        //: record's kind, not translated), %2 its state as the server wrote it.
        return tr("looked up: %1, %2").arg(hit.type, shown(hit.state, dwp::ServerText::kDisplayNameChars));
    case IdColumn:
        return shown(hit.subjectId, dwp::ServerText::kDisplayNameChars);
    case NameColumn:
        return hit.step.isEmpty() ? shown(hit.name, dwp::ServerText::kDisplayNameChars)
                                  //: A search result's name column: %1 is a workflow's name, %2 a step's.
                                  : tr("%1 › %2").arg(shown(hit.name, dwp::ServerText::kDisplayNameChars),
                                                      shown(hit.step, dwp::ServerText::kDisplayNameChars));
    case QueueColumn:
        return shown(hit.queue, dwp::ServerText::kDisplayNameChars);
    case ErrorColumn:
        return shown(hit.error, dwp::ServerText::kDisplayCellChars);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JournalSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Type");
    case IdColumn:
        return tr("Job / run", "the job or workflow run a search result is about");
    case NameColumn:
        return tr("Name");
    case QueueColumn:
        return tr("Queue");
    case ErrorColumn:
        return tr("Error");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace dispatch
