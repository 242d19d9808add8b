// SPDX-License-Identifier: MIT
#include "gui/controllers/DeadLettersController.h"

#include "coro/Detached.h"
#include "gui/controllers/MonitorController.h"
#include "gui/dialogs/DeadLetterQuestion.h"
#include "gui/pages/DeadLetterEntryPanel.h"
#include "gui/pages/DeadLetterListPanel.h"
#include "gui/pages/DeadLettersPage.h"
#include "gui/views/ErrorText.h"
#include "session/DeadLetterActions.h"
#include "session/MonitorSession.h"
#include "session/SessionHistory.h"

#include <QMessageBox>
#include <QPushButton>

namespace dispatch {

DeadLettersController::DeadLettersController(MonitorController* monitor, DeadLettersPage* page)
    : QObject(monitor), m_monitor(monitor), m_page(page)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kEventDebounce);
    connect(&m_debounce, &QTimer::timeout, this, &DeadLettersController::refresh);
    connect(monitor, &MonitorController::sessionChanged, this, &DeadLettersController::sessionChanged);
    connect(page, &DeadLettersPage::refreshRequested, this, &DeadLettersController::refresh);
    connect(page, &DeadLettersPage::replayAllRequested, this, &DeadLettersController::askReplayAll);
    connect(page, &DeadLettersPage::purgeRequested, this, &DeadLettersController::askPurge);
    connect(page, &DeadLettersPage::retryRequested, this, &DeadLettersController::retry);
    connect(page, &DeadLettersPage::jobWanted, monitor, &MonitorController::open);
    connect(page, &DeadLettersPage::openEntryRequested, this,
            [this](const QString& entryId) { detached(openEntry(entryId), this, "opening a dead letter"); });
    connect(page->entryPanel(), &DeadLetterEntryPanel::replayRequested, this,
            &DeadLettersController::replayEntry);
    connect(page->entryPanel(), &DeadLetterEntryPanel::jobLinkActivated, monitor, &MonitorController::open);
    connect(page->listPanel(), &DeadLetterListPanel::pageWanted, this, &DeadLettersController::showListPage);
    sessionChanged();
}

void DeadLettersController::sessionChanged()
{
    if (m_watched) {
        m_watched->adminApi().disconnect(this);
        m_watched->deadLettered().disconnect(this);
    }
    m_watched = m_monitor->session();
    m_countInFlight = false; // a request of the last session no longer holds the next one back
    if (!m_page)
        return;
    m_page->setModel(m_watched ? &m_watched->deadLettered() : &m_idle);
    m_page->entryPanel()->clear();
    m_page->showMessage({});
    if (m_watched) {
        connect(&m_watched->adminApi(), &AdminApiSession::capabilitiesChanged, this,
                &DeadLettersController::showRestState);
        connect(&m_watched->adminApi(), &AdminApiSession::capabilitiesChanged, this,
                &DeadLettersController::refreshSoon);
        // A job.dlq means one more entry on the server.
        connect(&m_watched->deadLettered(), &QAbstractItemModel::rowsInserted, this,
                &DeadLettersController::refreshSoon);
        if (m_watched->history())
            connect(m_watched->history(), &SessionHistory::recentRestored, this,
                    &DeadLettersController::showRestState);
    }
    showRestState();
}

