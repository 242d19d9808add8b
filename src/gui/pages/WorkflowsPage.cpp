// SPDX-License-Identifier: MIT
#include "gui/pages/WorkflowsPage.h"

#include "gui/pages/RunDetailPanel.h"
#include "gui/views/ColumnWidths.h"
#include "gui/views/ElideAtEndDelegate.h"
#include "gui/views/EmptyListNotice.h"
#include "gui/views/FilterFieldDelay.h"
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
#include "models/StateEventTypes.h"
#include "models/TimelineModel.h"
#include "models/WorkflowRunFilterProxy.h"
#include "models/WorkflowRunsModel.h"
#include "session/Journal.h"
#include "session/JournalSearchQuery.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace dispatch {

WorkflowsPage::WorkflowsPage(WorkflowRunsModel* runs, TimelineModel* timeline, QWidget* parent)
    : QWidget(parent), m_runs(runs), m_proxy(new WorkflowRunFilterProxy(this)),
      m_textFilter(new QLineEdit(this)), m_sinceLabel(new QLabel(this)), m_table(new QTableView(this)),
      m_detail(new RunDetailPanel(runs, timeline, this)), m_history(new HistorySearchPanel(this))
{
    m_proxy->setSourceModel(runs);
    m_textFilter->setObjectName(QStringLiteral("runTextFilter"));
    m_table->setObjectName(QStringLiteral("runsTable"));
    m_sinceLabel->setForegroundRole(QPalette::PlaceholderText);
    m_sinceLabel->setObjectName(QStringLiteral("runListCountLabel"));
    m_sinceLabel->setWordWrap(true); // a long translation wraps rather than widening the list

    auto* filters = new QHBoxLayout;
    for (const dwp::RunState state : dwp::kRunStates) {
        auto* button = new QToolButton(this);
        button->setText(dwp::StateVocabulary::label(state));
        button->setObjectName(QStringLiteral("runStateFilter_") + dwp::runStateName(state));
        button->setCheckable(true);
        button->setProperty("runState", int(state));
        connect(button, &QToolButton::toggled, this, &WorkflowsPage::applyStateFilter);
        m_stateButtons.append(button);
        filters->addWidget(button);
        if (state == dwp::RunState::Running)
            filters->addWidget(makeWaitingButton());
    }
    m_textFilter->setPlaceholderText(tr("Search run id, workflow, step, error"));
    m_textFilter->setClearButtonEnabled(true);
    m_history->setObjectName(QStringLiteral("runsHistorySearch"));
    m_history->scopeBox()->setToolTip(tr("Search the workflow runs seen since connecting, or all of this "
                                         "profile's history kept on this computer."));
    m_history->setSubjectPrefix(QStringLiteral("wfrun_"));
    m_history->setLiveView(m_table);
    m_history->setQuerySource([this](QString* why) { return historyQuery(why); });
    m_startButton = new QToolButton(this);
    auto* startButton = m_startButton;
    startButton->setObjectName(QStringLiteral("startWorkflowButton"));
    startButton->setText(tr("&Start Workflow…"));
    // The search has a row of its own, as on the Jobs page: beside the state buttons (Waiting among them)
    // it shrank to "L…" in German at 1024 px (issue 20 item 17).
    filters->addStretch(1);
    auto* search = new QHBoxLayout;
    search->addWidget(m_history->scopeBox());
    search->addWidget(m_textFilter, 1);
    search->addWidget(startButton);

    m_selection = new SelectionById(m_table, m_proxy, WorkflowRunsModel::IdRole,
                                    SelectionById::rowOfIn<WorkflowRunsModel>());
    ItemListTable::setUp(m_table, WorkflowRunsModel::StartedColumn); // after the model: sorting applies to it
    new SortWhileShown(m_table, m_proxy, [proxy = m_proxy] {
        return proxy->isFiltering();
    }); // behind another tab, new rows wait unsorted
    m_follower = new ListFollower(m_table);
    m_listActions = new ItemListActions(m_table, tr("Export Workflow Runs"), QStringLiteral("workflow-runs"));
    m_table->setItemDelegateForColumn(WorkflowRunsModel::StateColumn,
                                      new StateBadgeDelegate(m_table, WorkflowRunsModel::ShownStateNameRole,
                                                             WorkflowRunsModel::UnknownToServerRole));
    auto* times = new TimestampDelegate(m_table);
    m_table->setItemDelegateForColumn(WorkflowRunsModel::StartedColumn, times);
    m_table->setItemDelegateForColumn(WorkflowRunsModel::CompletedColumn, times);
    m_table->setItemDelegateForColumn(WorkflowRunsModel::ErrorColumn, new ElideAtEndDelegate(m_table));
    m_emptyNotice = new EmptyListNotice(m_table, [this] { return emptyListText(); });
    m_table->setColumnWidth(WorkflowRunsModel::IdColumn, 215);
    m_table->setColumnWidth(WorkflowRunsModel::NameColumn, 125);
    m_table->setColumnWidth(WorkflowRunsModel::StateColumn, 100);
    m_table->setColumnWidth(WorkflowRunsModel::StartedColumn, 95);
    ColumnWidths::fitHeaders(m_table);
    ColumnWidths::fitStateBadges(m_table, WorkflowRunsModel::StateColumn,
                                 {QStringLiteral("running"), QStringLiteral("waiting"),
                                  QStringLiteral("completed"), QStringLiteral("failed")});
    m_table->setColumnWidth(WorkflowRunsModel::CompletedColumn, 95);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addLayout(search);
    listLayout->addWidget(m_sinceLabel);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_history, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("runsSplitter"));
    splitter->addWidget(listSide);
    auto* detailArea = new PanelScrollArea(m_detail, splitter);
    detailArea->setObjectName(QStringLiteral("runDetailScroll"));
    splitter->addWidget(detailArea);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({560, 720}); // the run list needs room for id, name and state
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    new FilterFieldDelay(m_textFilter, [this](const QString& text) {
        m_proxy->setText(text);
        filtersChanged();
        m_history->filtersChanged();
    });
    connect(m_history, &HistorySearchPanel::scopeChanged, this, &WorkflowsPage::applyScope);
    // As a row of the live list is selected, filters kept (they are the search's), and opened: the session
    // shows the journal's record of a run it has not fetched first (MonitorSession::openRun).
    connect(m_history, &HistorySearchPanel::openRequested, this,
            [this](const QString& runId) { m_selection->select(runId, SelectionById::Filters::Keep); });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &WorkflowsPage::updateSinceLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &WorkflowsPage::updateSinceLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &WorkflowsPage::updateSinceLabel);
    connect(startButton, &QToolButton::clicked, this, &WorkflowsPage::startRequested);
    connect(m_selection, &SelectionById::idChanged, this, &WorkflowsPage::showRun);
    // A run opened from the history is not hidden from anything: the live list is not on screen.
    connect(m_selection, &SelectionById::placeChanged, m_detail, [this](SelectionById::Place place) {
        m_detail->setHiddenFromList(place == SelectionById::Place::FilteredOut &&
                                    !m_history->isHistoryScope());
    });
    connect(m_selection, &SelectionById::filtersInTheWay, this, &WorkflowsPage::clearFilters);
    watchModel();
    updateSinceLabel();
}

