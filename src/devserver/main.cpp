// SPDX-License-Identifier: MIT
#include "devserver/CommandLine.h"
#include "devserver/DevServer.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dispatch-devserver"));

    devserver::CommandLine commandLine;
    const auto parsed = commandLine.parse(QCoreApplication::arguments());
    if (commandLine.helpRequested()) {
        std::fputs(qPrintable(commandLine.helpText()), stdout);
        return 0;
    }
    if (!parsed) {
        std::fprintf(stderr, "dispatch-devserver: %s\n", qPrintable(parsed.error()));
        return 2;
    }
    if (parsed->verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("dispatch.devserver*.debug=true"));

    devserver::DevServer server(parsed->config);
    if (!server.start()) {
        std::fprintf(stderr, "dispatch-devserver: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    // The one line scripts and tests wait for; with port 0 it carries the port actually used.
    std::printf("listening on %s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    return app.exec();
}
