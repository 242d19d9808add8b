// SPDX-License-Identifier: MIT
#include "TestHooks.h"

#include "AppText.h"

#include <QCommandLineParser>
#include <QObject>

#if DM_TEST_HOOKS
#include "ScreenshotTour.h"
#include "StartupProbe.h"
#endif

namespace {
enum Option
{
    ScreenshotDir,
    ScreenshotDelay,
    ReportStartup,
    ReportHistory,
};
} // namespace

TestHooks::TestHooks()
{
#if DM_TEST_HOOKS
    QCommandLineOption screenshots(QStringLiteral("screenshot-dir"),
                                   AppText::tr("Save a screenshot of each page there, then quit."),
                                   //: The placeholder for --screenshot-dir's value in --help.
                                   AppText::tr("directory"));
    QCommandLineOption warmUp(QStringLiteral("screenshot-delay"),
                              AppText::tr("Milliseconds to wait before the screenshots."),
                              //: The placeholder for --screenshot-delay's value in --help (milliseconds).
                              AppText::tr("ms"), QStringLiteral("8000"));
    // For bench_startup only, hidden from --help: not a string operators read, so not translated.
    QCommandLineOption reportStartup(
        QStringLiteral("report-startup"),
        QStringLiteral("Print when the window and the first event are painted, then quit (bench_startup)."));
    QCommandLineOption reportHistory(
        QStringLiteral("report-history"),
        QStringLiteral("With --report-startup: print when the journal's history is shown, then quit."));
    m_options = {screenshots, warmUp, reportStartup, reportHistory};
    for (QCommandLineOption& option : m_options)
        option.setFlags(QCommandLineOption::HiddenFromHelp);
#endif
}

void TestHooks::addTo(QCommandLineParser& parser) const
{
    parser.addOptions(m_options);
}

void TestHooks::beforeWindow([[maybe_unused]] const QCommandLineParser& parser, [[maybe_unused]] bool demo,
                             [[maybe_unused]] QObject* application)
{
#if DM_TEST_HOOKS
    if (parser.isSet(m_options[ReportStartup]))
        m_startupProbe = parser.isSet(m_options[ReportHistory])
                             ? new StartupProbe(false, true, 300000, application) // a large journal
                             : new StartupProbe(demo, false, 30000, application);
#endif
}

void TestHooks::windowCreated([[maybe_unused]] dispatch::MainWindow* window)
{
#if DM_TEST_HOOKS
    if (m_startupProbe)
        m_startupProbe->watch(window);
#endif
}

void TestHooks::afterStart([[maybe_unused]] const QCommandLineParser& parser,
                           [[maybe_unused]] dispatch::MainWindow* window)
{
#if DM_TEST_HOOKS
    if (parser.isSet(m_options[ScreenshotDir]))
        new ScreenshotTour(window, parser.value(m_options[ScreenshotDir]),
                           parser.value(m_options[ScreenshotDelay]).toInt());
#endif
}
