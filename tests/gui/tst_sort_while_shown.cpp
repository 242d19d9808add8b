// SPDX-License-Identifier: MIT
// SortWhileShown: a sorted list behind another tab takes new rows unsorted at the end, and sorts (and filters
// the rows that changed) when its tab is chosen again, keeping the current row. Tabs are chosen by clicking
// the tab bar.
#include "gui/views/SortWhileShown.h"

#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace dispatch;

namespace {

constexpr int kWaitMs = 5000;

// Numbers as rows of one column; the proxy shows them largest first and hides the negative ones.
class NumberProxy : public QSortFilterProxyModel
{
public:
    NumberProxy()
    {
        setSortRole(Qt::UserRole);
        setFilterRole(Qt::UserRole);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        return sourceModel()->index(sourceRow, 0, sourceParent).data(Qt::UserRole).toInt() >= 0;
    }
};

QStandardItem* number(int value)
{
    auto* item = new QStandardItem(QString::number(value));
    item->setData(value, Qt::UserRole);
    return item;
}

QList<int> shown(const QAbstractItemModel& proxy)
{
    QList<int> values;
    for (int row = 0; row < proxy.rowCount(); ++row)
        values.append(proxy.index(row, 0).data(Qt::UserRole).toInt());
    return values;
}

void clickTab(QTabWidget& tabs, int index)
{
    QTabBar* bar = tabs.tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QTRY_VERIFY2_WITH_TIMEOUT(tabs.currentIndex() == index, "waiting for the clicked tab to be current",
                              kWaitMs);
}

// Numbers in a sorted proxy, largest first, shown in a table on the first of two tabs: as on the pages, the
// table inside the tab's page, inside a splitter.
struct ListInTabs
{
    explicit ListInTabs(std::initializer_list<int> values)
    {
        for (const int value : values)
            source.appendRow(number(value));
        proxy.setSourceModel(&source);
        proxy.sort(0, Qt::DescendingOrder);
        auto* page = new QWidget;
        auto* splitter = new QSplitter(page);
        table = new QTableView(splitter);
        splitter->addWidget(table);
        splitter->addWidget(new QWidget(splitter));
        (new QVBoxLayout(page))->addWidget(splitter);
        table->setModel(&proxy);
        tabs.addTab(page, QStringLiteral("List"));
        tabs.addTab(new QWidget, QStringLiteral("Other"));
        tabs.resize(400, 300);
    }

    bool show()
    {
        tabs.show();
        return QTest::qWaitForWindowExposed(&tabs);
    }

    QStandardItemModel source;
    NumberProxy proxy;
    QTabWidget tabs;
    QTableView* table = nullptr;
};

} // namespace

class TestSortWhileShown : public QObject
{
    Q_OBJECT

private slots:
    void aHiddenListTakesRowsUnsortedAndSortsWhenShown();
    void aProxySomeoneElseFroze();
    void withoutAFilterShowingOnlySorts();
};

void TestSortWhileShown::aHiddenListTakesRowsUnsortedAndSortsWhenShown()
{
    ListInTabs list{10, 30, 20};
    QStandardItemModel& source = list.source;
    NumberProxy& proxy = list.proxy;
    QTabWidget& tabs = list.tabs;
    QTableView* table = list.table;
    auto* sorting = new SortWhileShown(table, &proxy);
    QVERIFY(list.show());

    // Positive control: shown, a new row goes into place.
    source.appendRow(number(25));
    QCOMPARE(shown(proxy), (QList<int>{30, 25, 20, 10}));
    QVERIFY(!sorting->isPaused());
    table->setCurrentIndex(proxy.index(2, 0)); // 20

    clickTab(tabs, 1);
    QVERIFY(sorting->isPaused());
    QVERIFY(!proxy.dynamicSortFilter());
    // Hidden: new rows are filtered as they come, but wait at the end unsorted; a changed row is not
    // filtered again yet.
    source.appendRow(number(40));
    source.appendRow(number(-5));
    source.appendRow(number(15));
    source.item(0)->setData(-10, Qt::UserRole); // 10 now fails the filter
    QCOMPARE(shown(proxy), (QList<int>{30, 25, 20, -10, 40, 15}));

    clickTab(tabs, 0);
    QVERIFY(!sorting->isPaused());
    QVERIFY(proxy.dynamicSortFilter());
    QCOMPARE(shown(proxy), (QList<int>{40, 30, 25, 20, 15}));
    QCOMPARE(table->currentIndex().data(Qt::UserRole).toInt(), 20); // the current row stayed with its item

    // Live again: a change re-sorts at once.
    source.item(3)->setData(50, Qt::UserRole); // 25 becomes 50
    QCOMPARE(shown(proxy), (QList<int>{50, 40, 30, 20, 15}));
}

// A proxy whose dynamic sorting was turned off on purpose stays as it was set, hidden or shown.
void TestSortWhileShown::aProxySomeoneElseFroze()
{
    ListInTabs list{1, 3, 2};
    list.proxy.setDynamicSortFilter(false);
    auto* sorting = new SortWhileShown(list.table, &list.proxy);
    QVERIFY(list.show());
    clickTab(list.tabs, 1);
    QVERIFY(!sorting->isPaused());
    clickTab(list.tabs, 0);
    QVERIFY(!list.proxy.dynamicSortFilter());
    list.source.appendRow(number(5));
    QCOMPARE(shown(list.proxy).last(), 5);
}

// When the page says its proxy filters nothing, a row changed while hidden is sorted into place on show but
// not filtered again (what the filter would say is moot); the test's proxy still filters, which shows that.
void TestSortWhileShown::withoutAFilterShowingOnlySorts()
{
    ListInTabs list{10, 30, 20};
    int asked = 0;
    new SortWhileShown(list.table, &list.proxy, [&asked] {
        ++asked;
        return false;
    });
    QVERIFY(list.show());
    clickTab(list.tabs, 1);
    list.source.item(0)->setData(-10, Qt::UserRole);
    list.source.appendRow(number(40));
    clickTab(list.tabs, 0);
    QCOMPARE(asked, 1);
    QCOMPARE(shown(list.proxy), (QList<int>{40, 30, 20, -10}));
}

QTEST_MAIN(TestSortWhileShown)
#include "tst_sort_while_shown.moc"
