// SPDX-License-Identifier: MIT
// Issue 20 items 6 and 18, driven with QTest input against the in-process devserver:
// - offline, a banner says since when and the actions that change the server are greyed out with that
//   reason; back online, both go;
// - a 403 teaches the scope the token lacks: what needs it is greyed out with the scope named, what needs
//   another scope is not, and the Stats page says it cannot have stats instead of waiting;
// - a job the server no longer knows is marked in its panel, with no box.
#include "GuiTestSupport.h"
#include "devserver/SimEngine.h"
#include "gui/controllers/MonitorController.h"
#include "gui/dialogs/EnqueueJobDialog.h"
#include "gui/pages/JobsPage.h"
#include "gui/pages/StatsPage.h"
#include "gui/window/ConnectionBar.h"
#include "gui/window/MainWindow.h"
#include "session/MonitorSession.h"
#include "support/DevServerFixture.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

using namespace dispatch;

namespace {

ClientOptions optionsFor(const QUrl& url, const QString& token)
{
    ClientOptions options;
    options.connection.url = url;
    options.connection.token = token;
    options.connection.heartbeatInterval = std::chrono::milliseconds(0);
    return options;
}

bool errorBoxShown(QWidget* window)
{
    for (QMessageBox* box : window->findChildren<QMessageBox*>(QStringLiteral("errorMessage"))) {
        if (box->isVisible())
            return true;
    }
    return false;
}

void closeErrorBoxes(QWidget* window)
{
    for (QMessageBox* box : window->findChildren<QMessageBox*>(QStringLiteral("errorMessage"))) {
        if (box->isVisible())
            QTest::keyClick(box, Qt::Key_Escape);
    }
}

} // namespace

class TestStaleAndScopes : public QObject
{
    Q_OBJECT

private slots:
    void offlineTheWindowSaysSoAndSendsNothing()
    {
        testsupport::DevServerFixture server;
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        auto window = guitest::showWindowConnectingTo(optionsFor(server.url(), QStringLiteral("demo-token")));
        QVERIFY(window);
        QTRY_COMPARE_WITH_TIMEOUT(window->connectionBar()->stateText(), QStringLiteral("Connected"), 10000);
        auto* banner = window->findChild<QLabel*>(QStringLiteral("staleBanner"));
        auto* enqueue = window->findChild<QAction*>(QStringLiteral("enqueueJobAction"));
        auto* publish = window->findChild<QAction*>(QStringLiteral("publishEventAction"));
        auto* pageEnqueue = window->findChild<QToolButton*>(QStringLiteral("enqueueButton"));
        QVERIFY(banner && enqueue && publish && pageEnqueue);
        // Online, the control: no banner, everything offered.
        QVERIFY(!banner->isVisible());
        QVERIFY(enqueue->isEnabled() && publish->isEnabled() && pageEnqueue->isEnabled());

        guitest::pressShortcut(window.get(), Qt::Key_D,
                               Qt::ControlModifier | Qt::ShiftModifier); // Disconnect
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->text().startsWith(u"Offline since"), qPrintable(banner->text()));
        QVERIFY(!enqueue->isEnabled() && !publish->isEnabled() && !pageEnqueue->isEnabled());
        QCOMPARE(enqueue->toolTip(), banner->text());
        // Ctrl+E does nothing now: no dialog opens behind a stale window.
        guitest::pressShortcut(window.get(), Qt::Key_E, Qt::ControlModifier);
        QTest::qWait(100);
        QVERIFY(!guitest::openDialog<EnqueueJobDialog>(window.get()));

