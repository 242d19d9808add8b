// SPDX-License-Identifier: MIT
// Issue 20 item 7: a status message belongs to a connection attempt or a session and goes when that is
// superseded; an error of a session no longer on screen never shows. Driven with QTest input.
#include "GuiTestSupport.h"
#include "devserver/SimEngine.h"
#include "gui/dialogs/ConnectDialog.h"
#include "gui/dialogs/OpenByIdDialog.h"
#include "gui/window/ConnectionBar.h"
#include "gui/window/MainWindow.h"
#include "gui/window/StatusMessages.h"
#include "session/MonitorSession.h"
#include "support/DevServerFixture.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QTcpServer>

using namespace dispatch;

namespace {

devserver::DevServerConfig withOneToken()
{
    auto config = testsupport::DevServerFixture::defaultConfig();
    config.tokens.setMode(devserver::TokenStore::Mode::ApiKeys);
    config.tokens.add(*devserver::TokenSpec::parse(u"demo-token=*"));
    return config;
}

ClientOptions optionsFor(const QUrl& url, const QString& token)
{
    ClientOptions options;
    options.connection.url = url;
    options.connection.token = token;
    options.connection.heartbeatInterval = std::chrono::milliseconds(0);
    options.backoffBase = std::chrono::milliseconds(200);
    options.backoffCap = std::chrono::milliseconds(200);
    return options;
}

QUrl refusedUrl()
{
    QTcpServer probe; // a port that was free a moment ago and now has no listener
    probe.listen(QHostAddress::LocalHost, 0);
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/dwp").arg(probe.serverPort()));
}

bool errorBoxShown(QWidget* window)
{
    for (QMessageBox* box : window->findChildren<QMessageBox*>(QStringLiteral("errorMessage"))) {
        if (box->isVisible())
            return true;
    }
    return false;
}

} // namespace

