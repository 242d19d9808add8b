// SPDX-License-Identifier: MIT
#include "gui/pages/RunDetailPanel.h"

#include "gui/gantt/GanttHole.h"
#include "gui/gantt/TimelineGanttView.h"
#include "gui/json/JsonViewer.h"
#include "gui/views/CachedTextDelegate.h"
#include "gui/views/ColumnWidths.h"
#include "gui/views/ErrorText.h"
#include "gui/views/FollowServerAccess.h"
#include "gui/views/StateBadgeDelegate.h"
#include "gui/views/StateStyle.h"
#include "gui/views/TimestampDelegate.h"
#include "models/TimelineModel.h"
#include "models/WorkflowRunsModel.h"
#include "protocol/DurationText.h"
#include "protocol/Methods.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace dispatch {

namespace {

QToolButton* toolButton(QWidget* parent, const QString& text, const char* objectName)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(QLatin1String(objectName));
    return button;
}

} // namespace

GanttFields RunDetailPanel::ganttFields()
{
    GanttFields fields;
    fields.label = {TimelineModel::StepColumn, Qt::DisplayRole};
    fields.start = {TimelineModel::StepColumn, TimelineModel::StartedAtRole};
    fields.end = {TimelineModel::StepColumn, TimelineModel::EndedAtRole};
    fields.state = {TimelineModel::StepColumn, TimelineModel::StateNameRole};
    // The step table's duration: one number and one formatter for both (issue 20 item 10).
    fields.duration = {TimelineModel::StepColumn, TimelineModel::DurationMsRole};
    return fields;
}

RunDetailPanel::RunDetailPanel(WorkflowRunsModel* runs, TimelineModel* timeline, QWidget* parent)
    : QWidget(parent), m_runs(runs), m_timeline(timeline), m_title(new QLabel(this)),
      m_hiddenNotice(new QLabel(this)), m_holeNotice(new QLabel(this)), m_facts(new QLabel(this)),
      m_error(new QLabel(this)), m_watchButton(toolButton(this, tr("&Watch"), "watchButton")),
      m_publishButton(toolButton(this, tr("&Publish Event…"), "publishEventButton")),
      m_exportButton(toolButton(this, tr("Sa&ve Run…"), "exportRunButton")),
      m_gantt(new TimelineGanttView(this)), m_steps(new QTableView(this)), m_stepData(new JsonViewer(this)),
      m_input(new JsonViewer(this))
{
    m_gantt->setObjectName(QStringLiteral("runGantt"));
    m_steps->setObjectName(QStringLiteral("stepTable"));
    m_stepData->setObjectName(QStringLiteral("stepData"));
    m_input->setObjectName(QStringLiteral("runInput"));
    m_error->setObjectName(QStringLiteral("runError"));
    m_title->setObjectName(QStringLiteral("runTitle"));
    m_hiddenNotice->setObjectName(QStringLiteral("runHiddenNotice"));
    m_hiddenNotice->setWordWrap(true);
    m_holeNotice->setObjectName(QStringLiteral("runHoleNotice"));
    m_holeNotice->setWordWrap(true);
    m_holeNotice->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_watchButton->setCheckable(true);
    m_watchButton->setToolTip(tr("Keep following this run, also across reconnects."));
    m_exportButton->setToolTip(
        tr("Save this run — its details, timeline and events, from the journal and this session — to a JSON "
           "file that File → Open Saved Run… shows again offline."));
    m_stepData->setPlaceholder(tr("Select a step to see its data. Steps without a result have none."));
    m_input->setPlaceholder(tr("The input is fetched from the server when a run is opened."));

    m_gantt->setModel(timeline, ganttFields());
    m_steps->setModel(timeline);
    m_steps->setItemDelegate(new CachedTextDelegate(m_steps)); // it repaints with each step of a live run
    auto* badges = new StateBadgeDelegate(m_steps, TimelineModel::StateNameRole);
    m_steps->setItemDelegateForColumn(TimelineModel::StateColumn, badges);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->verticalHeader()->setVisible(false);
    m_steps->setWordWrap(false);
    m_steps->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_steps->verticalHeader()->setDefaultSectionSize(m_steps->fontMetrics().height() + 8);
    // The data is shown beside the list in full, and the end is start + duration (and drawn in the chart).
    m_steps->setColumnHidden(TimelineModel::DataColumn, true);
    m_steps->setColumnHidden(TimelineModel::EndColumn, true);
    auto* times = new TimestampDelegate(m_steps);
    m_steps->setItemDelegateForColumn(TimelineModel::StartColumn, times);
    m_steps->setItemDelegateForColumn(TimelineModel::EndColumn, times);
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->setColumnWidth(TimelineModel::StepColumn, 150);
    m_steps->setColumnWidth(TimelineModel::StartColumn, 90);
    m_steps->setColumnWidth(TimelineModel::EndColumn, 90);
    m_steps->setColumnWidth(TimelineModel::DurationColumn, 65);
    m_steps->setColumnWidth(TimelineModel::StateColumn, 100);
    ColumnWidths::fitHeaders(m_steps);
    ColumnWidths::fitStateBadges(m_steps, TimelineModel::StateColumn,
                                 {QStringLiteral("running"), QStringLiteral("completed"),
                                  QStringLiteral("failed"), QStringLiteral("waiting")});

    auto* zoomOut = toolButton(this, tr("−"), "zoomOutButton");
    auto* zoomIn = toolButton(this, tr("+"), "zoomInButton");
    auto* fit = toolButton(this, tr("Fit"), "fitButton");
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl++, or Ctrl+wheel)"));
    fit->setToolTip(tr("Show the whole run (Ctrl+0)"));
    fit->setCheckable(true);
    fit->setChecked(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_watchButton);
    actions->addWidget(m_publishButton);
    actions->addWidget(m_exportButton);
    actions->addStretch(1);
    actions->addWidget(zoomOut);
    actions->addWidget(zoomIn);
    actions->addWidget(fit);

    auto* stepsSplit = new QSplitter(Qt::Horizontal, this);
    stepsSplit->setObjectName(QStringLiteral("stepsSplitter"));
    stepsSplit->addWidget(m_steps);
    stepsSplit->addWidget(m_stepData);
    stepsSplit->setStretchFactor(0, 3);
    stepsSplit->setStretchFactor(1, 2);
    stepsSplit->setSizes({500, 250});
    auto* tabs = new QTabWidget(this);
    tabs->addTab(stepsSplit, tr("Steps"));
    tabs->addTab(m_input, tr("Input"));
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("runDetailSplitter"));
    vertical->addWidget(m_gantt);
    vertical->addWidget(tabs);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hiddenNotice);
    layout->addWidget(m_holeNotice);
    layout->addWidget(m_facts);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    layout->addWidget(vertical, 1);

    connect(zoomIn, &QToolButton::clicked, m_gantt, &TimelineGanttView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_gantt, &TimelineGanttView::zoomOut);
    connect(fit, &QToolButton::clicked, m_gantt, &TimelineGanttView::fitToView);
    connect(m_gantt, &TimelineGanttView::fittingChanged, fit, &QToolButton::setChecked);
    connect(m_watchButton, &QToolButton::toggled, this, [this](bool watched) {
        if (!m_runId.isEmpty())
            emit watchToggled(m_runId, watched);
    });
    connect(m_publishButton, &QToolButton::clicked, this,
            [this] { emit publishEventRequested(m_runId, awaitedEvent()); });
    connect(m_exportButton, &QToolButton::clicked, this, [this] {
        if (!m_runId.isEmpty())
            emit exportRequested(m_runId);
    });
    // The chart and the list select together.
    connect(m_gantt, &TimelineGanttView::currentRowChanged, this, [this](int row) {
        if (row >= 0 && m_steps->currentIndex().row() != row)
            m_steps->setCurrentIndex(m_timeline->index(row, 0));
        showStepData(row);
    });
    watchModels();
    setRun({});
}

