// SPDX-License-Identifier: MIT
#include "gui/views/StateBadgeDelegate.h"
#include "gui/views/StateStyle.h"

#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using dispatch::StateBadgeDelegate;
using dispatch::StateStyle;

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    return palette;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

} // namespace

class TestStateBadgeDelegate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void paintsEachStateInItsColour_data();
    void paintsEachStateInItsColour();
    void followsADarkPalette();
    void labelsAreWordsAndUnknownStatesSurvive();
    void sizeHintFitsTheLabel();

private:
    QColor badgeFillAt(int row);

    QStandardItemModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    StateBadgeDelegate* m_delegate = nullptr;
};

void TestStateBadgeDelegate::init()
{
    m_model = new QStandardItemModel(this);
    const QStringList states = {QStringLiteral("pending"),   QStringLiteral("running"),
                                QStringLiteral("completed"), QStringLiteral("failed"),
                                QStringLiteral("retrying"),  QStringLiteral("cancelled"),
                                QStringLiteral("waiting"),   QStringLiteral("paused")};
    for (const QString& state : states)
        m_model->appendRow(new QStandardItem(state));
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_delegate = new StateBadgeDelegate(m_view);
    m_view->setItemDelegateForColumn(0, m_delegate);
    m_view->setColumnWidth(0, 160);
    m_view->resize(260, 400);
    m_view->setPalette(lightPalette());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestStateBadgeDelegate::cleanup()
{
    delete m_view;
    delete m_model;
}

QColor TestStateBadgeDelegate::badgeFillAt(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    QStyleOptionViewItem option;
    option.rect = m_view->visualRect(index);
    option.font = m_view->font();
    const QRect badge = m_delegate->badgeRect(option, dwp::StateVocabulary::label(index.data().toString()));
    const QImage image = m_view->viewport()->grab().toImage();
    // Inside the rounded left end, clear of the label's first letter.
    const QPoint inside(badge.left() + 3, badge.center().y());
    return image.pixelColor(inside * image.devicePixelRatio());
}

void TestStateBadgeDelegate::paintsEachStateInItsColour_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("state");
    QTest::newRow("pending") << 0 << QStringLiteral("pending");
    QTest::newRow("running") << 1 << QStringLiteral("running");
    QTest::newRow("completed") << 2 << QStringLiteral("completed");
    QTest::newRow("failed") << 3 << QStringLiteral("failed");
    QTest::newRow("retrying") << 4 << QStringLiteral("retrying");
    QTest::newRow("cancelled") << 5 << QStringLiteral("cancelled");
    QTest::newRow("waiting") << 6 << QStringLiteral("waiting");
}

void TestStateBadgeDelegate::paintsEachStateInItsColour()
{
    QFETCH(int, row);
    QFETCH(QString, state);
    const QColor painted = badgeFillAt(row);
    const QColor expected = StateStyle::colours(state, m_view->palette()).fill;
    QCOMPARE(painted.rgb(), expected.rgb());
    if (state == QStringLiteral("failed"))
        QVERIFY(painted.red() > painted.green() && painted.red() > painted.blue());
    if (state == QStringLiteral("completed"))
        QVERIFY(painted.green() > painted.red() && painted.green() > painted.blue());
    if (state == QStringLiteral("running"))
        QVERIFY(painted.blue() > painted.red());
}

void TestStateBadgeDelegate::followsADarkPalette()
{
    const QColor light = badgeFillAt(2);
    m_view->setPalette(darkPalette());
    m_view->viewport()->update();
    const QColor dark = badgeFillAt(2);
    QVERIFY(light.lightnessF() > 0.5);
    QVERIFY(dark.lightnessF() < 0.5);
    QCOMPARE(dark.rgb(), StateStyle::colours(QStringLiteral("completed"), darkPalette()).fill.rgb());
    // In both themes the label stands out from its badge.
    for (const QPalette& palette : {lightPalette(), darkPalette()}) {
        const StateStyle::Colours colours = StateStyle::colours(QStringLiteral("failed"), palette);
        QVERIFY(qAbs(colours.fill.lightness() - colours.text.lightness()) > 120);
    }
}

void TestStateBadgeDelegate::labelsAreWordsAndUnknownStatesSurvive()
{
    QCOMPARE(dwp::StateVocabulary::label(QStringLiteral("completed")), QStringLiteral("Completed"));
    QCOMPARE(dwp::StateVocabulary::label(QStringLiteral("waiting")), QStringLiteral("Waiting"));
    // A state a newer server adds is shown as sent, in the neutral colour.
    QCOMPARE(dwp::StateVocabulary::label(QStringLiteral("paused")), QStringLiteral("paused"));
    QCOMPARE(badgeFillAt(7).rgb(),
             StateStyle::colours(StateStyle::Tone::Neutral, m_view->palette()).fill.rgb());
}

void TestStateBadgeDelegate::sizeHintFitsTheLabel()
{
    QStyleOptionViewItem option;
    option.font = m_view->font();
    const QSize hint = m_delegate->sizeHint(option, m_model->index(5, 0));
    QVERIFY(hint.width() > QFontMetrics(option.font).horizontalAdvance(QStringLiteral("Cancelled")) + 16);
}

QTEST_MAIN(TestStateBadgeDelegate)
#include "tst_state_badge_delegate.moc"
