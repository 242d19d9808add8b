// SPDX-License-Identifier: MIT
#pragma once

// A monitor window on the Jobs page against an in-process devserver with its REST side (or without, as
// configured), for the tests of the actions on jobs (retry, cancel, several at once; issue 18 item 3).

#include "GuiTestSupport.h"
#include "devserver/JobHandlerCatalog.h"
#include "gui/pages/JobsPage.h"
#include "gui/window/MainWindow.h"
#include "models/JobFilterProxy.h"
#include "models/JobsModel.h"
#include "session/ConnectRequest.h"
#include "session/MonitorSession.h"
#include "session/SessionHost.h"
#include "support/DevServerFixture.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace guitest {

class JobActionsWindow
{
public:
    // Connected, subscribed and REST detected (or found missing); the Jobs page on screen. Check ok().
    // With `adminApi`, REST is reached where it says instead of on the devserver.
    explicit JobActionsWindow(const devserver::DevServerConfig& config,
                              std::optional<dispatch::AdminApiChoice> adminApi = std::nullopt)
        : fixture(std::make_unique<testsupport::DevServerFixture>(config))
    {
        if (!fixture->isRunning())
            return;
        dispatch::ConnectRequest request;
        request.options.connection.url = fixture->url();
        request.options.connection.token = QStringLiteral("demo-token");
        if (adminApi)
            request.adminApi = *adminApi;
        window = showWindowConnecting(request);
        if (!window)
            return;
        m_ok = advanceUntil(fixture->server(), [this] {
            return window->session() && fixture->server().broker().subscriberCount() > 0 &&
                   window->session()->adminApi().isDetected();
        });
        pressShortcut(window.get(), Qt::Key_2, Qt::ControlModifier); // the Jobs page
    }

    // What ok() waited for, for the failure message.
    static const char* readiness() { return "the window subscribed and the REST admin API detected"; }
    bool ok() const { return m_ok; }
    devserver::DevServer& server() { return fixture->server(); }
    dispatch::MonitorSession& session() { return *window->session(); }

    // A job on a queue no worker serves: pending until the test says otherwise. Seen by the window.
    QString parkedJob()
    {
        return enqueueUntilSeen(QStringLiteral("devserver.noop"), {}, QStringLiteral("parked"), {});
    }

    // A job whose handler takes ten simulated minutes, seen running by the window.
    QString runningJob()
    {
        return enqueueUntilSeen(devserver::JobHandlerCatalog::kScripted,
                                QByteArrayLiteral("{\"duration_ms\":600000}"), {}, QStringLiteral("running"));
    }

    // A job that fails every attempt, failed for good (seen by the window).
    QString failedJob()
    {
        return enqueueUntilSeen(devserver::JobHandlerCatalog::kScripted,
                                QByteArrayLiteral("{\"fail_attempts\":-1,\"error\":\"disk full\"}"), {},
                                QStringLiteral("failed"));
    }

    // Enqueues on the engine and moves the clock until the window sees the job in `state` (any state when
    // empty); empty when it never did.
    QString enqueueUntilSeen(const QString& name, const QByteArray& payload, const QString& queue,
                             const QString& state)
    {
        devserver::WorkerPool::EnqueueOptions options;
        options.name = name;
        options.payload = payload;
        options.queue = queue;
        const QString id = server().engine().enqueue(options).id;
        const bool seen = advanceUntil(server(), [&] {
            const QString shown = jobState(id);
            return state.isEmpty() ? !shown.isEmpty() : shown == state;
        });
        return seen ? id : QString();
    }

    // Clicks the job's row, with `modifiers` (Ctrl adds it to the selection).
    void clickJob(const QString& jobId, Qt::KeyboardModifiers modifiers = {})
    {
        dispatch::JobsPage* page = window->jobsPage();
        const QModelIndex source = session().jobs().index(session().jobs().rowOf(jobId), 1);
        const QModelIndex shown = page->proxy()->mapFromSource(source);
        page->table()->scrollTo(shown);
        QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, modifiers,
                          page->table()->visualRect(shown).center());
    }

    // The state the window's model shows for the job; empty while it has not seen it.
    QString jobState(const QString& jobId)
    {
        dispatch::JobsModel& jobs = session().jobs();
        const int row = jobs.rowOf(jobId);
        return row < 0 ? QString() : jobs.index(row, 0).data(dispatch::JobsModel::StateNameRole).toString();
    }

    QString stateOnServer(const QString& jobId)
    {
        const std::optional<dwp::Job> job = server().engine().job(jobId);
        return job ? job->state : QString();
    }

    // The visible message box with this object name, or null (answered ones linger until deleted).
    QMessageBox* openBox(const QString& objectName) const
    {
        for (QMessageBox* box : window->findChildren<QMessageBox*>(objectName))
            if (box->isVisible())
                return box;
        return nullptr;
    }

    std::unique_ptr<testsupport::DevServerFixture> fixture;
    std::unique_ptr<dispatch::MainWindow> window;

private:
    // showWindowConnectingTo() with the whole request, the profile's REST choice included.
    static std::unique_ptr<dispatch::MainWindow> showWindowConnecting(const dispatch::ConnectRequest& request)
    {
        auto shown = std::make_unique<dispatch::MainWindow>();
        shown->host()->connectInBackground(dispatch::MainWindow::kSessionKey, request);
        shown->show();
        if (!QTest::qWaitForWindowExposed(shown.get()))
            return {};
        QApplication::setActiveWindow(shown.get());
        return shown;
    }

    bool m_ok = false;
};

// The button of a message box with this text, or null.
inline QPushButton* buttonWithText(const QMessageBox* box, const QString& text)
{
    for (QAbstractButton* button : box->buttons())
        if (button->text() == text)
            return qobject_cast<QPushButton*>(button);
    return nullptr;
}

} // namespace guitest
