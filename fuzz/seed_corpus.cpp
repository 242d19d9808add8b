// SPDX-License-Identifier: MIT
// Writes the starting corpora for the fuzz targets from shared/golden/vectors.json, read at run time (the
// golden frames are the server's, so the repository holds no copy): the frames as they are for the frame
// codecs, each frame's `data` behind every selector byte for fuzz_payloads, plus timestamps and the error
// object. Usage: fuzz_seed_corpus <output folder>; it makes json_frame/, msgpack_frame/ and payloads/ there.
#include "GoldenVectors.h"
#include "protocol/JsonCodec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <cstdio>

namespace {

// The number of checks fuzz_payloads picks from; any larger selector wraps around, so a few too many are
// harmless.
constexpr int kPayloadSelectors = 32;

bool writeSeed(const QString& folder, const QByteArray& bytes)
{
    const QString name =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
    QFile file(folder + QLatin1Char('/') + name);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: fuzz_seed_corpus <output folder>\n");
        return 64;
    }
    const QDir out(arguments.at(1));
    const QString jsonFolder = out.filePath(QStringLiteral("json_frame"));
    const QString msgpackFolder = out.filePath(QStringLiteral("msgpack_frame"));
    const QString payloadFolder = out.filePath(QStringLiteral("payloads"));
    for (const QString& folder : {jsonFolder, msgpackFolder, payloadFolder}) {
        if (!QDir().mkpath(folder)) {
            std::fprintf(stderr, "fuzz_seed_corpus: cannot create %s\n", qPrintable(folder));
            return 1;
        }
    }
    const QList<GoldenVector> vectors = loadGoldenVectors();
    // Fuzzers started from nothing would pass having explored little; a missing or changed file is an error.
    if (const QString problem = goldenVectorsProblem(vectors); !problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_seed_corpus: %s\n", qPrintable(problem));
        return 1;
    }
    const dwp::JsonCodec codec;
    int written = 0;
    bool ok = true;
    for (const GoldenVector& vector : vectors) {
        ok = ok && writeSeed(jsonFolder, vector.frameJson) && writeSeed(msgpackFolder, vector.msgpack);
        written += 2;
        const auto frame = codec.decode(vector.frameJson);
        if (!frame)
            continue;
        QList<QByteArray> payloads{frame->ts.toRfc3339()};
        if (frame->hasData())
            payloads.append(frame->data);
        for (const QByteArray& payload : std::as_const(payloads)) {
            for (int selector = 0; selector < kPayloadSelectors; ++selector) {
                ok = ok && writeSeed(payloadFolder, char(selector) + payload);
                ++written;
            }
        }
    }
    if (!ok) {
        std::fprintf(stderr, "fuzz_seed_corpus: cannot write seeds under %s\n", qPrintable(out.path()));
        return 1;
    }
    std::printf("fuzz_seed_corpus: %d seeds from %lld golden frames\n", written, qlonglong(vectors.size()));
    return 0;
}
