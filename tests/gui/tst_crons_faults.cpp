// SPDX-License-Identifier: MIT
// The Crons page over an admin API that is found and then misbehaves (issue 18, "Bad input and faults"):
// after an action the entry is fetched again and the panel shows that lookup (the server announces no cron
// action, dwp-protocol.md §5, §8); a proxy's HTML error page and a 500 in the
// {"code":"INTERNAL_SERVER_ERROR","message"} shape are said in words where the operator acted, each request
// sent once; and DWP goes on delivering cron.fired meanwhile.
#include "JobActionsWindow.h"
#include "gui/pages/CronDetailPanel.h"
#include "gui/pages/CronsPage.h"
#include "i18n/LocaleTranslations.h"
#include "models/CronsModel.h"
#include "protocol/AdminStats.h"
#include "protocol/CronEntry.h"
#include "support/HostileHttpPeer.h"

#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>

using namespace dispatch;
using guitest::advanceUntil;
using guitest::JobActionsWindow;
using testsupport::HostileHttpPeer;

namespace {

const QString kCronId = QStringLiteral("cron_01jz0000000000000000000001");
const QByteArray kRoute = "/dispatch/v1/crons/cron_01jz0000000000000000000001";

// The entry as the scripted server holds it: `lockedBy` tells a reply from a later lookup.
dwp::CronEntry entry(bool enabled, const QString& lockedBy)
{
    dwp::CronEntry cron;
    cron.createdAt = cron.updatedAt = dwp::Timestamp(1764000000, 0);
    cron.id = kCronId;
    cron.name = QStringLiteral("nightly-report");
    cron.schedule = QStringLiteral("0 2 * * *");
    cron.jobName = QStringLiteral("generate-report");
    cron.enabled = enabled;
    cron.lockedBy = lockedBy;
    cron.lockedUntil = dwp::Timestamp(1764000060, 0);
    return cron;
}

// Single-object replies carry their body twice on the real server (§8).
QByteArray twice(const dwp::CronEntry& cron)
{
    const QByteArray json = cron.toJson();
    return HostileHttpPeer::response(200, "application/json", json + '\n' + json + '\n');
}

} // namespace

class TestCronsFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void actionsAreFetchedAgainAndFaultsSaidInWords();

private:
    std::unique_ptr<LocaleTranslations> m_english; // English plural forms
};

void TestCronsFaults::initTestCase()
{
    m_english = std::make_unique<LocaleTranslations>(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_english->hasApplicationTranslation());
}

