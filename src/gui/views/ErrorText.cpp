// SPDX-License-Identifier: MIT
#include "gui/views/ErrorText.h"

#include "protocol/DispatchErrors.h"
#include "protocol/Methods.h"
#include "protocol/ServerText.h"

#include <algorithm>
#include <climits>

namespace dispatch {

namespace {

// What to say when a call of one method fails, one whole sentence per kind of failure, so that a translator
// sees each sentence as it is shown (no "This token may not %1." with a verb phrase glued in).
struct MethodSentences
{
    const QString& method;
    const char* denied;      // PermissionError: the token lacks the scope
    const char* unsupported; // UnsupportedMethodError: the server does not implement it
    const char* failed;      // ServerError, or a failure of no known kind
    const char* unreadable;  // BadRequestError: the server could not read the request
};

const MethodSentences kSentences[] = {
    {dwp::methods::JobEnqueue,
     //: Error headline, a failed job.enqueue request: the token lacks the scope (403).
     QT_TRANSLATE_NOOP("ErrorText", "This token may not enqueue jobs."),
     //: Error headline, a failed job.enqueue request: the server lacks the method (405).
     QT_TRANSLATE_NOOP("ErrorText", "This server cannot enqueue jobs."),
     //: Error headline, a failed job.enqueue request: the server failed (500).
     QT_TRANSLATE_NOOP("ErrorText", "The job could not be enqueued."),
     //: Error headline, a failed job.enqueue request: the server could not read it (400).
     QT_TRANSLATE_NOOP("ErrorText", "The server could not read the job to enqueue.")},
    {dwp::methods::JobGet,
     //: Error headline, a failed job.get request: the token lacks the scope (403).
     QT_TRANSLATE_NOOP("ErrorText", "This token may not read jobs."),
     //: Error headline, a failed job.get request: the server lacks the method (405).
     QT_TRANSLATE_NOOP("ErrorText", "This server cannot look up jobs."),
     //: Error headline, a failed job.get request: the server failed (500).
     QT_TRANSLATE_NOOP("ErrorText", "The job could not be read."),
     //: Error headline, a failed job.get request: the server could not read it (400).
     QT_TRANSLATE_NOOP("ErrorText", "The server could not read the request for the job.")},
    {dwp::methods::JobCancel,
     //: Error headline, a failed job.cancel request: the token lacks the scope (403).
     QT_TRANSLATE_NOOP("ErrorText", "This token may not cancel jobs."),
     //: Error headline, a failed job.cancel request: the server lacks the method (405).
     QT_TRANSLATE_NOOP("ErrorText", "This server cannot cancel jobs."),
     //: Error headline, a failed job.cancel request: the server failed (500).
     QT_TRANSLATE_NOOP("ErrorText", "The job could not be cancelled."),
     //: Error headline, a failed job.cancel request: the server could not read it (400).
     QT_TRANSLATE_NOOP("ErrorText", "The server could not read the request to cancel the job.")},
    {dwp::methods::WorkflowStart,
     //: Error headline, a failed workflow.start request: the token lacks the scope (403).
     QT_TRANSLATE_NOOP("ErrorText", "This token may not start workflows."),
     //: Error headline, a failed workflow.start request: the server lacks the method (405).
     QT_TRANSLATE_NOOP("ErrorText", "This server cannot start workflows."),
     //: Error headline, a failed workflow.start request: the server failed (500).
     QT_TRANSLATE_NOOP("ErrorText", "The workflow could not be started."),
     //: Error headline, a failed workflow.start request: the server could not read it (400).
     QT_TRANSLATE_NOOP("ErrorText", "The server could not read the request to start the workflow.")},
    {dwp::methods::WorkflowGet,
     //: Error headline, a failed workflow.get request: the token lacks the scope (403).
     QT_TRANSLATE_NOOP("ErrorText", "This token may not read workflow runs."),
     //: Error headline, a failed workflow.get request: the server lacks the method (405).
     QT_TRANSLATE_NOOP("ErrorText", "This server cannot look up workflow runs."),
     //: Error headline, a failed workflow.get request: the server failed (500).
     QT_TRANSLATE_NOOP("ErrorText", "The workflow run could not be read."),
     //: Error headline, a failed workflow.get request: the server could not read it (400).
     QT_TRANSLATE_NOOP("ErrorText", "The server could not read the request for the workflow run.")},
    {dwp::methods::WorkflowTimeline,
     //: Error headline, a failed workflow.timeline request: the token lacks the scope (403).
     QT_TRANSLATE_NOOP("ErrorText", "This token may not read workflow timelines."),
     //: Error headline, a failed workflow.timeline request: the server lacks the method (405).
     QT_TRANSLATE_NOOP("ErrorText", "This server cannot send workflow timelines."),
     //: Error headline, a failed workflow.timeline request: the server failed (500).
     QT_TRANSLATE_NOOP("ErrorText", "The timeline of the workflow run could not be read."),
     //: Error headline, a failed workflow.timeline request: the server could not read it (400).
     QT_TRANSLATE_NOOP("ErrorText", "The server could not read the request for the timeline.")},
    {dwp::methods::WorkflowEvent,
     //: Error headline, a failed workflow.event request: the token lacks the scope (403).
     QT_TRANSLATE_NOOP("ErrorText", "This token may not publish events."),
     //: Error headline, a failed workflow.event request: the server lacks the method (405).
     QT_TRANSLATE_NOOP("ErrorText", "This server cannot publish events."),
     //: Error headline, a failed workflow.event request: the server failed (500).
     QT_TRANSLATE_NOOP("ErrorText", "The event could not be published."),
     //: Error headline, a failed workflow.event request: the server could not read it (400).
     QT_TRANSLATE_NOOP("ErrorText", "The server could not read the event to publish.")},
    {dwp::methods::Subscribe,
     //: Error headline, a failed subscribe request: the token lacks the scope (403).
     QT_TRANSLATE_NOOP("ErrorText", "This token may not subscribe to events."),
     //: Error headline, a failed subscribe request: the server lacks the method (405).
     QT_TRANSLATE_NOOP("ErrorText", "This server cannot subscribe to events."),
     //: Error headline, a failed subscribe request: the server failed (500).
     QT_TRANSLATE_NOOP("ErrorText", "The subscription could not be made."),
     //: Error headline, a failed subscribe request: the server could not read it (400).
     QT_TRANSLATE_NOOP("ErrorText", "The server refused that channel.")},
    {dwp::methods::Stats,
     //: Error headline, a failed stats request: the token lacks the scope (403).
     QT_TRANSLATE_NOOP("ErrorText", "This token may not read server statistics."),
     //: Error headline, a failed stats request: the server lacks the method (405).
     QT_TRANSLATE_NOOP("ErrorText", "This server cannot send statistics."),
     //: Error headline, a failed stats request: the server failed (500).
     QT_TRANSLATE_NOOP("ErrorText", "The server statistics could not be read."),
     //: Error headline, a failed stats request: the server could not read it (400).
     QT_TRANSLATE_NOOP("ErrorText", "The server could not read the request for statistics.")},
};

const MethodSentences* sentencesFor(const QString& method)
{
    for (const MethodSentences& sentences : kSentences) {
        if (sentences.method == method)
            return &sentences;
    }
    return nullptr;
}

bool isJobMethod(const QString& method)
{
    return method.startsWith(u"job.");
}

bool isRunMethod(const QString& method)
{
    return method == dwp::methods::WorkflowGet || method == dwp::methods::WorkflowTimeline;
}

} // namespace

QString ErrorText::deniedSentence(const QString& method)
{
    if (const MethodSentences* known = sentencesFor(method))
        return tr(known->denied);
    if (method.isEmpty())
        return tr("This token may not do that.");
    //: %1 is a DWP method name such as job.list
    return tr("This token may not call %1.").arg(method);
}

QString ErrorText::unsupportedSentence(const QString& method)
{
    if (const MethodSentences* known = sentencesFor(method))
        return tr(known->unsupported);
    if (method.isEmpty())
        return tr("This server cannot do that.");
    //: %1 is a DWP method name such as job.list
    return tr("This server cannot call %1.").arg(method);
}

QString ErrorText::failedSentence(const QString& method)
{
    if (const MethodSentences* known = sentencesFor(method))
        return tr(known->failed);
    if (method.isEmpty())
        return tr("The request failed.");
    //: %1 is a DWP method name such as job.list
    return tr("The call of %1 failed.").arg(method);
}

QString ErrorText::unreadableSentence(const QString& method)
{
    if (const MethodSentences* known = sentencesFor(method))
        return tr(known->unreadable);
    return tr("The server could not read the request.");
}

QString ErrorText::forDetail(const QString& serverText)
{
    if (serverText.size() <= kDetailChars)
        return serverText;
    const qsizetype left = serverText.size() - kDetailChars;
    //: After the start of a very long error text from the server, on a line of its own. %n is how many
    //: characters are not shown.
    return serverText.first(kDetailChars) + QStringLiteral("\n\n") +
           tr("(%n more character(s) not shown.)", nullptr, int(std::min<qsizetype>(left, INT_MAX)));
}

ErrorText ErrorText::describe(const DispatchError& error)
{
    ErrorText text;
    text.headline = headlineOf(error);
    // The server chose this text: escaped, cut and with the token masked before a message box shows it
    // (issue 16 items 10, 11).
    const QString message = dwp::ServerText::printable(error.message());
    //: %1 is the server's own error message (English, as sent), %2 its numeric code such as 403
    text.detail =
        error.code() > 0 ? tr("Server: %1 (%2).").arg(message, QString::number(error.code())) : message;
    const QString scope = error.method().isEmpty() ? QString() : dwp::methods::requiredScope(error.method());
    if (error.kind() == DispatchError::Kind::Permission && !scope.isEmpty())
        //: %1 is a DWP scope such as job:write
        text.detail += u' ' + tr("The token needs the scope %1.").arg(scope);
    return text;
}

QString ErrorText::headlineOf(const DispatchError& error)
{
    const QString& method = error.method();
    using Kind = DispatchError::Kind;
    switch (error.kind()) {
    case Kind::Permission:
        return deniedSentence(method);
    case Kind::NotFound:
        return isJobMethod(method)   ? tr("No such job.")
               : isRunMethod(method) ? tr("No such workflow run.")
                                     : tr("Not found.");
    case Kind::UnsupportedMethod:
        return unsupportedSentence(method);
    case Kind::BadRequest:
        return badRequestHeadline(error);
    case Kind::Auth:
        return tr("The server rejected the token.");
    case Kind::Server:
        if (method == dwp::methods::WorkflowStart && error.message().contains(u"no workflow registered"))
            return tr("The server has no workflow by that name.");
        return failedSentence(method);
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::Connection:
    case Kind::Certificate:
        return tr("Not connected to the server, or the connection dropped before it answered.");
    case Kind::Protocol:
        return tr("The server sent a reply this monitor could not read.");
    case Kind::Aborted:
        return tr("The request was abandoned; the server may still carry it out.");
    case Kind::Unclassified:
        break;
    }
    return failedSentence(method);
}

QString ErrorText::badRequestHeadline(const DispatchError& error)
{
    // The server's texts for ids of the wrong shape (dwp-protocol.md §4).
    if (error.message().contains(u"invalid job ID"))
        return tr("That is not a job id (job ids look like job_01h…).");
    if (error.message().contains(u"invalid run ID"))
        return tr("That is not a run id (run ids look like wfrun_01h…).");
    return unreadableSentence(error.method());
}

ErrorText ErrorText::describe(const std::exception_ptr& error)
{
    if (!error)
        return {};
    try {
        std::rethrow_exception(error);
    } catch (const DispatchError& dispatchError) {
        return describe(dispatchError);
    } catch (const std::exception& other) {
        ErrorText text;
        text.headline = tr("The request failed.");
        text.detail = QString::fromUtf8(other.what());
        return text;
    } catch (...) {
        ErrorText text;
        text.headline = tr("The request failed.");
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
