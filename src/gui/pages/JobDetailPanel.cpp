// SPDX-License-Identifier: MIT
#include "gui/pages/JobDetailPanel.h"

#include "gui/dialogs/JobActionQuestion.h"
#include "gui/json/JsonViewer.h"
#include "gui/views/ErrorText.h"
#include "gui/views/FollowServerAccess.h"
#include "gui/views/StateStyle.h"
#include "models/EventFilterProxy.h"
#include "models/EventLogModel.h"
#include "models/JobsModel.h"
#include "protocol/DurationText.h"
#include "protocol/Methods.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dispatch {

namespace {

QString timeText(const QVariant& utc)
{
    const QDateTime time = utc.toDateTime();
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                          : QString();
}

} // namespace

JobDetailPanel::JobDetailPanel(JobsModel* jobs, EventLogModel* log, QWidget* parent)
    : QWidget(parent), m_jobs(jobs), m_history(new EventFilterProxy(this)), m_title(new QLabel(this)),
      m_hiddenNotice(new QLabel(this)), m_lastError(new QPlainTextEdit(this)),
      m_payload(new JsonViewer(this)), m_historyTable(new QTableView(this)),
      m_retryButton(new QPushButton(tr("&Retry Job"), this)),
      m_cancelButton(new QPushButton(tr("&Cancel Job…"), this)),
      m_enqueueAgainButton(new QPushButton(tr("Enqueue &Again…"), this)),
      m_copyIdButton(new QPushButton(tr("Copy &ID"), this))
{
    m_retryButton->setObjectName(QStringLiteral("retryJobButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelJobButton"));
    m_enqueueAgainButton->setObjectName(QStringLiteral("enqueueAgainButton"));
    m_copyIdButton->setObjectName(QStringLiteral("copyIdButton"));
    m_lastError->setObjectName(QStringLiteral("lastError"));
    m_payload->setObjectName(QStringLiteral("payloadViewer"));
    m_historyTable->setObjectName(QStringLiteral("jobHistory"));
    m_hiddenNotice->setObjectName(QStringLiteral("jobHiddenNotice"));
    m_hiddenNotice->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_id = addField(form, tr("ID:"), "jobIdField");
    m_name = addField(form, tr("Name:"), "jobNameField");
    m_queue = addField(form, tr("Queue:"), "jobQueueField");
    m_state = addField(form, tr("State:"), "jobStateField");
    m_priority = addField(form, tr("Priority:"), "jobPriorityField");
    m_attempt = addField(form, tr("Retries:"), "jobAttemptField");
    m_enqueued = addField(form, tr("Enqueued:"), "jobEnqueuedField");
    m_started = addField(form, tr("Started:"), "jobStartedField");
    m_finished = addField(form, tr("Finished:"), "jobFinishedField");
    m_elapsed = addField(form, tr("Elapsed:"), "jobElapsedField");
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("jobNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    m_lastError->setReadOnly(true);
    m_lastError->setMaximumHeight(m_lastError->fontMetrics().height() * 4);
    m_lastError->setPlaceholderText(tr("No error"));
    m_payload->setPlaceholder(tr("The payload is fetched from the server when a job is opened."));

    m_history->setSourceModel(log);
    m_historyTable->setModel(m_history);
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->verticalHeader()->setVisible(false);
    m_historyTable->horizontalHeader()->setStretchLastSection(true);
    m_historyTable->setColumnHidden(EventLogModel::TopicColumn, true);
    m_historyTable->setColumnHidden(EventLogModel::SubjectColumn, true);
    m_historyTable->setColumnWidth(EventLogModel::TypeColumn, 150);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_payload, tr("Payload"));
    tabs->addTab(m_historyTable, tr("Events"));
    // Two rows: what changes the job on the server, then what only reads it. Four buttons in one row made
    // the panel 390 px wide at least (three made about 300), which took the Jobs list its room when the
    // window is narrow and broke a 4:1 splitter saved by the first release.
    auto* jobActions = new QHBoxLayout;
    jobActions->addWidget(m_retryButton);
    jobActions->addWidget(m_cancelButton);
    jobActions->addStretch(1);
    auto* otherActions = new QHBoxLayout;
    otherActions->addWidget(m_enqueueAgainButton);
    otherActions->addWidget(m_copyIdButton);
    otherActions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hiddenNotice);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(new QLabel(tr("Last error:"), this));
    layout->addWidget(m_lastError);
    layout->addWidget(tabs, 1);
    layout->addLayout(jobActions);
    layout->addLayout(otherActions);

    connect(m_retryButton, &QPushButton::clicked, this, &JobDetailPanel::confirmRetry);
    connect(m_cancelButton, &QPushButton::clicked, this, &JobDetailPanel::confirmCancel);
    connect(m_enqueueAgainButton, &QPushButton::clicked, this,
            [this] { emit enqueueAgainRequested(m_jobId); });
    connect(m_copyIdButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_jobId); });
    watchModel();
    setJob({});
}

