// SPDX-License-Identifier: MIT
#include "protocol/TimelineEntry.h"

#include "protocol/JsonPrettyPrinter.h"
#include "protocol/JsonReader.h"
#include "protocol/PayloadReader.h"
#include "protocol/PayloadWriter.h"

namespace dwp {

bool TimelineEntry::isJsonData() const
{
    QByteArray compacted;
    QString error;
    return !data.isEmpty() && JsonReader::validateAndCompact(
                                  std::string_view(data.constData(), size_t(data.size())), compacted, error);
}

QString TimelineEntry::displayData() const
{
    // Gob bytes are not JSON (and rarely valid UTF-8), so "try JSON, fall back to hex" (§4) tells them apart.
    if (isJsonData())
        return JsonPrettyPrinter::print(std::string_view(data.constData(), size_t(data.size())));
    return QString::fromLatin1(data.toHex(' '));
}

Parsed<TimelineEntry> TimelineEntry::parse(QByteArrayView json)
{
    PayloadReader reader(json, QLatin1StringView("TimelineEntry"));
    TimelineEntry entry;
    if (reader.beginObject()) {
        while (reader.nextField()) {
            const QByteArrayView key = reader.field();
            if (key == "step_name")
                reader.read(entry.stepName);
            else if (key == "data")
                reader.readBytes(entry.data);
            else if (key == "created_at")
                reader.read(entry.createdAt);
            else
                reader.skip();
        }
    }
    if (!reader.finish({"step_name", "created_at"}))
        return Parsed<TimelineEntry>::failure(reader.error());
    return entry;
}

void TimelineEntry::writeTo(PayloadWriter& writer) const
{
    writer.begin()
        .field("step_name", stepName)
        .omitEmptyBytes("data", data)
        .field("created_at", createdAt)
        .end();
}

QByteArray TimelineEntry::toJson() const
{
    QByteArray out;
    PayloadWriter writer(out);
    writeTo(writer);
    return out;
}

Parsed<QList<TimelineEntry>> TimelineEntry::parseList(QByteArrayView json)
{
    QList<QByteArrayView> elements;
    QString error;
    if (!PayloadReader::splitArray(json, elements, error))
        return Parsed<QList<TimelineEntry>>::failure(QStringLiteral("timeline: %1").arg(error));
    QList<TimelineEntry> entries;
    entries.reserve(elements.size());
    for (qsizetype i = 0; i < elements.size(); ++i) {
        auto entry = parse(elements[i]);
        if (!entry)
            return Parsed<QList<TimelineEntry>>::failure(
                QStringLiteral("timeline[%1]: %2").arg(i).arg(entry.error()));
        entries.append(std::move(entry).value());
    }
    return entries;
}

QByteArray TimelineEntry::listToJson(const QList<TimelineEntry>& entries)
{
    QByteArray out;
    out.append('[');
    PayloadWriter writer(out);
    for (const TimelineEntry& entry : entries)
        entry.writeTo(writer);
    out.append(']');
    return out;
}

} // namespace dwp
