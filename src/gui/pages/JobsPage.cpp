// SPDX-License-Identifier: MIT
#include "gui/pages/JobsPage.h"

#include "gui/pages/JobDetailPanel.h"
#include "gui/views/ColumnWidths.h"
#include "gui/views/ElideAtEndDelegate.h"
#include "gui/views/EmptyListNotice.h"
#include "gui/views/FilterFieldDelay.h"
#include "gui/views/FollowServerAccess.h"
#include "gui/views/HistorySearchPanel.h"
#include "gui/views/ItemListActions.h"
#include "gui/views/ItemListTable.h"
#include "gui/views/ListFollower.h"
#include "gui/views/PanelScrollArea.h"
#include "gui/views/SelectionById.h"
#include "gui/views/SortWhileShown.h"
#include "gui/views/StateBadgeDelegate.h"
#include "gui/views/StateStyle.h"
#include "gui/views/TimestampDelegate.h"
#include "models/JobFilterProxy.h"
#include "models/JobsModel.h"
#include "models/StateEventTypes.h"
#include "session/Journal.h"
#include "session/JournalSearchQuery.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace dispatch {

JobsPage::JobsPage(JobsModel* jobs, EventLogModel* log, QWidget* parent)
    : QWidget(parent), m_jobs(jobs), m_proxy(new JobFilterProxy(this)), m_queueFilter(new QComboBox(this)),
      m_textFilter(new QLineEdit(this)), m_sinceLabel(new QLabel(this)), m_table(new QTableView(this)),
      m_detail(new JobDetailPanel(jobs, log, this)), m_history(new HistorySearchPanel(this))
{
    m_proxy->setSourceModel(jobs);
    m_queueFilter->setObjectName(QStringLiteral("queueFilter"));
    m_textFilter->setObjectName(QStringLiteral("jobTextFilter"));
    m_table->setObjectName(QStringLiteral("jobsTable"));
    m_sinceLabel->setForegroundRole(QPalette::PlaceholderText);
    m_sinceLabel->setObjectName(QStringLiteral("jobsSinceLabel"));
    m_sinceLabel->setWordWrap(true); // a long translation wraps rather than widening the list

    // The state buttons have a row of their own, above the queue and the search: side by side they made the
    // list 663 px wide at least and the window 989 px (issue 20 item 17); stacked the page fits 800 px.
    auto* filters = new QHBoxLayout;
    for (const dwp::JobState state :
         {dwp::JobState::Pending, dwp::JobState::Running, dwp::JobState::Completed, dwp::JobState::Failed,
          dwp::JobState::Retrying, dwp::JobState::Cancelled}) {
        auto* button = new QToolButton(this);
        button->setText(dwp::StateVocabulary::label(state));
        button->setObjectName(QStringLiteral("stateFilter_") + dwp::jobStateName(state));
        button->setCheckable(true);
        button->setProperty("jobState", int(state));
        button->setToolTip(tr("Show only jobs in the checked states; none checked shows all."));
        connect(button, &QToolButton::toggled, this, &JobsPage::applyStateFilter);
        m_stateButtons.append(button);
        filters->addWidget(button);
    }
    m_queueFilter->addItem(tr("All queues"), QString());
    // Sized for a usual queue name, not the longest one seen: sizing to contents let a server's 100 kB queue
    // names widen the box until the search field shrank to "S…", and measured every item on each addition
    // (issue 16 item 4). The list that drops down is as wide as the box; a longer name elides there.
    m_queueFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_queueFilter->setMinimumContentsLength(16);
    m_textFilter->setPlaceholderText(tr("Search id, name, queue, error, payload"));
    m_textFilter->setToolTip(tr("Matches ignoring case. Payloads are known for the jobs the monitor has "
                                "looked up: those shown in the list and those opened."));
    m_textFilter->setClearButtonEnabled(true);
    m_history->setObjectName(QStringLiteral("jobsHistorySearch"));
    m_history->scopeBox()->setToolTip(tr("Search the jobs seen since connecting, or all of this profile's "
                                         "history kept on this computer."));
    m_history->setSubjectPrefix(QStringLiteral("job_"));
    m_history->setLiveView(m_table);
    m_history->setQuerySource([this](QString* why) { return historyQuery(why); });
    m_enqueueButton = new QToolButton(this);
    auto* enqueueButton = m_enqueueButton;
    enqueueButton->setObjectName(QStringLiteral("enqueueButton"));
    enqueueButton->setText(tr("&Enqueue…"));
    filters->addStretch(1);
    auto* search = new QHBoxLayout;
    search->addWidget(m_queueFilter);
    search->addWidget(m_history->scopeBox());
    search->addWidget(m_textFilter, 1);
    search->addWidget(enqueueButton);

    m_selection = new SelectionById(m_table, m_proxy, JobsModel::IdRole, SelectionById::rowOfIn<JobsModel>(),
                                    SelectionById::Rows::Several);
    // After the model, so that sorting applies to it. Newest first by enqueue time: a job whose enqueue
    // was not seen was enqueued before the monitor connected, and goes below those it saw enqueued.
    ItemListTable::setUp(m_table, JobsModel::EnqueuedColumn);
    new SortWhileShown(m_table, m_proxy, [proxy = m_proxy] {
        return proxy->isFiltering();
    }); // behind another tab, new rows wait unsorted
    m_follower = new ListFollower(m_table);
    m_listActions = new ItemListActions(m_table, tr("Export Jobs"), QStringLiteral("jobs"));
    m_table->setItemDelegateForColumn(
        JobsModel::StateColumn,
        new StateBadgeDelegate(m_table, JobsModel::StateNameRole, JobsModel::UnknownToServerRole));
    auto* times = new TimestampDelegate(m_table);
    for (const int column : {JobsModel::EnqueuedColumn, JobsModel::StartedColumn, JobsModel::FinishedColumn})
        m_table->setItemDelegateForColumn(column, times);
    m_table->setItemDelegateForColumn(JobsModel::LastErrorColumn, new ElideAtEndDelegate(m_table));
    m_emptyNotice = new EmptyListNotice(m_table, [this] { return emptyListText(); });
    m_table->setColumnWidth(JobsModel::IdColumn, 215);
    m_table->setColumnWidth(JobsModel::NameColumn, 125);
    m_table->setColumnWidth(JobsModel::QueueColumn, 80);
    m_table->setColumnWidth(JobsModel::StateColumn, 100);
    m_table->setColumnWidth(JobsModel::PriorityColumn, 55);
    m_table->setColumnWidth(JobsModel::AttemptColumn, 60);
    m_table->setColumnWidth(JobsModel::LastErrorColumn, 170);
    for (const int column : {JobsModel::EnqueuedColumn, JobsModel::StartedColumn, JobsModel::FinishedColumn})
        m_table->setColumnWidth(column, 95);
    ColumnWidths::fitHeaders(m_table);
    ColumnWidths::fitStateBadges(m_table, JobsModel::StateColumn,
                                 {QStringLiteral("pending"), QStringLiteral("running"),
                                  QStringLiteral("completed"), QStringLiteral("failed"),
                                  QStringLiteral("retrying"), QStringLiteral("cancelled")});

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addLayout(search);
    listLayout->addWidget(m_sinceLabel);
    listLayout->addWidget(makeSeveralJobsBar());
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_history, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("jobsSplitter"));
    splitter->addWidget(listSide);
    auto* detailArea = new PanelScrollArea(m_detail, splitter);
    detailArea->setObjectName(QStringLiteral("jobDetailScroll"));
    splitter->addWidget(detailArea);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_queueFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setQueue(m_queueFilter->currentData().toString());
        filtersChanged();
    });
    new FilterFieldDelay(m_textFilter, [this](const QString& text) {
        m_proxy->setText(text);
        filtersChanged();
        m_history->filtersChanged();
    });
    connect(m_history, &HistorySearchPanel::scopeChanged, this, &JobsPage::applyScope);
    // As a row of the live list is selected, but the filters stay: they are the search's.
    connect(m_history, &HistorySearchPanel::openRequested, this,
            [this](const QString& jobId) { m_selection->select(jobId, SelectionById::Filters::Keep); });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &JobsPage::updateSinceLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &JobsPage::updateSinceLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &JobsPage::updateSinceLabel);
    connect(m_selection, &SelectionById::idChanged, m_detail, &JobDetailPanel::setJob);
    // A job opened from the history is not hidden from anything: the live list is not on screen.
    connect(m_selection, &SelectionById::placeChanged, m_detail, [this](SelectionById::Place place) {
        m_detail->setHiddenFromList(place == SelectionById::Place::FilteredOut &&
                                    !m_history->isHistoryScope());
    });
    connect(m_selection, &SelectionById::filtersInTheWay, this, &JobsPage::clearFilters);
    connect(enqueueButton, &QToolButton::clicked, this, &JobsPage::enqueueRequested);
    connect(m_detail, &JobDetailPanel::detailsWanted, this, &JobsPage::detailsWanted);
    connect(m_detail, &JobDetailPanel::enqueueAgainRequested, this, &JobsPage::enqueueAgainRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobsPage::showSeveralJobsBar);
    watchModel();
    noteNewRows(0, m_jobs->rowCount() - 1);
}

