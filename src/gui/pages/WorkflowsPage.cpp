// SPDX-License-Identifier: MIT
#include "gui/pages/WorkflowsPage.h"

#include "gui/pages/RunDetailPanel.h"
#include "gui/views/ColumnWidths.h"
#include "gui/views/ItemListActions.h"
#include "gui/views/ItemListTable.h"
#include "gui/views/SelectionById.h"
#include "gui/views/StateBadgeDelegate.h"
#include "gui/views/StateStyle.h"
#include "gui/views/TimestampDelegate.h"
#include "models/TimelineModel.h"
#include "models/WorkflowRunFilterProxy.h"
#include "models/WorkflowRunsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace dispatch {

WorkflowsPage::WorkflowsPage(WorkflowRunsModel* runs, TimelineModel* timeline, QWidget* parent)
    : QWidget(parent), m_runs(runs), m_proxy(new WorkflowRunFilterProxy(this)),
      m_textFilter(new QLineEdit(this)), m_sinceLabel(new QLabel(this)), m_table(new QTableView(this)),
      m_detail(new RunDetailPanel(runs, timeline, this))
{
    m_proxy->setSourceModel(runs);
    m_textFilter->setObjectName(QStringLiteral("runTextFilter"));
    m_table->setObjectName(QStringLiteral("runsTable"));
    m_sinceLabel->setForegroundRole(QPalette::PlaceholderText);

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
    }
    m_textFilter->setPlaceholderText(tr("Search run id, workflow, step, error"));
    m_textFilter->setClearButtonEnabled(true);
    auto* startButton = new QToolButton(this);
    startButton->setObjectName(QStringLiteral("startWorkflowButton"));
    startButton->setText(tr("&Start Workflow…"));
    filters->addSpacing(8);
    filters->addWidget(m_textFilter, 1);
    filters->addWidget(startButton);

    m_selection = new SelectionById(m_table, m_proxy, WorkflowRunsModel::IdRole,
                                    SelectionById::rowOfIn<WorkflowRunsModel>());
    ItemListTable::setUp(m_table); // after the model: sorting applies to it
    m_listActions = new ItemListActions(m_table, tr("Export Workflow Runs"), QStringLiteral("workflow-runs"));
    m_table->setItemDelegateForColumn(WorkflowRunsModel::StateColumn,
                                      new StateBadgeDelegate(m_table, WorkflowRunsModel::StateNameRole));
    auto* times = new TimestampDelegate(m_table);
    m_table->setItemDelegateForColumn(WorkflowRunsModel::StartedColumn, times);
    m_table->setItemDelegateForColumn(WorkflowRunsModel::CompletedColumn, times);
    m_table->setColumnWidth(WorkflowRunsModel::IdColumn, 215);
    m_table->setColumnWidth(WorkflowRunsModel::NameColumn, 125);
    m_table->setColumnWidth(WorkflowRunsModel::StateColumn, 100);
    m_table->setColumnWidth(WorkflowRunsModel::StartedColumn, 95);
    ColumnWidths::fitHeaders(m_table);
    ColumnWidths::fitStateBadges(
        m_table, WorkflowRunsModel::StateColumn,
        {QStringLiteral("running"), QStringLiteral("completed"), QStringLiteral("failed")});
    m_table->setColumnWidth(WorkflowRunsModel::CompletedColumn, 95);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_sinceLabel);
    listLayout->addWidget(m_table, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("runsSplitter"));
    splitter->addWidget(listSide);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({560, 720}); // the run list needs room for id, name and state
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_textFilter, &QLineEdit::textChanged, m_proxy, &WorkflowRunFilterProxy::setText);
    connect(startButton, &QToolButton::clicked, this, &WorkflowsPage::startRequested);
    connect(m_selection, &SelectionById::idChanged, this, &WorkflowsPage::showRun);
    connect(m_selection, &SelectionById::placeChanged, m_detail, [this](SelectionById::Place place) {
        m_detail->setHiddenFromList(place == SelectionById::Place::FilteredOut);
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

void WorkflowsPage::applyStateFilter()
{
    QList<dwp::RunState> states;
    for (const QToolButton* button : std::as_const(m_stateButtons)) {
        if (button->isChecked())
            states.append(dwp::RunState(button->property("runState").toInt()));
    }
    m_proxy->setStates(states);
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
    m_sinceLabel->setText(since.isValid()
                              ? tr(
                                    //: Above the Workflows table. %1 is the time (HH:mm) the monitor started
                                    //: seeing runs, %2 how many runs it has seen.
                                    "Showing runs seen since %1 (%2). The server cannot list older runs.")
                                    .arg(since.toLocalTime().toString(QStringLiteral("HH:mm")))
                                    .arg(m_runs->rowCount())
                              : tr("Showing runs seen since connecting. The server cannot list older runs."));
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
