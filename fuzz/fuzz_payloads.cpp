// SPDX-License-Identifier: MIT
// Every typed payload parser in src/protocol, plus JsonReader, JsonPrettyPrinter and Timestamp, on arbitrary
// bytes. The first byte picks the parser (modulo their number), the rest is its input, so one corpus reaches
// them all and libFuzzer learns which prefix leads where.
//
// Properties, beyond "returns, whatever the input":
// - a failure says why;
// - what a parser accepted writes out (toJson) as text the same parser accepts again, and writing that out
//   once more gives the same text (the written form is canonical; the first write may normalise, e.g. a
//   job event's ts loses its fraction as the server's RFC3339 has none);
// - the event fast path's envelope reader agrees with StreamEvent::parse;
// - JsonReader's compact form is a fixed point, and pretty-printing it compacts back to it;
// - a parsed timestamp writes out as RFC 3339 that parses to the same instant, and no timestamp arithmetic
//   overflows, also on the msgpack extension's seconds and nanoseconds taken raw (TimestampProperties.h).
#include "FuzzCheck.h"
#include "TimestampProperties.h"
#include "protocol/AuthRequest.h"
#include "protocol/AuthResult.h"
#include "protocol/CancelResult.h"
#include "protocol/ChannelRequest.h"
#include "protocol/CronFiredData.h"
#include "protocol/EnqueueRequest.h"
#include "protocol/EnqueueResult.h"
#include "protocol/EventFrameDecoder.h"
#include "protocol/EventPublishResult.h"
#include "protocol/Job.h"
#include "protocol/JobEventData.h"
#include "protocol/JobIdRequest.h"
#include "protocol/JsonPrettyPrinter.h"
#include "protocol/JsonReader.h"
#include "protocol/Methods.h"
#include "protocol/PayloadReader.h"
#include "protocol/PublishEventRequest.h"
#include "protocol/RunIdRequest.h"
#include "protocol/ServerStats.h"
#include "protocol/StreamEvent.h"
#include "protocol/SubscriptionResult.h"
#include "protocol/TimelineEntry.h"
#include "protocol/Timestamp.h"
#include "protocol/WorkflowEventData.h"
#include "protocol/WorkflowRun.h"
#include "protocol/WorkflowStartRequest.h"
#include "protocol/WorkflowStartResult.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

using Check = void (*)(QByteArrayView input);

template<typename T, typename Parse>
void checkRoundTrip(QByteArrayView input, Parse parse, const char* what)
{
    const auto parsed = parse(input);
    if (!parsed.ok()) {
        fuzzCheck(!parsed.error().isEmpty(), "a failed parse says why", input, QString::fromLatin1(what));
        return;
    }
    const QByteArray written = parsed->toJson();
    const auto again = parse(written);
    fuzzCheck(again.ok(), "what a parser accepted writes out as text it accepts again", input,
              QString::fromLatin1(what) + QLatin1String(": ") + again.error() + QLatin1String(" in ") +
                  QString::fromUtf8(written));
    fuzzCheck(again->toJson() == written, "the written form is canonical", input,
              QString::fromLatin1(what) + QLatin1String(": ") + QString::fromUtf8(written));
}

template<typename T>
void checkParser(QByteArrayView input)
{
    checkRoundTrip<T>(
        input, [](QByteArrayView json) { return T::parse(json); }, typeid(T).name());
}

template<typename T>
void checkParserForMethod(QByteArrayView input, const QString& method)
{
    checkRoundTrip<T>(
        input, [&method](QByteArrayView json) { return T::parse(json, method); }, typeid(T).name());
}

void checkTimelineList(QByteArrayView input)
{
    const auto list = dwp::TimelineEntry::parseList(input);
    if (!list.ok()) {
        fuzzCheck(!list.error().isEmpty(), "a failed parse says why", input);
        return;
    }
    for (const dwp::TimelineEntry& entry : *list) {
        const auto again = dwp::TimelineEntry::parse(entry.toJson());
        fuzzCheck(again.ok(), "a listed timeline entry writes out as text its parser accepts", input,
                  again.error());
    }
}

void checkSplitArray(QByteArrayView input)
{
    QList<QByteArrayView> elements;
    QString error;
    if (!dwp::PayloadReader::splitArray(input, elements, error)) {
        fuzzCheck(!error.isEmpty(), "a failed split says why", input);
        return;
    }
    for (const QByteArrayView element : elements) {
        QByteArray compacted;
        QString elementError;
        fuzzCheck(dwp::JsonReader::validateAndCompact(
                      std::string_view(element.data(), size_t(element.size())), compacted, elementError),
                  "every element of a split array is valid JSON", input, elementError);
    }
}

