// SPDX-License-Identifier: MIT
// The Start Workflow dialog offers the server's registered workflow names from GET /v1/workflows
// (issue 18 item 6, dwp-protocol.md §8), beside the names seen on the stream, the field still editable; and
// says so when the server has no admin API.
#include "JobActionsWindow.h"
#include "gui/dialogs/StartWorkflowDialog.h"
#include "i18n/LocaleTranslations.h"

#include <QComboBox>
#include <QLabel>

using namespace dispatch;
using guitest::JobActionsWindow;

class TestStartWorkflowNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { m_monitor.reset(); }
    void theServersRegisteredNamesAreOffered();
    void withoutRestTheDialogSaysSo();

private:
    StartWorkflowDialog* openDialog();

    std::unique_ptr<JobActionsWindow> m_monitor;
    std::unique_ptr<LocaleTranslations> m_english; // English plural forms: "4 workflows"
};

void TestStartWorkflowNames::initTestCase()
{
    m_english = std::make_unique<LocaleTranslations>(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_english->hasApplicationTranslation());
}

StartWorkflowDialog* TestStartWorkflowNames::openDialog()
{
    guitest::pressShortcut(m_monitor->window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    return guitest::openDialog<StartWorkflowDialog>(m_monitor->window.get());
}

void TestStartWorkflowNames::theServersRegisteredNamesAreOffered()
{
    m_monitor = std::make_unique<JobActionsWindow>(testsupport::DevServerFixture::defaultConfig());
    QVERIFY2(m_monitor->ok(), JobActionsWindow::readiness());
    const QStringList registered = m_monitor->server().engine().workflows().names();
    QVERIFY2(registered.size() >= 2, "the devserver registers its demo workflows");
    StartWorkflowDialog* dialog = openDialog();
    QVERIFY2(dialog, "Ctrl+Shift+S opened the dialog");
    auto* names = dialog->findChild<QComboBox*>(QStringLiteral("nameCombo"));
    auto* note = dialog->findChild<QLabel*>(QStringLiteral("workflowNamesNote"));
    // No run has been seen: every name offered comes from the server.
    QTRY_COMPARE_WITH_TIMEOUT(names->count(), int(registered.size()), 5000);
    for (const QString& name : registered)
        QVERIFY2(names->findText(name) >= 0, qPrintable(name));
    QCOMPARE(note->text(),
             QStringLiteral("%1 workflows registered on the server, offered with those seen since "
                            "connecting.")
                 .arg(registered.size()));
    // Still a free field: a name the server does not list can be typed.
    QVERIFY(names->isEditable());
    QTest::keyClicks(names->lineEdit(), QStringLiteral("not-registered"));
    QCOMPARE(dialog->workflowName(), QStringLiteral("not-registered"));
    dialog->reject();
}

void TestStartWorkflowNames::withoutRestTheDialogSaysSo()
{
    auto config = testsupport::DevServerFixture::defaultConfig();
    config.restBasePath.clear(); // --no-rest
    m_monitor = std::make_unique<JobActionsWindow>(config);
    QVERIFY2(m_monitor->ok(), JobActionsWindow::readiness());
    StartWorkflowDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* note = dialog->findChild<QLabel*>(QStringLiteral("workflowNamesNote"));
    QTRY_VERIFY2(note->text().startsWith(QStringLiteral("This server has no admin API at ")),
                 qPrintable(note->text()));
    QVERIFY(note->text().endsWith(QStringLiteral("The names offered are those seen since connecting.")));
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("nameCombo"))->count(), 0); // nothing seen yet
    dialog->reject();
}

QTEST_MAIN(TestStartWorkflowNames)
#include "tst_start_workflow_names.moc"
