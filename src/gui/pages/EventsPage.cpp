// SPDX-License-Identifier: MIT
#include "gui/pages/EventsPage.h"

#include "gui/pages/EventExporter.h"
#include "gui/views/EmptyListNotice.h"
#include "gui/views/EventTypeDelegate.h"
#include "gui/views/FilterFieldDelay.h"
#include "gui/views/HistorySearchPanel.h"
#include "gui/views/JournaledRowDelegate.h"
#include "gui/views/ListFollower.h"
#include "gui/views/SaveFileDialog.h"
#include "gui/views/SortWhileShown.h"
#include "gui/views/TimestampDelegate.h"
#include "models/EventLogModel.h"
#include "models/PausableEventProxy.h"
#include "protocol/EventType.h"
#include "session/Journal.h"
#include "session/JournalEventExport.h"
#include "session/JournalSearchQuery.h"
#include "session/SessionHistory.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace dispatch {

EventsPage::EventsPage(EventLogModel* log, QWidget* parent)
    : QWidget(parent), m_log(log), m_proxy(new PausableEventProxy(this)), m_typeFilter(new QComboBox(this)),
      m_topicFilter(new QLineEdit(this)), m_textFilter(new QLineEdit(this)),
      m_pauseButton(new QToolButton(this)), m_followButton(new QToolButton(this)),
      m_exportButton(new QToolButton(this)), m_sinceLabel(new QLabel(this)), m_countLabel(new QLabel(this)),
      m_table(new QTableView(this)), m_exporter(new EventExporter(this)),
      m_history(new HistorySearchPanel(this)), m_journaledRows(new JournaledRowDelegate(m_table)),
      m_historyExportButton(new QToolButton(this)), m_historyExporter(new JournalEventExport(this))
{
    m_proxy->setSourceModel(log);
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_topicFilter->setObjectName(QStringLiteral("topicFilter"));
    m_textFilter->setObjectName(QStringLiteral("textFilter"));
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_followButton->setObjectName(QStringLiteral("followButton"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_table->setObjectName(QStringLiteral("eventsTable"));
    m_history->setObjectName(QStringLiteral("historySearch"));
    m_history->scopeBox()->setToolTip(tr("Search the events received since connecting, or all of this "
                                         "profile's history kept on this computer."));
    m_history->setLiveView(m_table);
    m_historyExportButton->setObjectName(QStringLiteral("historyExportButton"));
    m_historyExportButton->setText(tr("Export…"));
    m_historyExportButton->setToolTip(
        tr("Save every event this search finds in the history, oldest first, as "
           "NDJSON or as one JSON array: the words, the type and the time range, not only the rows "
           "on screen."));
    m_history->addToolWidget(m_historyExportButton);
    m_history->setQuerySource([this](QString*) {
        JournalSearchQuery query = JournalSearchQuery::fromTyped(m_textFilter->text());
        query.types = m_typeFilter->currentData().toStringList();
        return query;
    });

    // Entries ending in '.' select a whole family (EventFilterProxy).
    m_typeFilter->addItem(tr("All events"), QStringList());
    m_typeFilter->addItem(tr("Job events"), QStringList{QStringLiteral("job.")});
    m_typeFilter->addItem(tr("Workflow events"), QStringList{QStringLiteral("workflow.")});
    m_typeFilter->addItem(tr("Failures"),
                          QStringList{dwp::EventType::JobFailed, dwp::EventType::JobDlq,
                                      dwp::EventType::WorkflowStepFailed, dwp::EventType::WorkflowFailed});
    for (const QString& type :
         {dwp::EventType::JobEnqueued, dwp::EventType::JobStarted, dwp::EventType::JobCompleted,
          dwp::EventType::JobFailed, dwp::EventType::JobRetrying, dwp::EventType::JobDlq,
          dwp::EventType::WorkflowStarted, dwp::EventType::WorkflowStepCompleted,
          dwp::EventType::WorkflowStepFailed, dwp::EventType::WorkflowCompleted,
          dwp::EventType::WorkflowFailed, dwp::EventType::CronFired}) {
        m_typeFilter->addItem(type, QStringList{type});
    }
    m_topicFilter->setPlaceholderText(tr("Topic, e.g. job: or workflow:wfrun_…"));
    m_topicFilter->setClearButtonEnabled(true);
    m_textFilter->setPlaceholderText(tr("Search type, topic and data"));
    m_textFilter->setClearButtonEnabled(true);
    m_pauseButton->setText(tr("&Pause"));
    m_pauseButton->setCheckable(true);
    m_pauseButton->setToolTip(tr("Hold new events back while you read; they are still recorded."));
    m_followButton->setText(tr("&Follow"));
    m_followButton->setCheckable(true);
    m_followButton->setChecked(true);
    m_followButton->setToolTip(
        tr("Keep the newest event in view at the top. Scrolling down or selecting a row "
           "stops following; this button starts it again."));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setToolTip(tr("Save the events that pass the filters as NDJSON or CSV."));
    m_sinceLabel->setForegroundRole(QPalette::PlaceholderText);

    m_table->setModel(m_proxy);
    // Newest first (issue 20 item 14); the follower keeps the rows on screen still when not following.
    m_proxy->sort(EventLogModel::TimeColumn, Qt::DescendingOrder);
    new SortWhileShown(m_table, m_proxy); // behind another tab, new rows wait unsorted
    m_follower = new ListFollower(m_table);
    m_emptyNotice = new EmptyListNotice(m_table, [this] { return emptyListText(); });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights: the view then never measures rows, which matters with 100 000 of them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegate(m_journaledRows);
    m_table->setItemDelegateForColumn(EventLogModel::TimeColumn, new TimestampDelegate(m_table));
    m_table->setItemDelegateForColumn(EventLogModel::TypeColumn, new EventTypeDelegate(m_table));
    m_table->setColumnWidth(EventLogModel::TimeColumn, 100);
    m_table->setColumnWidth(EventLogModel::TypeColumn, 175);
    m_table->setColumnWidth(EventLogModel::TopicColumn, 290);
    // The job or run is the topic's id again; it only differs for cron.fired, whose data names the job.
    m_table->setColumnHidden(EventLogModel::SubjectColumn, true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_topicFilter, 1);
    filters->addWidget(m_history->scopeBox());
    filters->addWidget(m_textFilter, 1);
    filters->addWidget(m_pauseButton);
    filters->addWidget(m_followButton);
    filters->addWidget(m_exportButton);
    auto* summary = new QHBoxLayout;
    summary->addWidget(m_sinceLabel, 1);
    summary->addWidget(m_countLabel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_history, 1);

    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &EventsPage::applyTypeFilter);
    new FilterFieldDelay(m_topicFilter, [this](const QString& topic) {
        m_proxy->setTopicFilter(topic);
        m_emptyNotice->refresh();
    });
    new FilterFieldDelay(m_textFilter, [this](const QString& text) {
        m_proxy->setText(text);
        m_emptyNotice->refresh();
        m_history->filtersChanged();
    });
    connect(m_history, &HistorySearchPanel::scopeChanged, this, &EventsPage::applyScope);
    connect(m_history, &HistorySearchPanel::openRequested, this, &EventsPage::openRequested);
    connect(m_pauseButton, &QToolButton::toggled, this, [this](bool paused) {
        m_proxy->setPaused(paused);
        m_pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
        updateSummary();
        m_emptyNotice->refresh();
    });
    // The button says whether the list follows, which scrolling and selecting decide; a click follows again.
    connect(m_followButton, &QToolButton::clicked, this, &EventsPage::scrollToNewest);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &EventsPage::syncFollowButton);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EventsPage::syncFollowButton);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &EventsPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EventsPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EventsPage::updateSummary); // a refilter
    connect(m_log, &QAbstractItemModel::rowsInserted, this, &EventsPage::updateSummary);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString job = index.data(EventLogModel::JobIdRole).toString();
        const QString run = index.data(EventLogModel::RunIdRole).toString();
        if (!job.isEmpty() || !run.isEmpty())
            emit openRequested(job.isEmpty() ? run : job);
    });
    connect(m_exportButton, &QToolButton::clicked, this, &EventsPage::chooseExportFile);
    connect(m_historyExportButton, &QToolButton::clicked, this, &EventsPage::chooseHistoryExportFile);
    connect(m_historyExporter, &JournalEventExport::finished, this, &EventsPage::historyExportFinished);
    updateSummary();
}