void TestCronsFaults::actionsAreFetchedAgainAndFaultsSaidInWords()
{
    bool enabledOnServer = true;
    QByteArray failure; // the answer to the next action, when set
    HostileHttpPeer rest({});
    QVERIFY2(rest.isReady(), qPrintable(rest.error()));
    rest.setResponder([&](const QByteArray& line) -> QByteArray {
        if (line.startsWith("GET /dispatch/v1/stats "))
            return HostileHttpPeer::response(200, "application/json", dwp::AdminStats().toJson());
        if (line.startsWith("GET " + kRoute + ' '))
            return twice(entry(enabledOnServer, QStringLiteral("worker-after")));
        if (line.startsWith("POST " + kRoute + '/') || line.startsWith("DELETE " + kRoute + ' ')) {
            if (!failure.isEmpty())
                return failure;
            enabledOnServer = line.contains("/enable ");
            // The action's own reply differs from the lookup that follows it only in the lock's holder.
            return twice(entry(enabledOnServer, QStringLiteral("worker-reply")));
        }
        return HostileHttpPeer::response(404, "application/json", R"({"code":404,"error":"Not Found"})");
    });
    AdminApiChoice choice;
    choice.location = AdminApiChoice::Location::Custom;
    choice.url = rest.baseUrl();
    JobActionsWindow monitor(testsupport::DevServerFixture::defaultConfig(), choice);
    QVERIFY2(monitor.ok(), JobActionsWindow::readiness());
    QVERIFY(monitor.session().adminApi().isAvailable());
    // DWP's side: a cron of the devserver's own fires every 10 simulated seconds.
    monitor.server().engine().crons().add(QStringLiteral("cleanup"),
                                          *devserver::CronSchedule::parse(QStringLiteral("@every 10s")),
                                          QStringLiteral("cleanup-job"), QStringLiteral("parked"));
    guitest::pressShortcut(monitor.window.get(), Qt::Key_7, Qt::ControlModifier);
    CronsPage* page = monitor.window->cronsPage();
    QVERIFY(page->isVisible());
    CronDetailPanel* panel = page->detailPanel();
    const auto text = [&](const char* name) {
        return panel->findChild<QLabel*>(QLatin1String(name))->text();
    };
    const auto click = [&](const char* name) {
        QTest::mouseClick(panel->findChild<QPushButton*>(QLatin1String(name)), Qt::LeftButton);
    };
    const auto sent = [&](const QByteArray& requestLine) {
        qsizetype count = 0;
        for (const QByteArray& head : rest.requestHeads())
            count += head.startsWith(requestLine + ' ') ? 1 : 0;
        return count;
    };

    guitest::retype(page->idField(), kCronId);
    QTest::keyClick(page->idField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(text("cronSchedule"), QStringLiteral("at 02:00 every day (0 2 * * *)"), 5000);
    QVERIFY(text("cronLock").startsWith(QStringLiteral("Held by worker-after until ")));

    // Disable: the reply, then a lookup, whose entry is what the panel shows.
    QTRY_VERIFY(panel->findChild<QPushButton*>(QStringLiteral("disableCronButton"))->isEnabled());
    click("disableCronButton");
    QTRY_COMPARE_WITH_TIMEOUT(text("cronEnabled"), QStringLiteral("Disabled: it does not fire"), 5000);
    QCOMPARE(sent("POST " + kRoute + "/disable"), 1);
    QTRY_COMPARE_WITH_TIMEOUT(sent("GET " + kRoute), 2, 5000);
    QVERIFY2(text("cronLock").startsWith(QStringLiteral("Held by worker-after")),
             qPrintable(text("cronLock")));

    // A proxy's HTML page in place of the enable's answer: said in the panel, sent once, the entry kept.
    failure = HostileHttpPeer::response(502, "text/html",
                                        "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>");
    QTRY_VERIFY(panel->findChild<QPushButton*>(QStringLiteral("enableCronButton"))->isEnabled());
    click("enableCronButton");
    auto* error = panel->findChild<QLabel*>(QStringLiteral("cronError"));
    QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 5000);
    QVERIFY2(error->text().contains(QStringLiteral("Cron entry %1 could not be enabled.").arg(kCronId)),
             qPrintable(error->text()));
    QVERIFY2(error->text().contains(u"502"), qPrintable(error->text()));
    QCOMPARE(sent("POST " + kRoute + "/enable"), 1);
    QCOMPARE(text("cronEnabled"), QStringLiteral("Disabled: it does not fire"));

    // A 500 in the other error shape for the delete.
    failure = HostileHttpPeer::response(500, "application/json",
                                        R"({"code":"INTERNAL_SERVER_ERROR","message":"database is locked"})");
    QTRY_VERIFY(panel->findChild<QPushButton*>(QStringLiteral("deleteCronButton"))->isEnabled());
    click("deleteCronButton");
    QMessageBox* box = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (box = monitor.openBox(QStringLiteral("deleteCronConfirmation"))); },
                            5000));
    QTest::mouseClick(guitest::buttonWithText(box, QStringLiteral("Delete Cron")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(u"database is locked"), 5000);
    QVERIFY2(error->text().contains(QStringLiteral("Cron entry %1 could not be deleted.").arg(kCronId)),
             qPrintable(error->text()));
    QCOMPARE(sent("DELETE " + kRoute), 1);

    // DWP went on all along: the devserver's cron is seen firing.
    CronsModel& seen = monitor.session().crons();
    QVERIFY2(advanceUntil(
                 monitor.server(), [&] { return seen.rowOfName(QStringLiteral("cleanup")) >= 0; }, 1000),
             "cron.fired arrived over DWP while REST failed");
}

QTEST_MAIN(TestCronsFaults)
#include "tst_crons_faults.moc"
