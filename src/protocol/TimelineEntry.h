// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"
#include "protocol/Timestamp.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace dwp {

class PayloadWriter;

// One checkpoint of a workflow run, as workflow.timeline returns them (dwp-protocol.md §4,
// workflow/debug.go): {step_name, data?, created_at}. `data` is opaque: empty for Step/Sleep/Parallel (the
// key is omitted), gob (binary) for StepWithResult, the JSON of the received event for WaitForEvent.
struct TimelineEntry
{
    QString stepName; // e.g. "charge", "wait:<event>", "sleep:<name>", "parallel:<group>:<i>"
    QByteArray data;  // base64 on the wire; omitted when empty
    Timestamp createdAt;

    bool isJsonData() const; // non-empty and one valid JSON value
    // For a person: indented JSON when the data is JSON, else hex bytes ("0e ff 81 …"); empty for no data.
    QString displayData() const;

    static Parsed<TimelineEntry> parse(QByteArrayView json);
    QByteArray toJson() const;
    void writeTo(PayloadWriter& writer) const;

    // The reply of workflow.timeline: a JSON array (an unknown run gives []; null reads as empty too).
    static Parsed<QList<TimelineEntry>> parseList(QByteArrayView json);
    static QByteArray listToJson(const QList<TimelineEntry>& entries);

    friend bool operator==(const TimelineEntry&, const TimelineEntry&) = default;
};

} // namespace dwp