void RunDetailPanel::watchModels()
{
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_gantt->setCurrentRow(current.row());
                showStepData(current.row());
            });
    const auto changed = [this] { refresh(); };
    // The runs model announces each batch's changes as one span per run of adjacent rows: hundreds of
    // signals a batch at 50 000 events/s, and a refresh for each cost 9 % of the GUI thread's stalls
    // (bench_gui_stall). Only a span holding this run's row changes what the panel shows.
    connect(m_runs, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                if (m_row.isValid() && m_row.row() >= topLeft.row() && m_row.row() <= bottomRight.row())
                    refresh();
            });
    connect(m_runs, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_row.isValid() && !m_runId.isEmpty())
            setRun(m_runId);
    });
    connect(m_timeline, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_timeline, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_timeline, &QAbstractItemModel::modelReset, this, changed);
    connect(m_timeline, &QAbstractItemModel::dataChanged, this, changed);
    connect(m_timeline, &TimelineModel::historyAsOfChanged, this, changed);
    connect(m_timeline, &TimelineModel::holesChanged, this, changed);
}

void RunDetailPanel::setModels(WorkflowRunsModel* runs, TimelineModel* timeline)
{
    m_runs->disconnect(this);
    m_timeline->disconnect(this);
    m_runs = runs;
    m_timeline = timeline;
    m_gantt->setModel(timeline, ganttFields());
    // The header keeps its sections (same columns); the selection model is new with the model.
    QItemSelectionModel* oldSelection = m_steps->selectionModel();
    m_steps->setModel(timeline);
    delete oldSelection;
    watchModels();
    const QString runId = m_runId;
    m_runId.clear(); // a fresh start for the panel's per-run state
    setRun(runId);
}

