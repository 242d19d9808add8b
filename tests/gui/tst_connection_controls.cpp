// SPDX-License-Identifier: MIT
// Issue 20 item 12: File → Reconnect Now and File → Disconnect (also buttons in the connection bar), driven
// by their shortcuts and by clicks, against the in-process devserver.
#include "GuiTestSupport.h"
#include "gui/window/ConnectionBar.h"
#include "gui/window/MainWindow.h"
#include "session/MonitorSession.h"
#include "support/DevServerFixture.h"
#include "support/TaskOutcome.h"

#include <QAction>
#include <QSignalSpy>
#include <QToolButton>

using namespace dispatch;

class ConnectionControlsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> showConnectedWindow(const QUrl& url, std::chrono::milliseconds backoff)
    {
        ClientOptions options;
        options.connection.url = url;
        options.connection.token = QStringLiteral("demo-token");
        options.connection.heartbeatInterval = std::chrono::milliseconds(0);
        options.backoffBase = backoff;
        options.backoffCap = backoff;
        auto window = guitest::showWindowConnectingTo(options);
        if (!window)
            return {};
        if (!QTest::qWaitFor([&] { return window->connectionBar()->stateText() == u"Connected"; }, 10000))
            return {};
        return window;
    }

    static QAction* action(MainWindow* window, const QString& name)
    {
        return window->findChild<QAction*>(name);
    }

    static QToolButton* barButton(MainWindow* window, const QString& actionName)
    {
        return window->connectionBar()->findChild<QToolButton*>(actionName + QStringLiteral("Button"));
    }

private slots:
    void reconnectNowSkipsTheBackoffWait()
    {
        testsupport::DevServerFixture fixture;
        QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
        auto window = showConnectedWindow(fixture.url(), std::chrono::hours(1));
        QVERIFY2(window, "the window did not connect within 10 s");
        QVERIFY(!action(window.get(), QStringLiteral("reconnectNowAction"))->isEnabled()); // connected
        QVERIFY(!barButton(window.get(), QStringLiteral("reconnectNowAction"))->isVisible());
        QSignalSpy authenticated(&fixture.server(), &devserver::DevServer::connectionAuthenticated);

        fixture.server().faults().dropConnections();
        // An hour ± 20 % of jitter to wait.
        QTRY_VERIFY_WITH_TIMEOUT(window->connectionBar()->stateText().startsWith(u"Reconnecting in "), 5000);
        const QString waiting = window->connectionBar()->stateText();
        QVERIFY2(waiting.section(QLatin1Char(' '), 2, 2).toInt() > 2000, qPrintable(waiting));
        QVERIFY(action(window.get(), QStringLiteral("reconnectNowAction"))->isEnabled());
        QVERIFY(barButton(window.get(), QStringLiteral("reconnectNowAction"))->isVisible());
        guitest::pressShortcut(window.get(), Qt::Key_R, Qt::ControlModifier); // File → Reconnect Now
        QTRY_COMPARE_WITH_TIMEOUT(window->connectionBar()->stateText(), QStringLiteral("Connected"), 5000);
        QCOMPARE(authenticated.size(), 1);
    }

    // Disconnect holds while a client dropped at the same moment comes back by itself (the positive
    // control); the bar says who disconnected, and Reconnect Now brings the window back.
    void disconnectStaysDownAndSaysSo()
    {
        testsupport::DevServerFixture fixture;
        QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
        auto window = showConnectedWindow(fixture.url(), std::chrono::milliseconds(50));
        QVERIFY2(window, "the window did not connect within 10 s");
        ClientOptions controlOptions = window->options();
        DispatchClient control(controlOptions);
        QVERIFY(!testsupport::awaitTask(control.connect(), QStringLiteral("the control client connects"))
                     .isEmpty());
        QSignalSpy controlSessions(&control, &DispatchClient::sessionStarted);

        QToolButton* disconnectButton = barButton(window.get(), QStringLiteral("disconnectAction"));
        QVERIFY(disconnectButton && disconnectButton->isVisible());
        QTest::mouseClick(disconnectButton, Qt::LeftButton);
        fixture.server().faults().dropConnections();
        QCOMPARE(window->connectionBar()->stateText(), QStringLiteral("Disconnected by you"));
        QTRY_COMPARE_WITH_TIMEOUT(controlSessions.size(), 1, 5000);
        QTest::qWait(300); // six backoff periods of the window's client
        QCOMPARE(window->connectionBar()->stateText(), QStringLiteral("Disconnected by you"));
        QCOMPARE(window->session()->state(), ClientState::Disconnected);
        QCOMPARE(fixture.server().connectionCount(), 1); // the control's
        QVERIFY(!action(window.get(), QStringLiteral("disconnectAction"))->isEnabled());
        QVERIFY(!disconnectButton->isVisible());

        QToolButton* reconnectButton = barButton(window.get(), QStringLiteral("reconnectNowAction"));
        QVERIFY(reconnectButton && reconnectButton->isVisible());
        QTest::mouseClick(reconnectButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window->connectionBar()->stateText(), QStringLiteral("Connected"), 5000);
        QTRY_COMPARE(fixture.server().connectionCount(), 2);
        // The disconnect by shortcut too.
        guitest::pressShortcut(window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window->connectionBar()->stateText(), QStringLiteral("Disconnected by you"));
    }
};

QTEST_MAIN(ConnectionControlsTest)
#include "tst_connection_controls.moc"
