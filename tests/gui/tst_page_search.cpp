// SPDX-License-Identifier: MIT
// View → Search This Page (issue 20 item 15): Ctrl+F puts the cursor in the search field of the page on
// screen with its text selected, so typing replaces the last search; on pages without a search the action is
// off.
#include "GuiTestSupport.h"
#include "gui/controllers/MonitorController.h"
#include "gui/pages/EventsPage.h"
#include "gui/pages/JobsPage.h"
#include "gui/pages/WorkflowsPage.h"
#include "gui/window/MainWindow.h"

#include <QAction>
#include <QLineEdit>
#include <QTest>

using dispatch::MainWindow;
using dispatch::MonitorController;

class TestPageSearch : public QObject
{
    Q_OBJECT

private slots:
    void ctrlFFocusesTheSearchOfThePageOnScreen_data();
    void ctrlFFocusesTheSearchOfThePageOnScreen();
    void pagesWithoutASearchTurnTheActionOff();
};

void TestPageSearch::ctrlFFocusesTheSearchOfThePageOnScreen_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("jobs") << int(MonitorController::JobsPageIndex);
    QTest::newRow("workflows") << int(MonitorController::WorkflowsPageIndex);
    QTest::newRow("events") << int(MonitorController::EventsPageIndex);
}

void TestPageSearch::ctrlFFocusesTheSearchOfThePageOnScreen()
{
    QFETCH(int, page);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(page);
    QLineEdit* field = page == MonitorController::JobsPageIndex        ? window.jobsPage()->searchField()
                       : page == MonitorController::WorkflowsPageIndex ? window.workflowsPage()->searchField()
                                                                       : window.eventsPage()->searchField();
    QVERIFY(field);
    field->setText(QStringLiteral("last search"));
    window.jobsPage()->table()->setFocus(); // somewhere else, as after reading the list
    QVERIFY(!field->hasFocus());

    guitest::pressShortcut(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY2_WITH_TIMEOUT(field->hasFocus(), "the page's search field to take the focus", 2000);
    QCOMPARE(field->selectedText(), QStringLiteral("last search"));
    QTest::keyClicks(field, QStringLiteral("payment"));
    QCOMPARE(field->text(), QStringLiteral("payment")); // typing replaced the old search
}

void TestPageSearch::pagesWithoutASearchTurnTheActionOff()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* search = window.findChild<QAction*>(QStringLiteral("searchPageAction"));
    QVERIFY(search);
    window.setCurrentPage(MonitorController::JobsPageIndex);
    QVERIFY(search->isEnabled()); // the control: on a page with a search it is on
    for (int page : {int(MonitorController::OverviewPageIndex), int(MonitorController::StatsPageIndex)}) {
        window.setCurrentPage(page);
        QVERIFY2(!search->isEnabled(), qPrintable(QStringLiteral("page %1").arg(page)));
    }
}

QTEST_MAIN(TestPageSearch)
#include "tst_page_search.moc"
