// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>

// For bench_startup (hidden option --report-startup): prints "first_paint" on stdout once the first paint of
// any window has been handled, and with `waitForEvent` "first_event_painted" once an item view has painted a
// row (the demo's first live event on screen), then quits the application. The benchmark times the lines'
// arrival from outside the process, so process start-up is included. Exits with status 3 if nothing was
// painted within `timeoutMs`.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(bool waitForEvent, int timeoutMs, QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report(const char* line);
    static bool isViewShowingRows(QObject* watched);

    bool m_waitForEvent;
    bool m_paintSeen = false;
    bool m_rowPaintSeen = false;
};
