// SPDX-License-Identifier: MIT
#include "cli/FrameCommand.h"

#include <QCoreApplication>
#include <iostream>

namespace {

void printUsage(std::ostream& out)
{
    out << "usage: dispatchctl COMMAND [options]\n\n"
           "Commands:\n"
           "  frame decode|encode --format json|msgpack   check DWP frames from standard input\n\n"
           "Run 'dispatchctl COMMAND --help' for a command's options.\n";
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dispatchctl"));
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help") ||
        arguments.at(1) == QLatin1String("-h")) {
        printUsage(arguments.size() < 2 ? std::cerr : std::cout);
        return arguments.size() < 2 ? 64 : 0;
    }
    const QString command = arguments.takeAt(1);
    if (command == QLatin1String("frame"))
        return runFrameCommand(arguments, std::cin, std::cout, std::cerr);
    std::cerr << "dispatchctl: unknown command '" << command.toStdString() << "'\n";
    printUsage(std::cerr);
    return 64;
}
