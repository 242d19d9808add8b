// SPDX-License-Identifier: MIT
// The Crons page (issue 18 item 5) against the devserver with QTest input: crons seen firing (cron.fired,
// dwp-protocol.md §5), an entry opened by id and then from its row, Enable / Disable / Delete over REST (§8)
// with the entry fetched again after each, Delete confirmed with its button never the default, the server's
// own list only where it can list, and in words what is missing. "A cron disabled by id stops firing": the
// disabled cron fires no more while another one, the positive control, keeps firing.
#include "JobActionsWindow.h"
#include "gui/pages/CronDetailPanel.h"
#include "gui/pages/CronsPage.h"
#include "gui/pages/JobDetailPanel.h"
#include "i18n/LocaleTranslations.h"
#include "models/CronsModel.h"

#include "gui/controllers/MonitorController.h"
#include "gui/dialogs/OpenByIdDialog.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>

using namespace dispatch;
using guitest::advanceUntil;
using guitest::JobActionsWindow;

namespace {

// Jobs the crons enqueue go to a queue no worker serves, so nothing else happens on the stream.
const QString kParked = QStringLiteral("parked");

} // namespace

class TestCronsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { m_monitor.reset(); }
    void aCronDisabledByIdStopsFiring();
    void deleteAsksWithTheSafeAnswerTheDefault();
    void productionDeleteNeedsATick();
    void unknownAndMalformedIdsAreSaidInWords();
    void ctrlKOpensACronOnTheCronsPage();
    void theJobACronEnqueuedOpensOnTheJobsPage();
    void theServersListWhereItCanList();
    void withoutRestThePageSaysSoAndCronsStillCount();

private:
    // A window on the Crons page over a devserver with two crons firing every 10 and 15 simulated seconds.
    bool start(const devserver::DevServerConfig& config);
    CronsPage* page() const { return m_monitor->window->cronsPage(); }
    bool onScreen(QWidget* page) const
    {
        // Each tab holds its page in a scroll area.
        const QWidget* tab =
            m_monitor->window->findChild<QTabWidget*>(QStringLiteral("pages"))->currentWidget();
        return tab == page || tab->isAncestorOf(page);
    }
    CronDetailPanel* panel() const { return page()->detailPanel(); }
    int timesFired(const QString& name) const;
    bool advanceUntilFired(const QString& name, int times);
    void typeIdAndOpen(const QString& id);
    void clickSeenRow(const QString& name, int column);
    QString field(const char* objectName) const;
    QPushButton* button(const char* objectName) const;

    std::unique_ptr<JobActionsWindow> m_monitor;
    std::unique_ptr<LocaleTranslations> m_english; // English plural forms: "every 10 seconds"
    QString m_cleanupId;
    QString m_reportId;
};

void TestCronsPage::initTestCase()
{
    m_english = std::make_unique<LocaleTranslations>(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_english->hasApplicationTranslation());
}

bool TestCronsPage::start(const devserver::DevServerConfig& config)
{
    m_monitor = std::make_unique<JobActionsWindow>(config);
    if (!m_monitor->ok())
        return false;
    auto& crons = m_monitor->server().engine().crons();
    const auto every = [](const char* text) { return *devserver::CronSchedule::parse(QLatin1String(text)); };
    m_cleanupId = crons.add(QStringLiteral("cleanup"), every("@every 10s"), QStringLiteral("cleanup-job"),
                            kParked, QByteArrayLiteral("{\"older_than\":\"24h\"}"));
    m_reportId =
        crons.add(QStringLiteral("report"), every("@every 15s"), QStringLiteral("report-job"), kParked);
    guitest::pressShortcut(m_monitor->window.get(), Qt::Key_7, Qt::ControlModifier);
    return onScreen(page());
}

int TestCronsPage::timesFired(const QString& name) const
{
    const CronsModel& model = m_monitor->session().crons();
    const int row = model.rowOfName(name);
    return row < 0 ? 0 : model.index(row, 0).data(CronsModel::TimesFiredRole).toInt();
}

bool TestCronsPage::advanceUntilFired(const QString& name, int times)
{
    return advanceUntil(
        m_monitor->server(), [&] { return timesFired(name) >= times; }, 1000);
}

void TestCronsPage::typeIdAndOpen(const QString& id)
{
    guitest::retype(page()->idField(), id);
    QTest::keyClick(page()->idField(), Qt::Key_Return);
}

