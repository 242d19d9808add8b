// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/TokenSpec.h"

#include <QList>
#include <QString>

namespace devserver {

// A tokens file for `--tokens-file`: one TokenSpec per line (see TokenSpec), blank lines and lines starting
// with '#' ignored. Every problem is reported as "<file>:<line>: <what is wrong>", and a token given twice is
// an error rather than a silent override.
class TokensFile
{
public:
    // Parses already-read text; `fileName` is used in messages only.
    static dwp::Parsed<QList<TokenSpec>> parse(const QString& text, const QString& fileName);
    static dwp::Parsed<QList<TokenSpec>> load(const QString& path);
};

} // namespace devserver
