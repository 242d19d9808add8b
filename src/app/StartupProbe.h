// SPDX-License-Identifier: MIT
#pragma once

#include "gui/window/MainWindow.h"

#include <QObject>
#include <QPointer>

// For bench_startup (hidden option --report-startup): prints "first_paint" on stdout once the main window's
// first paint has been handled, and with `waitForEvent` "first_event_painted" once the page on show has been
// painted after the first events reached the models (the demo's first live event on screen), then quits.
// With `waitForHistory` it prints, after "first_paint", "history_shown" once the newest of the session's
// history are in the models (SessionHistory: the newest events in the log, the newest jobs and runs
// replayed), "history_loaded" once the older ones are too, and a line "history_rows <jobs> <runs> <events>"
// saying how much came back, then quits
// (bench_startup's journal variant: the first paint must not wait for the history).
// The benchmark times the lines' arrival from outside the process, so process start-up is included. Exits
// with status 3 if that did not happen within `timeoutMs`.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(bool waitForEvent, bool waitForHistory, int timeoutMs, QObject* parent = nullptr);

    // The window whose models and pages tell when an event is on screen.
    void watch(dispatch::MainWindow* window) { m_window = window; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report(const char* line);
    bool modelsHaveEvents() const;
    bool isOnVisiblePage(QObject* watched) const;
    void checkHistory();

    bool m_waitForEvent;
    bool m_waitForHistory;
    QPointer<dispatch::MainWindow> m_window;
    bool m_paintSeen = false;
    bool m_eventPaintSeen = false;
    bool m_historyShownSeen = false;
};
