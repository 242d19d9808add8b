// SPDX-License-Identifier: MIT
#include "protocol/DispatchErrors.h"
#include "support/TaskOutcome.h"

#include <QTest>
#include <stdexcept>

using namespace dispatch;
using namespace testsupport;

class DispatchErrorsTest : public QObject
{
    Q_OBJECT

private slots:
    void factoryKeepsCodeAndMessage()
    {
        const auto error =
            dispatchErrorFor(dwp::FrameError{404, QStringLiteral("run not found: wfrun_x"), {}});
        QVERIFY(holds<NotFoundError>(error));
        const DispatchError described = DispatchError::fromExceptionPtr(error);
        QCOMPARE(described.code(), 404);
        QCOMPARE(described.message(), QStringLiteral("run not found: wfrun_x"));
        QCOMPARE(QByteArray(described.what()), QByteArrayLiteral("run not found: wfrun_x"));
    }

    void unknownCodesAreServerErrorsWithTheirCode()
    {
        const auto error = dispatchErrorFor(dwp::FrameError{418, QStringLiteral("teapot"), {}});
        QVERIFY(holds<ServerError>(error));
        QCOMPARE(DispatchError::fromExceptionPtr(error).code(), 418);
    }

    void throwDispatchErrorThrowsTheMostDerivedClass()
    {
        QVERIFY_THROWS_EXCEPTION(PermissionError, throwDispatchError(dwp::FrameError{
                                                      403, QStringLiteral("insufficient permissions"), {}}));
    }

    void toExceptionPtrKeepsTheDynamicTypeThroughABaseReference()
    {
        const TimeoutError timeout(QStringLiteral("no reply"));
        const DispatchError& base = timeout;
        const std::exception_ptr stored = base.toExceptionPtr();
        QVERIFY(holds<TimeoutError>(stored));
        QVERIFY(!holds<ConnectionError>(stored));
    }

    void fromExceptionPtrReadsForeignExceptions()
    {
        const DispatchError foreign =
            DispatchError::fromExceptionPtr(std::make_exception_ptr(std::runtime_error("disk full")));
        QCOMPARE(foreign.code(), 0);
        QCOMPARE(foreign.message(), QStringLiteral("disk full"));
    }

    void kindNamesTheClassWithoutACast_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("kind");
        QTest::newRow("400") << 400 << int(DispatchError::Kind::BadRequest);
        QTest::newRow("401") << 401 << int(DispatchError::Kind::Auth);
        QTest::newRow("403") << 403 << int(DispatchError::Kind::Permission);
        QTest::newRow("404") << 404 << int(DispatchError::Kind::NotFound);
        QTest::newRow("405") << 405 << int(DispatchError::Kind::UnsupportedMethod);
        QTest::newRow("500") << 500 << int(DispatchError::Kind::Server);
        QTest::newRow("409") << 409 << int(DispatchError::Kind::Server);
        QTest::newRow("0") << 0 << int(DispatchError::Kind::Protocol);
    }
    void kindNamesTheClassWithoutACast()
    {
        QFETCH(int, code);
        QFETCH(int, kind);
        const auto error = dispatchErrorFor(dwp::FrameError{code, QStringLiteral("x"), {}});
        try {
            std::rethrow_exception(error);
        } catch (const DispatchError& caught) {
            QCOMPARE(int(caught.kind()), kind);
        }
    }

    void clientSideKindsAndNames()
    {
        QCOMPARE(ConnectionError(QStringLiteral("x")).kind(), DispatchError::Kind::Connection);
        const CertificateError certificate(QStringLiteral("x"), CertificateProblem{});
        QCOMPARE(certificate.kind(), DispatchError::Kind::Certificate);
        QCOMPARE(TimeoutError(QStringLiteral("x")).kind(), DispatchError::Kind::Timeout);
        QCOMPARE(ProtocolError(QStringLiteral("x")).kind(), DispatchError::Kind::Protocol);
        QCOMPARE(AbortedError(QStringLiteral("x")).kind(), DispatchError::Kind::Aborted);
        QCOMPARE(DispatchError(7, QStringLiteral("x")).kind(), DispatchError::Kind::Unclassified);
        QCOMPARE(DispatchError::kindName(DispatchError::Kind::Permission), QStringLiteral("PermissionError"));
        QCOMPARE(DispatchError::kindName(DispatchError::Kind::Unclassified), QStringLiteral("DispatchError"));
        // A foreign exception read back keeps no kind.
        QCOMPARE(DispatchError::fromExceptionPtr(std::make_exception_ptr(std::runtime_error("x"))).kind(),
                 DispatchError::Kind::Unclassified);
    }

    void withMethodCopiesTheMostDerivedErrorAndLeavesTheOriginal()
    {
        const PermissionError original(QStringLiteral("insufficient permissions"));
        const std::exception_ptr shared = original.toExceptionPtr();
        // One error handed to two calls (as failAll() does): each copy names its own method.
        const auto enqueue = DispatchError::withMethod(shared, QStringLiteral("job.enqueue"));
        const auto cancel = DispatchError::withMethod(shared, QStringLiteral("job.cancel"));
        QVERIFY(holds<PermissionError>(enqueue));
        QCOMPARE(DispatchError::fromExceptionPtr(enqueue).method(), QStringLiteral("job.enqueue"));
        QCOMPARE(DispatchError::fromExceptionPtr(cancel).method(), QStringLiteral("job.cancel"));
        QCOMPARE(DispatchError::fromExceptionPtr(shared).method(), QString());
        QCOMPARE(original.method(), QString());
        // A method once set stays: the place that failed knows best.
        const auto again = DispatchError::withMethod(enqueue, QStringLiteral("stats"));
        QCOMPARE(DispatchError::fromExceptionPtr(again).method(), QStringLiteral("job.enqueue"));
        // Foreign exceptions pass through untouched.
        const auto foreign = std::make_exception_ptr(std::runtime_error("x"));
        QCOMPARE(DispatchError::withMethod(foreign, QStringLiteral("stats")), foreign);
    }

    void clientSideErrorsHaveCodeZero()
    {
        QCOMPARE(ConnectionError(QStringLiteral("x")).code(), 0);
        QCOMPARE(TimeoutError(QStringLiteral("x")).code(), 0);
        QCOMPARE(AbortedError(QStringLiteral("x")).code(), 0);
        QCOMPARE(ProtocolError(QStringLiteral("x")).code(), 0);
        QCOMPARE(UnsupportedMethodError(QStringLiteral("x")).code(), 405);
    }
};

QTEST_GUILESS_MAIN(DispatchErrorsTest)
#include "tst_dispatch_errors.moc"
