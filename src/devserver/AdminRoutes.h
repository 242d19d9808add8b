// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/AdminActions.h"
#include "devserver/HttpRequest.h"
#include "devserver/HttpResponse.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace devserver {

// The REST admin API of the real server (api/*.go, dwp-protocol.md §8) over the devserver's engine, quirks
// included: single objects written twice, 201 on DLQ replay, both error shapes, no authentication, the REST
// cancel guard, and — unless `listRoutes` — 404 for the four list routes that forge v1.8.0 never registers.
// Retry, replay and cron actions emit no event; the jobs they make runnable run and show in the stream.
class AdminRoutes
{
public:
    // `basePath`: the API's mount point, "/dispatch" as in Dispatch's forge extension.
    AdminRoutes(SimEngine& engine, QString basePath, bool listRoutes);

    bool serves(const QByteArray& path) const; // under <basePath>/
    HttpResponse handle(const HttpRequest& request);

private:
    HttpResponse route(const QByteArray& method, const QList<QByteArray>& segments, const QByteArray& query);
    HttpResponse jobRoute(const QByteArray& method, const QList<QByteArray>& segments,
                          const QByteArray& query);
    HttpResponse dlqRoute(const QByteArray& method, const QList<QByteArray>& segments,
                          const QByteArray& query);
    HttpResponse cronRoute(const QByteArray& method, const QList<QByteArray>& segments,
                           const QByteArray& query);
    HttpResponse workflowRoute(const QByteArray& method, const QList<QByteArray>& segments,
                               const QByteArray& query);

    AdminActions m_actions;
    QByteArray m_prefix; // <basePath>/v1
    bool m_listRoutes;
};

} // namespace devserver
