// SPDX-License-Identifier: MIT
// Issue 19 item 7 in the profiles dialog, with QTest input against the in-process devserver: each profile
// shows its journal's size and retention; Clear History asks first, Keep History keeps every row, and
// confirming empties the journal — the live profile's through its session's writer, another profile's by
// deleting its files while no monitor holds them. The retention typed in the dialog is saved.
#include "GuiTestSupport.h"
#include "gui/controllers/ProfileController.h"
#include "gui/dialogs/ProfilesDialog.h"
#include "gui/window/ConnectionBar.h"
#include "gui/window/MainWindow.h"
#include "models/ModelEventFactory.h"
#include "protocol/EventType.h"
#include "session/Journal.h"
#include "session/JournalFileReader.h"
#include "session/JournalLocation.h"
#include "session/MonitorSession.h"
#include "session/SessionHost.h"
#include "settings/ProfileSettingsCodec.h"
#include "settings/SettingsFile.h"
#include "support/DevServerFixture.h"
#include "support/FakeSecretStore.h"
#include "support/TaskOutcome.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>

using namespace dispatch;
using journaltest::JournalFileReader;

namespace {

constexpr int kWaitMs = 10000;

ServerProfile profile(const QString& name, const QUrl& url)
{
    ServerProfile result;
    result.name = name;
    result.url = url;
    return result;
}

bool enqueue(testsupport::DevServerFixture& server, const QString& jobName)
{
    auto client = server.connectClient();
    const QByteArray data = "{\"name\":\"" + jobName.toUtf8() + "\",\"payload\":{}}";
    return client && client->call(QStringLiteral("job.enqueue"), data).has_value();
}

// Events in the journal at `path` whose job name starts with `namePrefix`, read beside the writer (WAL).
qint64 eventsIn(const QString& path, const QString& namePrefix)
{
    JournalFileReader file(path);
    if (!file.isOpen())
        return -1;
    return file.scalar(QStringLiteral("SELECT count(*) FROM events WHERE name LIKE '%1%'").arg(namePrefix))
        .toLongLong();
}

// The confirmation open over the dialog (a closed one may linger until its deferred deletion).
QMessageBox* openQuestion(QWidget* dialog)
{
    QMessageBox* box = guitest::openDialog<QMessageBox>(dialog);
    return box && box->objectName() == u"clearHistoryConfirmation" ? box : nullptr;
}

QPushButton* buttonOf(QMessageBox* box, const QString& text)
{
    for (QAbstractButton* button : box->buttons()) {
        if (button->text() == text)
            return qobject_cast<QPushButton*>(button);
    }
    return nullptr;
}

} // namespace

class TestJournalRetentionWindow : public QObject
{
    Q_OBJECT

private slots:
    void theDialogShowsTheSizeAndClearHistoryAsksFirst();
};