QWidget* JobsPage::makeSeveralJobsBar()
{
    m_severalBar = new QWidget(this);
    m_severalBar->setObjectName(QStringLiteral("severalJobsBar"));
    m_severalCount = new QLabel(m_severalBar);
    m_retrySeveral = new QPushButton(tr("Retry Selected…"), m_severalBar);
    m_retrySeveral->setObjectName(QStringLiteral("retrySeveralButton"));
    m_cancelSeveral = new QPushButton(tr("Cancel Selected…"), m_severalBar);
    m_cancelSeveral->setObjectName(QStringLiteral("cancelSeveralButton"));
    auto* layout = new QHBoxLayout(m_severalBar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_severalCount, 1);
    layout->addWidget(m_retrySeveral);
    layout->addWidget(m_cancelSeveral);
    // The ids as selected at the click: the question and the action are about these, whatever the list
    // does meanwhile.
    connect(m_retrySeveral, &QPushButton::clicked, this,
            [this] { emit retrySeveralRequested(selectedJobIds()); });
    connect(m_cancelSeveral, &QPushButton::clicked, this,
            [this] { emit cancelSeveralRequested(selectedJobIds()); });
    m_severalBar->hide();
    return m_severalBar;
}

void JobsPage::showSeveralJobsBar()
{
    const int count = int(m_table->selectionModel()->selectedRows().size());
    m_severalBar->setVisible(count > 1 && !m_history->isHistoryScope());
    //: Above the Jobs table while several rows are selected; %n is how many.
    m_severalCount->setText(tr("%n job(s) selected.", nullptr, count));
    // Only the server's REST admin API retries (§8); the reason shows on the button when it is missing.
    // Offline, the rows are stale and nothing is sent (issue 20 item 6).
    const QString offline = m_access ? m_access->whyOffline() : QString();
    m_retrySeveral->setEnabled(m_restAvailable && offline.isEmpty());
    m_retrySeveral->setToolTip(!offline.isEmpty() ? offline
                               : m_restAvailable  ? tr("Retry the selected jobs that failed; the server "
                                                        "refuses the others, and the summary says which.")
                                                  : m_restUnavailableReason);
    m_cancelSeveral->setEnabled(offline.isEmpty());
    m_cancelSeveral->setToolTip(!offline.isEmpty() ? offline
                                : m_restAvailable
                                    ? tr("Cancel the selected jobs that have not started; the server refuses "
                                         "the others, and the summary says which.")
                                    : m_restUnavailableReason);
}

