// SPDX-License-Identifier: MIT
#include "gui/dialogs/ConnectDialog.h"
#include "gui/dialogs/EnqueueJobDialog.h"
#include "gui/dialogs/OpenByIdDialog.h"
#include "gui/dialogs/PublishEventDialog.h"
#include "gui/dialogs/StartWorkflowDialog.h"
#include "gui/json/JsonEditor.h"
#include "protocol/DispatchErrors.h"
#include "protocol/Methods.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <chrono>
#include <memory>
#include <qcoro/qcorotimer.h>

using namespace dispatch;
using namespace std::chrono_literals;

namespace {

// What the fake server saw, shared between a test and the coroutines it hands to a dialog.
struct FakeServer
{
    QList<JobDraft> jobs;
    QStringList runs;
    QStringList events;
    std::chrono::milliseconds latency{2};
};

QCoro::Task<QString> fakeEnqueue(JobDraft draft, std::shared_ptr<FakeServer> server)
{
    co_await QCoro::sleepFor(server->latency);
    server->jobs.append(draft);
    co_return QStringLiteral("job_%1").arg(server->jobs.size());
}

QCoro::Task<QString> refusedEnqueue(JobDraft, std::shared_ptr<FakeServer> server)
{
    co_await QCoro::sleepFor(server->latency);
    // As the client does: the error names the call that failed.
    std::rethrow_exception(
        PermissionError(QStringLiteral("insufficient permissions")).withMethod(dwp::methods::JobEnqueue));
}

QCoro::Task<QString> fakeStart(QString name, QByteArray input, std::shared_ptr<FakeServer> server)
{
    co_await QCoro::sleepFor(server->latency);
    server->runs.append(name + QLatin1Char(' ') + QString::fromUtf8(input));
    co_return QStringLiteral("wfrun_%1").arg(server->runs.size());
}

QCoro::Task<QString> unknownWorkflow(QString name, QByteArray, std::shared_ptr<FakeServer> server)
{
    co_await QCoro::sleepFor(server->latency);
    std::rethrow_exception(
        ServerError(500, QStringLiteral("workflow start failed: no workflow registered for \"%1\"").arg(name))
            .withMethod(dwp::methods::WorkflowStart));
}

QCoro::Task<QString> fakePublish(QString name, QByteArray payload, std::shared_ptr<FakeServer> server)
{
    co_await QCoro::sleepFor(server->latency);
    server->events.append(name + QLatin1Char(' ') + QString::fromUtf8(payload));
    co_return QStringLiteral("evt_%1").arg(server->events.size());
}

template<typename T>
T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

void replaceText(QWidget* editor, const QString& text)
{
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Delete);
    // keyClicks cannot type a line break; Return is what a person presses.
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, lines[i]);
    }
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void connectDialogWantsAWebSocketUrl();
    void connectDialogKeepsWhatItDoesNotShow();
    void enqueueSendStaysDisabledWhileJsonIsInvalid();
    void enqueueSendsOnceAndCloses();
    void enqueueRepeatsWithProgressAndCanBeStopped();
    void enqueueShowsPermissionErrorInWords();
    void enqueueAgainIsPrefilled();
    void startWorkflowWaitsForTheRunId();
    void startWorkflowExplainsAnUnknownName();
    void publishEventWithOrWithoutPayload();
    void returnInThePublishDialogNeverPublishes();
    void publishOnProductionWaitsForTheTick();
    void openByIdAcceptsOnlyIdsTheServerAccepts_data();
    void openByIdAcceptsOnlyIdsTheServerAccepts();
};

void TestDialogs::connectDialogWantsAWebSocketUrl()
{
    ConnectDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* url = child<QLineEdit>(&dialog, "urlEdit");
    auto* problem = child<QLabel>(&dialog, "problemLabel");
    QVERIFY(!dialog.isInputAcceptable());
    QTest::keyClicks(url, QStringLiteral("http://localhost:8080/dwp"));
    QVERIFY(!dialog.isInputAcceptable());
    QVERIFY(problem->text().contains(QStringLiteral("ws://")));
    replaceText(url, QStringLiteral("ws://localhost:8080/dwp"));
    QVERIFY(dialog.isInputAcceptable());
    QVERIFY(problem->text().isEmpty());
    QTest::keyClicks(child<QLineEdit>(&dialog, "tokenEdit"), QStringLiteral("secret"));
    auto* format = child<QComboBox>(&dialog, "formatCombo");
    format->setFocus();
    QTest::keyClick(format, Qt::Key_Down);
    const ConnectionSettings settings = dialog.settings();
    QCOMPARE(settings.url, QUrl(QStringLiteral("ws://localhost:8080/dwp")));
    QCOMPARE(settings.token, QStringLiteral("secret"));
    QCOMPARE(settings.format, dwp::WireFormat::Msgpack);
}

