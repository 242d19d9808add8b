// SPDX-License-Identifier: MIT
// CachedTextDelegate draws a cell's text from laid-out lines kept between paints (StaticTextCache). It must
// look as the style's own item text does — same place, same elision, same colours — and its cache must stay
// bounded while millions of distinct ids pass.
#include "gui/views/CachedTextDelegate.h"
#include "gui/views/StaticTextCache.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

using dispatch::CachedTextDelegate;
using dispatch::StaticTextCache;

namespace {

struct Ink
{
    QRect box;      // the pixels that differ from the cell's background
    QColor darkest; // the colour farthest from the background, i.e. the text's
};

Ink inkIn(const QImage& image, const QRect& cell)
{
    const QColor background = image.pixelColor(cell.left() + 1, cell.top() + 1);
    Ink ink;
    int farthest = 0;
    for (int y = cell.top() + 1; y < cell.bottom(); ++y) {
        for (int x = cell.left() + 1; x < cell.right(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            const int distance = qAbs(colour.red() - background.red()) +
                                 qAbs(colour.green() - background.green()) +
                                 qAbs(colour.blue() - background.blue());
            if (distance < 60)
                continue;
            ink.box |= QRect(x, y, 1, 1);
            if (distance > farthest) {
                farthest = distance;
                ink.darkest = colour;
            }
        }
    }
    return ink;
}

} // namespace

class TestCachedTextDelegate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void drawsTheTextWhereTheStyleDoes();
    void aLineIsLaidOutOnceAndTheCacheStaysBounded();
    void wrappedTextIsLeftToTheStyle();

private:
    QImage render(QAbstractItemDelegate* delegate);

    QStandardItemModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};

void TestCachedTextDelegate::init()
{
    m_model = new QStandardItemModel(4, 2);
    m_model->setItem(0, 0, new QStandardItem(QStringLiteral("run_01HXYZ7Q3K8M2N4P6R8T0V2W4Y")));
    m_model->setItem(0, 1, new QStandardItem(QStringLiteral("send-invoice")));
    m_model->setItem(1, 0, new QStandardItem(QStringLiteral("smtp: connection refused by mail.example.com")));
    m_model->setItem(1, 1, new QStandardItem(QStringLiteral("äöü ß — café")));
    auto* right = new QStandardItem(QStringLiteral("1 234"));
    right->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_model->setItem(2, 0, right);
    auto* coloured = new QStandardItem(QStringLiteral("failed"));
    coloured->setForeground(QColor(0xc0, 0x10, 0x10));
    m_model->setItem(2, 1, coloured);
    m_model->setItem(3, 0, new QStandardItem(QStringLiteral("selected row")));
    m_model->setItem(3, 1, new QStandardItem(QStringLiteral("x")));
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->setColumnWidth(0, 140); // narrower than rows 0 and 1: they elide
    m_view->setColumnWidth(1, 120);
    m_view->resize(300, 200);
    m_view->selectRow(3);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestCachedTextDelegate::cleanup()
{
    delete m_view;
    delete m_model;
}

QImage TestCachedTextDelegate::render(QAbstractItemDelegate* delegate)
{
    QAbstractItemDelegate* old = m_view->itemDelegate();
    m_view->setItemDelegate(delegate);
    QImage image = m_view->viewport()->grab().toImage();
    m_view->setItemDelegate(old);
    return image;
}

void TestCachedTextDelegate::drawsTheTextWhereTheStyleDoes()
{
    QStyledItemDelegate styleDraws;
    CachedTextDelegate cached;
    const QImage expected = render(&styleDraws);
    const QImage actual = render(&cached);
    QVERIFY2(cached.cachedLines() > 0, "the cached delegate drew nothing from its cache");
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QRect cell = m_view->visualRect(m_model->index(row, column));
            const Ink want = inkIn(expected, cell);
            const Ink got = inkIn(actual, cell);
            const QString where = QStringLiteral("row %1, column %2 (%3)")
                                      .arg(row)
                                      .arg(column)
                                      .arg(m_model->index(row, column).data().toString());
            // The control: the style's own drawing put text there; otherwise nothing is compared.
            QVERIFY2(!want.box.isEmpty(), qPrintable(where + QStringLiteral(": the style drew no text")));
            QVERIFY2(!got.box.isEmpty(), qPrintable(where + QStringLiteral(": no text drawn")));
            // Antialiasing may move an edge by a pixel; a misplaced or unelided text moves it by more.
            const auto near = [](int a, int b) { return qAbs(a - b) <= 1; };
            QVERIFY2(near(want.box.left(), got.box.left()) && near(want.box.right(), got.box.right()) &&
                         near(want.box.top(), got.box.top()) && near(want.box.bottom(), got.box.bottom()),
                     qPrintable(QStringLiteral("%1: text at (%2,%3 %4×%5), the style's at (%6,%7 %8×%9)")
                                    .arg(where)
                                    .arg(got.box.x())
                                    .arg(got.box.y())
                                    .arg(got.box.width())
                                    .arg(got.box.height())
                                    .arg(want.box.x())
                                    .arg(want.box.y())
                                    .arg(want.box.width())
                                    .arg(want.box.height())));
            const int colourDistance = qAbs(want.darkest.red() - got.darkest.red()) +
                                       qAbs(want.darkest.green() - got.darkest.green()) +
                                       qAbs(want.darkest.blue() - got.darkest.blue());
            QVERIFY2(colourDistance < 60,
                     qPrintable(QStringLiteral("%1: text colour %2, the style's %3")
                                    .arg(where, got.darkest.name(), want.darkest.name())));
        }
    }
}

