// SPDX-License-Identifier: MIT
// dispatchctl against a server that goes away or stalls (issue 16 items 1–3): subscribe and watch end with
// the connection error's exit status and message when TCP closes, a 1001 close frame comes or the heartbeat
// finds a dead peer (with --reconnect they resume and say so); start honours --timeout; --timeout is one
// deadline for connect, auth and answer together; absurd values are refused before connecting.
#include "protocol/Methods.h"
#include "support/ScriptedDwpPeer.h"

#include <QProcess>
#include <QTest>
#include <QTimer>
#include <memory>

namespace {

// A server whose upgrade, auth reply and stats answer each come 1 s late.
std::unique_ptr<testsupport::ScriptedDwpPeer> slowInEveryPhase()
{
    auto peer = std::make_unique<testsupport::ScriptedDwpPeer>();
    peer->upgradeDelayMs = 1000;
    peer->authDelayMs = 1000;
    peer->onRequest = [raw = peer.get()](const dwp::Frame& request) {
        QTimer::singleShot(1000, raw, [raw, id = request.id] {
            raw->sendResponse(id, QByteArrayLiteral("{\"broker\":{\"topic_count\":0,\"subscriber_count\":1,"
                                                    "\"total_published\":0,\"total_dropped\":0},"
                                                    "\"connections\":0}"));
        });
    };
    return peer;
}

// dispatchctl running while this process's event loop serves the scripted peer.
class Dispatchctl
{
public:
    explicit Dispatchctl(const QStringList& arguments)
    {
        m_process.start(QStringLiteral(DISPATCHCTL_PATH), arguments);
    }
    ~Dispatchctl()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // Waits (running the event loop) until it exits; false if it is still running after `ms`.
    bool exited(int ms = 20000)
    {
        return QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; }, ms);
    }
    bool printedLines(int lines, int ms = 10000)
    {
        return QTest::qWaitFor(
            [&] {
                m_out += m_process.readAllStandardOutput();
                return m_out.count('\n') >= lines;
            },
            ms);
    }
    bool saidOnStderr(const QByteArray& text, int ms = 10000)
    {
        return QTest::qWaitFor(
            [&] {
                m_err += m_process.readAllStandardError();
                return m_err.contains(text);
            },
            ms);
    }
    int exitCode() const { return m_process.exitCode(); }
    QByteArray out()
    {
        m_out += m_process.readAllStandardOutput();
        return m_out;
    }
    QByteArray err()
    {
        m_err += m_process.readAllStandardError();
        return m_err;
    }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

QStringList subscribeJobs(const testsupport::ScriptedDwpPeer& peer, const QStringList& extra = {})
{
    return QStringList{QStringLiteral("--url"), peer.url().toString(), QStringLiteral("--timeout"),
                       QStringLiteral("10")} +
           extra + QStringList{QStringLiteral("subscribe"), QStringLiteral("jobs")};
}

} // namespace

class DispatchctlHostileTest : public QObject
{
    Q_OBJECT

private:
    // Subscribed, and one event printed: the positive control for "nothing more comes".
    static bool streaming(testsupport::ScriptedDwpPeer& peer, Dispatchctl& ctl)
    {
        if (!QTest::qWaitFor([&] { return peer.receivedCount(dwp::methods::Subscribe) == 1; }, 10000))
            return false;
        peer.sendEvent(testsupport::ScriptedDwpPeer::aJobEvent());
        return ctl.printedLines(1);
    }

private slots:
    void subscribeExitsWhenTheServerClosesTcp()
    {
        testsupport::ScriptedDwpPeer peer;
        Dispatchctl ctl(subscribeJobs(peer));
        QVERIFY2(streaming(peer, ctl), ctl.err().constData());
        peer.closeTcp();
        QVERIFY2(ctl.exited(), "dispatchctl subscribe still runs after the server closed TCP");
        QCOMPARE(ctl.exitCode(), 8);
        QVERIFY2(ctl.err().contains("without a close frame"), ctl.err().constData());
        QCOMPARE(ctl.out().count('\n'), 1);
    }

