// SPDX-License-Identifier: MIT
#include "protocol/CronFiredData.h"

#include "protocol/PayloadReader.h"
#include "protocol/PayloadWriter.h"

namespace dwp {

Parsed<CronFiredData> CronFiredData::parse(QByteArrayView json)
{
    PayloadReader reader(json, QLatin1StringView("CronFiredData"));
    CronFiredData data;
    if (reader.beginObject()) {
        while (reader.nextField()) {
            if (reader.field() == "entry_name")
                reader.read(data.entryName);
            else if (reader.field() == "job_id")
                reader.read(data.jobId);
            else
                reader.skip();
        }
    }
    if (!reader.finish({"entry_name", "job_id"}))
        return Parsed<CronFiredData>::failure(reader.error());
    return data;
}

QByteArray CronFiredData::toJson() const
{
    QByteArray out;
    PayloadWriter(out).begin().field("entry_name", entryName).field("job_id", jobId).end();
    return out;
}

} // namespace dwp