void WorkflowsPage::watchModel()
{
    connect(m_runs, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        for (int row = first; row <= last; ++row)
            m_names.insert(m_runs->index(row, 0).data(WorkflowRunsModel::NameRole).toString());
        updateSinceLabel();
    });
    // The proxy passes a removal on before the model has let the rows go; the count is right after it has.
    connect(m_runs, &QAbstractItemModel::rowsRemoved, this, &WorkflowsPage::updateSinceLabel);
}

void WorkflowsPage::setServerAccess(ServerAccess* access)
{
    m_detail->setServerAccess(access);
}

void WorkflowsPage::setModels(WorkflowRunsModel* runs, TimelineModel* timeline)
{
    if (runs == m_runs)
        return;
    m_runs->disconnect(this);
    m_runs = runs;
    m_proxy->setSourceModel(runs); // the selection stays by id (SelectionById)
    m_detail->setModels(runs, timeline);
    m_names.clear();
    for (int row = 0; row < runs->rowCount(); ++row)
        m_names.insert(runs->index(row, 0).data(WorkflowRunsModel::NameRole).toString());
    watchModel();
    updateSinceLabel();
}

void WorkflowsPage::setJournal(const Journal* journal)
{
    m_history->setFilePath(journal ? journal->filePath() : QString());
}

void WorkflowsPage::applyScope(bool history)
{
    m_sinceLabel->setVisible(!history); // the count is about the live list
    m_textFilter->setPlaceholderText(history
                                         ? tr("Search the history: whole words, word* for a prefix, or an id")
                                         : tr("Search run id, workflow, step, error"));
    m_detail->setHiddenFromList(m_selection->place() == SelectionById::Place::FilteredOut && !history);
}

JournalSearchQuery WorkflowsPage::historyQuery(QString* why) const
{
    JournalSearchQuery query = JournalSearchQuery::fromTyped(m_textFilter->text());
    QList<dwp::RunState> states;
    QStringList labels;
    for (const QToolButton* button : std::as_const(m_stateButtons)) {
        if (!button->isChecked())
            continue;
        labels.append(button->text());
        if (!button->property("waiting").toBool())
            states.append(dwp::RunState(button->property("runState").toInt()));
    }
    query.types = StateEventTypes::forRunStates(states);
    if (!labels.isEmpty() && query.types.isEmpty()) {
        //: Above the Workflows page's history search. %1 lists the checked states ("Waiting").
        *why = tr("No event says a run is %1 (the monitor infers waiting), so the history cannot find such "
                  "runs.")
                   .arg(labels.join(QStringLiteral(", ")));
    }
    return query;
}

void WorkflowsPage::keepSelection(const QString& runId)
{
    const QScopedValueRollback keeping(m_keepingSelection, true);
    m_selection->select(runId, SelectionById::Filters::Keep);
}