void EventsPage::setModels(EventLogModel* log)
{
    if (log == m_log)
        return;
    m_log->disconnect(this);
    m_log = log;
    m_proxy->setSourceModel(log);
    if (m_proxy->isPaused()) {
        // Held back from here on: the new log's sequence numbers start again.
        m_proxy->setPaused(false);
        m_proxy->setPaused(true);
    }
    connect(m_log, &QAbstractItemModel::rowsInserted, this, &EventsPage::updateSummary);
    updateSummary();
    m_emptyNotice->refresh();
    if (m_followButton->isChecked())
        scrollToNewest();
}

void EventsPage::setHistory(SessionHistory* history)
{
    if (m_sessionHistory)
        m_sessionHistory->disconnect(this);
    m_sessionHistory = history;
    if (history)
        connect(history, &SessionHistory::recentRestored, this, &EventsPage::showRestoredRows);
    showRestoredRows();
}

void EventsPage::showRestoredRows()
{
    m_journaledRows->setFirstLiveSequence(
        m_sessionHistory && m_sessionHistory->isRecentRestored() ? m_sessionHistory->firstLiveSequence() : 0);
    m_table->viewport()->update();
    updateSummary();
}

bool EventsPage::isFollowing() const
{
    return m_follower->isFollowing();
}