void RunDetailPanel::setRun(const QString& runId)
{
    if (runId != m_runId) {
        m_input->clear();
        m_stepData->clear();
    }
    m_runId = runId;
    const int row = runId.isEmpty() ? -1 : m_runs->rowOf(runId);
    m_row = row >= 0 ? QPersistentModelIndex(m_runs->index(row, 0)) : QPersistentModelIndex();
    refresh();
}

void RunDetailPanel::setServerAccess(ServerAccess* access)
{
    followServerAccess(m_access, access, this, &RunDetailPanel::refresh);
}

void RunDetailPanel::setHiddenFromList(bool hidden)
{
    m_hiddenFromList = hidden;
    refresh();
}

void RunDetailPanel::setRunDetails(const dwp::WorkflowRun& run)
{
    if (run.id != m_runId)
        return;
    if (run.input.isEmpty())
        m_input->showText(tr("(no input)"));
    else
        m_input->setJson(run.input);
    refresh();
}

void RunDetailPanel::setSavedFileNote(const QString& note)
{
    m_savedFileNote = note;
    const bool saved = !note.isEmpty();
    for (QToolButton* button : {m_watchButton, m_publishButton, m_exportButton})
        button->setVisible(!saved);
    refresh();
}

void RunDetailPanel::setWatched(bool watched)
{
    const QSignalBlocker blocker(m_watchButton);
    m_watchButton->setChecked(watched);
}

bool RunDetailPanel::isWatched() const
{
    return m_watchButton->isChecked();
}

QString RunDetailPanel::awaitedEvent() const
{
    for (int row = 0; row < m_timeline->rowCount(); ++row) {
        const TimelineStep& step = m_timeline->step(row);
        if (step.state == TimelineStep::State::Waiting && step.name.startsWith(QLatin1String("wait:")))
            return step.name.mid(5);
    }
    return {};
}

