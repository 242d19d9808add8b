// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

// The translation context of dispatch-monitor's command line and start-up messages (translations/*.ts,
// context "AppText"), so that they do not share the catch-all "QObject" context with strings from anywhere
// else.
class AppText
{
    Q_DECLARE_TR_FUNCTIONS(AppText)
};
