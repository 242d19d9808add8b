// SPDX-License-Identifier: MIT
#include "client/AdminApiTransport.h"

#include "client/SslCertificateProblem.h"
#include "protocol/DispatchErrors.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <optional>
#include <qcoro/qcoronetworkreply.h>

namespace dispatch {
namespace {

// What the reply's signals saw while the coroutine waited. Lives in the coroutine frame, declared before
// the reply so that the reply (and its connections) go first.
struct ReplyWatch
{
    bool timedOut = false;
    bool oversized = false;
    std::optional<CertificateProblem> certificateProblem;
};

struct ReplyDeleter
{
    void operator()(QNetworkReply* reply) const
    {
        QObject::disconnect(reply, nullptr, nullptr, nullptr);
        reply->deleteLater(); // it may be inside one of its own signals right now
    }
};
using ReplyPointer = std::unique_ptr<QNetworkReply, ReplyDeleter>;

QNetworkRequest requestFor(const QUrl& url, const AdminApiSettings& settings)
{
    QNetworkRequest request(url);
    // A redirect from the admin API is a proxy's login page or a misconfigured base URL; following it would
    // repeat a POST elsewhere, so it is reported instead (AdminApiReply).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader("Accept", "application/json");
    if (!settings.bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + settings.bearerToken.toUtf8());
    return request;
}

QNetworkReply* start(QNetworkAccessManager& network, const QNetworkRequest& request, const QByteArray& verb)
{
    if (verb == "GET")
        return network.get(request);
    if (verb == "POST")
        return network.post(request, QByteArray()); // sends Content-Length: 0, which the server expects
    if (verb == "DELETE")
        return network.deleteResource(request);
    return network.sendCustomRequest(request, verb);
}

void watch(QNetworkReply* reply, ReplyWatch& seen, const AdminApiSettings& settings, const QString& host)
{
    const qint64 limit = settings.maxBodyBytes;
    const auto refuse = [reply, &seen] {
        seen.oversized = true;
        reply->abort();
    };
    // Content-Length announces an oversized body before any of it is read; a body without one (or lying
    // about it) is stopped as soon as it passes the limit, so at most one network read beyond it is held.
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, limit, refuse] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > limit)
            refuse();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [limit, refuse](qint64 received, qint64) {
                         if (received > limit)
                             refuse();
                     });
    QObject::connect(
        reply, &QNetworkReply::sslErrors, reply,
        [reply, &seen, trusted = settings.trustedCertificateSha256, host](const QList<QSslError>& errors) {
            if (allSslErrorsTrusted(errors, trusted)) {
                reply->ignoreSslErrors(errors);
                return;
            }
            seen.certificateProblem = certificateProblemFromSslErrors(errors, host);
        });
}

AdminApiResponse judge(QNetworkReply& reply, const ReplyWatch& seen, const AdminApiSettings& settings)
{
    const QString where = reply.url().toDisplayString();
    if (seen.timedOut)
        //: Error from the admin (REST) API. %1 is the request URL, %2 the deadline in milliseconds.
        throw TimeoutError(AdminApiTransport::tr("The admin API at %1 did not answer within %2 ms.")
                               .arg(where)
                               .arg(qint64(settings.requestDeadline.count())));
    if (seen.oversized)
        throw ProtocolError(
            //: Error from the admin (REST) API. %1 is the request URL, %2 the size limit in bytes.
            AdminApiTransport::tr("The reply from %1 is larger than %2 bytes and was refused.")
                .arg(where)
                .arg(settings.maxBodyBytes));
    if (seen.certificateProblem)
        throw CertificateError(seen.certificateProblem->summary(), *seen.certificateProblem);
    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        throw ConnectionError(
            //: Error from the admin (REST) API. %1 is the request URL, %2 the network error from Qt
            //: (English).
            AdminApiTransport::tr("Could not reach the admin API at %1: %2").arg(where, reply.errorString()));
    // Codes below 100 are the network's (QNetworkReply::NetworkError); with a status already read, the
    // connection broke off in the middle of the body.
    if (reply.error() != QNetworkReply::NoError && reply.error() < QNetworkReply::ProxyConnectionRefusedError)
        throw ProtocolError(
            //: Error from the admin (REST) API. %1 is the request URL, %2 the network error from Qt
            //: (English).
            AdminApiTransport::tr("The reply from %1 broke off before its body was complete: %2")
                .arg(where, reply.errorString()));
    AdminApiResponse response;
    response.url = reply.url();
    response.status = status.toInt();
    response.body = reply.readAll();
    response.contentType = reply.rawHeader("Content-Type");
    response.location = reply.rawHeader("Location");
    if (response.body.size() > settings.maxBodyBytes) // belt and braces: the watch should have stopped it
        throw ProtocolError(
            //: Error from the admin (REST) API. %1 is the request URL, %2 the size limit in bytes.
            AdminApiTransport::tr("The reply from %1 is larger than %2 bytes and was refused.")
                .arg(where)
                .arg(settings.maxBodyBytes));
    return response;
}

QUrl urlFor(const QUrl& base, const QString& route, const QString& query)
{
    QUrl url = base;
    QString path = base.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + route, QUrl::TolerantMode); // ids in the route are percent-encoded already
    url.setQuery(query);
    return url;
}

// Static so that no coroutine frame refers to the transport, which may be gone before the reply.
QCoro::Task<AdminApiResponse> exchange(std::shared_ptr<QNetworkAccessManager> network,
                                       AdminApiSettings settings, QByteArray verb, QUrl url)
{
    ReplyWatch seen;
    ReplyPointer reply(start(*network, requestFor(url, settings), verb));
    watch(reply.get(), seen, settings, url.host());
    const bool finished = co_await qCoro(reply.get()).waitForFinished(settings.requestDeadline);
    if (!finished) {
        seen.timedOut = true;
        reply->abort();
    }
    co_return judge(*reply, seen, settings);
}

} // namespace

AdminApiTransport::AdminApiTransport(AdminApiSettings settings)
    : m_settings(std::move(settings)), m_network(std::make_shared<QNetworkAccessManager>())
{
    m_network->setAutoDeleteReplies(false);
}

AdminApiTransport::~AdminApiTransport() = default;

QCoro::Task<AdminApiResponse> AdminApiTransport::send(QByteArray verb, QString route, QString query)
{
    return exchange(m_network, m_settings, std::move(verb), urlFor(m_settings.baseUrl, route, query));
}

} // namespace dispatch
