// SPDX-License-Identifier: MIT
#include "gui/views/ErrorText.h"
#include "protocol/DispatchErrors.h"
#include "protocol/Methods.h"
#include "protocol/ServerText.h"

#include <QTest>

using namespace dispatch;
namespace methods = dwp::methods;

namespace {

// How errors reach ErrorText: carrying the method of the call that failed (PendingEntry sets it).
ErrorText failed(const DispatchError& error, const QString& method)
{
    return ErrorText::describe(error.withMethod(method));
}

} // namespace

class TestErrorText : public QObject
{
    Q_OBJECT

private slots:
    void permissionNamesTheActionAndTheScope();
    void notFoundNamesTheThing();
    void badIdsAndUnknownWorkflows();
    void clientSideFailures();
    void foreignExceptionsAndHtml();
    void serverTextWithPlaceholdersIsQuotedAsIs();
    void hostileServerTextIsEscapedMaskedAndCut();
};

void TestErrorText::permissionNamesTheActionAndTheScope()
{
    const ErrorText text =
        failed(PermissionError(QStringLiteral("insufficient permissions")), methods::JobEnqueue);
    QCOMPARE(text.headline, QStringLiteral("This token may not enqueue jobs."));
    QVERIFY(text.detail.contains(QStringLiteral("insufficient permissions (403)")));
    QVERIFY(text.detail.contains(QStringLiteral("job:write")));
    QCOMPARE(failed(PermissionError(QStringLiteral("x")), methods::WorkflowEvent).headline,
             QStringLiteral("This token may not publish events."));
}

void TestErrorText::notFoundNamesTheThing()
{
    const NotFoundError job(QStringLiteral("job not found: job_01"));
    QCOMPARE(failed(job, methods::JobGet).headline, QStringLiteral("No such job."));
    QCOMPARE(failed(job, methods::JobCancel).headline, QStringLiteral("No such job."));
    QVERIFY(failed(job, methods::JobGet).detail.contains(QStringLiteral("job not found: job_01")));
    QCOMPARE(failed(NotFoundError(QStringLiteral("run not found")), methods::WorkflowGet).headline,
             QStringLiteral("No such workflow run."));
}

void TestErrorText::badIdsAndUnknownWorkflows()
{
    QVERIFY(failed(BadRequestError(QStringLiteral("invalid job ID: id: expected prefix \"job\"")),
                   methods::JobGet)
                .headline.startsWith(QStringLiteral("That is not a job id")));
    const ServerError noWorkflow(500,
                                 QStringLiteral("workflow start failed: no workflow registered for \"x\""));
    QCOMPARE(failed(noWorkflow, methods::WorkflowStart).headline,
             QStringLiteral("The server has no workflow by that name."));
    QCOMPARE(
        failed(UnsupportedMethodError(QStringLiteral("unknown method: job.list")), methods::JobList).headline,
        QStringLiteral("This server cannot call job.list."));
}

void TestErrorText::clientSideFailures()
{
    QCOMPARE(failed(TimeoutError(QStringLiteral("deadline passed")), methods::Stats).headline,
             QStringLiteral("The server did not answer in time."));
    const ErrorText lost = failed(ConnectionError(QStringLiteral("socket closed")), methods::JobGet);
    QVERIFY(lost.headline.startsWith(QStringLiteral("Not connected")));
    QCOMPARE(lost.detail, QStringLiteral("socket closed")); // no server code to quote
    QCOMPARE(failed(AuthError(401, QStringLiteral("authentication failed")), methods::Auth).headline,
             QStringLiteral("The server rejected the token."));
}

void TestErrorText::foreignExceptionsAndHtml()
{
    // A foreign exception names no method: the headline stays general.
    const ErrorText text = ErrorText::describe(std::make_exception_ptr(std::runtime_error("boom <b>")));
    QCOMPARE(text.headline, QStringLiteral("The request failed."));
    QVERIFY(text.toHtml().contains(QStringLiteral("boom &lt;b&gt;")));
    QCOMPARE(ErrorText::describe(std::exception_ptr()).headline, QString());
    const ErrorText fromPtr =
        ErrorText::describe(PermissionError(QStringLiteral("no")).withMethod(methods::JobCancel));
    QCOMPARE(fromPtr.headline, QStringLiteral("This token may not cancel jobs."));
}

void TestErrorText::serverTextWithPlaceholdersIsQuotedAsIs()
{
    // The server's words are not ours: a "%1" in them is text, not a place for the code (issue 15 item 10).
    const QString message = QStringLiteral("payload field %1 is invalid, %2 too");
    const ErrorText text = failed(BadRequestError(message), methods::JobEnqueue);
    QVERIFY2(text.detail.contains(message + QStringLiteral(" (400)")), qPrintable(text.detail));
    const ErrorText denied = failed(PermissionError(QStringLiteral("no %1 here")), methods::JobEnqueue);
    QVERIFY2(denied.detail.contains(QStringLiteral("no %1 here (403)")), qPrintable(denied.detail));
    QVERIFY(denied.detail.contains(QStringLiteral("job:write")));
}

void TestErrorText::hostileServerTextIsEscapedMaskedAndCut()
{
    // Issue 16 items 10, 11: a message box never shows control characters, the token or 9 000 characters of
    // a server's error text.
    const QString token = QStringLiteral("operator-token-4711");
    dwp::ServerText::maskSecret(token); // as DispatchClient does with the token it sends
    const QString message = QStringLiteral("\x1b[31mred\r\a echo ") + token + u' ' + QString(9000, u'x');
    const ErrorText text = failed(ServerError(500, message), methods::JobGet);
    QVERIFY2(text.detail.contains(QStringLiteral("\\x1b[31mred\\r\\x07 echo ***")), qPrintable(text.detail));
    QVERIFY2(!text.detail.contains(token), qPrintable(text.detail));
    for (const QChar c : text.detail)
        QVERIFY2(c.unicode() >= 0x20, qPrintable(QStringLiteral("control character %1").arg(c.unicode())));
    QVERIFY2(text.detail.size() < 2200, qPrintable(QString::number(text.detail.size())));
    QVERIFY2(text.detail.contains(QStringLiteral("more characters")), qPrintable(text.detail.right(80)));
}

QTEST_MAIN(TestErrorText)
#include "tst_error_text.moc"