namespace {

QDateTime timeOfMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

void DeadLettersController::showRestState()
{
    if (!m_page)
        return;
    MonitorSession* session = m_watched;
    if (!session) {
        m_page->setRestState(false, QString(), tr("Not connected."));
        m_page->showCountUnavailable(tr("Not connected."));
        m_page->listPanel()->setCanList(false, QString());
        return;
    }
    const AdminApiSession& admin = session->adminApi();
    const QString limitations = admin.limitations().join(QLatin1Char(' '));
    if (!admin.isDetected()) {
        const QString looking = tr("Looking for the server's admin API…");
        m_page->setRestState(false, QString(), looking);
        // Until the server is asked, what this profile last saw, marked as such (README, "Journal").
        const SessionHistory* history = session->history();
        const JournalRecentState* kept =
            history && history->isRecentRestored() ? &history->recent() : nullptr;
        if (kept && kept->dlqCount)
            m_page->showRestoredCount(*kept->dlqCount, timeOfMs(kept->dlqCountAtMs));
        else
            m_page->showCountUnavailable(looking);
        if (kept && kept->dlqList)
            m_page->listPanel()->showRestored(*kept->dlqList, timeOfMs(kept->dlqListAtMs));
        else
            m_page->listPanel()->setCanList(false, looking);
        return;
    }
    m_page->setRestState(admin.isAvailable(), limitations, limitations);
    if (!admin.isAvailable()) {
        // Said, not hidden and not zero: the count is unknown here.
        m_page->showCountUnavailable(tr("The server's dead-letter count is unavailable: it comes from the "
                                        "admin API."));
        m_page->listPanel()->setCanList(false, limitations);
    } else if (!admin.canList()) {
        m_page->listPanel()->setCanList(
            false, tr("This server cannot list dead letters: open an entry by its id, or retry the jobs seen "
                      "dead-lettered since connecting."));
    } else {
        m_page->listPanel()->setCanList(true, QString());
    }
}

bool DeadLettersController::onProduction() const
{
    return m_monitor->serverEnvironment() == ServerEnvironment::Production;
}

void DeadLettersController::refreshSoon()
{
    if (m_page && m_page->isVisible() && !m_debounce.isActive())
        m_debounce.start();
}

void DeadLettersController::refresh()
{
    m_debounce.stop();
    if (!m_watched || !m_watched->adminApi().isAvailable())
        return;
    if (m_watched->adminApi().canList() && m_page)
        showListPage(m_page->listPanel()->offset());
    if (m_countInFlight) {
        m_countAgain = true; // one request at a time; the latest news is asked for after it
        return;
    }
    detached(fetchCount(), this, "fetching the dead-letter count");
}

QCoro::Task<> DeadLettersController::fetchCount()
{
    QPointer<DeadLettersController> self(this);
    const QPointer<MonitorSession> origin(m_watched);
    m_countInFlight = true;
    do {
        m_countAgain = false;
        try {
            const qint64 count = co_await DeadLetterActions::count(origin);
            if (!self || !m_page || origin != m_watched)
                co_return;
            m_page->showCount(count, QDateTime::currentDateTimeUtc());
        } catch (...) {
            if (!self || !m_page || origin != m_watched)
                co_return;
            const ErrorText why = ErrorText::describe(std::current_exception());
            m_page->showCountFailed(why.headline, why.detail);
        }
    } while (m_countAgain);
    m_countInFlight = false;
}

void DeadLettersController::askReplayAll()
{
    if (!m_page || !m_watched)
        return;
    JobActionQuestion asked = DeadLetterQuestion::replayAll(onProduction(), m_page);
    connect(asked.action, &QPushButton::clicked, this,
            [this] { detached(replayAll(), this, "replaying all dead letters"); });
    asked.box->open();
}

QCoro::Task<> DeadLettersController::replayAll()
{
    QPointer<DeadLettersController> self(this);
    const QPointer<MonitorSession> origin(m_watched);
    m_page->showMessage(tr("Replaying the dead letters…"));
    try {
        const dwp::admin::ReplayAllResult result = co_await DeadLetterActions::replayAll(origin);
        if (!self || !m_page || origin != m_watched)
            co_return;
        QString text;
        if (result.replayed == 0 && result.errors == 0)
            text = tr("The server found nothing to replay: replayed entries are skipped, and it looks at no "
                      "more than the first 1000.");
        else if (result.errors == 0)
            //: After Replay All; %n is how many entries the server replayed.
            text = tr("The server replayed %n dead letter(s), each as a fresh job; none failed.", nullptr,
                      int(result.replayed));
        else
            // Two whole sentences, so a language with other plural rules can word each count on its own.
            //: After Replay All when some failed, first sentence; %n is how many entries were replayed.
            text = tr("The server replayed %n dead letter(s).", nullptr, int(result.replayed)) + u' ' +
                   //: After Replay All, second sentence; %n is how many entries could not be replayed.
                   tr("%n could not be replayed.", nullptr, int(result.errors));
        m_page->showMessage(text);
    } catch (...) {
        if (!self || !m_page || origin != m_watched)
            co_return;
        const ErrorText why = ErrorText::describe(std::current_exception());
        //: After Replay All failed. %1 why in words, %2 the server's own message.
        m_page->showMessage(tr("Replay All failed: %1 %2").arg(why.headline, why.detail));
    }
    refresh();
    if (const auto& shown = m_page->entryPanel()->entry())
        detached(openEntry(shown->id), this, "showing a dead letter again"); // its replayed_at moved
}

void DeadLettersController::askPurge()
{
    if (!m_page || !m_watched)
        return;
    JobActionQuestion asked = DeadLetterQuestion::purge(onProduction(), m_page);
    connect(asked.action, &QPushButton::clicked, this,
            [this] { detached(purge(), this, "purging old dead letters"); });
    asked.box->open();
}

QCoro::Task<> DeadLettersController::purge()
{
    QPointer<DeadLettersController> self(this);
    const QPointer<MonitorSession> origin(m_watched);
    m_page->showMessage(tr("Deleting the dead letters older than 30 days…"));
    try {
        const qint64 purged = co_await DeadLetterActions::purge(origin);
        if (!self || !m_page || origin != m_watched)
            co_return;
        //: After Purge; %n is how many entries the server deleted.
        m_page->showMessage(
            tr("The server deleted %n dead letter(s) older than 30 days.", nullptr, int(purged)));
    } catch (...) {
        if (!self || !m_page || origin != m_watched)
            co_return;
        const ErrorText why = ErrorText::describe(std::current_exception());
        //: After Purge failed. %1 why in words, %2 the server's own message.
        m_page->showMessage(tr("Purge failed: %1 %2").arg(why.headline, why.detail));
    }
    refresh();
}

QCoro::Task<> DeadLettersController::openEntry(QString entryId)
{
    QPointer<DeadLettersController> self(this);
    const QPointer<MonitorSession> origin(m_watched);
    if (!m_page)
        co_return;
    m_page->entryPanel()->showOpening(entryId);
    try {
        const dwp::DlqEntry entry = co_await DeadLetterActions::entry(origin, entryId);
        if (self && m_page && origin == m_watched)
            m_page->entryPanel()->showEntry(entry);
    } catch (...) {
        if (!self || !m_page || origin != m_watched)
            co_return;
        const ErrorText why = ErrorText::describe(std::current_exception());
        m_page->entryPanel()->showOpenFailed(entryId, why.headline, why.detail);
    }
}

void DeadLettersController::replayEntry(const QString& entryId)
{
    if (!m_page || !m_watched)
        return;
    if (!onProduction()) {
        detached(replay(entryId), this, "replaying a dead letter");
        return;
    }
    JobActionQuestion asked = DeadLetterQuestion::replay(entryId, m_page);
    connect(asked.action, &QPushButton::clicked, this,
            [this, entryId] { detached(replay(entryId), this, "replaying a dead letter"); });
    asked.box->open();
}

QCoro::Task<> DeadLettersController::replay(QString entryId)
{
    QPointer<DeadLettersController> self(this);
    const QPointer<MonitorSession> origin(m_watched);
    m_page->entryPanel()->showReplaying();
    std::optional<dwp::Job> fresh;
    try {
        fresh = co_await DeadLetterActions::replay(origin, entryId);
    } catch (...) {
        if (!self || !m_page || origin != m_watched)
            co_return;
        const ErrorText why = ErrorText::describe(std::current_exception());
        m_page->entryPanel()->showReplayFailed(why.headline, why.detail);
        co_return;
    }
    // The entry's replayed_at moved: shown again when it can be fetched, then the outcome under it.
    std::optional<dwp::DlqEntry> updated;
    try {
        updated = co_await DeadLetterActions::entry(origin, entryId);
    } catch (...) {
        // The replay succeeded; the entry shown keeps its older replay state.
    }
    if (!self || !m_page || origin != m_watched)
        co_return;
    if (updated)
        m_page->entryPanel()->showEntry(*updated);
    m_page->entryPanel()->showReplayed(*fresh);
    refresh();
}

void DeadLettersController::retry(const QString& jobId)
{
    if (!m_page || !m_watched)
        return;
    if (!onProduction()) {
        detached(retryJob(jobId), this, "retrying a dead-lettered job");
        return;
    }
    JobActionQuestion asked = JobActionQuestion::retry(jobId, m_page);
    connect(asked.action, &QPushButton::clicked, this,
            [this, jobId] { detached(retryJob(jobId), this, "retrying a dead-lettered job"); });
    asked.box->open();
}

QCoro::Task<> DeadLettersController::retryJob(QString jobId)
{
    QPointer<DeadLettersController> self(this);
    const QPointer<MonitorSession> origin(m_watched);
    //: Dead letters page while a retry is on its way. %1 is the job id (job_…).
    m_page->showMessage(tr("Retrying %1…").arg(jobId));
    try {
        co_await DeadLetterActions::retryJob(origin, jobId);
        if (self && m_page && origin == m_watched)
            //: Dead letters page after a retry. %1 is the job id (job_…).
            m_page->showMessage(tr("%1 is pending again and will run once a worker takes it.").arg(jobId));
    } catch (...) {
        if (!self || !m_page || origin != m_watched)
            co_return;
        const ErrorText why = ErrorText::describe(std::current_exception());
        //: Dead letters page when a retry failed. %1 is the job id (job_…), %2 why in words, %3 the
        //: server's own message.
        m_page->showMessage(tr("Could not retry %1: %2 %3").arg(jobId, why.headline, why.detail));
    }
}

void DeadLettersController::showListPage(int offset)
{
    if (m_watched && m_watched->adminApi().canList())
        detached(fetchListPage(offset), this, "fetching the server's dead letters");
}

QCoro::Task<> DeadLettersController::fetchListPage(int offset)
{
    QPointer<DeadLettersController> self(this);
    const QPointer<MonitorSession> origin(m_watched);
    m_page->listPanel()->showLoading(offset);
    try {
        const QList<dwp::DlqEntry> entries =
            co_await DeadLetterActions::page(origin, DeadLetterListPanel::kPageSize, offset);
        if (self && m_page && origin == m_watched)
            m_page->listPanel()->showPage(entries, offset);
    } catch (...) {
        if (!self || !m_page || origin != m_watched)
            co_return;
        const ErrorText why = ErrorText::describe(std::current_exception());
        m_page->listPanel()->showFailed(why.headline, why.detail);
    }
}

} // namespace dispatch