// The window hands the dialog the whole ConnectionSettings of the session and takes back what it returns
// (MainWindow::showConnectDialog): a timeout, heartbeat or message bound set on the command line must survive
// an edit of the URL. Positive control: the fields the form shows do change.
void TestDialogs::connectDialogKeepsWhatItDoesNotShow()
{
    ConnectionSettings given;
    given.url = QUrl(QStringLiteral("ws://old.example.org/dwp"));
    given.token = QStringLiteral("old-token");
    given.authTimeout = std::chrono::milliseconds(1234);
    given.heartbeatInterval = std::chrono::milliseconds(0);
    given.maxIncomingMessageBytes = 4096;
    given.trustedCertificateSha256 = {QByteArray(32, '\x5a')};
    ConnectDialog dialog;
    dialog.setSettings(given);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    replaceText(child<QLineEdit>(&dialog, "urlEdit"), QStringLiteral("wss://new.example.org/dwp"));
    const ConnectionSettings chosen = dialog.settings();
    QCOMPARE(chosen.url, QUrl(QStringLiteral("wss://new.example.org/dwp")));
    QCOMPARE(chosen.token, QStringLiteral("old-token"));
    QCOMPARE(chosen.authTimeout, std::chrono::milliseconds(1234));
    QCOMPARE(chosen.heartbeatInterval, std::chrono::milliseconds(0));
    QCOMPARE(chosen.maxIncomingMessageBytes, quint64(4096));
    QCOMPARE(chosen.trustedCertificateSha256, given.trustedCertificateSha256);
}

void TestDialogs::enqueueSendStaysDisabledWhileJsonIsInvalid()
{
    auto server = std::make_shared<FakeServer>();
    EnqueueJobDialog dialog([server](JobDraft draft) { return fakeEnqueue(std::move(draft), server); });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* send = child<QPushButton>(&dialog, "sendButton");
    auto* payloadError = child<QLabel>(&dialog, "payloadError");
    QVERIFY(!send->isEnabled()); // no name yet
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("send-email"));
    QVERIFY(send->isEnabled()); // the payload starts as {}
    replaceText(child<JsonEditor>(&dialog, "payloadEditor"), QStringLiteral("{\"to\": \"ops\" \"cc\": 1}"));
    QVERIFY(!send->isEnabled());
    QVERIFY(payloadError->isVisible());
    QCOMPARE(payloadError->text(), QStringLiteral("line 1, column 14: expected ',' or '}'"));
    // Clicking the disabled button sends nothing.
    QTest::mouseClick(send, Qt::LeftButton);
    QTest::qWait(20);
    QVERIFY(server->jobs.isEmpty());
    replaceText(child<JsonEditor>(&dialog, "payloadEditor"), QStringLiteral("{\"to\": \"ops\", \"cc\": 1}"));
    QVERIFY(send->isEnabled());
    QVERIFY(!payloadError->isVisible());
}

void TestDialogs::enqueueSendsOnceAndCloses()
{
    auto server = std::make_shared<FakeServer>();
    EnqueueJobDialog dialog([server](JobDraft draft) { return fakeEnqueue(std::move(draft), server); });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("resize-image"));
    QTest::keyClicks(child<QComboBox>(&dialog, "queueCombo"), QStringLiteral("media"));
    replaceText(child<QSpinBox>(&dialog, "prioritySpin"), QStringLiteral("5"));
    replaceText(child<JsonEditor>(&dialog, "payloadEditor"), QStringLiteral("{\n  \"w\": 640\n}"));
    QTest::mouseClick(child<QPushButton>(&dialog, "sendButton"), Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(server->jobs.size(), 1);
    QCOMPARE(server->jobs[0].name, QStringLiteral("resize-image"));
    QCOMPARE(server->jobs[0].queue, QStringLiteral("media"));
    QCOMPARE(server->jobs[0].priority, 5);
    QCOMPARE(server->jobs[0].payloadJson, QByteArrayLiteral("{\"w\":640}"));
    QCOMPARE(dialog.enqueuedJobIds(), QStringList{QStringLiteral("job_1")});
}

