// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/Identity.h"
#include "protocol/Parsed.h"

#include <QString>
#include <QStringView>

namespace devserver {

// One configured API key: `TOKEN=SCOPE[,SCOPE…][;app=APP][;org=ORG][;subject=NAME]`, as given to
// `--token` or written one per line in a tokens file. Scopes are the server's strings (job:read, job:write,
// workflow:read, workflow:write, subscribe, stats:read, cron:read, dlq:read, dlq:write, admin, or *); any
// other word is accepted, as the server compares scopes as plain strings, and simply never matches.
struct TokenSpec
{
    QString token;
    Identity identity;

    static dwp::Parsed<TokenSpec> parse(QStringView text);
};

} // namespace devserver