void checkEnvelope(QByteArrayView input)
{
    const auto slow = dwp::StreamEvent::parse(input);
    const auto fast = dwp::EventFrameDecoder::envelope(std::string_view(input.data(), size_t(input.size())));
    fuzzCheck(slow.ok() == fast.ok(), "the envelope fast path and StreamEvent::parse agree on validity",
              input, slow.ok() ? fast.error() : slow.error());
    if (slow.ok())
        fuzzCheck(*slow == *fast, "the envelope fast path and StreamEvent::parse read the same event", input);
    checkParser<dwp::StreamEvent>(input);
}

void checkJsonReader(QByteArrayView input)
{
    const std::string_view text(input.data(), size_t(input.size()));
    QByteArray compacted;
    QString error;
    if (!dwp::JsonReader::validateAndCompact(text, compacted, error)) {
        fuzzCheck(!error.isEmpty(), "invalid JSON is explained", input);
        return;
    }
    QByteArray twice;
    fuzzCheck(dwp::JsonReader::validateAndCompact(
                  std::string_view(compacted.constData(), size_t(compacted.size())), twice, error),
              "compacted JSON is valid", input, error);
    fuzzCheck(twice == compacted, "compacting is idempotent", input);
    fuzzCheck(dwp::JsonReader::compact(text) == compacted, "compact() matches validateAndCompact()", input);
    const QByteArray pretty =
        dwp::JsonPrettyPrinter::print(std::string_view(compacted.constData(), size_t(compacted.size())))
            .toUtf8();
    QByteArray fromPretty;
    fuzzCheck(dwp::JsonReader::validateAndCompact(std::string_view(pretty.constData(), size_t(pretty.size())),
                                                  fromPretty, error),
              "pretty-printed JSON is valid", input,
              error + QLatin1String(" in ") + QString::fromUtf8(pretty));
    fuzzCheck(fromPretty == compacted, "pretty-printing keeps the value", input, QString::fromUtf8(pretty));
}

void checkTimestamp(QByteArrayView input)
{
    const auto parsed = dwp::Timestamp::parseRfc3339(std::string_view(input.data(), size_t(input.size())));
    if (!parsed.ok()) {
        fuzzCheck(!parsed.error().isEmpty(), "a bad timestamp is explained", input);
        return;
    }
    fuzzCheck(parsed->nanoseconds() < 1000000000, "nanoseconds stay below a second", input);
    const QByteArray written = parsed->toRfc3339();
    const auto again =
        dwp::Timestamp::parseRfc3339(std::string_view(written.constData(), size_t(written.size())));
    fuzzCheck(again.ok(), "a parsed timestamp writes out as RFC 3339 that parses", input,
              again.error() + QLatin1String(" in ") + QString::fromUtf8(written));
    fuzzCheck(*again == *parsed, "RFC 3339 round trip keeps the instant", input, QString::fromUtf8(written));
    checkTimestampArithmetic(*parsed, input);
}

constexpr std::array<Check, 31> kChecks{
    checkParser<dwp::AuthRequest>,
    checkParser<dwp::AuthResult>,
    checkParser<dwp::CancelResult>,
    [](QByteArrayView input) { checkParserForMethod<dwp::ChannelRequest>(input, dwp::methods::Subscribe); },
    [](QByteArrayView input) { checkParserForMethod<dwp::ChannelRequest>(input, dwp::methods::Unsubscribe); },
    checkParser<dwp::CronFiredData>,
    checkParser<dwp::EnqueueRequest>,
    checkParser<dwp::EnqueueResult>,
    checkParser<dwp::EventPublishResult>,
    checkParser<dwp::Job>,
    checkParser<dwp::JobEventData>,
    [](QByteArrayView input) { checkParserForMethod<dwp::JobIdRequest>(input, dwp::methods::JobGet); },
    [](QByteArrayView input) { checkParserForMethod<dwp::JobIdRequest>(input, dwp::methods::JobCancel); },
    checkParser<dwp::PublishEventRequest>,
    [](QByteArrayView input) { checkParserForMethod<dwp::RunIdRequest>(input, dwp::methods::WorkflowGet); },
    [](QByteArrayView input) {
        checkParserForMethod<dwp::RunIdRequest>(input, dwp::methods::WorkflowTimeline);
    },
    checkParser<dwp::ServerStats>,
    checkParser<dwp::SubscriptionResult>,
    checkParser<dwp::TimelineEntry>,
    checkTimelineList,
    checkParser<dwp::WorkflowEventData>,
    checkParser<dwp::WorkflowRun>,
    checkParser<dwp::WorkflowStartRequest>,
    checkParser<dwp::WorkflowStartResult>,
    checkEnvelope,
    checkJsonReader,
    checkTimestamp,
    checkSplitArray,
    [](QByteArrayView input) {
        checkParserForMethod<dwp::RunIdRequest>(input, dwp::methods::WorkflowCancel);
    },
    [](QByteArrayView input) { checkParserForMethod<dwp::ChannelRequest>(input, QString()); },
    checkUnixTimestamp,
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(data + 1, qsizetype(size - 1));
    kChecks[data[0] % kChecks.size()](input);
    return 0;
}
