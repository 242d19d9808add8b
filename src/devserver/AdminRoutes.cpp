// SPDX-License-Identifier: MIT
#include "devserver/AdminRoutes.h"

namespace devserver {
namespace {

HttpResponse pageNotFound()
{
    return AdminActions::plainText(404, "404 page not found\n");
}

HttpResponse methodNotAllowed()
{
    return AdminActions::plainText(405, "405 method not allowed\n");
}

} // namespace

AdminRoutes::AdminRoutes(SimEngine& engine, QString basePath, bool listRoutes)
    : m_actions(engine), m_prefix(basePath.toUtf8() + "/v1"), m_listRoutes(listRoutes)
{
}

bool AdminRoutes::serves(const QByteArray& path) const
{
    return path.startsWith(m_prefix.left(m_prefix.size() - 3) + '/');
}

HttpResponse AdminRoutes::handle(const HttpRequest& request)
{
    // No authentication at all (§8): an Authorization header is neither required nor looked at.
    if (!request.path.startsWith(m_prefix + '/'))
        return pageNotFound();
    QList<QByteArray> segments = request.path.mid(m_prefix.size() + 1).split('/');
    for (QByteArray& segment : segments)
        segment = QByteArray::fromPercentEncoding(segment);
    return route(request.method, segments, request.query);
}

HttpResponse AdminRoutes::route(const QByteArray& method, const QList<QByteArray>& segments,
                                const QByteArray& query)
{
    const QByteArray& area = segments.first();
    if (area == "stats" && segments.size() == 1)
        return method == "GET" ? m_actions.stats() : methodNotAllowed();
    if (area == "jobs")
        return jobRoute(method, segments, query);
    if (area == "dlq")
        return dlqRoute(method, segments, query);
    if (area == "crons")
        return cronRoute(method, segments, query);
    if (area == "workflows")
        return workflowRoute(method, segments, query);
    return pageNotFound();
}

HttpResponse AdminRoutes::jobRoute(const QByteArray& method, const QList<QByteArray>& segments,
                                   const QByteArray& query)
{
    if (segments.size() == 1)
        return !m_listRoutes     ? pageNotFound()
               : method == "GET" ? m_actions.listJobs(query)
                                 : methodNotAllowed();
    const QString id = QString::fromUtf8(segments[1]);
    if (segments.size() == 2) {
        if (segments[1] == "counts") { // the static segment wins over :jobId (§8 caveat 4)
            if (method != "GET")
                return methodNotAllowed();
            return m_actions.jobCounts();
        }
        return method == "GET" ? m_actions.getJob(id) : methodNotAllowed();
    }
    if (segments.size() == 3 && segments[2] == "retry")
        return method == "POST" ? m_actions.retryJob(id) : methodNotAllowed();
    if (segments.size() == 3 && segments[2] == "cancel")
        return method == "POST" ? m_actions.cancelJob(id) : methodNotAllowed();
    return pageNotFound();
}

HttpResponse AdminRoutes::dlqRoute(const QByteArray& method, const QList<QByteArray>& segments,
                                   const QByteArray& query)
{
    if (segments.size() == 1)
        return !m_listRoutes     ? pageNotFound()
               : method == "GET" ? m_actions.listDlq(query)
                                 : methodNotAllowed();
    const QString id = QString::fromUtf8(segments[1]);
    if (segments.size() == 2) {
        if (segments[1] == "count")
            return method == "GET" ? m_actions.dlqCount() : methodNotAllowed();
        if (segments[1] == "replay-all")
            return method == "POST" ? m_actions.replayAll() : methodNotAllowed();
        if (segments[1] == "purge")
            return method == "POST" ? m_actions.purgeDlq() : methodNotAllowed();
        return method == "GET" ? m_actions.getDlqEntry(id) : methodNotAllowed();
    }
    if (segments.size() == 3 && segments[2] == "replay")
        return method == "POST" ? m_actions.replayDlqEntry(id) : methodNotAllowed();
    return pageNotFound();
}

HttpResponse AdminRoutes::cronRoute(const QByteArray& method, const QList<QByteArray>& segments,
                                    const QByteArray& query)
{
    if (segments.size() == 1)
        return !m_listRoutes     ? pageNotFound()
               : method == "GET" ? m_actions.listCrons(query)
                                 : methodNotAllowed();
    const QString id = QString::fromUtf8(segments[1]);
    if (segments.size() == 2) {
        if (method == "GET")
            return m_actions.getCron(id);
        return method == "DELETE" ? m_actions.deleteCron(id) : methodNotAllowed();
    }
    if (segments.size() == 3 && (segments[2] == "enable" || segments[2] == "disable"))
        return method == "POST" ? m_actions.setCronEnabled(id, segments[2] == "enable") : methodNotAllowed();
    return pageNotFound();
}

HttpResponse AdminRoutes::workflowRoute(const QByteArray& method, const QList<QByteArray>& segments,
                                        const QByteArray& query)
{
    if (segments.size() == 1)
        return method == "GET" ? m_actions.workflowNames() : methodNotAllowed();
    if (segments[1] != "runs")
        return pageNotFound();
    if (segments.size() == 2)
        return !m_listRoutes     ? pageNotFound()
               : method == "GET" ? m_actions.listRuns(query)
                                 : methodNotAllowed();
    if (segments.size() == 3)
        return method == "GET" ? m_actions.getRun(QString::fromUtf8(segments[2])) : methodNotAllowed();
    return pageNotFound();
}

} // namespace devserver
