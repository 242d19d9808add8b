// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

// The translation context of dispatchctl's messages and help (translations/*.ts, context "CliText"):
// CliText::tr("…") for text built at run time, QT_TRANSLATE_NOOP("CliText", "…") for text in tables.
// Results on standard output are JSON and never translated.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};