void JobDetailPanel::watchModel()
{
    connect(m_jobs, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                if (m_row.isValid() && m_row.row() >= topLeft.row() && m_row.row() <= bottomRight.row())
                    refresh();
            });
    connect(m_jobs, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_row.isValid() && !m_jobId.isEmpty())
            setJob(m_jobId); // a job opened by id before its first event or reply arrived
    });
    connect(m_jobs, &QAbstractItemModel::modelReset, this, [this] { setJob(m_jobId); });
}

void JobDetailPanel::setModels(JobsModel* jobs, EventLogModel* log)
{
    if (m_cancelConfirmation)
        m_cancelConfirmation->close();
    if (m_retryConfirmation)
        m_retryConfirmation->close();
    m_jobs->disconnect(this);
    m_jobs = jobs;
    m_history->setSourceModel(log);
    watchModel();
    setJob(m_jobId);
}

QLabel* JobDetailPanel::addField(QFormLayout* form, const QString& label, const char* objectName)
{
    auto* field = new QLabel(this);
    field->setObjectName(QLatin1String(objectName));
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, field);
    return field;
}

void JobDetailPanel::setJob(const QString& jobId)
{
    const bool changed = jobId != m_jobId;
    m_jobId = jobId;
    const int row = jobId.isEmpty() ? -1 : m_jobs->rowOf(jobId);
    m_row = row >= 0 ? QPersistentModelIndex(m_jobs->index(row, 0)) : QPersistentModelIndex();
    // Topics are job:<id> with fixed-length ids, so a substring match is an exact one.
    m_history->setTopicFilter(jobId.isEmpty() ? QStringLiteral("job:<none>")
                                              : QStringLiteral("job:") + jobId);
    refresh();
    // Opened jobs are fetched (payload, priority) and kept fresh by the session while they are on screen.
    if (changed && !jobId.isEmpty())
        emit detailsWanted(jobId);
}

void JobDetailPanel::setServerEnvironment(std::optional<ServerEnvironment> environment)
{
    m_environment = environment;
}

void JobDetailPanel::setRestAvailable(bool available, const QString& whyNot)
{
    m_restAvailable = available;
    m_restUnavailableReason = whyNot;
    refresh();
}

void JobDetailPanel::setServerAccess(ServerAccess* access)
{
    followServerAccess(m_access, access, this, &JobDetailPanel::refresh);
}

void JobDetailPanel::setHiddenFromList(bool hidden)
{
    m_hiddenFromList = hidden;
    refresh();
}

void JobDetailPanel::refresh()
{
    const bool known = m_row.isValid();
    const auto value = [this](int role) { return m_row.data(role); };
    m_title->setText(m_jobId.isEmpty() ? tr("No job selected")
                     : known           ? value(JobsModel::NameRole).toString()
                                       : tr(
                                             //: Title of the job detail panel for a job the monitor has not seen yet.
                                   //: %1 is the job id (job_…).
                                   "Job %1 (not seen yet)")
                                   .arg(m_jobId));
    m_hiddenNotice->setText(tr(
                                //: Under the title of the job detail panel when the list's state, queue or
                                //: search filters hide the job shown. %1 is the job id (job_…).
                                "The list's filters hide job %1. It stays here until you select another job.")
                                .arg(m_jobId));
    m_hiddenNotice->setVisible(m_hiddenFromList && !m_jobId.isEmpty());
    m_id->setText(m_jobId);
    m_name->setText(known ? value(JobsModel::NameRole).toString() : QString());
    m_queue->setText(known ? value(JobsModel::QueueRole).toString() : QString());
    const QString state = known ? value(JobsModel::StateNameRole).toString() : QString();
    m_state->setText(state.isEmpty() ? QString() : dwp::StateVocabulary::label(state));
    const QVariant priority = value(JobsModel::PriorityRole);
    m_priority->setText(priority.isValid() ? priority.toString() : known ? tr("not fetched yet") : QString());
    m_attempt->setText(known ? value(JobsModel::AttemptRole).toString() : QString());
    m_enqueued->setText(timeText(value(JobsModel::EnqueuedAtRole)));
    m_started->setText(timeText(value(JobsModel::StartedAtRole)));
    m_finished->setText(timeText(value(JobsModel::FinishedAtRole)));
    const QVariant elapsed = value(JobsModel::ElapsedMsRole);
    m_elapsed->setText(elapsed.isValid() ? dwp::DurationText::format(elapsed.toLongLong()) : QString());
    QStringList notes;
    if (known && value(JobsModel::DeadLetteredRole).toBool())
        notes << tr("Moved to the dead-letter queue after its last retry.");
    if (known && value(JobsModel::UnknownToServerRole).toBool())
        notes << tr("The server no longer knows this job: looking it up answered 404 (not found), as after a "
                    "restart without persistence. What you see is how the monitor last saw it.");
    if (known && value(JobsModel::CancelledByUsRole).toBool())
        notes << tr("Relabelled as cancelled from this monitor. The server announces no event for this, so "
                    "other monitors do not see it until they fetch the job.");
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());
    const QString lastError =
        known ? ErrorText::forDetail(value(JobsModel::LastErrorRole).toString()) : QString();
    if (m_lastError->toPlainText() != lastError)
        m_lastError->setPlainText(lastError);
    // Invalid while the job is fetched again after its large payload was let go (JobsModel).
    const QVariant payload = known ? value(JobsModel::PayloadRole) : QVariant();
    if (known && value(JobsModel::FetchedRole).toBool() && payload.isValid()) {
        const QString text = payload.toString();
        m_payload->setJson(text.isEmpty() ? QByteArrayLiteral("null") : text.toUtf8());
    } else {
        m_payload->showNothing();
    }
    const auto knownState = dwp::jobStateFromName(state);
    refreshActions(known, knownState);
}

