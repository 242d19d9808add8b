// SPDX-License-Identifier: MIT
// Fault matrix of the REST admin client (issue 18 "Bad input and faults"): every hostile answer settles the
// call within its deadline with a typed error and a message that says what happened; DWP keeps working
// while REST fails.
#include "AdminApiTestSupport.h"
#include "FaultMatrixSupport.h"
#include "support/HostileHttpPeer.h"

#include <QSslSocket>
#include <QTcpServer>

using namespace dispatch;
using admintest::settingsFor;
using testsupport::HostileHttpPeer;

namespace {

const QByteArray kStatsJson = "{\"jobs\":{\"pending\":1,\"running\":2,\"completed\":3,\"failed\":4,"
                              "\"retrying\":5,\"cancelled\":6},\"dlq_count\":7,"
                              "\"workflows\":{\"running\":1,\"completed\":2,\"failed\":3}}";

faultmatrix::Outcome statsFrom(const HostileHttpPeer& peer, int deadlineMs = 5000, qint64 maxBodyBytes = 0)
{
    AdminApiSettings settings = settingsFor(peer.baseUrl(), deadlineMs);
    if (maxBodyBytes > 0)
        settings.maxBodyBytes = maxBodyBytes;
    AdminApiClient client(settings);
    return faultmatrix::settle(client.stats(), deadlineMs + 10000);
}

} // namespace

class AdminApiFaultsTest : public QObject
{
    Q_OBJECT

private slots:
    void positiveControlTheSameStatsParseWhenWellFormedAndSentTwice()
    {
        HostileHttpPeer peer(
            {HostileHttpPeer::response(200, "application/json", kStatsJson + '\n' + kStatsJson + '\n')});
        QVERIFY2(peer.isReady(), qPrintable(peer.error()));
        AdminApiClient client(settingsFor(peer.baseUrl()));
        const dwp::AdminStats stats = testsupport::awaitTask(client.stats());
        QCOMPARE(stats.jobs.cancelled, 6);
        QCOMPARE(stats.dlqCount, 7);
        QCOMPARE(stats.workflows.failed, 3);
        QVERIFY(peer.requestHeads().first().startsWith("GET /dispatch/v1/stats HTTP/1.1"));
        QVERIFY(!peer.requestHeads().first().toLower().contains("authorization"));
    }

    void bearerTokenIsSentWhenConfigured()
    {
        HostileHttpPeer peer({HostileHttpPeer::response(200, "application/json", kStatsJson)});
        AdminApiSettings settings = settingsFor(peer.baseUrl());
        settings.bearerToken = QStringLiteral("proxy-secret");
        AdminApiClient client(settings);
        testsupport::awaitTask(client.stats());
        QVERIFY2(peer.requestHeads().first().contains("Authorization: Bearer proxy-secret"),
                 peer.requestHeads().first().constData());
    }