void JobsPage::setServerAccess(ServerAccess* access)
{
    m_detail->setServerAccess(access);
    followServerAccess(m_access, access, this, &JobsPage::showSeveralJobsBar);
}

void JobsPage::setRestAvailable(bool available, const QString& whyNot)
{
    m_restAvailable = available;
    m_restUnavailableReason = whyNot;
    m_detail->setRestAvailable(available, whyNot);
    showSeveralJobsBar();
}

QStringList JobsPage::selectedJobIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex& row : std::as_const(rows))
        ids.append(row.data(JobsModel::IdRole).toString());
    return ids;
}

void JobsPage::watchModel()
{
    connect(m_jobs, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { noteNewRows(first, last); });
    // The proxy passes a removal on before the model has let the rows go; the count is right after it has.
    connect(m_jobs, &QAbstractItemModel::rowsRemoved, this, &JobsPage::updateSinceLabel);
    connect(m_jobs, &QAbstractItemModel::modelReset, this, [this] {
        m_names.clear();
        noteNewRows(0, m_jobs->rowCount() - 1);
    });
}

void JobsPage::setModels(JobsModel* jobs, EventLogModel* log)
{
    if (jobs == m_jobs)
        return;
    m_jobs->disconnect(this);
    m_jobs = jobs;
    m_proxy->setSourceModel(jobs); // the selection stays by id (SelectionById)
    m_detail->setModels(jobs, log);
    m_names.clear();
    watchModel();
    noteNewRows(0, m_jobs->rowCount() - 1);
}