void EventsPage::syncFollowButton()
{
    m_followButton->setChecked(m_follower->isFollowing());
}

QString EventsPage::emptyListText() const
{
    if (m_log->rowCount() == 0)
        return tr("No events yet. They appear here as they arrive.");
    QStringList filters;
    if (!m_proxy->types().isEmpty()) {
        //: A line under "No events match these filters:". %1 is the event type chosen ("Job events").
        filters.append(tr("Type: %1").arg(m_typeFilter->currentText()));
    }
    if (!m_proxy->topicFilter().isEmpty()) {
        //: A line under "No events match these filters:". %1 is the text typed in the topic field.
        filters.append(tr("Topic: “%1”").arg(m_proxy->topicFilter()));
    }
    if (!m_proxy->text().isEmpty()) {
        //: A line under "No events match these filters:". %1 is the text typed in the search field.
        filters.append(tr("Search: “%1”").arg(m_proxy->text()));
    }
    if (m_proxy->isPaused())
        filters.append(tr("Paused: new events are held back."));
    return tr("No events match these filters:") + u'\n' + filters.join(u'\n');
}

bool EventsPage::isPaused() const
{
    return m_proxy->isPaused();
}

void EventsPage::applyTypeFilter()
{
    m_proxy->setTypes(m_typeFilter->currentData().toStringList());
    m_emptyNotice->refresh();
    m_history->filtersChanged();
}

void EventsPage::setJournal(const Journal* journal)
{
    m_history->setFilePath(journal ? journal->filePath() : QString());
}

QComboBox* EventsPage::scopeBox() const
{
    return m_history->scopeBox();
}

void EventsPage::applyScope(bool history)
{
    // The history has no topic column to filter, and pause, follow and export are about the live log.
    for (QWidget* live : {static_cast<QWidget*>(m_topicFilter), static_cast<QWidget*>(m_pauseButton),
                          static_cast<QWidget*>(m_followButton), static_cast<QWidget*>(m_exportButton),
                          static_cast<QWidget*>(m_sinceLabel), static_cast<QWidget*>(m_countLabel)})
        live->setEnabled(!history);
    m_textFilter->setPlaceholderText(history
                                         ? tr("Search the history: whole words, word* for a prefix, or an id")
                                         : tr("Search type, topic and data"));
}

void EventsPage::scrollToNewest()
{
    m_table->clearSelection();
    m_table->scrollToTop();
    syncFollowButton();
}

