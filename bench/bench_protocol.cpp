// SPDX-License-Identifier: MIT
// Codec figures on the golden frames: decode + route of event frames, encode of request frames.
// Prints "name value unit" lines. One thread, so the figures are for one core.
// `bench_protocol --iterations N` runs each figure exactly N times instead of for 2 s: under
// `valgrind --tool=callgrind` the instruction count per frame is then total / N, a figure the machine's load
// does not move (how the decode paths are compared before and after a change).
#include "GoldenVectors.h"
#include "protocol/JsonCodec.h"
#include "protocol/MsgpackCodec.h"
#include "protocol/StreamEvent.h"
#include "protocol/Topics.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

namespace {

GoldenVector golden(const QString& name)
{
    for (const auto& vector : loadGoldenVectors())
        if (vector.name == name)
            return vector;
    return {};
}

qint64 g_fixedIterations = 0; // --iterations N

// Runs `work` in rounds until at least `seconds` have passed (or --iterations times); returns operations per
// second.
template<typename Work>
double rate(double seconds, Work work)
{
    QElapsedTimer timer;
    timer.start();
    qint64 operations = 0;
    constexpr int kRound = 10000;
    if (g_fixedIterations > 0) {
        for (; operations < g_fixedIterations; ++operations)
            work();
        return double(operations) / (double(timer.nsecsElapsed()) / 1e9);
    }
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        for (int i = 0; i < kRound; ++i)
            work();
        operations += kRound;
    }
    return double(operations) / (double(timer.nsecsElapsed()) / 1e9);
}

void print(const char* name, double value, const char* unit)
{
    std::printf("%s %.0f %s\n", name, value, unit);
    std::fflush(stdout);
}

// What the client does per event frame: decode, read the envelope, decide which subscriptions it reaches.
qint64 g_routed = 0;
void decodeAndRoute(const dwp::FrameCodec& codec, const QByteArray& bytes)
{
    const auto event = codec.decodeEvent(bytes);
    if (!event || !*event)
        std::abort();
    if (dwp::topics::reaches((*event)->type, (*event)->topic, dwp::topics::Jobs))
        ++g_routed;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc == 3 && QByteArrayView(argv[1]) == "--iterations")
        g_fixedIterations = std::max<qint64>(1, QByteArray(argv[2]).toLongLong());
    const GoldenVector event = golden(QStringLiteral("event_job_completed"));
    const GoldenVector request = golden(QStringLiteral("job_enqueue_request"));
    if (event.frameJson.isEmpty() || request.frameJson.isEmpty()) {
        std::fprintf(stderr, "golden vectors not found under " DM_SHARED_DIR "\n");
        return 1;
    }
    const dwp::JsonCodec json;
    const dwp::MsgpackCodec msgpack;
    constexpr double kSeconds = 2.0;
    print("decode_route_json_event", rate(kSeconds, [&] { decodeAndRoute(json, event.frameJson); }),
          "frames/s");
    print("decode_route_msgpack_event", rate(kSeconds, [&] { decodeAndRoute(msgpack, event.msgpack); }),
          "frames/s");
    const dwp::Frame requestFrame = *json.decode(request.frameJson);
    qint64 bytes = 0;
    print("encode_json_request", rate(kSeconds, [&] { bytes += json.encode(requestFrame).size(); }),
          "frames/s");
    print("encode_msgpack_request", rate(kSeconds, [&] { bytes += msgpack.encode(requestFrame).size(); }),
          "frames/s");
    print("event_frame_size_json", double(event.frameJson.size()), "bytes");
    return g_routed > 0 && bytes > 0 ? 0 : 1;
}
