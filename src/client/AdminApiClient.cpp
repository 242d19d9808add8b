// SPDX-License-Identifier: MIT
#include "client/AdminApiClient.h"

#include "client/AdminApiReply.h"
#include "protocol/DispatchErrors.h"
#include "protocol/PayloadReader.h"

#include <QCoreApplication>

namespace dispatch {
namespace {

// An id as one path segment: `/` or `..` in a typed id must not reach another route.
QString segment(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

template<typename T>
QList<T> parsedList(const AdminApiResponse& response)
{
    const QByteArray json = AdminApiReply::expect(response, 200);
    QList<QByteArrayView> elements;
    QString error;
    if (!dwp::PayloadReader::splitArray(json, elements, error))
        AdminApiReply::throwUnreadable(response, error);
    QList<T> result;
    result.reserve(elements.size());
    for (QByteArrayView element : elements) {
        auto item = T::parse(element);
        if (!item)
            AdminApiReply::throwUnreadable(response, item.error());
        result.append(std::move(item).value());
    }
    return result;
}

QByteArray verbText(AdminApiClient::Verb verb)
{
    switch (verb) {
    case AdminApiClient::Verb::Get:
        return QByteArrayLiteral("GET");
    case AdminApiClient::Verb::Post:
        return QByteArrayLiteral("POST");
    case AdminApiClient::Verb::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return QByteArrayLiteral("GET");
}

QString pageQuery(int limit, int offset)
{
    return QStringLiteral("limit=%1&offset=%2").arg(limit).arg(offset);
}

} // namespace

AdminApiClient::AdminApiClient(AdminApiSettings settings) : m_transport(std::move(settings)) {}

QCoro::Task<AdminApiResponse> AdminApiClient::send(Verb verb, const QString& route, const QString& query)
{
    if (!isEnabled())
        throw ConnectionError(AdminApiClient::tr("The REST admin API is switched off for this connection."));
    return m_transport.send(verbText(verb), route, query);
}

QCoro::Task<AdminApiResponse> AdminApiClient::send(Verb verb, const QString& route)
{
    return send(verb, route, QString());
}

QCoro::Task<AdminApiCapabilities> AdminApiClient::detect()
{
    AdminApiCapabilities capabilities;
    capabilities.baseUrl = settings().baseUrl;
    if (!isEnabled())
        co_return capabilities;
    try {
        capabilities.stats = co_await stats();
        capabilities.availability = AdminApiCapabilities::Availability::Available;
    } catch (const DispatchError& error) {
        capabilities.availability = AdminApiCapabilities::Availability::Unavailable;
        capabilities.unavailableReason = error.message();
        co_return capabilities;
    }
    try {
        co_await deadLetters(1, 0);
        capabilities.canList = true;
    } catch (const NotFoundError&) {
        capabilities.canList = false; // the real server: list routes never registered (§8 caveat 1)
    } catch (const DispatchError& error) {
        capabilities.listUnavailableReason = error.message();
    }
    co_return capabilities;
}

QCoro::Task<dwp::AdminStats> AdminApiClient::stats()
{
    const QString route = QStringLiteral("/v1/stats");
    const AdminApiResponse response = co_await send(Verb::Get, route);
    co_return AdminApiReply::parsed<dwp::AdminStats>(response, 200, &dwp::AdminStats::parse);
}

QCoro::Task<dwp::JobCounts> AdminApiClient::jobCounts()
{
    const QString route = QStringLiteral("/v1/jobs/counts");
    const AdminApiResponse response = co_await send(Verb::Get, route);
    co_return AdminApiReply::parsed<dwp::JobCounts>(response, 200, &dwp::JobCounts::parse);
}

QCoro::Task<QStringList> AdminApiClient::workflowNames()
{
    const QString route = QStringLiteral("/v1/workflows");
    const AdminApiResponse response = co_await send(Verb::Get, route);
    co_return AdminApiReply::parsed<QStringList>(response, 200, &dwp::admin::parseWorkflowNames);
}

QCoro::Task<dwp::Job> AdminApiClient::job(QString id)
{
    const QString route = QStringLiteral("/v1/jobs/") + segment(id);
    const AdminApiResponse response = co_await send(Verb::Get, route);
    co_return AdminApiReply::parsed<dwp::Job>(response, 200, &dwp::Job::parse);
}

QCoro::Task<> AdminApiClient::retryJob(QString id)
{
    const QString route = QStringLiteral("/v1/jobs/%1/retry").arg(segment(id));
    const AdminApiResponse response = co_await send(Verb::Post, route);
    AdminApiReply::expect(response, 204);
}

QCoro::Task<> AdminApiClient::cancelJob(QString id)
{
    const QString route = QStringLiteral("/v1/jobs/%1/cancel").arg(segment(id));
    const AdminApiResponse response = co_await send(Verb::Post, route);
    AdminApiReply::expect(response, 204);
}

QCoro::Task<qint64> AdminApiClient::dlqCount()
{
    const QString route = QStringLiteral("/v1/dlq/count");
    const AdminApiResponse response = co_await send(Verb::Get, route);
    co_return AdminApiReply::parsed<qint64>(
        response, 200, [](QByteArrayView json) { return dwp::admin::parseCount(json, "count"); });
}

QCoro::Task<dwp::DlqEntry> AdminApiClient::dlqEntry(QString id)
{
    const QString route = QStringLiteral("/v1/dlq/") + segment(id);
    const AdminApiResponse response = co_await send(Verb::Get, route);
    co_return AdminApiReply::parsed<dwp::DlqEntry>(response, 200, &dwp::DlqEntry::parse);
}

QCoro::Task<dwp::Job> AdminApiClient::replayDlqEntry(QString id)
{
    const QString route = QStringLiteral("/v1/dlq/%1/replay").arg(segment(id));
    const AdminApiResponse response = co_await send(Verb::Post, route);
    co_return AdminApiReply::parsed<dwp::Job>(response, 201, &dwp::Job::parse); // 201 Created (§8)
}

QCoro::Task<dwp::admin::ReplayAllResult> AdminApiClient::replayAllDlq()
{
    const QString route = QStringLiteral("/v1/dlq/replay-all");
    const AdminApiResponse response = co_await send(Verb::Post, route);
    co_return AdminApiReply::parsed<dwp::admin::ReplayAllResult>(response, 200,
                                                                 &dwp::admin::ReplayAllResult::parse);
}

QCoro::Task<qint64> AdminApiClient::purgeDlq()
{
    const QString route = QStringLiteral("/v1/dlq/purge");
    const AdminApiResponse response = co_await send(Verb::Post, route);
    co_return AdminApiReply::parsed<qint64>(
        response, 200, [](QByteArrayView json) { return dwp::admin::parseCount(json, "purged"); });
}

QCoro::Task<dwp::CronEntry> AdminApiClient::cron(QString id)
{
    const QString route = QStringLiteral("/v1/crons/") + segment(id);
    const AdminApiResponse response = co_await send(Verb::Get, route);
    co_return AdminApiReply::parsed<dwp::CronEntry>(response, 200, &dwp::CronEntry::parse);
}

QCoro::Task<dwp::CronEntry> AdminApiClient::setCronEnabled(QString id, bool enabled)
{
    const QString route =
        QStringLiteral("/v1/crons/%1/%2")
            .arg(segment(id), enabled ? QStringLiteral("enable") : QStringLiteral("disable"));
    const AdminApiResponse response = co_await send(Verb::Post, route);
    co_return AdminApiReply::parsed<dwp::CronEntry>(response, 200, &dwp::CronEntry::parse);
}

QCoro::Task<> AdminApiClient::deleteCron(QString id)
{
    const QString route = QStringLiteral("/v1/crons/") + segment(id);
    const AdminApiResponse response = co_await send(Verb::Delete, route);
    AdminApiReply::expect(response, 204);
}

QCoro::Task<QList<dwp::DlqEntry>> AdminApiClient::deadLetters(int limit, int offset)
{
    const QString route = QStringLiteral("/v1/dlq");
    const QString query = pageQuery(limit, offset);
    const AdminApiResponse response = co_await send(Verb::Get, route, query);
    co_return parsedList<dwp::DlqEntry>(response);
}

QCoro::Task<QList<dwp::CronEntry>> AdminApiClient::crons(int limit, int offset)
{
    const QString route = QStringLiteral("/v1/crons");
    const QString query = pageQuery(limit, offset);
    const AdminApiResponse response = co_await send(Verb::Get, route, query);
    co_return parsedList<dwp::CronEntry>(response);
}

} // namespace dispatch
