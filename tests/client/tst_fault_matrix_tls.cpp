// SPDX-License-Identifier: MIT
// Fault matrix, TLS: a server certificate that fails verification is refused with a CertificateError naming
// its fingerprint, once (no reconnect storm); trusting exactly that fingerprint connects; a trust pinned to
// another certificate does not carry over.
#include "FaultMatrixSupport.h"
#include "support/TlsBackend.h"
#include "support/TlsProxyServer.h"

#include <QSignalSpy>
#include <QSslSocket>

using namespace dispatch;
using clienttest::optionsFor;
using testsupport::TlsProxyServer;

class FaultMatrixTlsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { DM_REQUIRE_TLS_BACKEND(); }

    void untrustedCertificateFailsOnceWithItsFingerprint()
    {
        testsupport::DevServerFixture fixture;
        TlsProxyServer proxy(fixture.url(), QStringLiteral("tls-test-a"));
        QVERIFY2(proxy.isListening(), qPrintable(proxy.error()));
        DispatchClient client(optionsFor(proxy.url())); // reconnect on, 20 ms backoff: a storm would show
        QSignalSpy rejected(&client, &DispatchClient::certificateRejected);
        QSignalSpy fatal(&client, &DispatchClient::fatalError);
        QSignalSpy scheduled(&client, &DispatchClient::reconnectScheduled);

        const auto outcome = faultmatrix::settle(client.connect());
        QVERIFY(outcome.settled);
        QCOMPARE(outcome.errorClass, QStringLiteral("CertificateError"));
        CertificateProblem problem;
        try {
            std::rethrow_exception(outcome.error);
        } catch (const CertificateError& error) {
            problem = error.problem();
        }
        QCOMPARE(problem.sha256Fingerprint, proxy.certificateSha256());
        QCOMPARE(problem.sha256Fingerprint.size(), 32);
        QVERIFY(problem.errorKinds.contains(CertificateProblem::Kind::SelfSigned));
        QVERIFY2(problem.subject.contains(QStringLiteral("localhost")), qPrintable(problem.subject));
        QCOMPARE(problem.expires.date().year(), 2126);
        const QString summary = problem.summary();
        QVERIFY2(summary.contains(QStringLiteral("self-signed")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("127.0.0.1")), qPrintable(summary));
        QVERIFY2(summary.contains(CertificateProblem::fingerprintText(proxy.certificateSha256())),
                 qPrintable(summary));

        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().first().value<CertificateProblem>().sha256Fingerprint,
                 proxy.certificateSha256());
        QCOMPARE(fatal.size(), 1);
        QVERIFY2(fatal.first().first().toString().contains(QStringLiteral("self-signed")),
                 qPrintable(fatal.first().first().toString()));
        QCOMPARE(client.state(), ClientState::Closed);
        // Twenty backoff periods later: still one attempt, still closed.
        QTest::qWait(400);
        QCOMPARE(scheduled.size(), 0);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(client.state(), ClientState::Closed);
        QCOMPARE(faultmatrix::settle(client.stats()).errorClass, QStringLiteral("ConnectionError"));
    }

    void trustedFingerprintConnectsAndAuthenticates()
    {
        testsupport::DevServerFixture fixture;
        TlsProxyServer proxy(fixture.url(), QStringLiteral("tls-test-a"));
        QVERIFY2(proxy.isListening(), qPrintable(proxy.error()));
        auto options = optionsFor(proxy.url());
        options.connection.trustedCertificateSha256 = {QByteArray(32, 'x'), proxy.certificateSha256()};
        DispatchClient client(options);
        QSignalSpy rejected(&client, &DispatchClient::certificateRejected);
        const auto outcome = faultmatrix::settle(client.connect());
        QCOMPARE(outcome.errorClass, QStringLiteral("none"));
        QCOMPARE(client.state(), ClientState::Ready);
        QVERIFY2(!client.sessionId().isEmpty(), qPrintable(outcome.message));
        // A real session behind the proxy: calls and events go through.
        auto firehose = testsupport::awaitTask(client.subscribe(QStringLiteral("firehose")));
        int events = 0;
        connect(firehose.get(), &Subscription::event, this, [&] { ++events; });
        const QByteArray payload = QByteArrayLiteral("{}");
        testsupport::awaitTask(client.enqueue(QStringLiteral("devserver.noop"), payload));
        QVERIFY(clienttest::advanceUntil(fixture.server(), [&] { return events >= 2; }));
        QCOMPARE(rejected.size(), 0);
    }

    void trustInAnotherCertificateDoesNotCarryOver()
    {
        testsupport::DevServerFixture fixture;
        TlsProxyServer first(fixture.url(), QStringLiteral("tls-test-a"));
        TlsProxyServer second(fixture.url(), QStringLiteral("tls-test-b"));
        QVERIFY2(first.isListening() && second.isListening(), qPrintable(first.error() + second.error()));
        QVERIFY(first.certificateSha256() != second.certificateSha256());
        auto options = optionsFor(second.url());
        options.connection.trustedCertificateSha256 = {
            first.certificateSha256()}; // stale: the server changed its cert
        DispatchClient client(options);
        QSignalSpy rejected(&client, &DispatchClient::certificateRejected);
        const auto outcome = faultmatrix::settle(client.connect());
        QCOMPARE(outcome.errorClass, QStringLiteral("CertificateError"));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().first().value<CertificateProblem>().sha256Fingerprint,
                 second.certificateSha256());
        QCOMPARE(client.state(), ClientState::Closed);
    }

    // workflow.start opens a connection of its own; it must apply the same trust, not bypass it.
    void dedicatedConnectionAppliesTheSameTrust()
    {
        testsupport::DevServerFixture fixture;
        TlsProxyServer proxy(fixture.url(), QStringLiteral("tls-test-a"));
        QVERIFY2(proxy.isListening(), qPrintable(proxy.error()));
        auto options = optionsFor(proxy.url());
        options.connection.trustedCertificateSha256 = {proxy.certificateSha256()};
        DispatchClient client(options);
        QCOMPARE(faultmatrix::settle(client.connect()).errorClass, QStringLiteral("none"));
        const QByteArray input = QByteArrayLiteral("{\"order_id\":\"ORD-TLS\"}");
        auto started = faultmatrix::watch(client.startWorkflow(QStringLiteral("no-such-workflow"), input));
        const auto outcome = started.outcome();
        QVERIFY(outcome.settled);
        // The devserver answers an unknown workflow with an error; reaching it proves the TLS session opened.
        QVERIFY2(outcome.errorClass != QStringLiteral("CertificateError") &&
                     outcome.errorClass != QStringLiteral("ConnectionError"),
                 qPrintable(outcome.errorClass + QStringLiteral(": ") + outcome.message));
    }
};

QTEST_GUILESS_MAIN(FaultMatrixTlsTest)
#include "tst_fault_matrix_tls.moc"
