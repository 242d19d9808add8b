// SPDX-License-Identifier: MIT
#include "gui/gantt/GanttBarReader.h"
#include "gui/gantt/TimelineGanttView.h"
#include "gui/views/StateStyle.h"

#include <QApplication>
#include <QIdentityProxyModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

using dispatch::TimelineGanttView;

namespace {

const QDateTime kRunStart = QDateTime(QDate(2026, 11, 22), QTime(10, 30, 0), Qt::UTC);

QList<QStandardItem*> step(const QString& name, qint64 startMs, qint64 endMs, const QString& state)
{
    auto* start = new QStandardItem;
    start->setData(kRunStart.addMSecs(startMs), Qt::EditRole);
    auto* end = new QStandardItem;
    if (endMs >= 0)
        end->setData(kRunStart.addMSecs(endMs), Qt::EditRole);
    auto* stateItem = new QStandardItem;
    stateItem->setData(state, Qt::EditRole);
    return {new QStandardItem(name), start, end, stateItem};
}

// Counts what the chart reads from the model.
class CountingModel : public QIdentityProxyModel
{
public:
    mutable int reads = 0;
    QVariant data(const QModelIndex& index, int role) const override
    {
        ++reads;
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

class TestTimelineGanttView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void barsAreProportionalToDurations();
    void waitingStepGrowsUntilNowAndIsHatched();
    void failedStepIsRed();
    void keyboardZoomAndFit();
    void controlWheelZoomsAroundThePointer();
    void clickingARowSelectsIt();
    void followsModelChanges();
    void aHiddenChartReadsItsBarsWhenShownOrAsked();
    void aShownChartReadsOnlyTheRowsThatChanged();
    void aHoleIsAHatchedBandWithItsReason();
    void aHoleAfterTheLastStepWidensTheChart();

private:
    QStandardItemModel* m_model = nullptr;
    TimelineGanttView* m_view = nullptr;
    QDateTime m_now;
};

void TestTimelineGanttView::init()
{
    m_model = new QStandardItemModel(0, 4, this);
    m_model->appendRow(step(QStringLiteral("reserve-stock"), 0, 2000, QStringLiteral("completed")));
    m_model->appendRow(step(QStringLiteral("charge-card"), 2000, 3000, QStringLiteral("failed")));
    m_model->appendRow(step(QStringLiteral("wait:payment-received"), 3000, -1, QStringLiteral("waiting")));
    m_now = kRunStart.addMSecs(6000);
    m_view = new TimelineGanttView;
    m_view->setClock([this] { return m_now; });
    m_view->setModel(m_model);
    m_view->resize(800, 240);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestTimelineGanttView::cleanup()
{
    delete m_view;
    delete m_model;
}

void TestTimelineGanttView::barsAreProportionalToDurations()
{
    const QRect first = m_view->barRect(0);
    const QRect second = m_view->barRect(1);
    QVERIFY(!first.isEmpty());
    // 2 s and 1 s: twice as wide, give or take rounding.
    QVERIFY2(qAbs(first.width() - 2 * second.width()) <= 3,
             qPrintable(QStringLiteral("%1 vs %2").arg(first.width()).arg(second.width())));
    QVERIFY(second.left() >= first.right() - 1);
    // Fitting: the whole run, to "now", is on screen.
    QVERIFY(m_view->isFitting());
    QVERIFY(m_view->barRect(2).right() < m_view->viewport()->width());
}

void TestTimelineGanttView::waitingStepGrowsUntilNowAndIsHatched()
{
    const QList<dispatch::GanttBar> bars = m_view->bars();
    QVERIFY(bars[2].open);
    QCOMPARE(bars[2].durationMs().value_or(-1), 3000);
    m_view->fitToView();
    m_now = m_now.addMSecs(3000);
    m_view->setClock([this] { return m_now; });
    QCOMPARE(m_view->bars()[2].durationMs().value_or(-1), 6000);
    // The scale refits to the longer run, so compare against the finished bar rather than pixels.
    const double ratio = double(m_view->barRect(2).width()) / double(m_view->barRect(1).width());
    QVERIFY2(ratio > 5.5 && ratio < 6.5, qPrintable(QString::number(ratio)));
    // Hatched: more than one colour inside the bar.
    const QImage image = m_view->viewport()->grab().toImage();
    const QRect bar = m_view->barRect(2).adjusted(3, 3, -3, -3);
    QSet<QRgb> colours;
    for (int x = bar.left(); x < bar.right(); ++x)
        colours.insert(image.pixel(QPoint(x, bar.center().y()) * image.devicePixelRatio()));
    QVERIFY(colours.size() >= 2);
}

void TestTimelineGanttView::failedStepIsRed()
{
    const QImage image = m_view->viewport()->grab().toImage();
    const QColor colour = image.pixelColor(m_view->barRect(1).center() * image.devicePixelRatio());
    QVERIFY2(colour.red() > colour.green() + 40 && colour.red() > colour.blue() + 40,
             qPrintable(colour.name()));
    const QColor done = image.pixelColor(m_view->barRect(0).center() * image.devicePixelRatio());
    QVERIFY2(done.green() > done.red(), qPrintable(done.name()));
}

void TestTimelineGanttView::keyboardZoomAndFit()
{
    QSignalSpy zoom(m_view, &TimelineGanttView::zoomChanged);
    const double fitted = m_view->pixelsPerSecond();
    const int width = m_view->barRect(0).width();
    QTest::keyClick(m_view, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(zoom.size(), 1);
    QVERIFY(!m_view->isFitting());
    QVERIFY(qAbs(m_view->pixelsPerSecond() - fitted * 1.5) < 1e-6);
    QVERIFY(m_view->barRect(0).width() > width);
    QTest::keyClick(m_view, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_view, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(m_view->pixelsPerSecond() < fitted);
    QTest::keyClick(m_view, Qt::Key_0, Qt::ControlModifier);
    QVERIFY(m_view->isFitting());
    QVERIFY(qAbs(m_view->pixelsPerSecond() - fitted) < 1e-6);
}

void TestTimelineGanttView::controlWheelZoomsAroundThePointer()
{
    // QTest has no wheel helper in Qt 6.4; a wheel event through the event system is the same input.
    const QRect bar = m_view->barRect(1);
    const QPointF at(bar.left(), bar.center().y());
    QWheelEvent wheel(at, m_view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    const double before = m_view->pixelsPerSecond();
    QApplication::sendEvent(m_view->viewport(), &wheel);
    QVERIFY(m_view->pixelsPerSecond() > before);
    // The instant under the pointer (the start of charge-card) stays under it.
    QVERIFY2(qAbs(m_view->barRect(1).left() - bar.left()) <= 2,
             qPrintable(QStringLiteral("%1 -> %2").arg(bar.left()).arg(m_view->barRect(1).left())));
    // Without Ctrl the wheel scrolls instead.
    QWheelEvent plain(at, m_view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    const double zoomed = m_view->pixelsPerSecond();
    QApplication::sendEvent(m_view->viewport(), &plain);
    QCOMPARE(m_view->pixelsPerSecond(), zoomed);
}

void TestTimelineGanttView::clickingARowSelectsIt()
{
    QSignalSpy current(m_view, &TimelineGanttView::currentRowChanged);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->barRect(1).center());
    QCOMPARE(m_view->currentRow(), 1);
    QCOMPARE(current.size(), 1);
    QTest::keyClick(m_view, Qt::Key_Down);
    QCOMPARE(m_view->currentRow(), 2);
}

void TestTimelineGanttView::followsModelChanges()
{
    // The waiting step ends and a new one starts: the view reads the model again.
    m_model->item(2, 2)->setData(kRunStart.addMSecs(5000), Qt::EditRole);
    m_model->item(2, 3)->setData(QStringLiteral("completed"), Qt::EditRole);
    m_model->appendRow(step(QStringLiteral("ship"), 5000, 5500, QStringLiteral("completed")));
    const QList<dispatch::GanttBar> bars = m_view->bars();
    QCOMPARE(bars.size(), 4);
    QVERIFY(!bars[2].open);
    QCOMPARE(bars[3].label, QStringLiteral("ship"));
    QVERIFY(!m_view->barRect(3).isEmpty());
}

// A hidden chart does not read the model on every change (a run followed from another page changes many
// times a second); it reads it when shown again, or when asked for its bars.
void TestTimelineGanttView::aHiddenChartReadsItsBarsWhenShownOrAsked()
{
    CountingModel counting;
    counting.setSourceModel(m_model);
    m_view->setModel(&counting);
    counting.reads = 0;
    m_model->appendRow(step(QStringLiteral("ship"), 5000, 5500, QStringLiteral("completed")));
    QVERIFY2(counting.reads > 0, "a shown chart reads a change at once");

    m_view->hide();
    counting.reads = 0;
    for (int i = 0; i < 10; ++i)
        m_model->appendRow(
            step(QStringLiteral("late-%1").arg(i), 6000 + i, 6001 + i, QStringLiteral("completed")));
    QCOMPARE(counting.reads, 0);

    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QVERIFY(counting.reads > 0);
    QCOMPARE(m_view->bars().size(), m_model->rowCount());
    QCOMPARE(m_view->bars().last().label, QStringLiteral("late-9"));

    m_view->hide();
    m_model->appendRow(step(QStringLiteral("later"), 7000, 7100, QStringLiteral("completed")));
    const QList<dispatch::GanttBar> asked = m_view->bars();
    QCOMPARE(asked.size(), m_model->rowCount());
    QCOMPARE(asked.last().label, QStringLiteral("later"));
    m_view->setModel(m_model); // `counting` goes first
}

// A live run changes a step or two at a time; a shown chart reads those rows, not all of them (a run of
// 2 000 steps read whole on each change was 6 % of the GUI thread at 50 000 events/s), and what it shows
// stays what a whole read would show through inserts, changes and removals anywhere.
void TestTimelineGanttView::aShownChartReadsOnlyTheRowsThatChanged()
{
    for (int i = 0; i < 2000; ++i)
        m_model->appendRow(step(QStringLiteral("step-%1").arg(i), 6000 + i, i % 7 == 0 ? -1 : 6500 + i,
                                QStringLiteral("completed")));
    CountingModel counting;
    counting.setSourceModel(m_model);
    m_view->setModel(&counting);
    const int rows = m_model->rowCount();
    counting.reads = 0;
    m_model->appendRow(step(QStringLiteral("ship"), 9000, 9500, QStringLiteral("completed")));
    m_model->item(5, 3)->setData(QStringLiteral("failed"), Qt::EditRole);
    // One row inserted and one cell changed: a few fields of two rows, not the whole run.
    QVERIFY2(counting.reads > 0 && counting.reads <= 20, qPrintable(QString::number(counting.reads)));
    // The control: a reset is read whole.
    counting.reads = 0;
    m_model->sort(0);
    QVERIFY2(counting.reads >= rows, qPrintable(QString::number(counting.reads)));

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    for (int i = 0; i < 300; ++i) {
        const int row = int(random.bounded(m_model->rowCount()));
        switch (random.bounded(3)) {
        case 0:
            m_model->insertRow(row, step(QStringLiteral("new-%1").arg(i), 7000 + i,
                                         random.bounded(2) ? -1 : 7100 + i, QStringLiteral("running")));
            break;
        case 1:
            m_model->item(row, 2)->setData(kRunStart.addMSecs(9000 + i), Qt::EditRole);
            m_model->item(row, 0)->setData(QStringLiteral("renamed-%1").arg(i), Qt::EditRole);
            break;
        default:
            m_model->removeRows(row, int(random.bounded(1, 4)));
            break;
        }
    }
    const QList<dispatch::GanttBar> shown = m_view->bars();
    const QList<dispatch::GanttBar> whole =
        dispatch::GanttBarReader::read(&counting, {}, m_now.toMSecsSinceEpoch());
    QCOMPARE(shown.size(), whole.size());
    for (int row = 0; row < whole.size(); ++row) {
        const auto& a = shown.at(row);
        const auto& b = whole.at(row);
        QVERIFY2(a.label == b.label && a.state == b.state && a.startMs == b.startMs && a.endMs == b.endMs &&
                     a.open == b.open && a.hasStart == b.hasStart,
                 qPrintable(QStringLiteral("row %1: %2 %3-%4 shown, %5 %6-%7 in the model (seed %8)")
                                .arg(row)
                                .arg(a.label)
                                .arg(a.startMs)
                                .arg(a.endMs)
                                .arg(b.label)
                                .arg(b.startMs)
                                .arg(b.endMs)
                                .arg(seed)));
    }
    m_view->setModel(m_model); // `counting` goes first
}

namespace {

// Pixels of `rect` that differ between two grabs of the viewport.
int changedPixels(const QImage& before, const QImage& after, const QRect& rect)
{
    int changed = 0;
    const qreal ratio = after.devicePixelRatio();
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QPoint at = QPoint(x, y) * ratio;
            changed += before.pixel(at) != after.pixel(at) ? 1 : 0;
        }
    }
    return changed;
}

} // namespace

// A span in which steps may be missing (a hole in what the monitor heard) is a hatched band across every row
// over its time, and pointing at it says why.
void TestTimelineGanttView::aHoleIsAHatchedBandWithItsReason()
{
    const QImage before = m_view->viewport()->grab().toImage();
    const QString why =
        QStringLiteral("No events recorded 10:30:03–10:30:05: the monitor was not connected.");
    m_view->setHoles(
        {{kRunStart.addMSecs(3500).toMSecsSinceEpoch(), kRunStart.addMSecs(5000).toMSecsSinceEpoch(), why}});
    const QRect band = m_view->holeRect(0);
    QVERIFY(!band.isEmpty());
    // Placed by time as the bars are: reserve-stock's 2 s give the scale.
    const QRect first = m_view->barRect(0);
    const double perMs = double(first.right() - first.left()) / 2000.0;
    QVERIFY2(qAbs(band.left() - (first.left() + 3500 * perMs)) <= 2,
             qPrintable(QString::number(band.left())));
    QVERIFY2(qAbs(band.width() - 1500 * perMs) <= 3, qPrintable(QString::number(band.width())));
    QVERIFY(band.top() <= first.top() && band.bottom() >= m_view->barRect(2).bottom()); // across the rows

    // Hatched where it lies (reserve-stock's row, no bar there), nothing changed beside it.
    const QImage after = m_view->viewport()->grab().toImage();
    const QRect inRow(QPoint(band.left() + 2, first.top()), QPoint(band.right() - 2, first.bottom()));
    const QRect besideIt(QPoint(first.left() + int(2200 * perMs), first.top()),
                         QPoint(first.left() + int(3300 * perMs), first.bottom()));
    const int hatched = changedPixels(before, after, inRow);
    QVERIFY2(hatched * 10 >= inRow.width() * inRow.height(),
             qPrintable(QStringLiteral("%1 of %2 pixels").arg(hatched).arg(inRow.width() * inRow.height())));
    QCOMPARE(changedPixels(before, after, besideIt), 0);

    // Pointing at it: its reason; on a bar inside it, the bar's and the hole's.
    const QPoint empty(band.center().x(), first.center().y());
    QTest::mouseMove(m_view->viewport(), empty);
    QHelpEvent help(QEvent::ToolTip, empty, m_view->viewport()->mapToGlobal(empty));
    QApplication::sendEvent(m_view->viewport(), &help);
    QTRY_VERIFY2_WITH_TIMEOUT(QToolTip::isVisible(), "the hole's tooltip", 2000);
    QVERIFY2(QToolTip::text().contains(u"the monitor was not connected"), qPrintable(QToolTip::text()));
    QVERIFY(!QToolTip::text().contains(u"payment-received"));
    const QPoint onBar(band.center().x(), m_view->barRect(2).center().y());
    QTest::mouseMove(m_view->viewport(), onBar);
    QHelpEvent helpOnBar(QEvent::ToolTip, onBar, m_view->viewport()->mapToGlobal(onBar));
    QApplication::sendEvent(m_view->viewport(), &helpOnBar);
    QTRY_VERIFY2_WITH_TIMEOUT(QToolTip::text().contains(u"payment-received"), "the bar's tooltip", 2000);
    QVERIFY2(QToolTip::text().contains(u"the monitor was not connected"), qPrintable(QToolTip::text()));
    QToolTip::hideText();

    m_view->setHoles({});
    QVERIFY(m_view->holeRect(0).isEmpty());
    QCOMPARE(changedPixels(before, m_view->viewport()->grab().toImage(), inRow), 0);
}

// A run that seems to have stopped after its last step, because nothing was heard after it: the chart reaches
// over the hole, so it is seen beside the steps.
void TestTimelineGanttView::aHoleAfterTheLastStepWidensTheChart()
{
    m_model->removeRow(2); // the waiting step: the chart now ends with charge-card, at 3 s
    m_view->fitToView();
    const int chargeWidth = m_view->barRect(1).width();
    m_view->setHoles(
        {{kRunStart.addMSecs(4000).toMSecsSinceEpoch(), kRunStart.addMSecs(9000).toMSecsSinceEpoch(),
          QStringLiteral("No events recorded: the monitor was not running.")}});
    const QRect band = m_view->holeRect(0);
    QVERIFY(!band.isEmpty());
    QVERIFY(band.left() > m_view->barRect(1).right());
    QVERIFY2(band.right() < m_view->viewport()->width(), "the fitted chart shows the whole hole");
    // 9 s instead of 3 s across the same width.
    const double ratio = double(chargeWidth) / double(m_view->barRect(1).width());
    QVERIFY2(ratio > 2.5 && ratio < 3.5, qPrintable(QString::number(ratio)));
}

QTEST_MAIN(TestTimelineGanttView)
#include "tst_timeline_gantt_view.moc"