    void watchExitsOnAGoingAwayCloseFrame()
    {
        testsupport::ScriptedDwpPeer peer;
        Dispatchctl ctl({QStringLiteral("--url"), peer.url().toString(), QStringLiteral("watch"),
                         QStringLiteral("wfrun_01kaqz5v6w7x8y9z0a1b2c3d4e")});
        QVERIFY(QTest::qWaitFor([&] { return peer.receivedCount(dwp::methods::Subscribe) == 1; }, 10000));
        peer.sendClose(quint16(1001), "server restarting");
        QVERIFY2(ctl.exited(), "dispatchctl watch still runs after a 1001 close frame");
        QCOMPARE(ctl.exitCode(), 8);
        QVERIFY2(ctl.err().contains("server restarting"), ctl.err().constData());
    }

    void subscribeExitsWhenTheHeartbeatFindsADeadPeer()
    {
        testsupport::ScriptedDwpPeer peer;
        Dispatchctl ctl(subscribeJobs(peer, {QStringLiteral("--heartbeat"), QStringLiteral("0.1")}));
        QVERIFY2(streaming(peer, ctl), ctl.err().constData());
        QVERIFY(peer.receivedCount(dwp::methods::Subscribe) == 1);
        peer.answerPings = false; // TCP stays up, nothing answers
        QVERIFY2(ctl.exited(), "dispatchctl subscribe still runs after the pongs stopped");
        QCOMPARE(ctl.exitCode(), 8);
        QVERIFY2(ctl.err().contains("no pong"), ctl.err().constData());
    }

    void subscribeWithReconnectResumesAndSaysSo()
    {
        testsupport::ScriptedDwpPeer peer;
        Dispatchctl ctl(subscribeJobs(peer, {QStringLiteral("--reconnect")}));
        QVERIFY2(streaming(peer, ctl), ctl.err().constData());
        peer.closeTcp();
        QVERIFY2(ctl.saidOnStderr("reconnecting"), ctl.err().constData());
        QVERIFY2(QTest::qWaitFor([&] { return peer.receivedCount(dwp::methods::Subscribe) == 2; }, 10000),
                 "no re-subscribe after the reconnect");
        QVERIFY2(ctl.saidOnStderr("reconnected"), ctl.err().constData());
        peer.sendEvent(testsupport::ScriptedDwpPeer::aJobEvent());
        QVERIFY2(ctl.printedLines(2), ctl.err().constData());
        QVERIFY(!ctl.exited(0));
    }

    // The run never ends on this server; --timeout bounds start like any other command.
    void startHonoursTheTimeout()
    {
        testsupport::ScriptedDwpPeer peer;
        Dispatchctl ctl({QStringLiteral("--url"), peer.url().toString(), QStringLiteral("--timeout"),
                         QStringLiteral("1"), QStringLiteral("start"), QStringLiteral("wait-forever")});
        QVERIFY2(ctl.exited(), "dispatchctl start still runs long after --timeout");
        QCOMPARE(ctl.exitCode(), 9);
        QCOMPARE(peer.receivedCount(dwp::methods::WorkflowStart), 1); // it did ask
        QVERIFY2(ctl.err().contains("--timeout"), ctl.err().constData());
    }

    // Upgrade, auth and answer each take 1 s: every phase is within a 2 s timeout, the whole is not.
    void theTimeoutIsOneDeadlineForAllPhases()
    {
        const auto slowPeer = slowInEveryPhase();
        Dispatchctl slow({QStringLiteral("--url"), slowPeer->url().toString(), QStringLiteral("--timeout"),
                          QStringLiteral("2"), QStringLiteral("stats")});
        QVERIFY(slow.exited());
        QCOMPARE(slow.exitCode(), 9);
        // The positive control: the same server within a deadline that covers all three. A peer of its own:
        // the first run's late answer would go to the newest connection, before its upgrade.
        const auto patientPeer = slowInEveryPhase();
        Dispatchctl patient({QStringLiteral("--url"), patientPeer->url().toString(),
                             QStringLiteral("--timeout"), QStringLiteral("6"), QStringLiteral("stats")});
        QVERIFY(patient.exited());
        QVERIFY2(patient.exitCode() == 0, patient.err().constData());
    }

