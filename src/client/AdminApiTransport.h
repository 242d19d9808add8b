// SPDX-License-Identifier: MIT
#pragma once

#include "client/AdminApiSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>
#include <memory>
#include <qcoro/qcorotask.h>

class QNetworkAccessManager;

namespace dispatch {

// One HTTP exchange with the REST admin API as it came back: the status and the body, both still to be
// judged by the caller (AdminApiReply).
struct AdminApiResponse
{
    QUrl url;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray location; // a redirect's target, which is never followed
};

// Sends requests to the REST admin API with Qt Network and QCoro, under the rules every call shares:
// the deadline covers connecting, TLS and the whole body; a body past AdminApiSettings::maxBodyBytes is
// refused (Content-Length first, then while it arrives); redirects are not followed; the DWP connection's
// certificate trust applies; nothing is sent twice. Failures before an HTTP status is known throw
// ConnectionError (CertificateError for a refused certificate), TimeoutError or ProtocolError.
//
// The network manager is shared with every request in flight, so the transport (and its owner) may be
// destroyed while requests are running; they still end by their deadline.
class AdminApiTransport
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::AdminApiTransport)

public:
    explicit AdminApiTransport(AdminApiSettings settings);
    ~AdminApiTransport();

    const AdminApiSettings& settings() const { return m_settings; }

    // verb: GET, POST or DELETE; route: below the base URL, e.g. "/v1/jobs/counts" (already percent-encoded
    // where it holds an id); query: without '?', may be empty.
    QCoro::Task<AdminApiResponse> send(QByteArray verb, QString route, QString query = QString());

private:
    AdminApiSettings m_settings;
    std::shared_ptr<QNetworkAccessManager> m_network;
};

} // namespace dispatch