void EventsPage::updateSummary()
{
    const QDateTime since = m_log->trackingSince();
    m_sinceLabel->setText(
        since.isValid()
            ? tr(
                  //: Above the Events table. %1 is the time (HH:mm:ss) the monitor started receiving events.
                  "Events received since %1. The server keeps no history to fetch.")
                  .arg(since.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
            : tr("Events appear here as they arrive."));
    if (m_journaledRows->firstLiveSequence() > 0 && m_sessionHistory)
        //: Above the Events table, after "Events received since …". %n is how many events came from the
        //: profile's history, %1 the date and time the newest of them arrived.
        m_sinceLabel->setText(m_sinceLabel->text() + u' ' +
                              tr("Below them, in italics: the newest %n event(s) of this profile's history, "
                                 "as of %1; live events follow above as they arrive.",
                                 nullptr, int(m_sessionHistory->restoredEventCount()))
                                  .arg(TimestampDelegate::format(m_sessionHistory->eventsAsOf(), locale())));
    //: Count above the Events table. %1 is how many events the filter shows, %n how many were received.
    const QString count = tr("%1 of %n event(s)", nullptr, int(m_log->rowCount())).arg(m_proxy->rowCount());
    m_countLabel->setText(m_proxy->isPaused()
                              ? tr(
                                    //: Count above the Events table while paused. %1 is the count ("12 of 40
                                    //: events"), %2 how many new events are held back.
                                    "%1 · paused, %2 new held back")
                                    .arg(count, QString::number(m_proxy->heldBackCount()))
                              : count);
}

void EventsPage::chooseExportFile()
{
    SaveFileDialog::open(this, tr("Export Events"), QStringLiteral("events.ndjson"),
                         tr("Newline-delimited JSON (*.ndjson);;CSV (*.csv)"),
                         QStringLiteral("exportFileDialog"), [this](const QString& path) { exportTo(path); });
}

void EventsPage::chooseHistoryExportFile()
{
    SaveFileDialog::open(this, tr("Export Events from the History"), QStringLiteral("events-history.ndjson"),
                         tr("Newline-delimited JSON (*.ndjson);;JSON array (*.json)"),
                         QStringLiteral("historyExportFileDialog"),
                         [this](const QString& path) { exportHistoryTo(path); });
}

bool EventsPage::exportHistoryTo(const QString& path)
{
    if (m_historyExporter->isRunning())
        return false;
    if (!m_history->isSearchShown()) {
        showExportProblem(tr("There is no search of the history to export: choose All history in a session "
                             "that keeps its history in a file."));
        return false;
    }
    // How many events match is not counted first (that would read them all twice): the dialog counts what
    // is written.
    auto* progress = new QProgressDialog(tr("Exporting events from the history…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("historyExportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400); // a small export finishes before a dialog would be worth showing
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, m_historyExporter, &JournalEventExport::cancel);
    connect(m_historyExporter, &JournalEventExport::progress, progress, [progress](qint64 written) {
        //: Progress dialog of the export of the history's events. %n is how many are written so far.
        progress->setLabelText(tr("Exporting events from the history: %n written…", nullptr,
                                  int(std::min<qint64>(written, INT_MAX))));
    });
    connect(m_historyExporter, &JournalEventExport::finished, progress, &QProgressDialog::close);
    // After the dialog is wired: a path that cannot be opened may finish the export before start() returns.
    m_historyExporter->start(m_history->filePath(), m_history->shownQuery(), path);
    return true;
}

void EventsPage::historyExportFinished(bool ok)
{
    if (ok) {
        //: Tooltip of the history's Export… button after an export. %n is how many events were written, %1
        //: the file.
        m_historyExportButton->setToolTip(tr("Saved %n event(s) to %1.", nullptr,
                                             int(std::min<qint64>(m_historyExporter->written(), INT_MAX)))
                                              .arg(m_historyExporter->outputPath()));
    } else if (!m_historyExporter->errorString().isEmpty()) {
        //: Message after a failed export of the history's events. %1 is the file, %2 the reason.
        showExportProblem(tr("The events could not be exported to %1: %2")
                              .arg(m_historyExporter->outputPath(), m_historyExporter->errorString()));
    }
}

void EventsPage::showExportProblem(const QString& problem)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Export Events"), problem, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("exportProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool EventsPage::exportTo(const QString& path)
{
    if (m_exporter->isRunning())
        return false;
    if (!m_exporter->start(m_proxy, m_log, path, EventExporter::formatForPath(path))) {
        showExportProblem(m_exporter->errorString());
        return false;
    }
    //: Progress dialog of the events export. %n is the number of events to write.
    auto* progress = new QProgressDialog(tr("Exporting %n event(s)…", nullptr, int(m_exporter->total())),
                                         tr("Cancel"), 0, int(m_exporter->total()), this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400); // small exports finish before a dialog would be worth showing
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, m_exporter, &EventExporter::cancel);
    connect(m_exporter, &EventExporter::progress, progress,
            [progress](qsizetype written, qsizetype) { progress->setValue(int(written)); });
    connect(m_exporter, &EventExporter::finished, progress, [this, progress](bool ok) {
        progress->close();
        m_exportButton->setToolTip(
            //: Status after the events export. %n is the number of events written.
            ok ? tr("Saved %n event(s).", nullptr, int(m_exporter->written() - m_exporter->skippedCount()))
               : m_exporter->errorString());
    });
    return true;
}

} // namespace dispatch