void JobDetailPanel::refreshActions(bool known, std::optional<dwp::JobState> knownState)
{
    const bool finished = knownState && dwp::isTerminal(*knownState);
    // Offline, or told by a 403 that the token cannot: the button says why instead of failing after the
    // click. A running job's cancel and a cancel without REST are DWP's job.cancel; REST needs no scope.
    const bool overDwp = knownState == dwp::JobState::Running || !m_restAvailable;
    const QString offline = m_access ? m_access->whyOffline() : QString();
    const QString cannotCancel =
        overDwp ? (m_access ? m_access->whyNot(dwp::methods::JobCancel) : QString()) : offline;
    const QString cannotEnqueue = m_access ? m_access->whyNot(dwp::methods::JobEnqueue) : QString();
    m_cancelButton->setEnabled(known && !finished && cannotCancel.isEmpty());
    m_cancelButton->setToolTip(!cannotCancel.isEmpty() ? cannotCancel
                               : knownState == dwp::JobState::Running
                                   ? tr("Dispatch cannot stop running work; the job can only be relabelled.")
                               : m_restAvailable ? tr("Cancel a job that has not started: the server refuses "
                                                      "once a worker has taken it.")
                                                 : m_restUnavailableReason);
    // The server retries failed jobs only (§8); without its admin API the button says why it is off.
    m_retryButton->setEnabled(known && m_restAvailable && knownState == dwp::JobState::Failed &&
                              offline.isEmpty());
    m_retryButton->setToolTip(!offline.isEmpty() ? offline
                              : m_restAvailable  ? tr("Run this failed job again: the server resets it to "
                                                       "pending with its retry count at zero.")
                                                 : m_restUnavailableReason);
    m_enqueueAgainButton->setEnabled(known && cannotEnqueue.isEmpty());
    m_enqueueAgainButton->setToolTip(cannotEnqueue);
    m_copyIdButton->setEnabled(!m_jobId.isEmpty());
}

void JobDetailPanel::confirmCancel()
{
    if (m_jobId.isEmpty())
        return;
    const auto state = dwp::jobStateFromName(m_row.data(JobsModel::StateNameRole).toString());
    const bool onProduction = m_environment == ServerEnvironment::Production;
    // Dispatch cannot stop running work (§11.9): for a running job only DWP's relabel is offered, as what it
    // is; REST's guarded cancel refuses it (§8). Without REST the relabel is all there is, said as such.
    const bool running = state == dwp::JobState::Running;
    JobActionQuestion asked =
        running ? JobActionQuestion::markRunningCancelled(m_jobId, onProduction, this)
        : m_restAvailable
            ? JobActionQuestion::cancel(m_jobId, onProduction, this)
            : JobActionQuestion::relabelWithoutRest(m_jobId, m_restUnavailableReason, onProduction, this);
    const bool guarded = !running && m_restAvailable;
    // The answer is about the job asked about, whatever the panel shows by the time of the click.
    connect(asked.action, &QPushButton::clicked, this, [this, guarded, jobId = m_jobId] {
        if (guarded)
            emit cancelConfirmed(jobId);
        else
            emit relabelCancelledConfirmed(jobId);
    });
    m_cancelConfirmation = asked.box;
    asked.box->open();
}

void JobDetailPanel::confirmRetry()
{
    if (m_jobId.isEmpty())
        return;
    // A retry only runs a failed job once more: asked about on Production servers only, with a tick.
    if (m_environment != ServerEnvironment::Production) {
        emit retryConfirmed(m_jobId);
        return;
    }
    JobActionQuestion asked = JobActionQuestion::retry(m_jobId, this);
    connect(asked.action, &QPushButton::clicked, this,
            [this, jobId = m_jobId] { emit retryConfirmed(jobId); });
    m_retryConfirmation = asked.box;
    asked.box->open();
}

} // namespace dispatch