void TestDialogs::enqueueRepeatsWithProgressAndCanBeStopped()
{
    auto server = std::make_shared<FakeServer>();
    server->latency = 15ms;
    EnqueueJobDialog dialog([server](JobDraft draft) { return fakeEnqueue(std::move(draft), server); });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("send-email"));
    replaceText(child<QSpinBox>(&dialog, "repeatSpin"), QStringLiteral("1000"));
    auto* progress = child<QProgressBar>(&dialog, "progressBar");
    auto* cancel = child<QPushButton>(&dialog, "cancelButton");
    QTest::mouseClick(child<QPushButton>(&dialog, "sendButton"), Qt::LeftButton);
    QVERIFY(dialog.isSending());
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 1000);
    QVERIFY(!child<QPushButton>(&dialog, "sendButton")->isEnabled());
    QTRY_VERIFY(progress->value() >= 3);
    QTest::mouseClick(cancel, Qt::LeftButton); // "Stop": finish the request in flight, send no more
    QVERIFY(dialog.isVisible());
    QTRY_VERIFY(!dialog.isSending());
    const qsizetype sent = server->jobs.size();
    QVERIFY(sent >= 3 && sent < 1000);
    QCOMPARE(dialog.enqueuedJobIds().size(), sent);
    QCOMPARE(progress->value(), int(sent));
    QVERIFY(child<QLabel>(&dialog, "statusLabel")
                ->text()
                .contains(QStringLiteral("Stopped: %1 of 1000").arg(sent)));
    QTest::qWait(50);
    QCOMPARE(server->jobs.size(), sent);
    QVERIFY(dialog.isVisible()); // stopping does not close; Close does
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
}

void TestDialogs::enqueueShowsPermissionErrorInWords()
{
    auto server = std::make_shared<FakeServer>();
    EnqueueJobDialog dialog([server](JobDraft draft) { return refusedEnqueue(std::move(draft), server); });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("send-email"));
    QTest::mouseClick(child<QPushButton>(&dialog, "sendButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isSending());
    const QString status = child<QLabel>(&dialog, "statusLabel")->text();
    QVERIFY2(status.contains(QStringLiteral("This token may not enqueue jobs.")), qPrintable(status));
    QVERIFY(status.contains(QStringLiteral("insufficient permissions")));
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QPushButton>(&dialog, "sendButton")->isEnabled()); // the person may try again
}

void TestDialogs::enqueueAgainIsPrefilled()
{
    auto server = std::make_shared<FakeServer>();
    EnqueueJobDialog dialog([server](JobDraft draft) { return fakeEnqueue(std::move(draft), server); });
    dialog.setKnownJobNames({QStringLiteral("send-email"), QStringLiteral("resize-image")});
    dialog.setDraft(
        {QStringLiteral("send-email"), QStringLiteral("mail"), 7, QByteArrayLiteral("{\"to\":\"a\"}")});
    const JobDraft draft = dialog.draft();
    QCOMPARE(draft.name, QStringLiteral("send-email"));
    QCOMPARE(draft.queue, QStringLiteral("mail"));
    QCOMPARE(draft.priority, 7);
    QCOMPARE(draft.payloadJson, QByteArrayLiteral("{\"to\":\"a\"}"));
    QVERIFY(!child<QLabel>(&dialog, "nameHint")->isVisibleTo(&dialog));
    // A name never seen gets a warning: the server would loop it for ever if no handler exists.
    replaceText(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("send-emial"));
    QVERIFY(child<QLabel>(&dialog, "nameHint")->isVisibleTo(&dialog));
    QVERIFY(child<QPushButton>(&dialog, "sendButton")->isEnabled());
}

void TestDialogs::startWorkflowWaitsForTheRunId()
{
    auto server = std::make_shared<FakeServer>();
    server->latency = 30ms;
    StartWorkflowDialog dialog([server](QString name, QByteArray input) {
        return fakeStart(std::move(name), std::move(input), server);
    });
    dialog.setKnownWorkflowNames({QStringLiteral("order-pipeline"), QStringLiteral("nightly-report")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* start = child<QPushButton>(&dialog, "startButton");
    replaceText(child<QComboBox>(&dialog, "nameCombo")->lineEdit(), QStringLiteral("order-pipeline"));
    replaceText(child<JsonEditor>(&dialog, "inputEditor"), QStringLiteral("{\"order\": "));
    QVERIFY(!start->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "inputError")->text().startsWith(QStringLiteral("line 1, column 10")));
    QTest::keyClicks(child<JsonEditor>(&dialog, "inputEditor"), QStringLiteral("42}"));
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(dialog.isStarting());
    QVERIFY(child<QProgressBar>(&dialog, "busyBar")->isVisible());
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.runId(), QStringLiteral("wfrun_1"));
    QCOMPARE(server->runs, QStringList{QStringLiteral("order-pipeline {\"order\":42}")});
}

