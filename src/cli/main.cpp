// SPDX-License-Identifier: MIT
#include "cli/AdminCommand.h"
#include "cli/ClientCommand.h"
#include "cli/FrameCommand.h"
#include "i18n/LocaleTranslations.h"

#include <QCoreApplication>
#include <iostream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // Messages and help follow the locale; results on standard output are JSON and stay as they are.
    const dispatch::LocaleTranslations translations(QLocale::system());
    QCoreApplication::setApplicationName(QStringLiteral("dispatchctl"));
    QStringList arguments = QCoreApplication::arguments();
    // `frame` works offline on standard input; every other command talks to a server.
    if (arguments.size() >= 2 && arguments.at(1) == QLatin1String("frame")) {
        arguments.removeAt(1);
        return runFrameCommand(arguments, std::cin, std::cout, std::cerr);
    }
    // The REST admin API's commands (counts, retry, dlq, cron, workflows) talk HTTP, not DWP.
    if (isAdminCommand(arguments))
        return runAdminCommand(arguments);
    return runClientCommand(arguments);
}
