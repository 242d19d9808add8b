// SPDX-License-Identifier: MIT
// The keyboard as an on-call operator uses it (issue 20 item 15): F1 lists every shortcut, read from the
// window's own menus; Help → About opens without blocking the window; F5 asks the server again for the job
// selected on the page on screen (and nothing on a page without a selection); Ctrl+Enter sends a dialog
// from inside its JSON editor, but only when Send is enabled.
#include "JobActionsWindow.h"
#include "gui/controllers/MonitorController.h"
#include "gui/dialogs/EnqueueJobDialog.h"
#include "gui/dialogs/ShortcutsDialog.h"
#include "gui/json/JsonEditor.h"
#include "gui/pages/DeadLettersPage.h"
#include "gui/window/HelpMenu.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace dispatch;

namespace {

int g_enqueued = 0;

QCoro::Task<QString> countEnqueue(JobDraft)
{
    ++g_enqueued;
    co_return QStringLiteral("job_01h2xcejqtf2nbrexx3vqjhp41");
}

QString native(const QKeySequence& keys)
{
    return keys.toString(QKeySequence::NativeText);
}

} // namespace

class TestKeyboardShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void f1ListsTheShortcutsOfTheMenus();
    void aboutOpensWithoutBlocking();
    void f5AsksAgainForTheSelectedJob();
    void ctrlEnterSendsOnlyWhatCanBeSent();
};

void TestKeyboardShortcuts::f1ListsTheShortcutsOfTheMenus()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    guitest::pressShortcut(&window, Qt::Key_F1, {});
    QTRY_VERIFY2_WITH_TIMEOUT(window.helpMenu()->shortcutsDialog() &&
                                  window.helpMenu()->shortcutsDialog()->isVisible(),
                              "the shortcuts dialog after F1", 2000);
    ShortcutsDialog* dialog = window.helpMenu()->shortcutsDialog();
    QVERIFY(!dialog->isModal() || dialog->windowModality() == Qt::WindowModal); // open(), never exec()
    // Read from the menus, so every menu shortcut is there under its menu's words.
    QCOMPARE(dialog->keysFor(QStringLiteral("Reconnect Now")), native(QKeySequence(Qt::CTRL | Qt::Key_R)));
    QCOMPARE(dialog->keysFor(QStringLiteral("Search This Page")), native(QKeySequence::Find));
    QCOMPARE(dialog->keysFor(QStringLiteral("Refresh")), native(QKeySequence::Refresh));
    QCOMPARE(dialog->keysFor(QStringLiteral("Keyboard Shortcuts")), native(QKeySequence::HelpContents));
    QCOMPARE(dialog->keysFor(QStringLiteral("Send")), native(QKeySequence(Qt::CTRL | Qt::Key_Return)));
    int menuShortcuts = 0;
    for (const QAction* menu : window.menuBar()->actions())
        for (const QAction* action : menu->menu()->actions())
            menuShortcuts += action->shortcut().isEmpty() ? 0 : 1;
    QVERIFY(menuShortcuts >= 10);
    QVERIFY2(dialog->table()->rowCount() > menuShortcuts, "the menu shortcuts and the keys no menu names");
    // A new action shows up the next time, without anyone updating a list.
    QMenu* extra = window.menuBar()->addMenu(QStringLiteral("Extra"));
    extra->addAction(QStringLiteral("Brand New"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    dialog->close();
    window.helpMenu()->showShortcuts();
    QTRY_VERIFY(window.helpMenu()->shortcutsDialog());
    QCOMPARE(window.helpMenu()->shortcutsDialog()->keysFor(QStringLiteral("Brand New")),
             native(QKeySequence(Qt::CTRL | Qt::Key_J)));
}

void TestKeyboardShortcuts::aboutOpensWithoutBlocking()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    // trigger() returned: no nested event loop held it.
    QMessageBox* about = window.helpMenu()->aboutBox();
    QVERIFY(about);
    QTRY_VERIFY(about->isVisible());
    QVERIFY2(about->text().contains(QCoreApplication::applicationVersion()), qPrintable(about->text()));
    QVERIFY2(about->informativeText().contains(QString::fromLatin1(qVersion())),
             qPrintable(about->informativeText()));
    window.findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    QCOMPARE(window.findChildren<QMessageBox*>(QStringLiteral("aboutBox")).size(), 1); // raised, not doubled
    about->close();
}

void TestKeyboardShortcuts::f5AsksAgainForTheSelectedJob()
{
    guitest::JobActionsWindow monitor(testsupport::DevServerFixture::defaultConfig());
    QVERIFY2(monitor.ok(), guitest::JobActionsWindow::readiness());
    const QString jobId = monitor.parkedJob();
    QVERIFY(!jobId.isEmpty());
    monitor.clickJob(jobId);
    QSignalSpy fetched(&monitor.session(), &MonitorSession::jobDetailsChanged);
    QTRY_VERIFY2_WITH_TIMEOUT(fetched.size() >= 1, "the details of the clicked job", 5000);

    // On the Events page there is no selected job: F5 asks nothing ...
    guitest::pressShortcut(monitor.window.get(), Qt::Key_4, Qt::ControlModifier);
    fetched.clear();
    guitest::pressShortcut(monitor.window.get(), Qt::Key_F5, {});
    QTest::qWait(300);
    QCOMPARE(fetched.size(), 0);
    // ... and on the Jobs page, in the same window, it asks for the selected job again.
    guitest::pressShortcut(monitor.window.get(), Qt::Key_2, Qt::ControlModifier);
    guitest::pressShortcut(monitor.window.get(), Qt::Key_F5, {});
    QTRY_VERIFY2_WITH_TIMEOUT(fetched.size() == 1, "job.get for the selected job after F5", 5000);
    QCOMPARE(fetched.first().first().toString(), jobId);
    // On the Dead letters page F5 is the page's own Refresh.
    guitest::pressShortcut(monitor.window.get(), Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(monitor.window->currentPage(), int(MonitorController::DeadLettersPageIndex));
    QSignalSpy deadLetters(monitor.window->deadLettersPage(), &DeadLettersPage::refreshRequested);
    guitest::pressShortcut(monitor.window.get(), Qt::Key_F5, {});
    QCOMPARE(deadLetters.size(), 1);
}

void TestKeyboardShortcuts::ctrlEnterSendsOnlyWhatCanBeSent()
{
    g_enqueued = 0;
    EnqueueJobDialog dialog(countEnqueue);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    auto* payload = dialog.findChild<JsonEditor*>(QStringLiteral("payloadEditor"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("send-email"));
    payload->setFocus();
    QTest::keyClick(payload, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(payload, QStringLiteral("{\"to\": "));
    QTest::keyClick(payload, Qt::Key_Return, Qt::ControlModifier); // invalid JSON: Send is off
    QTest::qWait(100);
    QCOMPARE(g_enqueued, 0);
    QVERIFY(!payload->toPlainText().contains(QLatin1Char('\n'))); // nor was a line break typed
    QTest::keyClicks(payload, QStringLiteral("\"ops\"}"));
    QTest::keyClick(payload, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(g_enqueued, 1, 2000);
}

QTEST_MAIN(TestKeyboardShortcuts)
#include "tst_keyboard_shortcuts.moc"