void JobsPage::setJournal(const Journal* journal)
{
    m_history->setFilePath(journal ? journal->filePath() : QString());
}

void JobsPage::applyScope(bool history)
{
    // The history holds events, which have a queue but are not filtered by one here: words find a queue.
    // The count and the bar for several rows are about the live list.
    m_queueFilter->setEnabled(!history);
    m_sinceLabel->setVisible(!history);
    m_textFilter->setPlaceholderText(history
                                         ? tr("Search the history: whole words, word* for a prefix, or an id")
                                         : tr("Search id, name, queue, error, payload"));
    m_detail->setHiddenFromList(m_selection->place() == SelectionById::Place::FilteredOut && !history);
    showSeveralJobsBar();
}

JournalSearchQuery JobsPage::historyQuery(QString* why) const
{
    JournalSearchQuery query = JournalSearchQuery::fromTyped(m_textFilter->text());
    const QList<dwp::JobState> states = m_proxy->states();
    query.types = StateEventTypes::forJobStates(states);
    if (!states.isEmpty() && query.types.isEmpty()) {
        QStringList labels;
        for (const dwp::JobState state : states)
            labels.append(dwp::StateVocabulary::label(state));
        //: Above the Jobs page's history search. %1 lists the checked states ("Cancelled").
        *why = tr("No event says a job is %1 (cancelling sends none), so the history cannot find such jobs.")
                   .arg(labels.join(QStringLiteral(", ")));
    }
    return query;
}

void JobsPage::keepSelection(const QString& jobId)
{
    m_selection->select(jobId, SelectionById::Filters::Keep);
}

void JobsPage::applyStateFilter()
{
    QList<dwp::JobState> states;
    for (const QToolButton* button : std::as_const(m_stateButtons)) {
        if (button->isChecked())
            states.append(dwp::JobState(button->property("jobState").toInt()));
    }
    m_proxy->setStates(states);
    filtersChanged();
    m_history->filtersChanged();
}

void JobsPage::filtersChanged()
{
    updateSinceLabel();
    m_emptyNotice->refresh();
}

QString JobsPage::emptyListText() const
{
    if (m_jobs->rowCount() == 0)
        return tr("No jobs seen yet. They appear here as the server reports them.");
    QStringList filters;
    QStringList states;
    for (const dwp::JobState state : m_proxy->states())
        states.append(dwp::StateVocabulary::label(state));
    if (!states.isEmpty()) {
        //: A line under "No jobs match these filters:". %1 lists the checked states ("Failed, Retrying").
        filters.append(tr("State: %1").arg(states.join(QStringLiteral(", "))));
    }
    if (!m_proxy->queue().isEmpty()) {
        //: A line under "No jobs match these filters:". %1 is the queue chosen.
        filters.append(tr("Queue: %1").arg(m_proxy->queue()));
    }
    if (!m_proxy->text().isEmpty()) {
        //: A line under "No jobs match these filters:". %1 is the text typed in the search field.
        filters.append(tr("Search: “%1”").arg(m_proxy->text()));
    }
    return tr("No jobs match these filters:") + u'\n' + filters.join(u'\n');
}

