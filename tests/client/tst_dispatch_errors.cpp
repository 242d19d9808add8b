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