void TestDialogs::startWorkflowExplainsAnUnknownName()
{
    auto server = std::make_shared<FakeServer>();
    StartWorkflowDialog dialog([server](QString name, QByteArray input) {
        return unknownWorkflow(std::move(name), std::move(input), server);
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QComboBox>(&dialog, "nameCombo")->lineEdit(), QStringLiteral("no-such-flow"));
    QTest::mouseClick(child<QPushButton>(&dialog, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isStarting());
    const QString status = child<QLabel>(&dialog, "statusLabel")->text();
    QVERIFY2(status.contains(QStringLiteral("The server has no workflow by that name.")), qPrintable(status));
    QVERIFY(dialog.isVisible());
}

void TestDialogs::publishEventWithOrWithoutPayload()
{
    auto server = std::make_shared<FakeServer>();
    const auto publish = [server](QString name, QByteArray payload) {
        return fakePublish(std::move(name), std::move(payload), server);
    };
    {
        PublishEventDialog dialog(publish);
        dialog.setEventName(QStringLiteral("payment-received"));
        dialog.setOpenedFromRun(QStringLiteral("wfrun_1"), QStringLiteral("payment-received"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* publishButton = child<QPushButton>(&dialog, "publishButton");
        QVERIFY(publishButton->isEnabled()); // no payload is a valid choice
        QTest::keyClicks(child<JsonEditor>(&dialog, "payloadEditor"), QStringLiteral("{\"amount\": 4"));
        QVERIFY(!publishButton->isEnabled());
        QTest::keyClicks(child<JsonEditor>(&dialog, "payloadEditor"), QStringLiteral("2}"));
        QTest::mouseClick(publishButton, Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.eventId(), QStringLiteral("evt_1"));
    }
    {
        PublishEventDialog dialog(publish);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("shipment-sent"));
        QTest::mouseClick(child<QPushButton>(&dialog, "publishButton"), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(server->events, (QStringList{QStringLiteral("payment-received {\"amount\":42}"),
                                          QStringLiteral("shipment-sent ")}));
}

// Issue 20 item 3: a publish resumes a run and cannot be taken back, so Return and Enter cancel the
// dialog: from Cancel (focused when the dialog opens pre-filled), from the name field, and from the Publish
// button itself after Tab. A click on Publish publishes (the positive control, in the same dialog).
void TestDialogs::returnInThePublishDialogNeverPublishes()
{
    auto server = std::make_shared<FakeServer>();
    const auto publish = [server](QString name, QByteArray payload) {
        return fakePublish(std::move(name), std::move(payload), server);
    };
    // Presses the key; true once the dialog has closed (a publish would close it too, once answered).
    const auto pressIn = [](PublishEventDialog& dialog, QWidget* target, Qt::Key key) {
        QTest::keyClick(target, key);
        return QTest::qWaitFor([&dialog] { return !dialog.isVisible(); }, 5000);
    };
    {
        PublishEventDialog dialog(publish);
        dialog.setEventName(QStringLiteral("payment-received"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QWidget* focused = dialog.focusWidget();
        QVERIFY2(pressIn(dialog, focused, Qt::Key_Return), "the dialog to close on Return");
        QVERIFY2(server->events.isEmpty(), qPrintable(server->events.join(u',')));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(focused, child<QPushButton>(&dialog, "cancelButton"));
    }
    {
        PublishEventDialog dialog(publish);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* name = child<QLineEdit>(&dialog, "nameEdit");
        QCOMPARE(dialog.focusWidget(), name);
        QTest::keyClicks(name, QStringLiteral("payment-received"));
        QVERIFY2(pressIn(dialog, name, Qt::Key_Enter), "the dialog to close on Enter");
        QVERIFY2(server->events.isEmpty(), qPrintable(server->events.join(u',')));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
    PublishEventDialog dialog(publish);
    dialog.setEventName(QStringLiteral("payment-received"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* publishButton = child<QPushButton>(&dialog, "publishButton");
    QVERIFY(!publishButton->isDefault() && !publishButton->autoDefault());
    publishButton->setFocus(Qt::TabFocusReason);
    QVERIFY2(pressIn(dialog, publishButton, Qt::Key_Return), "the dialog to close on Return");
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(server->events.isEmpty(), qPrintable(server->events.join(u',')));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(publishButton, Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(server->events, QStringList{QStringLiteral("payment-received ")});
}

// Issue 20 item 3: on a profile marked Production, Publish stays disabled, and a click on it is refused,
// until the operator ticks the checkbox; elsewhere there is no checkbox (the control).
void TestDialogs::publishOnProductionWaitsForTheTick()
{
    auto server = std::make_shared<FakeServer>();
    const auto publish = [server](QString name, QByteArray payload) {
        return fakePublish(std::move(name), std::move(payload), server);
    };
    PublishEventDialog dialog(publish);
    dialog.setEventName(QStringLiteral("payment-received"));
    dialog.setOnProduction(false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* publishButton = child<QPushButton>(&dialog, "publishButton");
    QVERIFY(publishButton->isEnabled());
    auto* tick = dialog.findChild<QCheckBox*>(QStringLiteral("productionConfirmation"));
    QVERIFY(!tick || !tick->isVisible());

    dialog.setOnProduction(true);
    tick = child<QCheckBox>(&dialog, "productionConfirmation");
    QVERIFY(tick->isVisible());
    QVERIFY2(tick->text().contains(QStringLiteral("production")), qPrintable(tick->text()));
    QVERIFY(!publishButton->isEnabled());
    QTest::mouseClick(publishButton, Qt::LeftButton);
    QVERIFY(!dialog.isPublishing());
    QVERIFY(dialog.isVisible());
    QTest::mouseClick(tick, Qt::LeftButton);
    QVERIFY(tick->isChecked());
    QVERIFY(publishButton->isEnabled());
    QVERIFY(server->events.isEmpty()); // the tick alone publishes nothing
    QTest::mouseClick(publishButton, Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(server->events, QStringList{QStringLiteral("payment-received ")});
}

QTEST_MAIN(TestDialogs)
void TestDialogs::openByIdAcceptsOnlyIdsTheServerAccepts_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("hintPart");
    const int job = int(OpenByIdDialog::Kind::Job);
    const int run = int(OpenByIdDialog::Kind::Run);
    const int cron = int(OpenByIdDialog::Kind::Cron);
    const int invalid = int(OpenByIdDialog::Kind::Invalid);
    QTest::newRow("job") << "job_01kaqz3c4de5f6g7h8j9kmnpqr" << job << "Jobs page";
    QTest::newRow("run, quoted") << "\"wfrun_01kaqz5v6w7x8y9z0a1b2c3d4e\"," << run << "Workflows page";
    QTest::newRow("cron") << "cron_01kaqz3c4de5f6g7h8j9kmnpqr" << cron << "Crons page";
    QTest::newRow("job topic") << "job:job_01kaqz3c4de5f6g7h8j9kmnpqr" << job << "Jobs page";
    // dwp-protocol.md §4: 26 characters carry 130 bits, so the server refuses a first character above 7.
    QTest::newRow("more than 128 bits") << "job_81kaqz3c4de5f6g7h8j9kmnpqr" << invalid << "job_";
    QTest::newRow("upper case") << "JOB_01KAQZ3C4DE5F6G7H8J9KMNPQR" << invalid << "job_";
    QTest::newRow("workflow id") << "wf_01kaqz5v6w7x8y9z0a1b2c3d4e" << invalid << "Only jobs";
    QTest::newRow("dead letter id") << "dlq_01kaqz3c4de5f6g7h8j9kmnpqr" << invalid << "Only jobs";
    QTest::newRow("unknown prefix") << "user_01kaqz3c4de5f6g7h8j9kmnpqr" << invalid << "job_";
}

void TestDialogs::openByIdAcceptsOnlyIdsTheServerAccepts()
{
    QFETCH(QString, typed);
    QFETCH(int, kind);
    QFETCH(QString, hintPart);
    OpenByIdDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, "idEdit"), typed);
    QCOMPARE(int(dialog.kind()), kind);
    const QString hint = child<QLabel>(&dialog, "hintLabel")->text();
    QVERIFY2(hint.contains(hintPart), qPrintable(hint));
    const auto* open = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Open);
    QCOMPARE(open->isEnabled(), kind != int(OpenByIdDialog::Kind::Invalid));
}

#include "tst_dialogs.moc"
