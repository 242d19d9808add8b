// SPDX-License-Identifier: MIT
// Diagnostics say what arrived (issue 16 item 12): close frames with codes QWebSocket refuses (1012–1014,
// invalid ones) keep the server's code and reason, a close frame without status is called that (not
// "Unknown error"), and a message on a JSON session that is not JSON is not called "invalid msgpack frame".
#include "ClientTestSupport.h"
#include "client/CloseFrameWitness.h"
#include "support/ScriptedDwpPeer.h"

#include <QSignalSpy>

using namespace dispatch;

namespace {

QByteArray closeFrame(std::optional<quint16> code, const QByteArray& reason)
{
    QByteArray payload;
    if (code)
        payload = QByteArray(1, char(*code >> 8)) + char(*code & 0xff) + reason;
    return QByteArray(1, char(0x88)) + char(payload.size()) + payload;
}

} // namespace

class CloseDiagnosticsTest : public QObject
{
    Q_OBJECT

private:
    testsupport::ScriptedDwpPeer m_peer;
    std::unique_ptr<DispatchClient> m_client;

    void connectClient()
    {
        auto options = clienttest::optionsFor(m_peer.url());
        options.reconnect = false;
        m_client = std::make_unique<DispatchClient>(options);
        testsupport::awaitTask(m_client->connect());
    }

    // The reason the client gives for the connection's end (with reconnects off it gives up with it).
    QString reasonAfter(const std::function<void()>& serverAction)
    {
        connectClient();
        QSignalSpy fatal(m_client.get(), &DispatchClient::fatalError);
        serverAction();
        if (!fatal.wait(5000) && fatal.isEmpty())
            return QStringLiteral("(the client never noticed the connection's end)");
        return fatal.first().first().toString();
    }

private slots:
    void cleanup() { m_client.reset(); }

    void closeCodesQtRefusesKeepTheServersReason_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("1012 service restart") << 1012;
        QTest::newRow("1013 try again later") << 1013;
        QTest::newRow("1014 bad gateway") << 1014;
        QTest::newRow("999 invalid") << 999;
        QTest::newRow("1001 going away") << 1001;
        QTest::newRow("4000 application") << 4000;
    }

    void closeCodesQtRefusesKeepTheServersReason()
    {
        QFETCH(int, code);
        const QString reason = reasonAfter([&] { m_peer.sendClose(quint16(code), "back in 5 s"); });
        QVERIFY2(reason.contains(QString::number(code)), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("back in 5 s")), qPrintable(reason));
        QVERIFY2(!reason.contains(QStringLiteral("1002")), qPrintable(reason));
    }

    void aCloseFrameWithoutStatusIsCalledThat()
    {
        const QString reason = reasonAfter([&] { m_peer.sendClose(std::nullopt, QByteArray()); });
        QVERIFY2(reason.contains(QStringLiteral("without a status code")), qPrintable(reason));
        QVERIFY2(!reason.contains(QStringLiteral("Unknown error")), qPrintable(reason));
    }

    // The positive control of the three above: without any close frame the client says so.
    void noCloseFrameAtAllIsCalledThat()
    {
        const QString reason = reasonAfter([&] { m_peer.closeTcp(); });
        QVERIFY2(reason.contains(QStringLiteral("without a close frame")), qPrintable(reason));
    }

    void aTextMessageThatIsNotJsonIsCalledThat()
    {
        connectClient();
        QSignalSpy warnings(m_client.get(), &DispatchClient::warning);
        m_peer.sendText("hello\x1b[31m");
        QVERIFY(warnings.wait(5000));
        const QString warning = warnings.first().first().toString();
        QVERIFY2(warning.contains(QStringLiteral("text message of 10 bytes that is not a JSON frame")),
                 qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("hello\\x1b[31m")), qPrintable(warning));
        QVERIFY2(!warning.contains(QStringLiteral("msgpack")), qPrintable(warning));
        QCOMPARE(m_client->undecodableFrames(), 1);
        QCOMPARE(m_client->state(), ClientState::Ready);
    }

    void aBinaryMessageThatIsNotJsonIsCalledThat()
    {
        connectClient();
        QSignalSpy warnings(m_client.get(), &DispatchClient::warning);
        m_peer.sendBinary(QByteArray::fromHex("82a474797065a56576656e74")); // msgpack, on a JSON session
        QVERIFY(warnings.wait(5000));
        const QString warning = warnings.first().first().toString();
        QVERIFY2(warning.contains(QStringLiteral("binary message of 12 bytes that is not a JSON frame")),
                 qPrintable(warning));
        QVERIFY2(!warning.contains(QStringLiteral("msgpack")), qPrintable(warning));
    }

    void theWitnessFindsACloseFrameOnlyAtTheEnd()
    {
        const QByteArray text = QByteArray(1, char(0x81)) + char(2) + "{}";
        const auto found = CloseFrameWitness::closeFrameAtEnd(text + closeFrame(1012, "restart"));
        QVERIFY(found);
        QCOMPARE(found->code, std::optional<quint16>(1012));
        QCOMPARE(found->reason, QByteArray("restart"));
        const auto noStatus = CloseFrameWitness::closeFrameAtEnd(closeFrame(std::nullopt, {}));
        QVERIFY(noStatus && !noStatus->code);
        QVERIFY(!CloseFrameWitness::closeFrameAtEnd(closeFrame(1012, "restart") + text));     // not last
        QVERIFY(!CloseFrameWitness::closeFrameAtEnd(closeFrame(1012, "restart").chopped(1))); // cut short
        QVERIFY(!CloseFrameWitness::closeFrameAtEnd(text));
    }
};

QTEST_GUILESS_MAIN(CloseDiagnosticsTest)
#include "tst_close_diagnostics.moc"