void WorkflowsPage::showRun(const QString& runId)
{
    m_detail->setRun(runId);
    if (!runId.isEmpty() && !m_keepingSelection)
        emit runOpened(runId);
}

QToolButton* WorkflowsPage::makeWaitingButton()
{
    auto* button = new QToolButton(this);
    button->setText(dwp::StateVocabulary::label(u"waiting"));
    button->setObjectName(QStringLiteral("runStateFilter_waiting"));
    button->setCheckable(true);
    button->setProperty("waiting", true);
    button->setToolTip(tr("Runs the monitor infers are waiting for an event. The server does not report "
                          "waits; earlier runs of the workflow waited at the same step."));
    connect(button, &QToolButton::toggled, this, &WorkflowsPage::applyStateFilter);
    m_stateButtons.append(button);
    return button;
}

void WorkflowsPage::applyStateFilter()
{
    QList<dwp::RunState> states;
    bool waiting = false;
    for (const QToolButton* button : std::as_const(m_stateButtons)) {
        if (!button->isChecked())
            continue;
        if (button->property("waiting").toBool())
            waiting = true;
        else
            states.append(dwp::RunState(button->property("runState").toInt()));
    }
    m_proxy->setStates(states, waiting);
    filtersChanged();
    m_history->filtersChanged();
}

void WorkflowsPage::filtersChanged()
{
    updateSinceLabel();
    m_emptyNotice->refresh();
}

QString WorkflowsPage::emptyListText() const
{
    if (m_runs->rowCount() == 0)
        return tr("No workflow runs seen yet. They appear here as the server reports them.");
    QStringList filters;
    QStringList states;
    for (const QToolButton* button : std::as_const(m_stateButtons)) {
        if (button->isChecked())
            states.append(button->text());
    }
    if (!states.isEmpty()) {
        //: A line under "No runs match these filters:". %1 lists the checked states ("Failed, Waiting").
        filters.append(tr("State: %1").arg(states.join(QStringLiteral(", "))));
    }
    if (!m_proxy->text().isEmpty()) {
        //: A line under "No runs match these filters:". %1 is the text typed in the search field.
        filters.append(tr("Search: “%1”").arg(m_proxy->text()));
    }
    return tr("No runs match these filters:") + u'\n' + filters.join(u'\n');
}

void WorkflowsPage::clearFilters()
{
    for (QToolButton* button : std::as_const(m_stateButtons))
        button->setChecked(false);
    m_textFilter->clear();
}

void WorkflowsPage::updateSinceLabel()
{
    const QDateTime since = m_runs->trackingSince();
    // Runs that left the live window (WorkflowRunsModel::capacity) were seen too.
    const int seen = int(std::min<qint64>(m_runs->rowCount() + m_runs->evictedCount(), INT_MAX));
    const QString time = since.toLocalTime().toString(QStringLiteral("HH:mm"));
    const int shown = m_proxy->rowCount();
    QString text;
    if (!m_proxy->isFiltering() && since.isValid()) {
        //: Above the Workflows table. %n is how many runs the monitor has seen, %1 the time (HH:mm) it
        //: started seeing them.
        text = tr("%n run(s) seen since %1. The server cannot list older runs.", nullptr, seen).arg(time);
    } else if (!m_proxy->isFiltering()) {
        //: Above the Workflows table. %n is how many runs the monitor has seen.
        text = tr("%n run(s) seen since connecting. The server cannot list older runs.", nullptr, seen);
    } else if (since.isValid()) {
        //: Above the Workflows table while filters are set. %1 is how many runs pass them, %n how many the
        //: monitor has seen, %2 the time (HH:mm) it started seeing them.
        text = tr("%1 of %n run(s) seen since %2 match the filters. The server cannot list older runs.",
                  nullptr, seen)
                   .arg(shown)
                   .arg(time);
    } else {
        //: Above the Workflows table while filters are set. %1 is how many runs pass them, %n how many
        //: the monitor has seen.
        text =
            tr("%1 of %n run(s) seen since connecting match the filters. The server cannot list older runs.",
               nullptr, seen)
                .arg(shown);
    }
    if (const qint64 left = m_runs->evictedCount(); left > 0) {
        //: Above the Workflows table, after the count of runs seen. %1 is the most finished runs the list
        //: keeps, %n how many older finished runs have left it.
        text += u' ' + tr("The list keeps the newest %1 finished runs: %n older one(s) left it.", nullptr,
                          int(std::min<qint64>(left, INT_MAX)))
                           .arg(QLocale().toString(m_runs->capacity()));
    }
    m_sinceLabel->setText(text);
}

QString WorkflowsPage::selectedRunId() const
{
    return m_selection->id();
}

QStringList WorkflowsPage::knownWorkflowNames() const
{
    QStringList names(m_names.cbegin(), m_names.cend());
    names.removeAll(QString());
    names.sort();
    return names;
}

bool WorkflowsPage::selectRun(const QString& runId)
{
    // A person asked for this run and wants to see it: filters that hide it go.
    m_selection->select(runId, SelectionById::Filters::Clear);
    return m_runs->rowOf(runId) >= 0;
}

} // namespace dispatch
