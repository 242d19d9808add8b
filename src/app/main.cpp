// SPDX-License-Identifier: MIT
#include "devserver/DevServerThread.h"

#include "TestHooks.h"
#include "gui/controllers/ProfileController.h"
#include "gui/window/MainWindow.h"
#include "gui/window/WindowStateKeeper.h"
#include "i18n/LocaleTranslations.h"
#include "settings/KeychainSecretStore.h"
#include "settings/SettingsFile.h"

#include <QDateTime>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QUrl>
#include <cstdio>
#include <memory>

namespace {

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
        QObject::tr("Monitor a Dispatch job-queue and workflow server over the Dispatch Wire Protocol."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QObject::tr("Start the built-in demo server in this process and connect to it."));
    const QCommandLineOption url(QStringLiteral("url"),
                                 QObject::tr("The server's DWP address, e.g. ws://host:8080/dwp."),
                                 QObject::tr("url"));
    const QCommandLineOption token(
        QStringLiteral("token"),
        QObject::tr("The API token (default: the DISPATCH_TOKEN environment variable)."),
        QObject::tr("token"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QObject::tr("Wire format: json (default) or msgpack."),
                                    QObject::tr("format"), QStringLiteral("json"));
    const QCommandLineOption maxMessage(
        QStringLiteral("max-message-mb"),
        QObject::tr("Close the connection rather than read a server message larger than this many MiB "
                    "(default 64)."),
        QObject::tr("MiB"), QStringLiteral("64"));
    const QCommandLineOption settingsPath(
        QStringLiteral("settings"),
        QObject::tr("Read and write the settings (profiles, window layout) in this file instead of the "
                    "usual place."),
        QObject::tr("file"));
    parser.addOptions({demo, url, token, format, maxMessage, settingsPath});
    TestHooks testHooks;
    testHooks.addTo(parser);
    parser.process(*app); // prints and exits for --help and --version

    QApplication::setApplicationDisplayName(QObject::tr("Dispatch Monitor"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dispatch-monitor.svg")));
    // Lets Wayland compositors and docks match the window to the installed desktop file and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.dispatch_monitor.DispatchMonitor"));
    testHooks.beforeWindow(parser, parser.isSet(demo), app.get());

    if (parser.isSet(demo) && parser.isSet(url))
        return fail(QObject::tr("--demo starts its own server; leave out --url."));
    const auto wireFormat = dwp::wireFormatFromName(parser.value(format));
    if (!wireFormat)
        return fail(QObject::tr("--format must be json or msgpack, not \"%1\".").arg(parser.value(format)));
    bool maxMessageOk = false;
    const int maxMessageMb = parser.value(maxMessage).toInt(&maxMessageOk);
    if (!maxMessageOk || maxMessageMb < 1 || maxMessageMb > 4096)
        return fail(QObject::tr("--max-message-mb must be a number of MiB from 1 to 4096, not \"%1\".")
                        .arg(parser.value(maxMessage)));
    dispatch::ClientOptions options;
    options.format = *wireFormat;
    options.maxIncomingMessageBytes = quint64(maxMessageMb) * 1024 * 1024;
    options.token = parser.isSet(token) ? parser.value(token) : qEnvironmentVariable("DISPATCH_TOKEN");

    if (parser.isSet(url)) {
        options.url = QUrl(parser.value(url), QUrl::StrictMode);
        const QString scheme = options.url.scheme();
        if (!options.url.isValid() || (scheme != u"ws" && scheme != u"wss") || options.url.host().isEmpty())
            return fail(
                QObject::tr("--url must be a ws:// or wss:// address, not \"%1\".").arg(parser.value(url)));
    }

    std::unique_ptr<devserver::DevServerThread> demoServer;
    if (parser.isSet(demo)) {
        // The devserver with its demo workload on a free loopback port, in a thread of its own.
        devserver::DevServerConfig demoConfig;
        demoConfig.workload = devserver::WorkloadKind::Demo;
        demoConfig.seed = quint64(QDateTime::currentMSecsSinceEpoch()); // a different story each time
        demoServer = std::make_unique<devserver::DevServerThread>(demoConfig);
        if (!demoServer->start())
            return fail(QObject::tr("the demo server could not start: %1").arg(demoServer->error()));
        if (options.token.isEmpty())
            options.token =
                QStringLiteral("demo"); // the demo server accepts any token, as Dispatch does by default
    }

    // A settings file that cannot be used is reported in the window, which starts anyway.
    dispatch::SettingsFile settingsFile(parser.value(settingsPath));
    dispatch::MainWindow window;
    if (parser.isSet(maxMessage))
        window.setMessageSizeLimit(options.maxIncomingMessageBytes);
    testHooks.windowCreated(&window);
    auto* layout = new dispatch::WindowStateKeeper(&window, &settingsFile.settings());
    dispatch::ProfileController profiles(&window, &settingsFile,
                                         std::make_unique<dispatch::KeychainSecretStore>());
    layout->restoreWindow();
    window.show();
    profiles.load();

    if (demoServer) {
        dispatch::ServerProfile demoProfile;
        demoProfile.name = QObject::tr("Demo (built-in)");
        demoProfile.url = demoServer->url();
        demoProfile.format = options.format;
        demoProfile.environment = dispatch::ServerEnvironment::Local;
        profiles.addTransientProfile(demoProfile, options.token);
        profiles.switchTo(demoProfile.name);
    } else if (!options.url.isEmpty()) {
        profiles.connectAdHoc(options);
    } else if (!profiles.lastProfile().isEmpty()) {
        profiles.switchTo(profiles.lastProfile());
    } else if (!profiles.profiles().isEmpty()) {
        profiles.switchTo(profiles.profiles().all().first().name);
    } else {
        window.showConnectDialog();
    }
    testHooks.afterStart(parser, &window);

    const int status = QApplication::exec();
    return status;
}
