// SPDX-License-Identifier: MIT
#include "protocol/JobCounts.h"

#include "protocol/PayloadReader.h"
#include "protocol/PayloadWriter.h"

namespace dwp {

Parsed<JobCounts> JobCounts::parse(QByteArrayView json)
{
    PayloadReader reader(json, QLatin1StringView("JobCounts"));
    JobCounts counts;
    if (reader.beginObject()) {
        while (reader.nextField()) {
            const QByteArrayView key = reader.field();
            if (key == "pending")
                reader.read(counts.pending);
            else if (key == "running")
                reader.read(counts.running);
            else if (key == "completed")
                reader.read(counts.completed);
            else if (key == "failed")
                reader.read(counts.failed);
            else if (key == "retrying")
                reader.read(counts.retrying);
            else if (key == "cancelled")
                reader.read(counts.cancelled);
            else
                reader.skip();
        }
    }
    if (!reader.finish({"pending", "running", "completed", "failed", "retrying", "cancelled"}))
        return Parsed<JobCounts>::failure(reader.error());
    return counts;
}

void JobCounts::writeTo(PayloadWriter& writer, const char* key) const
{
    (key ? writer.begin(key) : writer.begin())
        .field("pending", pending)
        .field("running", running)
        .field("completed", completed)
        .field("failed", failed)
        .field("retrying", retrying)
        .field("cancelled", cancelled)
        .end();
}

QByteArray JobCounts::toJson() const
{
    QByteArray out;
    PayloadWriter writer(out);
    writeTo(writer);
    return out;
}

} // namespace dwp