    void htmlErrorPageFromAProxy()
    {
        const QByteArray page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
        HostileHttpPeer peer({HostileHttpPeer::response(502, "text/html", page)});
        const auto outcome = statsFrom(peer);
        QVERIFY(outcome.settled);
        QCOMPARE(outcome.errorClass, QStringLiteral("ServerError"));
        QVERIFY2(outcome.message.contains(QStringLiteral("HTTP 502")), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QStringLiteral("text/html")), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QStringLiteral("502 Bad Gateway")), qPrintable(outcome.message));
    }

    void htmlPageWithStatus200IsUnreadable()
    {
        HostileHttpPeer peer({HostileHttpPeer::response(200, "text/html", "<html>Sign in</html>")});
        const auto outcome = statsFrom(peer);
        QCOMPARE(outcome.errorClass, QStringLiteral("ProtocolError"));
        QVERIFY2(outcome.message.contains(QStringLiteral("cannot be read")), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QStringLiteral("Sign in")), qPrintable(outcome.message));
    }

    void bodyThatIsNotJson()
    {
        HostileHttpPeer peer({HostileHttpPeer::response(200, "application/json", "jobs: 5")});
        const auto outcome = statsFrom(peer);
        QCOMPARE(outcome.errorClass, QStringLiteral("ProtocolError"));
        QVERIFY2(outcome.message.contains(QStringLiteral("not JSON")), qPrintable(outcome.message));
    }

    void jsonOfTheWrongShape()
    {
        HostileHttpPeer peer({HostileHttpPeer::response(200, "application/json", "{\"jobs\":\"many\"}")});
        const auto outcome = statsFrom(peer);
        QCOMPARE(outcome.errorClass, QStringLiteral("ProtocolError"));
        QVERIFY2(outcome.message.contains(QStringLiteral("AdminStats")), qPrintable(outcome.message));
    }

    void truncatedBodyWithContentLength()
    {
        // Content-Length promises the whole body; the connection closes halfway.
        QByteArray response = HostileHttpPeer::response(200, "application/json", kStatsJson);
        response.chop(kStatsJson.size() / 2);
        HostileHttpPeer peer({response});
        const auto outcome = statsFrom(peer);
        QVERIFY(outcome.settled);
        QCOMPARE(outcome.errorClass, QStringLiteral("ProtocolError"));
        QVERIFY2(outcome.message.contains(QStringLiteral("broke off")) ||
                     outcome.message.contains(QStringLiteral("not JSON")),
                 qPrintable(outcome.message));
    }

    void truncatedBodyWithoutContentLength()
    {
        HostileHttpPeer peer(
            {"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n" +
             kStatsJson.left(40)});
        const auto outcome = statsFrom(peer);
        QCOMPARE(outcome.errorClass, QStringLiteral("ProtocolError"));
        QVERIFY2(outcome.message.contains(QStringLiteral("not JSON")), qPrintable(outcome.message));
    }

    void oversizedBodyAnnouncedByContentLength()
    {
        const QByteArray big(64 * 1024, ' ');
        HostileHttpPeer peer({HostileHttpPeer::response(200, "application/json", kStatsJson + big)});
        const auto outcome = statsFrom(peer, 5000, 16 * 1024);
        QCOMPARE(outcome.errorClass, QStringLiteral("ProtocolError"));
        QVERIFY2(outcome.message.contains(QStringLiteral("larger than 16384 bytes")),
                 qPrintable(outcome.message));
        // Positive control: the same reply within a larger limit is read.
        QCOMPARE(statsFrom(peer, 5000, 1024 * 1024).errorClass, QStringLiteral("none"));
    }

    void oversizedBodyWithoutContentLength()
    {
        const QByteArray big(256 * 1024, ' ');
        HostileHttpPeer peer(
            {"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n" + kStatsJson +
             big});
        const auto outcome = statsFrom(peer, 5000, 16 * 1024);
        QCOMPARE(outcome.errorClass, QStringLiteral("ProtocolError"));
        QVERIFY2(outcome.message.contains(QStringLiteral("larger than")), qPrintable(outcome.message));
    }

    void redirectIsNotFollowed()
    {
        HostileHttpPeer target({HostileHttpPeer::response(200, "application/json", kStatsJson)});
        const QByteArray location = "Location: " + target.baseUrl().toEncoded() + "/v1/stats\r\n";
        HostileHttpPeer peer({HostileHttpPeer::response(302, "text/html", "<a>moved</a>", location)});
        const auto outcome = statsFrom(peer);
        QCOMPARE(outcome.errorClass, QStringLiteral("ProtocolError"));
        QVERIFY2(outcome.message.contains(QStringLiteral("redirect")), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(target.baseUrl().toString()), qPrintable(outcome.message));
        QCOMPARE(target.requestHeads().size(), 0);
        QCOMPARE(peer.requestHeads().size(), 1);
    }

    void slowServerPastTheDeadline()
    {
        HostileHttpPeer peer({HostileHttpPeer::response(200, "application/json", kStatsJson), 3000});
        const auto outcome = statsFrom(peer, 300);
        QVERIFY(outcome.settled);
        QCOMPARE(outcome.errorClass, QStringLiteral("TimeoutError"));
        QVERIFY2(outcome.message.contains(QStringLiteral("within 300 ms")), qPrintable(outcome.message));
        HostileHttpPeer silent({QByteArray(), 0, true});
        QCOMPARE(statsFrom(silent, 300).errorClass, QStringLiteral("TimeoutError"));
    }

    void connectionRefused()
    {
        QTcpServer reserved;
        QVERIFY(reserved.listen(QHostAddress::LocalHost, 0));
        const quint16 port = reserved.serverPort();
        reserved.close(); // nothing listens there now
        QUrl url(QStringLiteral("http://127.0.0.1/dispatch"));
        url.setPort(port);
        AdminApiClient client(settingsFor(url));
        const auto outcome = faultmatrix::settle(client.stats());
        QCOMPARE(outcome.errorClass, QStringLiteral("ConnectionError"));
        QVERIFY2(outcome.message.contains(QStringLiteral("Could not reach the admin API at")),
                 qPrintable(outcome.message));
        const AdminApiCapabilities capabilities = testsupport::awaitTask(client.detect());
        QCOMPARE(capabilities.availability, AdminApiCapabilities::Availability::Unavailable);
        QVERIFY(capabilities.limitations().first().contains(QStringLiteral("has no admin API at")));
    }

    void tlsCertificateRefusedThenTrusted()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        HostileHttpPeer peer({HostileHttpPeer::response(200, "application/json", kStatsJson)});
        QVERIFY2(peer.useTls(QStringLiteral("tls-test-a")), qPrintable(peer.error()));
        AdminApiClient untrusting(settingsFor(peer.baseUrl()));
        const auto refused = faultmatrix::settle(untrusting.stats());
        QCOMPARE(refused.errorClass, QStringLiteral("CertificateError"));
        try {
            std::rethrow_exception(refused.error);
        } catch (const CertificateError& error) {
            QCOMPARE(error.problem().sha256Fingerprint, peer.certificateSha256());
        }
        QVERIFY2(refused.message.contains(QStringLiteral("self-signed")), qPrintable(refused.message));
        // The DWP connection's trust, applied to REST: the same call goes through.
        AdminApiSettings settings = settingsFor(peer.baseUrl());
        settings.trustedCertificateSha256 = {peer.certificateSha256()};
        AdminApiClient trusting(settings);
        QCOMPARE(testsupport::awaitTask(trusting.stats()).dlqCount, 7);
    }

    void internalErrorInEitherShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorClass");
        QTest::newRow("string code")
            << QByteArray("{\"code\":\"INTERNAL_SERVER_ERROR\",\"message\":\"store unavailable\"}") << 500
            << QStringLiteral("ServerError");
        QTest::newRow("integer code") << QByteArray("{\"code\":500,\"error\":\"store unavailable\"}") << 500
                                      << QStringLiteral("ServerError");
        QTest::newRow("400 twice") << QByteArray(
                                          "{\"code\":400,\"error\":\"store unavailable\"}\n{\"code\":400}\n")
                                   << 400 << QStringLiteral("BadRequestError");
        QTest::newRow("403 from a proxy") << QByteArray("{\"code\":403,\"error\":\"store unavailable\"}")
                                          << 403 << QStringLiteral("PermissionError");
        QTest::newRow("405") << QByteArray("{\"code\":405,\"error\":\"store unavailable\"}") << 405
                             << QStringLiteral("UnsupportedMethodError");
    }

    void internalErrorInEitherShape()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, errorClass);
        HostileHttpPeer peer({HostileHttpPeer::response(status, "application/json", body)});
        const auto outcome = statsFrom(peer);
        QCOMPARE(outcome.errorClass, errorClass);
        QCOMPARE(outcome.message, QStringLiteral("store unavailable"));
        const DispatchError error = DispatchError::fromExceptionPtr(outcome.error);
        QCOMPARE(error.code(), status);
    }

    void dwpKeepsWorkingWhileRestFails()
    {
        testsupport::DevServerFixture fixture;
        DispatchClient dwpClient(clienttest::optionsFor(fixture.url()));
        QCOMPARE(faultmatrix::settle(dwpClient.connect()).errorClass, QStringLiteral("none"));
        HostileHttpPeer broken({HostileHttpPeer::response(502, "text/html", "<html>bad gateway</html>")});
        AdminApiClient rest(settingsFor(broken.baseUrl()));
        QCOMPARE(faultmatrix::settle(rest.stats()).errorClass, QStringLiteral("ServerError"));
        QCOMPARE(
            faultmatrix::settle(rest.retryJob(QStringLiteral("job_01jd0000000000000000000000"))).errorClass,
            QStringLiteral("ServerError"));
        // One request each, never repeated behind the caller's back.
        QCOMPARE(broken.requestHeads().size(), 2);
        QCOMPARE(dwpClient.state(), ClientState::Ready);
        const QString name = QStringLiteral("devserver.noop");
        const QByteArray payload = QByteArrayLiteral("{}");
        const dwp::EnqueueResult enqueued = testsupport::awaitTask(dwpClient.enqueue(name, payload));
        QVERIFY(enqueued.jobId.startsWith(QStringLiteral("job_")));
    }

    void restKeepsWorkingWhileDwpIsDown()
    {
        testsupport::DevServerFixture fixture;
        DispatchClient dwpClient(clienttest::optionsFor(fixture.url()));
        QCOMPARE(faultmatrix::settle(dwpClient.connect()).errorClass, QStringLiteral("none"));
        fixture.server().restart(); // every connection dropped; the engine and the port stay
        AdminApiClient rest(settingsFor(fixture.server().adminUrl()));
        const auto counts = testsupport::awaitTask(rest.jobCounts());
        QCOMPARE(counts.total(), qint64(fixture.server().engine().jobs().size()));
    }
};

QTEST_GUILESS_MAIN(AdminApiFaultsTest)
#include "tst_admin_api_faults.moc"
