// SPDX-License-Identifier: MIT
// Fault matrix, what the operator sees: for a rejected token, a refused port and an untrusted certificate the
// window's connection bar says what happened in words, and the window stays usable. (A server restart is
// tst_monitor_window's serverRestartReconnectsWithThePageIntact.)
#include "GuiTestSupport.h"
#include "gui/window/ConnectionBar.h"
#include "gui/window/MainWindow.h"
#include "protocol/CertificateProblem.h"
#include "support/DevServerFixture.h"
#include "support/TlsBackend.h"
#include "support/TlsProxyServer.h"

#include <QSslSocket>
#include <QTcpServer>

using namespace dispatch;

class FaultMatrixWindowTest : public QObject
{
    Q_OBJECT

private:
    static ClientOptions optionsFor(const QUrl& url)
    {
        ClientOptions options;
        options.connection.url = url;
        options.connection.token = QStringLiteral("demo-token");
        options.backoffBase = std::chrono::milliseconds(50);
        options.backoffCap = std::chrono::milliseconds(100);
        return options;
    }

private slots:
    void tokenRejectedIsSaid()
    {
        auto config = testsupport::DevServerFixture::defaultConfig();
        config.tokens.setMode(devserver::TokenStore::Mode::ApiKeys);
        config.tokens.add(*devserver::TokenSpec::parse(u"demo-token=*"));
        testsupport::DevServerFixture fixture(config);
        auto options = optionsFor(fixture.url());
        options.connection.token = QStringLiteral("expired-token");
        auto window = guitest::showWindowConnectingTo(options);
        QVERIFY(window);
        QTRY_COMPARE_WITH_TIMEOUT(window->connectionBar()->stateText(), QStringLiteral("Token rejected"),
                                  10000);
        QTest::qWait(300); // and it stays so: no retry loop behind the words
        QCOMPARE(window->connectionBar()->stateText(), QStringLiteral("Token rejected"));
        QCOMPARE(window->connectionBar()->state(), ClientState::Closed);
    }

    void refusedPortIsSaidThenGivenUp()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        auto options = optionsFor(QUrl(QStringLiteral("ws://127.0.0.1:%1/dwp").arg(port)));
        options.maxRetries = 3;
        options.backoffBase = std::chrono::milliseconds(1500); // long enough to read the countdown
        options.backoffCap = std::chrono::milliseconds(1500);
        auto window = guitest::showWindowConnectingTo(options);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(
            window->connectionBar()->stateText().startsWith(QStringLiteral("Reconnecting")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            window->connectionBar()->stateText().startsWith(QStringLiteral("Disconnected: Gave up after 3")),
            20000);
        QVERIFY2(
            window->connectionBar()->stateText().contains(QStringLiteral("refused"), Qt::CaseInsensitive),
            qPrintable(window->connectionBar()->stateText()));
    }

    void untrustedCertificateIsSaid()
    {
        DM_REQUIRE_TLS_BACKEND();
        testsupport::DevServerFixture fixture;
        testsupport::TlsProxyServer proxy(fixture.url(), QStringLiteral("tls-test-a"));
        QVERIFY2(proxy.isListening(), qPrintable(proxy.error()));
        auto window = guitest::showWindowConnectingTo(optionsFor(proxy.url()));
        QVERIFY(window);
        QTRY_COMPARE_WITH_TIMEOUT(window->connectionBar()->state(), ClientState::Closed, 10000);
        const QString text = window->connectionBar()->stateText();
        QVERIFY2(text.contains(QStringLiteral("self-signed")), qPrintable(text));
        QVERIFY2(text.contains(dispatch::CertificateProblem::fingerprintText(proxy.certificateSha256())),
                 qPrintable(text));
    }
};

QTEST_MAIN(FaultMatrixWindowTest)
#include "tst_fault_matrix_window.moc"