void TestJournalRetentionWindow::theDialogShowsTheSizeAndClearHistoryAsksFirst()
{
    testsupport::DevServerFixture server;
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    QTemporaryDir folder;
    const QString settingsPath = folder.filePath(QStringLiteral("dispatch-monitor.conf"));
    const QString journals = folder.filePath(QStringLiteral("journal"));
    const QUrl otherUrl(QStringLiteral("ws://127.0.0.1:1/dwp"));
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        ProfileSettingsCodec::save(
            settings,
            {profile(QStringLiteral("alpha"), server.url()), profile(QStringLiteral("other"), otherUrl)}, {});
    }
    // The other profile's journal, from an earlier session.
    const QString otherPath = JournalLocation::fileFor(journals, QStringLiteral("other"), otherUrl);
    {
        Journal earlier(otherPath);
        earlier.start();
        earlier.recordEvents(
            {modeltest::jobEvent(dwp::EventType::JobEnqueued, modeltest::jobId(1), modeltest::at(1))},
            QDateTime::currentDateTimeUtc());
        QTRY_VERIFY2_WITH_TIMEOUT(earlier.eventsWritten() == 1, "waiting for the earlier journal", kWaitMs);
    }
    QVERIFY(QFileInfo::exists(otherPath));

    SettingsFile settings(settingsPath);
    MainWindow window;
    window.host()->setJournalFolder(journals);
    ProfileController controller(
        &window, &settings,
        std::make_unique<testsupport::FakeSecretStore>(std::make_shared<QHash<QString, QString>>(),
                                                       SecretStore::Error::NoError, QString()));
    window.show();
    controller.load();
    QVERIFY(testsupport::awaitTask(controller.switchTo(QStringLiteral("alpha"))));
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionBar()->stateText(), QStringLiteral("Connected"), kWaitMs);
    Journal* journal = window.session()->journal();
    QVERIFY(journal);
    const QString alphaPath = journal->filePath();
    QCOMPARE(alphaPath, JournalLocation::fileFor(journals, QStringLiteral("alpha"), server.url()));
    for (int i = 0; i < 5; ++i)
        QVERIFY(enqueue(server, QStringLiteral("kept-%1").arg(i)));
    QTRY_VERIFY2_WITH_TIMEOUT(journal->eventsWritten() >= 5, "waiting for the jobs' events in the journal",
                              kWaitMs);
    QTRY_VERIFY2_WITH_TIMEOUT(eventsIn(alphaPath, QStringLiteral("kept-")) >= 5,
                              "waiting for the jobs' events on disk", kWaitMs);
    const qint64 rowsBefore = eventsIn(alphaPath, QStringLiteral("kept-"));

    QTest::mouseClick(window.findChild<QToolButton*>(QStringLiteral("profilesButton")), Qt::LeftButton);
    ProfilesDialog* dialog = guitest::openDialog<ProfilesDialog>(&window);
    QVERIFY(dialog);
    auto* size = dialog->findChild<QLabel*>(QStringLiteral("journalSizeLabel"));
    auto* clear = dialog->findChild<QPushButton*>(QStringLiteral("clearHistoryButton"));
    auto* days = dialog->findChild<QSpinBox*>(QStringLiteral("historyDaysSpin"));
    auto* megabytes = dialog->findChild<QSpinBox*>(QStringLiteral("historySizeSpin"));
    QVERIFY(size && clear && days && megabytes);
    // The active profile is selected: its size, its retention (the defaults).
    QVERIFY2(
        size->text().contains(QRegularExpression(QStringLiteral("^Its journal takes [0-9.]+ kB on disk"))),
        qPrintable(size->text()));
    QCOMPARE(days->value(), 30);
    QCOMPARE(megabytes->value(), 2048);
    QVERIFY(clear->isEnabled());

    // Clear History asks; Keep History keeps every row (the positive control for what follows).
    QTest::mouseClick(clear, Qt::LeftButton);
    QPointer<QMessageBox> question;
    QTRY_VERIFY_WITH_TIMEOUT((question = openQuestion(dialog)) != nullptr, kWaitMs);
    QVERIFY2(question->text().contains(u"“alpha”"), qPrintable(question->text()));
    QPushButton* keep = buttonOf(question, QStringLiteral("Keep History"));
    QVERIFY(keep);
    QVERIFY(keep->isDefault()); // Return keeps the history
    QTest::mouseClick(keep, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!question || !question->isVisible(), kWaitMs);
    QTest::qWait(200);
    QCOMPARE(eventsIn(alphaPath, QStringLiteral("kept-")), rowsBefore);
    QVERIFY2(!size->text().contains(u"cleared"), qPrintable(size->text()));

    // Confirmed: the session's writer empties the file it holds.
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT((question = openQuestion(dialog)) != nullptr, kWaitMs);
    QTest::mouseClick(buttonOf(question, QStringLiteral("Clear History")), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(size->text().contains(QStringLiteral("History cleared")),
                              qPrintable(size->text()), kWaitMs);
    QCOMPARE(eventsIn(alphaPath, QStringLiteral("kept-")), 0);
    QCOMPARE(journal->storage(), Journal::Storage::File); // the same writer goes on
    QVERIFY(enqueue(server, QStringLiteral("after-the-clear")));
    QTRY_VERIFY2_WITH_TIMEOUT(eventsIn(alphaPath, QStringLiteral("after-the-clear")) > 0,
                              "waiting for an event after the clear", kWaitMs);

    // The other profile: no session holds its journal, so its files go.
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("profileList"));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
    QVERIFY2(size->text().contains(QStringLiteral("Its journal takes")), qPrintable(size->text()));
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        (question = openQuestion(dialog)) != nullptr && question->text().contains(u"“other”"), kWaitMs);
    QTest::mouseClick(buttonOf(question, QStringLiteral("Clear History")), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(size->text().contains(QStringLiteral("History cleared")),
                              qPrintable(size->text()), kWaitMs);
    QVERIFY(!QFileInfo::exists(otherPath));
    QVERIFY(!clear->isEnabled()); // nothing left to clear

    // A retention typed for the active profile is saved and reaches its journal.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    guitest::retype(days, QStringLiteral("7"));
    guitest::retype(megabytes, QStringLiteral("100"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(controller.profiles().find(QStringLiteral("alpha"))->retention.maxAgeDays, 7,
                              kWaitMs);
    QCOMPARE(controller.profiles().find(QStringLiteral("alpha"))->retention.maxMegabytes, 100);
    QSettings written(settingsPath, QSettings::IniFormat);
    QCOMPARE(written.value(QStringLiteral("profiles/alpha/journalDays")).toInt(), 7);
    QCOMPARE(written.value(QStringLiteral("profiles/alpha/journalMegabytes")).toInt(), 100);
}

QTEST_MAIN(TestJournalRetentionWindow)
#include "tst_journal_retention_window.moc"