void TestCachedTextDelegate::aLineIsLaidOutOnceAndTheCacheStaysBounded()
{
    StaticTextCache cache;
    const QFont font = QApplication::font();
    const QStaticText* first = &cache.line(QStringLiteral("run_1"), font, 100, Qt::ElideMiddle);
    QCOMPARE(&cache.line(QStringLiteral("run_1"), font, 100, Qt::ElideMiddle), first);
    QCOMPARE(cache.size(), 1);
    // Another width, font or elision is another line.
    cache.line(QStringLiteral("run_1"), font, 30, Qt::ElideMiddle);
    QFont italic = font;
    italic.setItalic(true);
    cache.line(QStringLiteral("run_1"), italic, 100, Qt::ElideMiddle);
    QCOMPARE(cache.size(), 3);
    // An elided line is shorter than the whole, within its width.
    const QString longText(200, QLatin1Char('m'));
    QVERIFY(cache.line(longText, font, 80, Qt::ElideRight).size().width() <= 80);
    QVERIFY(cache.line(longText, font, 0, Qt::ElideNone).size().width() > 80);
    // The bound: it fills up to kLines (the control that lines are kept) and never past it.
    for (int i = 0; cache.size() < StaticTextCache::kLines; ++i)
        cache.line(QStringLiteral("run_%1").arg(i + 2), font, 100, Qt::ElideMiddle);
    QCOMPARE(cache.size(), StaticTextCache::kLines);
    for (int i = 0; i < 3 * StaticTextCache::kLines; ++i) {
        cache.line(QStringLiteral("job_%1").arg(i), font, 100, Qt::ElideMiddle);
        QVERIFY2(cache.size() <= StaticTextCache::kLines, qPrintable(QString::number(cache.size())));
    }
}

void TestCachedTextDelegate::wrappedTextIsLeftToTheStyle()
{
    m_model->setItem(0, 1, new QStandardItem(QStringLiteral("first line\nsecond line")));
    m_view->setRowHeight(0, 60);
    CachedTextDelegate cached;
    render(&cached);
    const int linesWithBreak = cached.cachedLines();
    // The control: the other cells were drawn from the cache; the two-line one was not put into it.
    QVERIFY(linesWithBreak > 0);
    m_model->setItem(0, 1, new QStandardItem(QStringLiteral("one line")));
    CachedTextDelegate again;
    render(&again);
    QCOMPARE(again.cachedLines(), linesWithBreak + 1);
}

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cached_text_delegate.moc"
