// SPDX-License-Identifier: MIT
#include "gui/dialogs/DeadLetterQuestion.h"

namespace dispatch {

JobActionQuestion DeadLetterQuestion::replayAll(bool onProduction, QWidget* parent)
{
    JobActionQuestion asked = JobActionQuestion::make(
        QStringLiteral("replayAllConfirmation"), tr("Replay All Dead Letters"),
        tr("Replay the dead letters on the server?"),
        tr("The server looks at no more than the first 1000 entries and skips the ones already replayed. "
           "Each of the others is enqueued again as a fresh job, and the entry stays in the list with the "
           "time of its replay. Afterwards the server says how many it replayed and how many failed.\n\n"
           "This cannot be taken back, and it is not repeated automatically if it fails."),
        tr("Replay All"), tr("Keep Them"), parent);
    asked.askForTickOnProduction(
        onProduction,
        //: Checkbox of the replay-all confirmation on a server profile marked Production.
        tr("Yes, replay the dead letters on this production server."));
    return asked;
}

JobActionQuestion DeadLetterQuestion::purge(bool onProduction, QWidget* parent)
{
    JobActionQuestion asked = JobActionQuestion::make(
        QStringLiteral("purgeConfirmation"), tr("Purge Dead Letters"),
        tr("Delete the dead letters older than 30 days?"),
        tr("The server deletes every entry that failed more than 30 days ago, replayed or not; it does not "
           "ask about other ages. Deleted entries cannot be replayed or opened any more. Afterwards the "
           "server says how many it deleted.\n\nThis cannot be taken back."),
        tr("Purge"), tr("Keep Them"), parent);
    asked.askForTickOnProduction(onProduction,
                                 //: Checkbox of the purge confirmation on a server profile marked Production.
                                 tr("Yes, delete old dead letters on this production server."));
    return asked;
}

JobActionQuestion DeadLetterQuestion::replay(const QString& entryId, QWidget* parent)
{
    JobActionQuestion asked = JobActionQuestion::make(
        QStringLiteral("replayConfirmation"), tr("Replay Dead Letter"),
        //: Question before replaying one dead letter on a production server. %1 is the entry id (dlq_…).
        tr("Replay dead letter %1?").arg(entryId),
        tr("The server enqueues the entry's job again as a fresh job with a new id and records the time of "
           "the replay on the entry."),
        tr("Replay"), tr("Keep It"), parent);
    asked.askForTickOnProduction(true,
                                 //: Checkbox of the replay confirmation on a server profile marked
                                 //: Production. %1 is the entry id (dlq_…).
                                 tr("Yes, replay %1 on this production server.").arg(entryId));
    return asked;
}

} // namespace dispatch
