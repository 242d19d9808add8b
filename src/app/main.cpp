// SPDX-License-Identifier: MIT
#include "devserver/DevServerThread.h"

#include "AppText.h"
#include "TestHooks.h"
#include "coro/Detached.h"
#include "gui/controllers/ProfileController.h"
#include "gui/window/DeepLinkOpener.h"
#include "gui/window/InstanceChannel.h"
#include "gui/window/MainWindow.h"
#include "gui/window/ThemeSwitcher.h"
#include "gui/window/WindowStateKeeper.h"
#include "i18n/LocaleTranslations.h"
#include "session/JournalLocation.h"
#include "session/SessionHost.h"
#include "settings/KeychainSecretStore.h"
#include "settings/ServerProfile.h"
#include "settings/SettingsFile.h"

#include <QDateTime>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMenu>
#include <QUrl>
#include <cstdio>
#include <memory>

namespace {

// --keep-jobs: at least a screenful; at most what fits in the 2^31 rows a Qt model can address with room for
// the jobs not over (about 160 bytes per job, 3.2 GB at the most).
constexpr int kMinKeptJobs = 100;
constexpr int kMaxKeptJobs = 20'000'000;

// --help and --version only print: they must work where no display is (a package check, an ssh session), so
// they get a QCoreApplication, which needs no platform plugin.
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v" ||
            argument == "--version")
            return true;
    }
    return false;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "dispatch-monitor: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = onlyPrints(argc, argv)
                                                      ? std::make_unique<QCoreApplication>(argc, argv)
                                                      : std::make_unique<QApplication>(argc, argv);
    const dispatch::LocaleTranslations translations(QLocale::system());
    QCoreApplication::setApplicationName(QStringLiteral("dispatch-monitor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        AppText::tr("Monitor a Dispatch job-queue and workflow server over the Dispatch Wire Protocol."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        AppText::tr("Start the built-in demo server in this process and connect to it."));
    const QCommandLineOption url(QStringLiteral("url"),
                                 AppText::tr("The server's DWP address, e.g. ws://host:8080/dwp."),
                                 //: The placeholder for --url's value in --help: --url <url>.
                                 AppText::tr("url"));
    const QCommandLineOption token(
        QStringLiteral("token"),
        AppText::tr("The API token (default: the DISPATCH_TOKEN environment variable)."),
        //: The placeholder for --token's value in --help: --token <token>.
        AppText::tr("token"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    AppText::tr("Wire format: json (default) or msgpack."),
                                    //: The placeholder for --format's value in --help: --format <format>.
                                    AppText::tr("format"), QStringLiteral("json"));
    const QCommandLineOption maxMessage(
        QStringLiteral("max-message-mb"),
        AppText::tr("Close the connection rather than read a server message larger than this many MiB "
                    "(default 64)."),
        //: The placeholder for --max-message-mb's value in --help (mebibytes): --max-message-mb <MiB>.
        AppText::tr("MiB"), QStringLiteral("64"));
    const QCommandLineOption keepJobs(
        QStringLiteral("keep-jobs"),
        //: --help. %1 is the default number of jobs, e.g. 200000.
        AppText::tr("Keep this many finished jobs in the Jobs list (default %1); older ones stay in the "
                    "history on disk. Jobs not yet over are always kept.")
            .arg(dispatch::JobsModel::kDefaultCapacity),
        //: The placeholder for --keep-jobs' value in --help: --keep-jobs <jobs>.
        AppText::tr("jobs"), QString::number(dispatch::JobsModel::kDefaultCapacity));
    const QCommandLineOption settingsPath(
        QStringLiteral("settings"),
        AppText::tr("Read and write the settings (profiles, window layout) in this file instead of the "
                    "usual place."),
        //: The placeholder for --settings' value in --help: --settings <file>.
        AppText::tr("file"));
    const QCommandLineOption open(
        QStringLiteral("open"),
        AppText::tr(
            "Show this job, run or cron (job_…, wfrun_…, cron_…) in the monitor that is already open, "
            "or in this one once it is connected."),
        //: The placeholder for --open's value in --help: --open <id>.
        AppText::tr("id"));
    parser.addOptions({demo, url, token, format, maxMessage, keepJobs, settingsPath, open});
    TestHooks testHooks;
    testHooks.addTo(parser);
    parser.process(*app); // prints and exits for --help and --version

    QApplication::setApplicationDisplayName(AppText::tr("Dispatch Monitor"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dispatch-monitor.svg")));
    // Lets Wayland compositors and docks match the window to the installed desktop file and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.dispatch_monitor.DispatchMonitor"));
    testHooks.beforeWindow(parser, parser.isSet(demo), app.get());

    if (parser.isSet(demo) && parser.isSet(url))
        return fail(AppText::tr("--demo starts its own server; leave out --url."));
    const auto wireFormat = dwp::wireFormatFromName(parser.value(format));
    if (!wireFormat)
        //: %1 is the value the user gave; the option names and json/msgpack are literal, not translated.
        return fail(AppText::tr("--format must be json or msgpack, not \"%1\".").arg(parser.value(format)));
    bool maxMessageOk = false;
    const int maxMessageMb = parser.value(maxMessage).toInt(&maxMessageOk);
    if (!maxMessageOk || maxMessageMb < 1 || maxMessageMb > 4096)
        //: %1 is the value the user gave.
        return fail(AppText::tr("--max-message-mb must be a number of MiB from 1 to 4096, not \"%1\".")
                        .arg(parser.value(maxMessage)));
    bool keptJobsOk = false;
    const int keptJobs = parser.value(keepJobs).toInt(&keptJobsOk);
    if (!keptJobsOk || keptJobs < kMinKeptJobs || keptJobs > kMaxKeptJobs)
        //: %1 and %2 are the least and the most jobs allowed, %3 the value the user gave.
        return fail(AppText::tr("--keep-jobs must be a number of jobs from %1 to %2, not \"%3\".")
                        .arg(kMinKeptJobs)
                        .arg(kMaxKeptJobs)
                        .arg(parser.value(keepJobs)));
    const QString openId = parser.value(open).trimmed();
    if (parser.isSet(open)) {
        if (const QString problem = dispatch::InstanceChannel::problemWithId(openId); !problem.isEmpty())
            return fail(problem);
    }
    dispatch::ClientOptions options;
    options.connection.format = *wireFormat;
    options.connection.maxIncomingMessageBytes = quint64(maxMessageMb) * 1024 * 1024;
    options.connection.token =
        parser.isSet(token) ? parser.value(token) : qEnvironmentVariable("DISPATCH_TOKEN");

    if (parser.isSet(url)) {
        // The rule a saved profile follows (ServerProfile): ws:// or wss://, valid, with a host.
        if (!dispatch::problemWithServerUrl(parser.value(url)).isEmpty())
            //: %1 is the address the user gave; ws:// and wss:// are literal.
            return fail(
                AppText::tr("--url must be a ws:// or wss:// address, not \"%1\".").arg(parser.value(url)));
        options.connection.url = QUrl(parser.value(url).trimmed(), QUrl::StrictMode);
    }

    std::unique_ptr<devserver::DevServerThread> demoServer;
    if (parser.isSet(demo)) {
        // The devserver with its demo workload on a free loopback port, in a thread of its own.
        devserver::DevServerConfig demoConfig;
        demoConfig.workload = devserver::WorkloadKind::Demo;
        demoConfig.seed = quint64(QDateTime::currentMSecsSinceEpoch()); // a different story each time
        demoServer = std::make_unique<devserver::DevServerThread>(demoConfig);
        if (!demoServer->start())
            //: %1 is the reason, e.g. that no port was free.
            return fail(AppText::tr("The demo server could not start: %1").arg(demoServer->error()));
        if (options.connection.token.isEmpty())
            options.connection.token =
                QStringLiteral("demo"); // the demo server accepts any token, as Dispatch does by default
    }

    // A settings file that cannot be used is reported in the window, which starts anyway.
    dispatch::SettingsFile settingsFile(parser.value(settingsPath));
    // The sessions outlive the window (declared first, destroyed last).
    dispatch::SessionHost sessions;
    // History per profile (README, "Journal"); the demo server's means nothing next time, so it stays in
    // memory.
    const std::optional<QString> journalFolder = dispatch::JournalLocation::folderFromEnvironment();
    sessions.setKeptJobs(keptJobs);
    sessions.setJournalFolder(journalFolder && parser.isSet(demo) ? std::optional<QString>(QString())
                                                                  : journalFolder);
    // The theme first, so that the window is never painted in another one.
    dispatch::ThemeSwitcher themes(&settingsFile.settings());
    dispatch::MainWindow window(&sessions);
    window.viewMenu()->addSeparator();
    window.viewMenu()->addMenu(themes.createMenu(&window));
    if (parser.isSet(maxMessage))
        window.setMessageSizeLimit(options.connection.maxIncomingMessageBytes);
    testHooks.windowCreated(&window);
    auto* layout = new dispatch::WindowStateKeeper(&window, &settingsFile.settings());
    dispatch::ProfileController profiles(&window, &settingsFile,
                                         std::make_unique<dispatch::KeychainSecretStore>());
    // Ids from `dispatch-monitor --open` started later, for as long as this window is open (issue 20 item
    // 19).
    dispatch::InstanceChannel instances(dispatch::InstanceChannel::nameFor(parser.value(settingsPath)));
    dispatch::DeepLinkOpener deepLinks(&window, &sessions, dispatch::MainWindow::kSessionKey,
                                       window.controller());
    QObject::connect(&instances, &dispatch::InstanceChannel::openRequested, &deepLinks,
                     &dispatch::DeepLinkOpener::open);
    const auto startHere = [&] {
        layout->restoreWindow();
        window.show();
        profiles.load();

        if (demoServer) {
            dispatch::ServerProfile demoProfile;
            //: The name of the profile of the demo server built into the app (--demo), shown in the profile
            //: list.
            demoProfile.name = AppText::tr("Demo (built-in)");
            demoProfile.url = demoServer->url();
            demoProfile.format = options.connection.format;
            demoProfile.environment = dispatch::ServerEnvironment::Local;
            profiles.addTransientProfile(demoProfile, options.connection.token);
            dispatch::detached(profiles.switchTo(demoProfile.name), &profiles, "opening the demo server");
        } else if (!options.connection.url.isEmpty()) {
            dispatch::detached(profiles.connectAdHoc(options), &profiles, "connecting to --url");
        } else if (!profiles.lastProfile().isEmpty()) {
            dispatch::detached(profiles.switchTo(profiles.lastProfile()), &profiles,
                               "opening the last profile");
        } else if (!profiles.profiles().isEmpty()) {
            dispatch::detached(profiles.switchTo(profiles.profiles().all().first().name), &profiles,
                               "opening the first profile");
        } else {
            window.showConnectDialog();
        }
        testHooks.afterStart(parser, &window);
        instances.listen();
        if (!openId.isEmpty())
            deepLinks.open(openId);
    };
    if (openId.isEmpty()) {
        startHere();
    } else {
        // A monitor that is already open shows the item and this one ends; without one, this one opens.
        QObject::connect(&instances, &dispatch::InstanceChannel::handedOver, &window,
                         [&startHere, openId](bool taken, const QString& message) {
                             if (taken) {
                                 //: Printed when --open was handed to a monitor already open. %1 is the id.
                                 std::fprintf(
                                     stdout, "%s\n",
                                     qPrintable(AppText::tr("%1 is shown in the monitor that is already "
                                                            "open.")
                                                    .arg(openId)));
                                 QCoreApplication::exit(0);
                                 return;
                             }
                             qInfo("no open monitor took --open (%s); opening here", qPrintable(message));
                             startHere();
                         });
        instances.handOver(openId);
    }

    const int status = QApplication::exec();
    return status;
}
