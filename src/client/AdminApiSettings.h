// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <chrono>

namespace dispatch {

// Where and how to reach a server's REST admin API (dwp-protocol.md §8).
struct AdminApiSettings
{
    // Everything before `/v1/…`, e.g. http://host:8080/dispatch. Empty: the REST admin API is off.
    QUrl baseUrl;
    // Sent as `Authorization: Bearer …` when not empty. Dispatch's REST API has no authentication at all;
    // this is for deployments that put an authenticating proxy in front of it.
    QString bearerToken;
    // The DWP connection's trust (ConnectionSettings::trustedCertificateSha256), applied to HTTPS as well.
    QList<QByteArray> trustedCertificateSha256;
    // Each request, connection included, must be answered within this time.
    std::chrono::milliseconds requestDeadline{10000};
    // A reply body larger than this is refused; the largest real reply is one object sent twice.
    qint64 maxBodyBytes = 4 * 1024 * 1024;

    // The usual deployment (Dispatch's forge extension) serves REST on DWP's host and port under
    // `/dispatch` (DWP itself is at `/dwp`): ws → http, wss → https. Empty for a URL of another scheme.
    static QUrl derivedBaseUrl(const QUrl& dwpUrl);
};

} // namespace dispatch
