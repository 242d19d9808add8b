// SPDX-License-Identifier: MIT
// The Dead letters page when REST fails after it was found (issue 18 item 4, "Bad input and faults"): a
// proxy's HTML error page, a 500 in the {"code":"INTERNAL_SERVER_ERROR","message"} shape, a refused
// connection. Each is said in words where the operator acted, Replay All and Purge are sent once and never
// again behind the operator's back (not safe to repeat, dwp-protocol.md §8), and DWP goes on.
#include "JobActionsWindow.h"
#include "gui/controllers/MonitorController.h"
#include "gui/pages/DeadLetterEntryPanel.h"
#include "gui/pages/DeadLettersPage.h"
#include "i18n/LocaleTranslations.h"
#include "models/DeadLetteredJobsModel.h"
#include "protocol/AdminStats.h"
#include "support/HostileHttpPeer.h"

#include <QLabel>
#include <QLineEdit>
#include <QTcpServer>
#include <QTcpSocket>

using namespace dispatch;
using guitest::advanceUntil;
using guitest::buttonWithText;
using guitest::JobActionsWindow;
using testsupport::HostileHttpPeer;

namespace {

// An admin API that answers detection like a server that cannot list (stats, then 404 for GET /v1/dlq) and
// the dead-letter count, and everything else with `failure`; close() makes it refuse connections.
class FailingAdminApi : public QTcpServer
{
public:
    QByteArray failure;
    QList<QByteArray> requestLines;

    FailingAdminApi() { (void)listen(QHostAddress::LocalHost, 0); }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/dispatch").arg(serverPort())); }
    qsizetype count(const QByteArray& requestLine) const { return requestLines.count(requestLine); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const QByteArray head = socket->peek(socket->bytesAvailable());
            if (!head.contains("\r\n\r\n"))
                return;
            socket->readAll();
            const QByteArray line = head.left(head.indexOf("\r\n"));
            requestLines.append(line);
            socket->write(answer(line));
            socket->disconnectFromHost();
        });
    }

private:
    QByteArray answer(const QByteArray& line) const
    {
        if (line.startsWith("GET /dispatch/v1/stats "))
            return HostileHttpPeer::response(200, "application/json", dwp::AdminStats().toJson());
        if (line.startsWith("GET /dispatch/v1/dlq?"))
            return HostileHttpPeer::response(404, "application/json", R"({"code":404,"error":"Not Found"})");
        if (line.startsWith("GET /dispatch/v1/dlq/count "))
            return HostileHttpPeer::response(200, "application/json", R"({"count":7})");
        return failure;
    }
};

const QByteArray kReplayAll = "POST /dispatch/v1/dlq/replay-all HTTP/1.1";
const QByteArray kPurge = "POST /dispatch/v1/dlq/purge HTTP/1.1";

} // namespace

class TestDeadLettersFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void faultsAreSaidWhereTheOperatorActedAndNotRepeated();

private:
    std::unique_ptr<LocaleTranslations> m_english; // English plural forms: "7 dead letters"
};

void TestDeadLettersFaults::initTestCase()
{
    m_english = std::make_unique<LocaleTranslations>(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_english->hasApplicationTranslation());
}

void TestDeadLettersFaults::faultsAreSaidWhereTheOperatorActedAndNotRepeated()
{
    FailingAdminApi rest;
    QVERIFY2(rest.isListening(), qPrintable(rest.errorString()));
    AdminApiChoice choice;
    choice.location = AdminApiChoice::Location::Custom;
    choice.url = rest.baseUrl();
    JobActionsWindow monitor(testsupport::DevServerFixture::defaultConfig(), choice);
    QVERIFY2(monitor.ok(), JobActionsWindow::readiness());
    QVERIFY(monitor.session().adminApi().isAvailable());
    guitest::pressShortcut(monitor.window.get(), Qt::Key_6, Qt::ControlModifier);
    DeadLettersPage* page = monitor.window->deadLettersPage();
    QVERIFY(page->isVisible());
    QTRY_VERIFY2_WITH_TIMEOUT(page->countLabel()->text().startsWith(QStringLiteral("7 dead letter")),
                              qPrintable(page->countLabel()->text()), 5000);
    const auto confirm = [&](const char* buttonName, const QString& boxName, const QString& go) {
        QTest::mouseClick(page->findChild<QPushButton*>(QString::fromLatin1(buttonName)), Qt::LeftButton);
        QMessageBox* box = nullptr;
        if (!QTest::qWaitFor([&] { return (box = monitor.openBox(boxName)) != nullptr; }, 5000))
            return false;
        QTest::mouseClick(buttonWithText(box, go), Qt::LeftButton);
        return true;
    };

    // A proxy's HTML error page in place of replay-all's answer.
    rest.failure = HostileHttpPeer::response(
        502, "text/html", "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>");
    QVERIFY(
        confirm("replayAllButton", QStringLiteral("replayAllConfirmation"), QStringLiteral("Replay All")));
    QTRY_VERIFY2_WITH_TIMEOUT(page->messageLabel()->text().startsWith(QStringLiteral("Replay All failed: ")),
                              qPrintable(page->messageLabel()->text()), 5000);
    QVERIFY2(page->messageLabel()->text().contains(QStringLiteral("502")),
             qPrintable(page->messageLabel()->text()));
    QVERIFY(page->messageLabel()->textFormat() == Qt::PlainText); // the page's markup is never rendered

    // A 500 in the string-code shape, for purge.
    rest.failure = HostileHttpPeer::response(
        500, "application/json", R"({"code":"INTERNAL_SERVER_ERROR","message":"database is locked"})");
    QVERIFY(confirm("purgeButton", QStringLiteral("purgeConfirmation"), QStringLiteral("Purge")));
    QTRY_VERIFY2_WITH_TIMEOUT(page->messageLabel()->text().startsWith(QStringLiteral("Purge failed: ")),
                              qPrintable(page->messageLabel()->text()), 5000);
    QVERIFY2(page->messageLabel()->text().contains(QStringLiteral("database is locked")),
             qPrintable(page->messageLabel()->text()));
    // Sent once each, and not again while the operator looks (a second later, the count was asked again).
    QTest::qWait(1500);
    QCOMPARE(rest.count(kReplayAll), 1);
    QCOMPARE(rest.count(kPurge), 1);

    // Refused: the count keeps its last value and says why the latest request failed; opening says so too.
    rest.close();
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("refreshDeadLettersButton")),
                      Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(
        page->countLabel()->text().contains(QStringLiteral("(the latest request failed: ")),
        qPrintable(page->countLabel()->text()), 5000);
    QVERIFY(page->countLabel()->text().startsWith(QStringLiteral("7 dead letters on the server at ")));
    guitest::retype(page->idField(), QStringLiteral("dlq_01jz0000000000000000000000"));
    QTest::keyClick(page->idField(), Qt::Key_Return);
    QLabel* entryMessage = page->entryPanel()->messageLabel();
    QTRY_VERIFY2_WITH_TIMEOUT(entryMessage->text().startsWith(QStringLiteral("Could not open dlq_")),
                              qPrintable(entryMessage->text()), 5000);

    // DWP went on all along: a job dead-lettered now is seen live.
    const QString jobId = monitor.failedJob();
    QVERIFY2(!jobId.isEmpty(), "the failing job seen over DWP");
    QVERIFY2(advanceUntil(monitor.server(), [&] { return page->model()->rowOf(jobId) >= 0; }),
             "its job.dlq seen on the page");
}

QTEST_MAIN(TestDeadLettersFaults)
#include "tst_dead_letters_faults.moc"