class StatusMessagesTest : public QObject
{
    Q_OBJECT

private slots:
    // Issue 16 item 10: what the server says reaches the status bar and the connection bar on one line, its
    // control characters as visible escapes, cut to what a bar shows.
    void serverTextOnTheBarsIsEscapedAndCut()
    {
        QStatusBar bar;
        dispatch::StatusMessages messages(&bar);
        const QString reason =
            QStringLiteral("Could not connect: \x1b[2Jgone\nspoofed line ") + QString(5000, u'x');
        messages.show(reason, 0, dispatch::StatusMessages::Scope::Session);
        const QString shown = bar.currentMessage();
        QVERIFY2(shown.startsWith(QStringLiteral("Could not connect: \\x1b[2Jgone\\nspoofed line x")),
                 qPrintable(shown.left(80))); // positive control: the message is there
        QVERIFY2(!shown.contains(QChar(0x1b)) && !shown.contains(u'\n'), qPrintable(shown.left(80)));
        QVERIFY2(shown.size() < 600, qPrintable(QString::number(shown.size())));
        QCOMPARE(messages.current(), shown);

        dispatch::ConnectionBar connection;
        connection.setState(dispatch::ClientState::Closed);
        connection.setFatalError(QStringLiteral("bye\r\x1b]0;title\x07") + QString(5000, u'y'), 1011);
        const QString state = connection.stateText();
        QVERIFY2(state.contains(QStringLiteral("bye\\r\\x1b]0;title\\x07y")), qPrintable(state.left(80)));
        QVERIFY2(state.size() < 600, qPrintable(QString::number(state.size())));
    }

private:
    // File → Connect…, the form filled by typing, Return.
    static bool connectThroughTheDialog(MainWindow* window, const QUrl& url, const QString& token)
    {
        guitest::pressShortcut(window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        ConnectDialog* dialog = guitest::openDialog<ConnectDialog>(window);
        if (!dialog)
            return false;
        guitest::retype(dialog->findChild<QLineEdit*>(QStringLiteral("urlEdit")), url.toString());
        guitest::retype(dialog->findChild<QLineEdit*>(QStringLiteral("tokenEdit")), token);
        QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("tokenEdit")), Qt::Key_Return);
        return QTest::qWaitFor([&] { return !guitest::openDialog<ConnectDialog>(window); }, 5000);
    }

    static void openById(MainWindow* window, const QString& id)
    {
        guitest::pressShortcut(window, Qt::Key_K, Qt::ControlModifier);
        OpenByIdDialog* dialog = guitest::openDialog<OpenByIdDialog>(window);
        QVERIFY(dialog);
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("idEdit"));
        QTest::keyClicks(edit, id);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private slots:
    void rejectedTokenGoesOnceConnected()
    {
        testsupport::DevServerFixture fixture(withOneToken());
        QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
        auto window =
            guitest::showWindowConnectingTo(optionsFor(fixture.url(), QStringLiteral("expired-token")));
        QVERIFY(window);
        // Positive control: the failure is said first.
        QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(u"rejected the token"),
                                 10000);
        QVERIFY(connectThroughTheDialog(window.get(), fixture.url(), QStringLiteral("demo-token")));
        QTRY_COMPARE_WITH_TIMEOUT(window->connectionBar()->stateText(), QStringLiteral("Connected"), 10000);
        QVERIFY2(!window->statusBar()->currentMessage().contains(u"rejected"),
                 qPrintable(window->statusBar()->currentMessage()));
    }

    void wrongPortGoesOnceConnectedToTheRightOne()
    {
        testsupport::DevServerFixture fixture(withOneToken());
        QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
        auto window = guitest::showWindowConnectingTo(optionsFor(refusedUrl(), QStringLiteral("demo-token")));
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().startsWith(u"Could not connect"),
                                 10000);
        QVERIFY(connectThroughTheDialog(window.get(), fixture.url(), QStringLiteral("demo-token")));
        QTRY_COMPARE_WITH_TIMEOUT(window->connectionBar()->stateText(), QStringLiteral("Connected"), 10000);
        QVERIFY2(!window->statusBar()->currentMessage().contains(u"Could not connect"),
                 qPrintable(window->statusBar()->currentMessage()));
    }

    // The same session: its first attempt failed, a later one succeeded (the server came up).
    void firstAttemptFailureGoesWhenARetrySucceeds()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        auto window = guitest::showWindowConnectingTo(optionsFor(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/dwp").arg(port)), QStringLiteral("demo-token")));
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().startsWith(u"Could not connect"),
                                 10000);
        auto config = withOneToken();
        config.port = port;
        testsupport::DevServerFixture fixture(config);
        QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
        QTRY_COMPARE_WITH_TIMEOUT(window->connectionBar()->stateText(), QStringLiteral("Connected"), 10000);
        QVERIFY2(!window->statusBar()->currentMessage().contains(u"Could not connect"),
                 qPrintable(window->statusBar()->currentMessage()));
    }

    // A job detail on its way from one server when the window connects to another: the old session's
    // failure (its client closed) is not shown; the new session's errors still are (the positive control).
    void errorsOfTheReplacedSessionDoNotShow()
    {
        testsupport::DevServerFixture first(withOneToken());
        testsupport::DevServerFixture second(withOneToken());
        QVERIFY2(first.isRunning() && second.isRunning(), qPrintable(first.error() + second.error()));
        auto window = guitest::showWindowConnectingTo(optionsFor(first.url(), QStringLiteral("demo-token")));
        QVERIFY(window);
        QTRY_COMPARE_WITH_TIMEOUT(window->connectionBar()->stateText(), QStringLiteral("Connected"), 10000);
        devserver::WorkerPool::EnqueueOptions job;
        job.name = QStringLiteral("status.test");
        job.payload = QByteArrayLiteral("{}");
        const QString jobId = first.server().engine().enqueue(job).id;
        auto plan = first.server().faults().plan();
        plan.responseDelayMs = 3000; // job.get is still on its way when the window switches
        first.server().faults().setPlan(plan);
        openById(window.get(), jobId);
        QVERIFY(connectThroughTheDialog(window.get(), second.url(), QStringLiteral("demo-token")));
        QTRY_COMPARE_WITH_TIMEOUT(window->connectionBar()->stateText(), QStringLiteral("Connected"), 10000);
        QTest::qWait(500); // the first session's call has failed by now (its client closed at the switch)
        QVERIFY(!errorBoxShown(window.get()));
        QVERIFY2(!window->statusBar()->currentMessage().contains(u"closed"),
                 qPrintable(window->statusBar()->currentMessage()));
        // The second server does not know another job of the first: that error is the current session's and
        // shows.
        const QString otherJobId = first.server().engine().enqueue(job).id;
        openById(window.get(), otherJobId);
        QTRY_VERIFY_WITH_TIMEOUT(errorBoxShown(window.get()), 10000);
    }

    // Issue 20 item 5: a typo in File → Connect… (a wrong token, a wrong port) says why and leaves the
    // window on the server it showed, its rows and its connection; a right one replaces it (the control).
    void aTypoInConnectKeepsTheServerOnScreen()
    {
        testsupport::DevServerFixture fixture(withOneToken());
        testsupport::DevServerFixture other(withOneToken());
        QVERIFY2(fixture.isRunning() && other.isRunning(), qPrintable(fixture.error() + other.error()));
        auto window =
            guitest::showWindowConnectingTo(optionsFor(fixture.url(), QStringLiteral("demo-token")));
        QVERIFY(window);
        QTRY_COMPARE_WITH_TIMEOUT(window->connectionBar()->stateText(), QStringLiteral("Connected"), 10000);
        devserver::WorkerPool::EnqueueOptions job;
        job.name = QStringLiteral("kept.on.screen");
        job.payload = QByteArrayLiteral("{}");
        fixture.server().engine().enqueue(job);
        MonitorSession* shown = window->session();
        QVERIFY(shown);
        QTRY_VERIFY2_WITH_TIMEOUT(shown->jobs().rowCount() > 0, "the enqueued job's row", 10000);
        const int rows = shown->jobs().rowCount();

        QVERIFY(connectThroughTheDialog(window.get(), fixture.url(), QStringLiteral("typo-token")));
        QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(u"rejected the token"),
                                 10000);
        QVERIFY2(window->statusBar()->currentMessage().contains(u"still shows"),
                 qPrintable(window->statusBar()->currentMessage()));
        QCOMPARE(window->session(), shown);
        QCOMPARE(window->options().connection.token, QStringLiteral("demo-token"));
        QCOMPARE(window->connectionBar()->stateText(), QStringLiteral("Connected"));
        QVERIFY(shown->jobs().rowCount() >= rows);

        QVERIFY(connectThroughTheDialog(window.get(), refusedUrl(), QStringLiteral("demo-token")));
        QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().startsWith(u"Could not connect to"),
                                 10000);
        QCOMPARE(window->session(), shown);
        QCOMPARE(window->connectionBar()->stateText(), QStringLiteral("Connected"));

        QVERIFY(connectThroughTheDialog(window.get(), other.url(), QStringLiteral("demo-token")));
        QTRY_VERIFY_WITH_TIMEOUT(window->session() != shown, 10000);
        QCOMPARE(window->options().connection.url, other.url());
        QTRY_COMPARE_WITH_TIMEOUT(window->connectionBar()->stateText(), QStringLiteral("Connected"), 10000);
        QVERIFY2(!window->statusBar()->currentMessage().contains(u"still shows"),
                 qPrintable(window->statusBar()->currentMessage()));
    }
};

QTEST_MAIN(StatusMessagesTest)
#include "tst_status_messages.moc"