void TestCronsPage::clickSeenRow(const QString& name, int column)
{
    QTableView* table = page()->seenTable();
    const int row = m_monitor->session().crons().rowOfName(name);
    const QRect cell = table->visualRect(table->model()->index(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
}

QString TestCronsPage::field(const char* objectName) const
{
    return panel()->findChild<QLabel*>(QLatin1String(objectName))->text();
}

QPushButton* TestCronsPage::button(const char* objectName) const
{
    return panel()->findChild<QPushButton*>(QLatin1String(objectName));
}

void TestCronsPage::aCronDisabledByIdStopsFiring()
{
    QVERIFY2(start(testsupport::DevServerFixture::defaultConfig()), JobActionsWindow::readiness());
    QVERIFY2(advanceUntilFired(QStringLiteral("cleanup"), 1) &&
                 advanceUntilFired(QStringLiteral("report"), 1),
             "both crons seen firing over DWP");
    QCOMPARE(page()->seenTable()->model()->rowCount(), 2);
    // The event names the cron, not its id: its row cannot open it yet, and says why.
    clickSeenRow(QStringLiteral("cleanup"), CronsModel::NameColumn);
    QTRY_VERIFY2(
        panel()->findChild<QLabel*>(QStringLiteral("cronMessage"))->text().contains(u"not known yet"),
        qPrintable(panel()->findChild<QLabel*>(QStringLiteral("cronMessage"))->text()));
    // Opened by id: every field as the server holds it.
    typeIdAndOpen(m_cleanupId);
    QTRY_COMPARE_WITH_TIMEOUT(field("cronIdValue"), m_cleanupId, 5000);
    QCOMPARE(field("cronSchedule"), QStringLiteral("every 10 seconds (@every 10s)"));
    QCOMPARE(field("cronEnabled"), QStringLiteral("Enabled"));
    QCOMPARE(field("cronJob"), QStringLiteral("cleanup-job on queue parked"));
    QCOMPARE(field("cronLock"), QStringLiteral("Not locked"));
    QVERIFY(field("cronLastRun") != QStringLiteral("Never"));
    QVERIFY(
        panel()->findChild<QPlainTextEdit*>(QStringLiteral("cronPayload"))->toPlainText().contains(u"24h"));
    // From now on the row knows the id, and a click on it opens the entry.
    clickSeenRow(QStringLiteral("report"), CronsModel::NameColumn);
    QTRY_VERIFY(panel()->findChild<QLabel*>(QStringLiteral("cronMessage"))->text().contains(u"“report”"));
    QVERIFY(!panel()->hasEntry()); // report's id is still unknown
    clickSeenRow(QStringLiteral("cleanup"), CronsModel::NameColumn);
    QTRY_COMPARE_WITH_TIMEOUT(field("cronIdValue"), m_cleanupId, 5000);

    QPushButton* disable = button("disableCronButton");
    QTRY_VERIFY(disable->isEnabled());
    QVERIFY(!button("enableCronButton")->isEnabled());
    QTest::mouseClick(disable, Qt::LeftButton);
    // Fetched again after the disable (no event says so): the panel shows what the server now holds.
    QTRY_COMPARE_WITH_TIMEOUT(field("cronEnabled"), QStringLiteral("Disabled: it does not fire"), 5000);
    QVERIFY(!m_monitor->server().engine().crons().find(m_cleanupId)->enabled);
    QTRY_VERIFY(button("enableCronButton")->isEnabled());

    // The disabled cron fires no more, while the other one keeps firing: three more firings of "report"
    // span 45 simulated seconds, four and a half of cleanup's periods.
    const int cleanupBefore = timesFired(QStringLiteral("cleanup"));
    const int reportBefore = timesFired(QStringLiteral("report"));
    QVERIFY2(advanceUntilFired(QStringLiteral("report"), reportBefore + 3),
             "the positive control, report, fired three more times");
    QCOMPARE(timesFired(QStringLiteral("cleanup")), cleanupBefore);

    // Enabled again, it fires again.
    QTest::mouseClick(button("enableCronButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(field("cronEnabled"), QStringLiteral("Enabled"), 5000);
    QVERIFY2(advanceUntilFired(QStringLiteral("cleanup"), cleanupBefore + 1), "cleanup fired after Enable");
}

void TestCronsPage::deleteAsksWithTheSafeAnswerTheDefault()
{
    QVERIFY2(start(testsupport::DevServerFixture::defaultConfig()), JobActionsWindow::readiness());
    typeIdAndOpen(m_reportId);
    QTRY_COMPARE_WITH_TIMEOUT(field("cronIdValue"), m_reportId, 5000);
    QVERIFY(button("deleteCronButton")->isEnabled());
    QTest::mouseClick(button("deleteCronButton"), Qt::LeftButton);
    QMessageBox* box = m_monitor->openBox(QStringLiteral("deleteCronConfirmation"));
    QVERIFY2(box, "Delete asks first");
    QPushButton* remove = guitest::buttonWithText(box, QStringLiteral("Delete Cron"));
    QVERIFY(remove);
    QVERIFY(!remove->isDefault());
    QVERIFY(!remove->autoDefault());
    QCOMPARE(box->defaultButton(), guitest::buttonWithText(box, QStringLiteral("Keep Cron")));
    QTest::keyClick(box, Qt::Key_Return); // the safe answer
    QTRY_VERIFY(!m_monitor->openBox(QStringLiteral("deleteCronConfirmation")));
    QVERIFY(m_monitor->server().engine().crons().find(m_reportId));

    QTest::mouseClick(button("deleteCronButton"), Qt::LeftButton);
    box = m_monitor->openBox(QStringLiteral("deleteCronConfirmation"));
    QVERIFY(box);
    QTest::mouseClick(guitest::buttonWithText(box, QStringLiteral("Delete Cron")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_monitor->server().engine().crons().find(m_reportId), 5000);
    // Looked up again: the server no longer knows it, and the panel says so.
    QTRY_COMPARE_WITH_TIMEOUT(
        panel()->findChild<QLabel*>(QStringLiteral("cronMessage"))->text(),
        QStringLiteral("Cron entry %1 was deleted: the server no longer knows it.").arg(m_reportId), 5000);
    QVERIFY(!button("deleteCronButton")->isEnabled());
}

void TestCronsPage::productionDeleteNeedsATick()
{
    QVERIFY2(start(testsupport::DevServerFixture::defaultConfig()), JobActionsWindow::readiness());
    m_monitor->window->controller()->setServerEnvironment(ServerEnvironment::Production);
    typeIdAndOpen(m_reportId);
    QTRY_COMPARE_WITH_TIMEOUT(field("cronIdValue"), m_reportId, 5000);
    QTest::mouseClick(button("deleteCronButton"), Qt::LeftButton);
    QMessageBox* box = m_monitor->openBox(QStringLiteral("deleteCronConfirmation"));
    QVERIFY(box);
    QPushButton* remove = guitest::buttonWithText(box, QStringLiteral("Delete Cron"));
    QVERIFY2(!remove->isEnabled(), "off until the production tick");
    QVERIFY(box->checkBox());
    QTest::mouseClick(box->checkBox(), Qt::LeftButton);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_monitor->server().engine().crons().find(m_reportId), 5000);
}

void TestCronsPage::unknownAndMalformedIdsAreSaidInWords()
{
    QVERIFY2(start(testsupport::DevServerFixture::defaultConfig()), JobActionsWindow::readiness());
    auto* open = page()->findChild<QPushButton*>(QStringLiteral("openCronButton"));
    guitest::retype(page()->idField(), QStringLiteral("job_01jz0000000000000000000001"));
    QVERIFY(!open->isEnabled());
    QCOMPARE(page()->findChild<QLabel*>(QStringLiteral("cronIdHint"))->text(),
             QStringLiteral("Not a cron id: they look like cron_ followed by 26 letters and digits."));
    const QString missing = QStringLiteral("cron_01jz0000000000000000000001");
    typeIdAndOpen(missing);
    auto* error = panel()->findChild<QLabel*>(QStringLiteral("cronError"));
    QTRY_VERIFY_WITH_TIMEOUT(
        error->text().contains(QStringLiteral("There is no cron entry %1 on this server.").arg(missing)),
        5000);
    // DWP is untouched by REST's refusal: the crons keep arriving.
    const int before = timesFired(QStringLiteral("cleanup"));
    QVERIFY2(advanceUntilFired(QStringLiteral("cleanup"), before + 1), "cron.fired still arrives over DWP");
    // And the error goes once an entry opens.
    typeIdAndOpen(m_cleanupId);
    QTRY_COMPARE_WITH_TIMEOUT(field("cronIdValue"), m_cleanupId, 5000);
    QVERIFY(error->text().isEmpty());
}

void TestCronsPage::ctrlKOpensACronOnTheCronsPage()
{
    QVERIFY2(start(testsupport::DevServerFixture::defaultConfig()), JobActionsWindow::readiness());
    guitest::pressShortcut(m_monitor->window.get(), Qt::Key_2, Qt::ControlModifier); // elsewhere first
    QVERIFY(!onScreen(page()));
    guitest::pressShortcut(m_monitor->window.get(), Qt::Key_K, Qt::ControlModifier);
    auto* dialog = guitest::openDialog<OpenByIdDialog>(m_monitor->window.get());
    QVERIFY2(dialog, "Ctrl+K opened the dialog");
    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("idEdit"));
    QTest::keyClicks(edit, m_reportId);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(onScreen(page()));
    QTRY_COMPARE_WITH_TIMEOUT(field("cronIdValue"), m_reportId, 5000);
    QCOMPARE(field("cronSchedule"), QStringLiteral("every 15 seconds (@every 15s)"));
}

void TestCronsPage::theJobACronEnqueuedOpensOnTheJobsPage()
{
    QVERIFY2(start(testsupport::DevServerFixture::defaultConfig()), JobActionsWindow::readiness());
    QVERIFY(advanceUntilFired(QStringLiteral("cleanup"), 1));
    const CronsModel& model = m_monitor->session().crons();
    const QString jobId =
        model.index(model.rowOfName(QStringLiteral("cleanup")), 0).data(CronsModel::LastJobIdRole).toString();
    QVERIFY(jobId.startsWith(u"job_"));
    clickSeenRow(QStringLiteral("cleanup"), CronsModel::LastJobColumn);
    QTRY_VERIFY(onScreen(m_monitor->window->jobsPage()));
    QTRY_COMPARE(m_monitor->window->jobsPage()->detailPanel()->jobId(), jobId);
}

void TestCronsPage::theServersListWhereItCanList()
{
    auto config = testsupport::DevServerFixture::defaultConfig();
    config.restListRoutes = true; // --rest-lists
    QVERIFY2(start(config), JobActionsWindow::readiness());
    QTRY_VERIFY(page()->serverGroup()->isVisible());
    // The first page is asked for, with no click, once detection found that the server lists. Whether the
    // two crons added after the connection made it into that page depends on timing; Refresh reads them.
    auto* status = page()->findChild<QLabel*>(QStringLiteral("serverCronsStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text() == QStringLiteral("Entries 1 to 2.") ||
                                 status->text() == QStringLiteral("The server has no cron entries."),
                             5000);
    QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("refreshCronsButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Entries 1 to 2."), 5000); // "Asking" before
    QCOMPARE(page()->serverTable()->model()->rowCount(), 2);
    QVERIFY(!page()->restNote()->isVisible());
    QTableView* table = page()->serverTable();
    const QModelIndex second = table->model()->index(1, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(second).center());
    QTRY_COMPARE_WITH_TIMEOUT(field("cronIdValue"), m_reportId, 5000);
    // Listing taught the seen crons their ids: once it fires, its row opens it.
    QVERIFY(advanceUntilFired(QStringLiteral("cleanup"), 1));
    QCOMPARE(m_monitor->session().crons().cronIdOf(QStringLiteral("cleanup")), m_cleanupId);
    // Refresh reads the list again: a cron removed on the server leaves it.
    QVERIFY(m_monitor->server().engine().crons().remove(m_cleanupId));
    QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("refreshCronsButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page()->serverTable()->model()->rowCount(), 1, 5000);
}

void TestCronsPage::withoutRestThePageSaysSoAndCronsStillCount()
{
    // The default: REST that cannot list, as on the real server.
    QVERIFY2(start(testsupport::DevServerFixture::defaultConfig()), JobActionsWindow::readiness());
    QTRY_VERIFY(page()->restNote()->isVisible());
    QVERIFY2(page()->restNote()->text().contains(u"cannot list jobs, workflow runs, dead letters or crons"),
             qPrintable(page()->restNote()->text()));
    QVERIFY(!page()->serverGroup()->isVisible());

    auto config = testsupport::DevServerFixture::defaultConfig();
    config.restBasePath.clear(); // --no-rest
    QVERIFY2(start(config), JobActionsWindow::readiness());
    QTRY_VERIFY(page()->restNote()->isVisible());
    QVERIFY2(page()->restNote()->text().startsWith(u"This server has no admin API at "),
             qPrintable(page()->restNote()->text()));
    QVERIFY(!page()->serverGroup()->isVisible());
    guitest::retype(page()->idField(), m_cleanupId);
    QVERIFY(!page()->findChild<QPushButton*>(QStringLiteral("openCronButton"))->isEnabled());
    // The crons seen firing come over DWP and are there all the same.
    QVERIFY2(advanceUntilFired(QStringLiteral("cleanup"), 2), "cron.fired counted without REST");
}

QTEST_MAIN(TestCronsPage)
#include "tst_crons_page.moc"