    void absurdTimeoutsAreRefusedBeforeConnecting_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        for (const char* value : {"inf", "1e300", "-1", "nan", "0", "-inf", "604801", "soon"})
            QTest::newRow(value) << QStringLiteral("--timeout") << QString::fromLatin1(value);
        QTest::newRow("heartbeat -1") << QStringLiteral("--heartbeat") << QStringLiteral("-1");
        QTest::newRow("heartbeat inf") << QStringLiteral("--heartbeat") << QStringLiteral("inf");
    }

    void absurdTimeoutsAreRefusedBeforeConnecting()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        testsupport::ScriptedDwpPeer peer;
        Dispatchctl ctl(
            {QStringLiteral("--url"), peer.url().toString(), option + u'=' + value, QStringLiteral("stats")});
        QVERIFY(ctl.exited());
        QCOMPARE(ctl.exitCode(), 64);
        QVERIFY2(ctl.err().contains(option.toUtf8()), ctl.err().constData());
        QCOMPARE(peer.connectionCount(), 0);
        // The positive control: a sensible value of the same option gets as far as the server.
        Dispatchctl sensible({QStringLiteral("--url"), peer.url().toString(), QStringLiteral("--timeout=1"),
                              option + QStringLiteral("=0.5"), QStringLiteral("stats")});
        QVERIFY(sensible.exited());
        QCOMPARE(peer.connectionCount(), 1);
    }

    // Issue 16 items 10 and 11: an error text that would recolour and overwrite the terminal, ring its bell,
    // carry a NUL and the token, and go on for 8 KiB reaches stderr escaped, masked and cut.
    void serverTextReachesTheTerminalEscapedMaskedAndCut()
    {
        const QByteArray token = "s3cret-token-of-the-operator";
        testsupport::ScriptedDwpPeer peer;
        peer.onRequest = [&peer, &token](const dwp::Frame& request) {
            if (request.method != dwp::methods::Stats)
                return peer.answerLikeTheServer(request);
            const QByteArray message =
                "\\u001b[2J\\rrm -rf done\\u0007\\u0000 echo " + token + ' ' + QByteArray(8192, 'x');
            peer.sendText("{\"id\":\"e1\",\"type\":\"error\",\"correl_id\":\"" + request.id.toUtf8() +
                          "\",\"error\":{\"code\":500,\"message\":\"" + message +
                          "\"},\"ts\":\"2026-11-22T10:30:00Z\"}");
        };
        Dispatchctl ctl({QStringLiteral("--url"), peer.url().toString(), QStringLiteral("--token"),
                         QString::fromUtf8(token), QStringLiteral("--timeout"), QStringLiteral("10"),
                         QStringLiteral("stats")});
        QVERIFY(ctl.exited());
        const QByteArray err = ctl.err();
        // Positive control: the server's message did reach stderr.
        QVERIFY2(err.contains("rm -rf done"), err.constData());
        QVERIFY2(err.contains("\\x1b[2J") && err.contains("\\r") && err.contains("\\x07") &&
                     err.contains("\\x00"),
                 err.constData());
        for (const char raw : {'\x1b', '\r', '\x07', '\0'})
            QVERIFY2(!err.contains(raw),
                     qPrintable(QStringLiteral("raw control character %1 on stderr").arg(int(raw))));
        QVERIFY2(!err.contains(token), err.constData());
        QVERIFY2(err.contains("echo ***"), err.constData());
        QVERIFY2(err.size() < 4096, qPrintable(QStringLiteral("%1 bytes on stderr").arg(err.size())));
        QVERIFY2(err.contains("more characters"), err.constData());
        QCOMPARE(ctl.exitCode(), 7); // a server error
    }
};

QTEST_GUILESS_MAIN(DispatchctlHostileTest)
#include "tst_dispatchctl_hostile.moc"
