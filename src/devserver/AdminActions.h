// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/HttpResponse.h"

#include <QByteArray>
#include <QString>

namespace devserver {

class SimEngine;

// What each REST admin route does to the engine and answers, as the real handlers do (dwp-protocol.md §8):
// lookups by id written twice, 204 for retry, cancel and cron delete, 201 for a DLQ replay, 400
// {"code":400,"error"} for a malformed id or a refused state, 404 {"code":404,"error"} for an unknown id on
// a lookup, and 500 {"code":"INTERNAL_SERVER_ERROR","message"} for an action on an unknown id.
class AdminActions
{
public:
    explicit AdminActions(SimEngine& engine) : m_engine(engine) {}

    static HttpResponse plainText(int status, const QByteArray& text);

    HttpResponse stats();
    HttpResponse jobCounts();
    HttpResponse workflowNames();
    HttpResponse getJob(const QString& id);
    HttpResponse retryJob(const QString& id);
    HttpResponse cancelJob(const QString& id);
    HttpResponse dlqCount();
    HttpResponse getDlqEntry(const QString& id);
    HttpResponse replayDlqEntry(const QString& id);
    HttpResponse replayAll();
    HttpResponse purgeDlq();
    HttpResponse getCron(const QString& id);
    HttpResponse setCronEnabled(const QString& id, bool enabled);
    HttpResponse deleteCron(const QString& id);
    HttpResponse getRun(const QString& id);

    // Only with --rest-lists: a server whose list routes are registered.
    HttpResponse listJobs(const QByteArray& query);
    HttpResponse listRuns(const QByteArray& query);
    HttpResponse listDlq(const QByteArray& query);
    HttpResponse listCrons(const QByteArray& query);

private:
    QString replay(const QString& entryId); // the new job's id

    SimEngine& m_engine;
};

} // namespace devserver
