// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/ClientOptions.h"

#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>
#include <variant>

// One client command as the user asked for it, checked: everything dispatchctl needs to run it. Bad input is
// refused here, before any connection, with the usage exit status (absurd --timeout values included: issue
// 16 item 3).
struct ClientInvocation
{
    QString command;
    QStringList arguments; // a JSON argument is already validated and compact
    dispatch::ClientOptions options;
    QString queue;
    qint64 priority = 0;
    qint64 count = 0;
    // One deadline for the whole command: connecting, authenticating and the answer (or, for subscribe and
    // watch, the subscription); not for the event stream that follows.
    std::chrono::milliseconds timeout{30000};
};

class ClientCommandLine
{
public:
    // The longest wait --timeout and --heartbeat accept, in seconds: a week. Beyond it a number is a typo
    // or an attempt to overflow (1e300, inf).
    static constexpr double kMaxSeconds = 7 * 24 * 3600;

    // The invocation, or the exit status to leave with (usage, invalid JSON, or 0 after --help); messages
    // and help are already printed then.
    static std::variant<ClientInvocation, int> parse(const QStringList& arguments);
    // Seconds as given on the command line: finite, more than 0 (or 0 where `zeroAllowed`), at most
    // kMaxSeconds. Anything else is nullopt.
    static std::optional<std::chrono::milliseconds> parseSeconds(const QString& text, bool zeroAllowed);
    // The raw SHA-256 digests of --trust-sha256 values (ab:cd:… or abcd…); nullopt if one is not 32 bytes.
    static std::optional<QList<QByteArray>> trustedCertificates(const QStringList& values);
};
