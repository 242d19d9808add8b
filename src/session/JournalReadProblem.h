// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace dispatch {

// What the journal's readers (JournalReader, JournalSearch) say when they refuse a file, in words for the
// status bar and the search panel. A reader opens the file anew for each read, so a file whose schema was
// raised by a newer monitor while this session runs (README, "Journal": one writer per file, but anyone may
// open it) is refused from then on, read-only and without touching it.
class JournalReadProblem
{
    Q_DECLARE_TR_FUNCTIONS(JournalReadProblem)

public:
    static QString newerSchema(const QString& filePath, int version, int ours);
};

} // namespace dispatch
