// SPDX-License-Identifier: MIT
// Issue 20 item 21: the Enqueue dialog's prefilled `{}` is selected when the payload editor gets the focus,
// so typing replaces it (by Tab and by click), and a disabled Send says why, beside it and in its tooltip.
// The job's selection after sending and the status bar's link are checked in gui_tst_monitor_window.
#include "gui/dialogs/EnqueueJobDialog.h"
#include "gui/json/JsonEditor.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <memory>

using namespace dispatch;

namespace {

QCoro::Task<QString> neverEnqueued(JobDraft)
{
    co_return QStringLiteral("job_1");
}

} // namespace

class TestEnqueueDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tabIntoThePrefillAndTypeReplacesIt();
    void clickIntoThePrefillAndTypeReplacesIt();
    void anEditedPayloadIsNotSelected();
    void aDisabledSendSaysWhy();

private:
    JsonEditor* payload() const { return m_dialog->findChild<JsonEditor*>(QStringLiteral("payloadEditor")); }
    QLineEdit* name() const { return m_dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")); }
    QPushButton* send() const { return m_dialog->findChild<QPushButton*>(QStringLiteral("sendButton")); }
    QLabel* reason() const { return m_dialog->findChild<QLabel*>(QStringLiteral("sendBlockedReason")); }
    void tabToPayload();

    std::unique_ptr<EnqueueJobDialog> m_dialog;
};

void TestEnqueueDialog::init()
{
    m_dialog = std::make_unique<EnqueueJobDialog>(neverEnqueued);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QApplication::setActiveWindow(m_dialog.get());
    name()->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(name(), QStringLiteral("send-email"));
}

void TestEnqueueDialog::cleanup()
{
    m_dialog.reset();
}

void TestEnqueueDialog::tabToPayload()
{
    // Name → queue → priority → payload (the form's tab order).
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), payload());
}

void TestEnqueueDialog::tabIntoThePrefillAndTypeReplacesIt()
{
    QCOMPARE(payload()->toPlainText(), QStringLiteral("{}"));
    tabToPayload();
    QCOMPARE(payload()->textCursor().selectedText(), QStringLiteral("{}"));
    QTest::keyClicks(payload(), QStringLiteral("{\"to\": \"ops\"}"));
    QCOMPARE(payload()->toPlainText(), QStringLiteral("{\"to\": \"ops\"}"));
    QCOMPARE(m_dialog->draft().payloadJson, QByteArrayLiteral("{\"to\":\"ops\"}"));
}

void TestEnqueueDialog::clickIntoThePrefillAndTypeReplacesIt()
{
    QWidget* area = payload()->viewport();
    QTest::mouseClick(area, Qt::LeftButton, {}, QPoint(area->width() / 2, area->height() / 2));
    QCOMPARE(QApplication::focusWidget(), payload());
    QTRY_COMPARE_WITH_TIMEOUT(payload()->textCursor().selectedText(), QStringLiteral("{}"), 2000);
    QTest::keyClicks(payload(), QStringLiteral("[1, 2]"));
    QCOMPARE(payload()->toPlainText(), QStringLiteral("[1, 2]"));
}

void TestEnqueueDialog::anEditedPayloadIsNotSelected()
{
    // What the operator wrote is kept when they come back to it: only the prefill is selected.
    tabToPayload();
    QTest::keyClicks(payload(), QStringLiteral("{\"a\": 1"));
    QTest::keyClick(payload(), Qt::Key_Tab); // to the repeat count
    QVERIFY(QApplication::focusWidget() != payload());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), payload());
    QVERIFY(!payload()->textCursor().hasSelection());
    payload()->moveCursor(QTextCursor::End);
    QTest::keyClicks(payload(), QStringLiteral("}"));
    QCOMPARE(payload()->toPlainText(), QStringLiteral("{\"a\": 1}"));
}

void TestEnqueueDialog::aDisabledSendSaysWhy()
{
    // No name: Send is disabled and the line beside it says so (the tooltip too).
    QTest::keyClick(name(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(name(), Qt::Key_Delete);
    QVERIFY(!send()->isEnabled());
    QVERIFY(reason()->isVisible());
    QCOMPARE(reason()->text(), QStringLiteral("Enter the job's name first."));
    QCOMPARE(send()->toolTip(), reason()->text());
    // With a name and the prefilled payload, Send is enabled and nothing is said.
    QTest::keyClicks(name(), QStringLiteral("send-email"));
    QVERIFY(send()->isEnabled());
    QVERIFY(!reason()->isVisible());
    QVERIFY(send()->toolTip().isEmpty());
    // A broken payload: the reason names it.
    tabToPayload();
    QTest::keyClicks(payload(), QStringLiteral("{\"to\": "));
    QVERIFY(!send()->isEnabled());
    QVERIFY(reason()->isVisible());
    QCOMPARE(reason()->text(), QStringLiteral("Fix the payload first: it is not valid JSON."));
    QTest::keyClicks(payload(), QStringLiteral("1}"));
    QVERIFY(send()->isEnabled());
    QVERIFY(!reason()->isVisible());
}

QTEST_MAIN(TestEnqueueDialog)
#include "tst_enqueue_dialog.moc"
