// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace dispatch {

// A job as the Enqueue dialog composes it, before the server gives it an id.
struct JobDraft
{
    QString name;
    QString queue;          // empty: the server's "default"
    qint64 priority = 0;    // the server applies it only when > 0 (dwp-protocol.md §3)
    QByteArray payloadJson; // compact JSON text
};

} // namespace dispatch
