// SPDX-License-Identifier: MIT
#include "gui/views/ErrorText.h"

#include "protocol/DispatchErrors.h"
#include "protocol/Methods.h"

namespace dispatch {

namespace {

bool isJobMethod(const QString& method)
{
    return method.startsWith(u"job.");
}

bool isRunMethod(const QString& method)
{
    return method == dwp::methods::WorkflowGet || method == dwp::methods::WorkflowTimeline;
}

} // namespace

QString ErrorText::actionOf(const QString& method)
{
    namespace m = dwp::methods;
    if (method == m::JobEnqueue)
        return tr("enqueue jobs");
    if (method == m::JobGet)
        return tr("read jobs");
    if (method == m::JobCancel)
        return tr("cancel jobs");
    if (method == m::WorkflowStart)
        return tr("start workflows");
    if (method == m::WorkflowGet)
        return tr("read workflow runs");
    if (method == m::WorkflowTimeline)
        return tr("read workflow timelines");
    if (method == m::WorkflowEvent)
        return tr("publish events");
    if (method == m::Subscribe)
        return tr("subscribe to events");
    if (method == m::Stats)
        return tr("read server statistics");
    return tr("call %1").arg(method);
}

ErrorText ErrorText::describe(const DispatchError& error, const QString& method)
{
    ErrorText text;
    const QString server = error.code() > 0
                               ? tr("Server: %1 (%2).").arg(error.message(), QString::number(error.code()))
                               : error.message();
    text.detail = server;
    if (dynamic_cast<const PermissionError*>(&error)) {
        text.headline = tr("This token may not %1.").arg(actionOf(method));
        const QString scope = dwp::methods::requiredScope(method);
        if (!scope.isEmpty())
            text.detail = tr("%1 The token needs the scope %2.").arg(server, scope);
    } else if (dynamic_cast<const NotFoundError*>(&error)) {
        text.headline = isJobMethod(method)   ? tr("No such job.")
                        : isRunMethod(method) ? tr("No such workflow run.")
                                              : tr("Not found.");
    } else if (dynamic_cast<const UnsupportedMethodError*>(&error)) {
        text.headline = tr("This server cannot %1.").arg(actionOf(method));
    } else if (dynamic_cast<const BadRequestError*>(&error)) {
        if (error.message().contains(u"invalid job ID"))
            text.headline = tr("That is not a job id (job ids look like job_01h…).");
        else if (error.message().contains(u"invalid run ID"))
            text.headline = tr("That is not a run id (run ids look like wfrun_01h…).");
        else if (method == dwp::methods::Subscribe)
            text.headline = tr("The server refused that channel.");
        else
            text.headline = tr("The server could not read the request to %1.").arg(actionOf(method));
    } else if (dynamic_cast<const AuthError*>(&error)) {
        text.headline = tr("The server rejected the token.");
    } else if (dynamic_cast<const ServerError*>(&error)) {
        if (method == dwp::methods::WorkflowStart && error.message().contains(u"no workflow registered"))
            text.headline = tr("The server has no workflow by that name.");
        else
            text.headline = tr("The server failed to %1.").arg(actionOf(method));
    } else if (dynamic_cast<const TimeoutError*>(&error)) {
        text.headline = tr("The server did not answer in time.");
    } else if (dynamic_cast<const ConnectionError*>(&error)) {
        text.headline = tr("Not connected to the server, or the connection dropped before it answered.");
    } else if (dynamic_cast<const ProtocolError*>(&error)) {
        text.headline = tr("The server sent a reply this monitor could not read.");
    } else if (dynamic_cast<const AbortedError*>(&error)) {
        text.headline = tr("The request was abandoned; the server may still carry it out.");
    } else {
        text.headline = tr("Could not %1.").arg(actionOf(method));
    }
    return text;
}

ErrorText ErrorText::describe(const std::exception_ptr& error, const QString& method)
{
    if (!error)
        return {};
    try {
        std::rethrow_exception(error);
    } catch (const DispatchError& dispatchError) {
        return describe(dispatchError, method);
    } catch (const std::exception& other) {
        ErrorText text;
        text.headline = tr("Could not %1.").arg(actionOf(method));
        text.detail = QString::fromUtf8(other.what());
        return text;
    } catch (...) {
        ErrorText text;
        text.headline = tr("Could not %1.").arg(actionOf(method));
        text.detail = tr("An unknown error occurred.");
        return text;
    }
}

QString ErrorText::toPlainText() const
{
    return detail.isEmpty() ? headline : headline + u'\n' + detail;
}

QString ErrorText::toHtml() const
{
    QString html = QStringLiteral("<b>%1</b>").arg(headline.toHtmlEscaped());
    if (!detail.isEmpty())
        html += QStringLiteral("<br><small>%1</small>").arg(detail.toHtmlEscaped());
    return html;
}

} // namespace dispatch