        guitest::pressShortcut(window.get(), Qt::Key_R, Qt::ControlModifier); // Reconnect Now
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
        QVERIFY(enqueue->isEnabled() && publish->isEnabled() && pageEnqueue->isEnabled());
    }

    void aRefusedScopeGreysOutWhatNeedsIt()
    {
        auto config = testsupport::DevServerFixture::defaultConfig();
        config.tokens.setMode(devserver::TokenStore::Mode::ApiKeys);
        config.tokens.add(
            *devserver::TokenSpec::parse(u"reader=job:read,workflow:read,workflow:write,subscribe"));
        testsupport::DevServerFixture server(config);
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        auto window = guitest::showWindowConnectingTo(optionsFor(server.url(), QStringLiteral("reader")));
        QVERIFY(window);
        QTRY_COMPARE_WITH_TIMEOUT(window->connectionBar()->stateText(), QStringLiteral("Connected"), 10000);
        auto* enqueue = window->findChild<QAction*>(QStringLiteral("enqueueJobAction"));
        auto* start = window->findChild<QAction*>(QStringLiteral("startWorkflowAction"));
        QVERIFY(enqueue && start);
        QVERIFY(enqueue->isEnabled()); // nothing is known missing before a refusal

        // An enqueue the server refuses with 403.
        guitest::pressShortcut(window.get(), Qt::Key_E, Qt::ControlModifier);
        EnqueueJobDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = guitest::openDialog<EnqueueJobDialog>(window.get())), 5000);
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        QVERIFY(name);
        QTest::keyClicks(name, QStringLiteral("send-email"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("sendButton")), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!enqueue->isEnabled(), "Enqueue greyed out after the 403", 10000);
        QVERIFY2(enqueue->toolTip().contains(u"job:write"), qPrintable(enqueue->toolTip()));
        QVERIFY(start->isEnabled()); // workflow:write was never refused
        closeErrorBoxes(window.get());
        if (auto* open = guitest::openDialog<EnqueueJobDialog>(window.get()))
            open->reject();

        // The Stats page: the token lacks stats:read, and the page says so instead of waiting.
        window->setCurrentPage(MonitorController::StatsPageIndex);
        auto* refused = window->findChild<QLabel*>(QStringLiteral("statsRefused"));
        QVERIFY(refused);
        QTRY_VERIFY2_WITH_TIMEOUT(refused->isVisible(), "the Stats page's refusal", 15000);
        QVERIFY2(refused->text().contains(u"stats:read"), qPrintable(refused->text()));
    }

    void aJobTheServerForgotIsMarkedWithoutABox()
    {
        testsupport::DevServerFixture server;
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        auto window = guitest::showWindowConnectingTo(optionsFor(server.url(), QStringLiteral("demo-token")));
        QVERIFY(window);
        QTRY_COMPARE_WITH_TIMEOUT(window->connectionBar()->stateText(), QStringLiteral("Connected"), 10000);
        MonitorSession* session = window->session();
        dwp::Job ghost; // a row from before the server restarted without its state
        ghost.id = QStringLiteral("job_01jz0000000000000000000003");
        ghost.name = QStringLiteral("ghost.job");
        ghost.queue = QStringLiteral("default");
        ghost.state = QStringLiteral("running");
        session->jobs().upsertJob(ghost);
        window->setCurrentPage(MonitorController::JobsPageIndex);
        auto* table = window->findChild<QTableView*>(QStringLiteral("jobsTable"));
        QVERIFY(table);
        QModelIndex cell;
        QTRY_VERIFY_WITH_TIMEOUT((cell = table->model()->index(0, 1)).isValid(), 5000);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        auto* note = window->findChild<QLabel*>(QStringLiteral("jobNote"));
        QVERIFY(note);
        QTRY_VERIFY2_WITH_TIMEOUT(note->isVisible() && note->text().contains(u"no longer knows"),
                                  "the panel's note on the forgotten job", 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(u"no longer knows"), 5000);
        QVERIFY(!errorBoxShown(window.get()));
        QVERIFY(session->jobs().index(0, 0).data(JobsModel::UnknownToServerRole).toBool());
    }
};

QTEST_MAIN(TestStaleAndScopes)
#include "tst_stale_and_scopes.moc"
