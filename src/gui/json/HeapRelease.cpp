// SPDX-License-Identifier: MIT
#include "gui/json/HeapRelease.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace dispatch {

namespace {
constexpr int kSettleMs = 1000; // lets deleteLater() and the layout's own frees happen first
} // namespace

void HeapRelease::soon()
{
    static QPointer<QTimer> timer;
    if (!timer) {
        QCoreApplication* app = QCoreApplication::instance();
        if (!app)
            return;
        timer = new QTimer(app);
        timer->setSingleShot(true);
        timer->setInterval(kSettleMs);
        QObject::connect(timer, &QTimer::timeout, app, [] { now(); });
    }
    timer->start();
}

bool HeapRelease::now()
{
#if defined(__GLIBC__)
    malloc_trim(0);
    return true;
#else
    return false;
#endif
}

} // namespace dispatch
