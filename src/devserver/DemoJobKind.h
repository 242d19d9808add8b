// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/JobHandlerSpec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace devserver {

class EngineContext;

// One kind of job in the demo workload: its handler's behaviour, its queue, how often it is enqueued and
// a realistic payload.
struct DemoJobKind
{
    QString name;
    QString queue;
    int weight = 1; // relative frequency
    qint64 priority = 0;
    JobHandlerSpec handler;
    std::function<QByteArray(EngineContext&)> payload;

    // The demo's job mix: e-mail and SMS, images and video, billing, webhooks, CRM sync, search indexing,
    // reports, cron maintenance and a CSV import that always ends in the DLQ.
    static QList<DemoJobKind> catalog();
};

} // namespace devserver
