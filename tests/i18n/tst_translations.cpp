// SPDX-License-Identifier: MIT
// The monitor follows the locale: German where a catalogue exists (with Qt's own strings in German too),
// English everywhere else. Checked on the real window and dialogs, and on the installed executable's help.
#include "gui/dialogs/EnqueueJobDialog.h"
#include "gui/pages/EventsPage.h"
#include "gui/pages/JobsPage.h"
#include "gui/pages/OverviewPage.h"
#include "gui/pages/StatsPage.h"
#include "gui/pages/WorkflowsPage.h"
#include "gui/window/ConnectionBar.h"
#include "gui/window/MainWindow.h"
#include "i18n/LocaleTranslations.h"
#include "support/DevServerFixture.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace dispatch;

namespace {

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

// The tab of a page, found by its widget: pages may be added before it.
QString tabText(const MainWindow& window, QWidget* page)
{
    const auto* tabs = window.findChild<QTabWidget*>();
    int index = 0; // each tab holds its page in a scroll area
    while (index < tabs->count() && !tabs->widget(index)->isAncestorOf(page))
        ++index;
    return tabs->tabText(index) + u'|' + tabs->tabToolTip(index);
}

QString jobsHeader(const MainWindow& window, int column)
{
    return window.jobsPage()->table()->model()->headerData(column, Qt::Horizontal).toString();
}

QString savedEvents(int count)
{
    return QCoreApplication::translate("dispatch::EventsPage", "Saved %n event(s).", nullptr, count);
}

// The status line after a reconnect counts jobs and runs separately, each with its own plural.
QString counted(const char* source, int count)
{
    return QCoreApplication::translate("dispatch::MainWindow", source, nullptr, count);
}

QCoro::Task<QString> neverCalled(JobDraft)
{
    co_return QString();
}

struct ProcessOutput
{
    QString out;
    QString err;
};

// Runs a program with only LANG for the locale, as a desktop session or a shell would start it.
ProcessOutput runIn(const QString& lang, const QString& program, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name :
         {QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES"), QStringLiteral("LANGUAGE")})
        environment.remove(name);
    environment.insert(QStringLiteral("LANG"), lang);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return {QStringLiteral("(did not finish)"), {}};
    return {QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString helpTextIn(const QString& lang)
{
    return runIn(lang, QStringLiteral(DISPATCH_MONITOR_PATH), {QStringLiteral("--help")}).out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void germanCatalogueIsEmbedded();
    void germanLocaleTranslatesTheWindow();
    void germanLocaleTranslatesDialogsAndQtStrings();
    void regionalGermanFallsBackToGerman();
    void unknownLocaleStaysEnglish();
    void translationsAreRemovedWithTheirOwner();
    void executableFollowsTheSystemLocale();
    void aBadKeepJobsIsRefusedInTheUsersLanguage();
    void dispatchctlFollowsTheSystemLocale();
};

void TestTranslations::germanCatalogueIsEmbedded()
{
    QVERIFY2(LocaleTranslations::availableLanguages().contains(QStringLiteral("de")),
             qPrintable(LocaleTranslations::availableLanguages().join(u',')));
}

void TestTranslations::germanLocaleTranslatesTheWindow()
{
    const LocaleTranslations translations(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(translations.hasApplicationTranslation());
    QCOMPARE(translations.applicationLanguage(), QStringLiteral("de"));
    MainWindow window;
    QCOMPARE(menuTitles(window), (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht"),
                                              QStringLiteral("A&ktionen"), QStringLiteral("&Hilfe")}));
    QCOMPARE(window.connectionBar()->stateText(), QStringLiteral("Nicht verbunden"));

    // The pages (and their tabs) exist once a server is connected.
    testsupport::DevServerFixture server;
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    ClientOptions options;
    options.connection.url = server.url();
    options.connection.token = QStringLiteral("demo-token");
    window.connectTo(options);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionBar()->stateText(), QStringLiteral("Verbunden"), 10000);
    QVERIFY(window.jobsPage());
    // Title and tooltip; the shortcut number in the tooltip depends on the pages before it.
    const QRegularExpression jobsTab(
        QStringLiteral("^Jobs\\|Seit dem Verbinden gesehene Jobs \\(Strg\\+\\d\\)$"));
    const QRegularExpression runsTab(
        QStringLiteral("^Workflows\\|Seit dem Verbinden gesehene Workflow-Läufe \\(Strg\\+\\d\\)$"));
    const QRegularExpression eventsTab(
        QStringLiteral("^Events\\|Der laufende Event-Stream \\(Strg\\+\\d\\)$"));
    QVERIFY2(jobsTab.match(tabText(window, window.jobsPage())).hasMatch(),
             qPrintable(tabText(window, window.jobsPage())));
    QVERIFY2(runsTab.match(tabText(window, window.workflowsPage())).hasMatch(),
             qPrintable(tabText(window, window.workflowsPage())));
    QVERIFY2(eventsTab.match(tabText(window, window.eventsPage())).hasMatch(),
             qPrintable(tabText(window, window.eventsPage())));
    QCOMPARE(
        tabText(window, window.overviewPage()),
        QStringLiteral("Übersicht|Zählungen, Zustand und letzte Fehlschläge seit dem Verbinden (Strg+1)"));
    QCOMPARE(
        tabText(window, window.statsPage()),
        QStringLiteral("Statistik|Diagramme zu Event-Raten, Job-Ergebnissen und Serverstatistik (Strg+5)"));
    QCOMPARE(jobsHeader(window, 3), QStringLiteral("Zustand"));
    // The event stream is a Stream, not a "Strom" (electric current; issue 20 item 22).
    QStringList overviewTexts;
    for (const QLabel* label : window.overviewPage()->findChildren<QLabel*>())
        overviewTexts << label->text();
    QVERIFY2(overviewTexts.contains(QStringLiteral("Stream und Server")),
             qPrintable(overviewTexts.join(u'|')));
    QVERIFY2(!overviewTexts.join(u'|').contains(QStringLiteral("Strom")),
             qPrintable(overviewTexts.join(u'|')));
}

void TestTranslations::germanLocaleTranslatesDialogsAndQtStrings()
{
    const LocaleTranslations translations(QLocale(QLocale::German, QLocale::Germany));
    EnqueueJobDialog dialog(neverCalled);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Job einreihen"));
    QCOMPARE(dialog.findChild<QPushButton*>(QStringLiteral("sendButton"))->text(), QStringLiteral("&Senden"));
    // Qt's own strings (standard buttons) come from qt6-translations-l10n, which scripts/debian-packages.txt
    // installs.
    QVERIFY(translations.hasQtTranslation());
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    QCOMPARE(savedEvents(1), QStringLiteral("1 Event gespeichert."));
    QCOMPARE(savedEvents(3), QStringLiteral("3 Events gespeichert."));
    QCOMPARE(counted("Reconnected; %n job(s) on screen refreshed.", 1),
             QStringLiteral("Wieder verbunden; 1 Job auf dem Bildschirm aktualisiert."));
    QCOMPARE(counted("%n run(s) on screen refreshed.", 2),
             QStringLiteral("2 Läufe auf dem Bildschirm aktualisiert."));
}

void TestTranslations::regionalGermanFallsBackToGerman()
{
    const LocaleTranslations translations(QLocale(QLocale::German, QLocale::Austria));
    QVERIFY(translations.hasApplicationTranslation());
    MainWindow window;
    QCOMPARE(menuTitles(window).value(0), QStringLiteral("&Datei"));
}

void TestTranslations::unknownLocaleStaysEnglish()
{
    const LocaleTranslations translations(QLocale(QLocale::Japanese, QLocale::Japan));
    QVERIFY(!translations.hasApplicationTranslation());
    QVERIFY(!translations.hasQtTranslation()); // no German-style mix of Japanese buttons and English labels
    MainWindow window;
    QCOMPARE(menuTitles(window), (QStringList{QStringLiteral("&File"), QStringLiteral("&View"),
                                              QStringLiteral("&Actions"), QStringLiteral("&Help")}));
    QCOMPARE(window.connectionBar()->stateText(), QStringLiteral("Not connected"));
    EnqueueJobDialog dialog(neverCalled);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Enqueue Job"));
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    // Plural forms come from the English plural catalogue.
    QCOMPARE(savedEvents(1), QStringLiteral("Saved 1 event."));
    QCOMPARE(savedEvents(3), QStringLiteral("Saved 3 events."));
    QCOMPARE(counted("Reconnected; %n job(s) on screen refreshed.", 1),
             QStringLiteral("Reconnected; 1 job on screen refreshed."));
    QCOMPARE(counted("%n run(s) on screen refreshed.", 0), QStringLiteral("0 runs on screen refreshed."));
}

void TestTranslations::translationsAreRemovedWithTheirOwner()
{
    {
        const LocaleTranslations translations(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(QCoreApplication::translate("dispatch::MainWindow", "&File"), QStringLiteral("&Datei"));
    }
    QCOMPARE(QCoreApplication::translate("dispatch::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestTranslations::executableFollowsTheSystemLocale()
{
    const QString german = helpTextIn(QStringLiteral("de_DE.UTF-8"));
    QVERIFY2(german.contains(QStringLiteral("Den eingebauten Demo-Server in diesem Prozess starten")),
             qPrintable(german));
    const QString english = helpTextIn(QStringLiteral("C"));
    QVERIFY2(english.contains(QStringLiteral("Start the built-in demo server in this process")),
             qPrintable(english));
}

// --keep-jobs (issue 19 item 5) below its least, above its most and not a number: refused before any window,
// saying the range, on the last line of standard error (Qt may warn before it); a value in range is taken.
void TestTranslations::aBadKeepJobsIsRefusedInTheUsersLanguage()
{
    const QString program = QStringLiteral(DISPATCH_MONITOR_PATH);
    for (const QString& bad : {QStringLiteral("5"), QStringLiteral("20000001"), QStringLiteral("lots")}) {
        const ProcessOutput english =
            runIn(QStringLiteral("C"), program, {QStringLiteral("--keep-jobs"), bad});
        QCOMPARE(
            english.err.trimmed().split(u'\n').last(),
            QStringLiteral("dispatch-monitor: --keep-jobs must be a number of jobs from 100 to 20000000, "
                           "not \"%1\".")
                .arg(bad));
    }
    const ProcessOutput german =
        runIn(QStringLiteral("de_DE.UTF-8"), program, {QStringLiteral("--keep-jobs"), QStringLiteral("5")});
    QCOMPARE(german.err.trimmed().split(u'\n').last(),
             QStringLiteral("dispatch-monitor: --keep-jobs muss eine Anzahl Jobs von 100 bis 20000000 sein, "
                            "nicht „5“."));
    // The positive control: 1000 passes, and the next check (an id for --open) is the one that speaks.
    const ProcessOutput taken = runIn(QStringLiteral("C"), program,
                                      {QStringLiteral("--keep-jobs"), QStringLiteral("1000"),
                                       QStringLiteral("--open"), QStringLiteral("x")});
    QVERIFY2(taken.err.contains(QStringLiteral("is not a job, run or cron id")) &&
                 !taken.err.contains(QStringLiteral("--keep-jobs")),
             qPrintable(taken.err));
}

void TestTranslations::dispatchctlFollowsTheSystemLocale()
{
    const QString dispatchctl = QStringLiteral(DISPATCHCTL_PATH);
    const QString germanHelp =
        runIn(QStringLiteral("de_DE.UTF-8"), dispatchctl, {QStringLiteral("--help")}).out;
    QVERIFY2(germanHelp.contains(QStringLiteral("Mit einem Dispatch-Server über DWP sprechen.")),
             qPrintable(germanHelp));
    QVERIFY2(germanHelp.contains(QStringLiteral("Befehle:")), qPrintable(germanHelp));
    QVERIFY2(germanHelp.contains(QStringLiteral("einen Job einreihen")), qPrintable(germanHelp));
    // The per-command help cuts Qt's option list at Qt's (translated) heading.
    const QString germanJobHelp =
        runIn(QStringLiteral("de_DE.UTF-8"), dispatchctl, {QStringLiteral("job"), QStringLiteral("--help")})
            .out;
    QVERIFY2(germanJobHelp.contains(QStringLiteral("Aufruf: dispatchctl [options] job ID")),
             qPrintable(germanJobHelp));
    QVERIFY2(germanJobHelp.contains(QStringLiteral("--timeout")), qPrintable(germanJobHelp));
    const QString germanError =
        runIn(QStringLiteral("de_DE.UTF-8"), dispatchctl,
              {QStringLiteral("--priority"), QStringLiteral("x"), QStringLiteral("stats")})
            .err;
    QVERIFY2(germanError.contains(QStringLiteral("hat einen ungültigen Wert")), qPrintable(germanError));

    const QString englishError =
        runIn(QStringLiteral("C"), dispatchctl,
              {QStringLiteral("--priority"), QStringLiteral("x"), QStringLiteral("stats")})
            .err;
    QVERIFY2(englishError.contains(QStringLiteral("has an invalid value")), qPrintable(englishError));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
