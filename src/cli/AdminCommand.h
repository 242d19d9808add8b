// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// `dispatchctl [--url URL] [--rest-url URL] [--rest-token T] [--timeout S] COMMAND …` for the commands that
// use the server's REST admin API (dwp-protocol.md §8): counts, retry, dlq …, cron …, workflows. The base
// URL is derived from --url unless --rest-url says otherwise. Results print as JSON lines; errors use the
// same exit statuses as the DWP commands.
bool isAdminCommand(const QStringList& arguments); // the first positional argument names one
int runAdminCommand(const QStringList& arguments);
// The commands' lines for dispatchctl --help.
QString adminCommandsHelp();
