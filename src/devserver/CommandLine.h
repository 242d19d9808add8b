// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/DevServerConfig.h"
#include "protocol/Parsed.h"

#include <QCommandLineParser>
#include <QStringList>

namespace devserver {

// The dispatch-devserver command line: options, --help text and the checks that turn arguments into a
// DevServerConfig. Every mistake becomes one clear message (a malformed tokens file names its line).
class CommandLine
{
public:
    CommandLine();

    struct Result
    {
        DevServerConfig config;
        bool verbose = false;
    };

    // `arguments` includes the program name, as QCoreApplication::arguments() does.
    dwp::Parsed<Result> parse(const QStringList& arguments);
    bool helpRequested() const { return m_helpRequested; }
    QString helpText() const;

    // HOST:PORT, HOST being an address, `localhost` or [IPv6]; PORT 0 picks a free port.
    static dwp::Parsed<std::pair<QHostAddress, quint16>> parseListen(const QString& text);

private:
    QCommandLineParser m_parser;
    bool m_helpRequested = false;
};

} // namespace devserver
