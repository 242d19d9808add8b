// SPDX-License-Identifier: MIT
// The API token must never reach a log line, a warning, a fatal message or an exception's what(): a monitor's
// logs get pasted into tickets. Everything Qt logs during sessions that authenticate, fail auth, reconnect,
// time out, hit a dead peer and refuse a certificate is captured (debug included) and searched.
#include "FaultMatrixSupport.h"
#include "support/TlsProxyServer.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QSslSocket>

using namespace dispatch;
using clienttest::optionsFor;

namespace {

const QString kToken = QStringLiteral("tok-Secret-4f1c9a7e2b6d8c3a");
const QString kWrongToken = QStringLiteral("tok-Wrong-91b2c3d4e5f60718");

QMutex g_logMutex;
QStringList g_log;

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    QMutexLocker lock(&g_logMutex);
    g_log.append(
        QStringLiteral("%1: %2").arg(QLatin1String(context.category ? context.category : ""), message));
}

// No part of a token may appear anywhere: the devserver's -v log names a key by a short hash of it.
QStringList secrets()
{
    return {kToken, kToken.left(8), kToken.mid(8), kWrongToken, kWrongToken.left(8), kWrongToken.mid(8)};
}

} // namespace

class TokenHygieneTest : public QObject
{
    Q_OBJECT

private:
    QStringList m_texts; // warnings, fatal messages and what() of every error seen

    void remember(const faultmatrix::Outcome& outcome)
    {
        if (!outcome.error)
            return;
        try {
            std::rethrow_exception(outcome.error);
        } catch (const std::exception& error) {
            m_texts << QString::fromUtf8(error.what());
        }
    }

    void watchClient(DispatchClient& client)
    {
        connect(&client, &DispatchClient::warning, this, [this](const QString& text) { m_texts << text; });
        connect(&client, &DispatchClient::fatalError, this, [this](const QString& text) { m_texts << text; });
        connect(&client, &DispatchClient::certificateRejected, this,
                [this](const CertificateProblem& problem) { m_texts << problem.summary(); });
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(
            QStringLiteral("*.debug=true\nqt.*.debug=false\nqt.websockets*=true"));
        qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase() { qInstallMessageHandler(nullptr); }

    void aSessionWithEveryFailureLogsNoToken()
    {
        auto config = testsupport::DevServerFixture::defaultConfig();
        config.tokens.setMode(devserver::TokenStore::Mode::ApiKeys);
        config.tokens.add(*devserver::TokenSpec::parse(kToken + QStringLiteral("=*")));
        testsupport::DevServerFixture fixture(config);

        // Auth failure.
        auto options = optionsFor(fixture.url());
        options.connection.token = kWrongToken;
        {
            DispatchClient rejected(options);
            watchClient(rejected);
            const auto outcome = faultmatrix::settle(rejected.connect());
            QCOMPARE(outcome.errorClass, QStringLiteral("AuthError"));
            remember(outcome);
        }

        // A working session, then every kind of trouble.
        options.connection.token = kToken;
        options.connection.heartbeatInterval = std::chrono::milliseconds(50);
        options.requestDeadline = std::chrono::milliseconds(200);
        DispatchClient client(options);
        watchClient(client);
        QCOMPARE(faultmatrix::settle(client.connect()).errorClass, QStringLiteral("none"));
        auto firehose = faultmatrix::subscribeCounted(client, QStringLiteral("firehose"));
        const QByteArray badJson = QByteArrayLiteral("[1]");
        remember(faultmatrix::settle(client.enqueue(QStringLiteral("x"), badJson)));
        remember(faultmatrix::settle(client.getJob(QStringLiteral("job_01kaqz3c4de5f6g7h8j9kmnpqr"))));
        fixture.server().faults().sendGarbage();
        fixture.server().faults().sendUncorrelatedError();
        auto plan = fixture.server().faults().plan();
        plan.responseDelayMs = 400;
        fixture.server().faults().setPlan(plan);
        remember(faultmatrix::settle(client.stats())); // timeout
        plan.ignorePings = true;
        plan.responseDelayMs = 60000;
        fixture.server().faults().setPlan(plan);
        remember(faultmatrix::settle(client.stats(), 5000)); // dead peer
        fixture.server().faults().clear();
        QVERIFY(testsupport::advanceUntil(
            fixture.server(), [&] { return client.state() == ClientState::Ready; }, 0, 10000));
        QSignalSpy scheduled(&client, &DispatchClient::reconnectScheduled);
        fixture.server().restart(100);
        QVERIFY(testsupport::advanceUntil(
            fixture.server(), [&] { return !scheduled.isEmpty(); }, 0, 5000));
        QVERIFY(testsupport::advanceUntil(
            fixture.server(), [&] { return client.state() == ClientState::Ready; }, 0, 10000));
        QVERIFY(faultmatrix::eventsFlow(fixture.server(), {firehose.get()}));

        // A certificate refused on the way to the same server.
        if (QSslSocket::supportsSsl()) {
            testsupport::TlsProxyServer proxy(fixture.url(), QStringLiteral("tls-test-a"));
            auto tlsOptions = optionsFor(proxy.url());
            tlsOptions.connection.token = kToken;
            DispatchClient tlsClient(tlsOptions);
            watchClient(tlsClient);
            const auto outcome = faultmatrix::settle(tlsClient.connect());
            QCOMPARE(outcome.errorClass, QStringLiteral("CertificateError"));
            remember(outcome);
        }
        client.close();

        QMutexLocker lock(&g_logMutex);
        QVERIFY2(g_log.size() > 10, "the capture saw almost nothing; the test would prove nothing");
        QVERIFY(m_texts.size() >= 6);
        for (const QString& secret : secrets()) {
            for (const QString& line : std::as_const(g_log))
                QVERIFY2(!line.contains(secret),
                         qPrintable(QStringLiteral("log line leaks the token: ") + line));
            for (const QString& text : std::as_const(m_texts))
                QVERIFY2(!text.contains(secret),
                         qPrintable(QStringLiteral("message leaks the token: ") + text));
        }
    }
};

QTEST_GUILESS_MAIN(TokenHygieneTest)
#include "tst_token_hygiene.moc"
