// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;
class QObject;
class StartupProbe;

namespace dispatch {
class MainWindow;
}

// The command-line hooks that tests and benchmarks drive the shipped binary with, hidden from --help:
// --screenshot-dir (the README's screenshots, gui tests) and --report-startup (bench_startup, the packaging
// check). Built only with the CMake option DM_TEST_HOOKS (on by default; packagers may switch it off):
// without it the options do not exist and the app refuses them like any unknown option.
class TestHooks
{
public:
    TestHooks();

    void addTo(QCommandLineParser& parser) const;
    // Before the window exists, so its first paint is seen.
    void beforeWindow(const QCommandLineParser& parser, bool demo, QObject* application);
    // The window is made: the startup probe watches its models and pages.
    void windowCreated(dispatch::MainWindow* window);
    // The window is shown and connecting: the screenshot tour starts.
    void afterStart(const QCommandLineParser& parser, dispatch::MainWindow* window);

private:
    QList<QCommandLineOption>
        m_options; // screenshot-dir, screenshot-delay, report-startup; empty without hooks
    StartupProbe* m_startupProbe = nullptr; // owned by the application object
};