void RunDetailPanel::refresh()
{
    const bool known = m_row.isValid();
    const auto value = [this](int role) { return m_row.data(role); };
    const QString state = known ? value(WorkflowRunsModel::StateNameRole).toString() : QString();
    refreshHeading(known, state);
    QStringList facts;
    if (!m_runId.isEmpty())
        facts << m_runId;
    const QDateTime started = value(WorkflowRunsModel::StartedAtRole).toDateTime();
    if (started.isValid())
        //: One fact in the run detail panel's line "run_… · started 12:00:01 · took 3 s". %1 is the start
        //: time (HH:mm:ss).
        facts << tr("started %1").arg(started.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    const QVariant duration = value(WorkflowRunsModel::DurationMsRole);
    if (duration.isValid())
        //: One fact in the run detail panel's line "run_… · started 12:00:01 · took 3 s". %1 is the run's
        //: duration (e.g. 3 min 5 s).
        facts << tr("took %1").arg(dwp::DurationText::format(duration.toLongLong()));
    const QString parent = value(WorkflowRunsModel::ParentRunIdRole).toString();
    if (!parent.isEmpty())
        //: One fact in the run detail panel's line "run_… · started 12:00:01 · took 3 s". %1 is the parent
        //: run's id (run_…).
        facts << tr("child of %1").arg(parent);
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    const QString error = known ? value(WorkflowRunsModel::ErrorRole).toString() : QString();
    //: Under the title of the run detail panel. %1 is the run's error message from the server (English).
    m_error->setText(error.isEmpty() ? QString() : tr("Error: %1").arg(ErrorText::forDetail(error)));
    m_error->setVisible(!error.isEmpty());
    const QString awaited = awaitedEvent();
    // Offline, or told by a 403 that the token lacks workflow:write: off, and the tooltip says why.
    const QString cannotPublish = m_access ? m_access->whyNot(dwp::methods::WorkflowEvent) : QString();
    m_publishButton->setEnabled(!m_runId.isEmpty() && state == dwp::runStateName(dwp::RunState::Running) &&
                                cannotPublish.isEmpty());
    m_publishButton->setText(awaited.isEmpty() ? tr("&Publish Event…")
                                               : tr(
                                                     //: Button of the run detail panel. %1 is the event name
                                                     //: earlier runs of this workflow waited for.
                                                     "&Publish “%1”…")
                                                     .arg(awaited));
    // The server never announces a wait (dwp-protocol.md §5): say where the event name comes from. And a
    // publish resumes whichever waiting run polls first, not this one in particular (§3).
    m_publishButton->setToolTip(
        !cannotPublish.isEmpty() ? cannotPublish
        : awaited.isEmpty()
            ? tr("Publish a workflow event. One publish resumes one run waiting for that name, whichever "
                 "polls "
                 "first, not necessarily this run.")
            : tr(
                  //: Tooltip of the run detail panel's Publish button. %1 is the event name earlier runs
                  //: waited for.
                  "Earlier runs of this workflow waited for “%1” at this point. The server does not announce "
                  "waits, so this is inferred. One publish resumes one run waiting for “%1”, whichever polls "
                  "first, not necessarily this run.")
                  .arg(awaited));
    m_watchButton->setEnabled(!m_runId.isEmpty());
    m_exportButton->setEnabled(!m_runId.isEmpty());
    refreshHoles();
    if (m_steps->currentIndex().isValid())
        showStepData(m_steps->currentIndex().row());
}

void RunDetailPanel::refreshHeading(bool known, const QString& state)
{
    m_title->setText(
        m_runId.isEmpty() ? tr("No run selected")
        : known
            ? tr(
                  //: Title of the workflow run detail panel. %1 is the workflow name, %2 the run's state
                  //: (e.g. Running).
                  "%1 — %2")
                  .arg(m_row.data(WorkflowRunsModel::NameRole).toString(), dwp::StateVocabulary::label(state))
            : tr(
                  //: Title of the workflow run detail panel for a run not seen yet. %1 is the run id (run_…).
                  "Run %1")
                  .arg(m_runId));
    QStringList notices;
    if (m_hiddenFromList && !m_runId.isEmpty()) {
        //: Under the title of the run detail panel when the list's state or search filters hide the run
        //: shown. %1 is the run id (run_…).
        const QString hidden =
            tr("The list's filters hide run %1. It stays here until you select another run.");
        notices << hidden.arg(m_runId);
    }
    if (known && m_row.data(WorkflowRunsModel::UnknownToServerRole).toBool())
        notices << tr(
            "The server no longer knows this run: looking it up answered 404 (not found), as after a "
            "restart without persistence. What you see is how the monitor last saw it.");
    const QDateTime historyAsOf = m_timeline->runId() == m_runId ? m_timeline->historyAsOf() : QDateTime();
    if (!m_savedFileNote.isEmpty())
        notices << m_savedFileNote;
    else if (!m_runId.isEmpty() && historyAsOf.isValid())
        //: Under the title of the run detail panel for a run read from the journal. %1 is a date and time.
        notices << tr("Its steps and Gantt come from this profile's history, as of %1.")
                       .arg(TimestampDelegate::format(historyAsOf, locale()));
    m_hiddenNotice->setText(notices.join(QLatin1Char(' ')));
    m_hiddenNotice->setVisible(!notices.isEmpty());
}

void RunDetailPanel::refreshHoles()
{
    // Holes by the monitor's clock, the run by the server's: a skewed server clock shifts one against the
    // other, as it does the live lists' times.
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QList<JournalGap> holes = !m_runId.isEmpty() && m_timeline->runId() == m_runId
                                        ? m_timeline->holesInRun(nowMs)
                                        : QList<JournalGap>();
    // The panel refreshes with every change of a live run's steps: a run without holes asks nothing more.
    if (holes.isEmpty()) {
        m_gantt->setHoles({});
        m_holeNotice->hide();
        return;
    }
    const auto span = m_timeline->runSpanMs(nowMs); // known: holesInRun found holes in it
    //: After the sentence saying when and why no events were recorded, in the run detail panel and on a
    //: hatched band of its Gantt chart.
    const QString missing = tr("Steps that began, failed or ended then may be missing here.");
    QList<GanttHole> bands;
    for (const JournalGap& hole : holes) {
        bands.append({std::max(hole.fromMs, span->first), std::min(hole.toMs, span->second),
                      hole.sentence() + u' ' + missing});
    }
    m_gantt->setHoles(bands);
    if (holes.size() == 1)
        m_holeNotice->setText(holes.first().sentence() + u' ' + missing);
    else
        m_holeNotice->setText(
            //: Under the title of the run detail panel when the monitor heard nothing in several spans of the
            //: run's time. %n is how many (at least 2).
            tr("No events were recorded in %n span(s) of this run's time, hatched in the chart (point at one "
               "to see when and why). Steps that began, failed or ended then may be missing here.",
               nullptr, int(holes.size())));
    m_holeNotice->show();
}

void RunDetailPanel::showStepData(int timelineRow)
{
    if (timelineRow < 0 || timelineRow >= m_timeline->rowCount()) {
        m_stepData->clear();
        return;
    }
    const QModelIndex index = m_timeline->index(timelineRow, 0);
    const QString error = index.data(TimelineModel::ErrorRole).toString();
    const QString stepData = index.data(TimelineModel::DataRole).toString();
    //: Step data box of the run detail panel. %1 is the step's error message from the server (English).
    const QString text = !error.isEmpty() ? tr("Error: %1").arg(ErrorText::forDetail(error)) : stepData;
    m_stepData->showText(text); // already indented JSON, or hex (TimelineModel)
}

} // namespace dispatch