void JobsPage::clearFilters()
{
    for (QToolButton* button : std::as_const(m_stateButtons))
        button->setChecked(false);
    m_queueFilter->setCurrentIndex(0);
    m_textFilter->clear();
}

void JobsPage::noteNewRows(int first, int last)
{
    // Queues and names come only from what has been seen; new ones extend the filter and the completer.
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_jobs->index(row, 0);
        const QString queue = index.data(JobsModel::QueueRole).toString();
        if (!queue.isEmpty() && !m_queues.contains(queue)) {
            m_queues.insert(queue);
            m_queueFilter->addItem(queue, queue);
        }
        m_names.insert(index.data(JobsModel::NameRole).toString());
    }
    updateSinceLabel();
}

void JobsPage::updateSinceLabel()
{
    const QDateTime since = m_jobs->trackingSince();
    // Jobs that left the live window (JobsModel::capacity) were seen too.
    const int seen = int(std::min<qint64>(m_jobs->rowCount() + m_jobs->evictedCount(), INT_MAX));
    const QString time = since.toLocalTime().toString(QStringLiteral("HH:mm"));
    const int shown = m_proxy->rowCount();
    QString text;
    if (!m_proxy->isFiltering() && since.isValid()) {
        //: Above the Jobs table. %n is how many jobs the monitor has seen, %1 the time (HH:mm) it started
        //: seeing them.
        text = tr("%n job(s) seen since %1. The server cannot list older jobs.", nullptr, seen).arg(time);
    } else if (!m_proxy->isFiltering()) {
        //: Above the Jobs table. %n is how many jobs the monitor has seen.
        text = tr("%n job(s) seen since connecting. The server cannot list older jobs.", nullptr, seen);
    } else if (since.isValid()) {
        //: Above the Jobs table while filters are set. %1 is how many jobs pass them, %n how many the
        //: monitor has seen, %2 the time (HH:mm) it started seeing them.
        text = tr("%1 of %n job(s) seen since %2 match the filters. The server cannot list older jobs.",
                  nullptr, seen)
                   .arg(shown)
                   .arg(time);
    } else {
        //: Above the Jobs table while filters are set. %1 is how many jobs pass them, %n how many the
        //: monitor has seen.
        text =
            tr("%1 of %n job(s) seen since connecting match the filters. The server cannot list older jobs.",
               nullptr, seen)
                .arg(shown);
    }
    if (const qint64 left = m_jobs->evictedCount(); left > 0) {
        //: Above the Jobs table, after the count of jobs seen. %1 is the most finished jobs the list keeps
        //: (--keep-jobs), %n how many older finished jobs have left it.
        text += u' ' + tr("The list keeps the newest %1 finished jobs: %n older one(s) left it.", nullptr,
                          int(std::min<qint64>(left, INT_MAX)))
                           .arg(QLocale().toString(m_jobs->capacity()));
    }
    m_sinceLabel->setText(text);
}

QStringList JobsPage::knownQueues() const
{
    QStringList queues(m_queues.cbegin(), m_queues.cend());
    queues.sort();
    return queues;
}

QStringList JobsPage::knownNames() const
{
    QStringList names(m_names.cbegin(), m_names.cend());
    names.removeAll(QString());
    names.sort();
    return names;
}

QString JobsPage::selectedJobId() const
{
    return m_selection->id();
}

bool JobsPage::selectJob(const QString& jobId)
{
    // A person asked for this job and wants to see it: filters that hide it go.
    m_selection->select(jobId, SelectionById::Filters::Clear);
    return m_jobs->rowOf(jobId) >= 0;
}

} // namespace dispatch
