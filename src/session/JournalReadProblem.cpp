// SPDX-License-Identifier: MIT
#include "session/JournalReadProblem.h"

namespace dispatch {

QString JournalReadProblem::newerSchema(const QString& filePath, int version, int ours)
{
    //: Status bar warning and search panel. %1 is the journal's file; %2 and %3 are schema version numbers.
    return tr("The journal %1 is of a newer Dispatch Monitor (schema %2; this one knows up to %3): this "
              "monitor reads no history from it and leaves it as it is.")
        .arg(filePath)
        .arg(version)
        .arg(ours);
}

} // namespace dispatch
