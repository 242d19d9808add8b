// SPDX-License-Identifier: MIT
#include "StartupProbe.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <cstdio>

StartupProbe::StartupProbe(bool waitForEvent, int timeoutMs, QObject* parent)
    : QObject(parent), m_waitForEvent(waitForEvent)
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
    // Reported from a zero timer: it runs once the paint (and the flush that follows it) has been handled.
    if (!m_paintSeen) {
        m_paintSeen = true;
        QTimer::singleShot(0, this, [this] {
            report("first_paint");
            if (!m_waitForEvent)
                QCoreApplication::quit();
        });
    }
    if (m_waitForEvent && !m_rowPaintSeen && isViewShowingRows(watched)) {
        m_rowPaintSeen = true;
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

bool StartupProbe::isViewShowingRows(QObject* watched)
{
    auto* view = qobject_cast<QAbstractItemView*>(watched ? watched->parent() : nullptr);
    return view && view->viewport() == watched && view->isVisible() && view->model() &&
           view->model()->rowCount() > 0;
}
