// SPDX-License-Identifier: MIT
#include "StartupProbe.h"

#include "gui/pages/JobsPage.h"
#include "gui/window/MainWindow.h"
#include "models/EventLogModel.h"
#include "session/MonitorSession.h"
#include "session/SessionHistory.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>

StartupProbe::StartupProbe(bool waitForEvent, bool waitForHistory, int timeoutMs, QObject* parent)
    : QObject(parent), m_waitForEvent(waitForEvent), m_waitForHistory(waitForHistory)
{
    QCoreApplication::instance()->installEventFilter(this);
    QTimer::singleShot(timeoutMs, this, [] {
        std::fprintf(stderr, "dispatch-monitor: --report-startup saw nothing painted in time\n");
        QCoreApplication::exit(3);
    });
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Paint)
        return false;
    // The main window's first frame: a paint of it or of a widget in it, not of another window (a splash, a
    // popup). Reported from a zero timer: it runs once that paint pass, and the flush that follows it, has
    // been handled.
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!m_paintSeen && widget && m_window && widget->window() == m_window) {
        m_paintSeen = true;
        QTimer::singleShot(0, this, [this] {
            report("first_paint");
            if (m_waitForHistory)
                checkHistory();
            else if (!m_waitForEvent)
                QCoreApplication::quit();
        });
    }
    // A paint of the page on show once the models hold events: the first moment it can show them (a page that
    // coalesces its repaints may draw them a frame later).
    if (m_waitForEvent && !m_eventPaintSeen && modelsHaveEvents() && isOnVisiblePage(watched)) {
        m_eventPaintSeen = true;
        QTimer::singleShot(0, this, [this] {
            report("first_event_painted");
            QCoreApplication::quit();
        });
    }
    return false;
}

void StartupProbe::report(const char* line)
{
    std::printf("%s\n", line);
    std::fflush(stdout);
}

void StartupProbe::checkHistory()
{
    // Polled every 10 ms from the first paint on: the session (and so its history) may be made later, once
    // the profile's token was looked up.
    using Stage = dispatch::SessionHistory::Stage;
    const dispatch::MonitorSession* session = m_window ? m_window->session() : nullptr;
    const dispatch::SessionHistory* history = session ? session->history() : nullptr;
    const bool shown = history && history->isRecentRestored() && history->stage() != Stage::Reading &&
                       history->stage() != Stage::Replaying;
    if (shown && !m_historyShownSeen) {
        m_historyShownSeen = true;
        report("history_shown");
    }
    if (!shown || history->isReadingOlder()) {
        QTimer::singleShot(10, this, &StartupProbe::checkHistory);
        return;
    }
    report("history_loaded");
    std::printf("history_rows %lld %lld %lld\n", static_cast<long long>(history->jobCount()),
                static_cast<long long>(history->runCount()),
                static_cast<long long>(history->restoredEventCount()));
    std::fflush(stdout);
    QCoreApplication::quit();
}

bool StartupProbe::modelsHaveEvents() const
{
    return m_window && m_window->session() && m_window->session()->eventLog().rowCount() > 0;
}

bool StartupProbe::isOnVisiblePage(QObject* watched) const
{
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || !widget->isVisible() || !m_window || !m_window->jobsPage())
        return false;
    for (QWidget* parent = m_window->jobsPage()->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto* tabs = qobject_cast<QTabWidget*>(parent)) {
            QWidget* page = tabs->currentWidget();
            return page && (page == widget || page->isAncestorOf(widget));
        }
    }
    return false;
}
