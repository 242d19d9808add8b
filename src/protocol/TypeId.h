// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"

#include <QString>
#include <QStringView>
#include <array>

namespace dwp {

// A Dispatch id (dwp-protocol.md §4 "IDs"): `<prefix>_<26 chars>`, the 26 characters being a UUID's 128 bits
// in lowercase Crockford base32 (alphabet 0-9a-z without i, l, o, u), most significant first, behind two zero
// bits, so the first character is 0–7. The server's UUIDs are v7: 48 bits of Unix milliseconds first, which
// makes ids sort by creation time. Session ids (`ws_<nanos>`) and frame ids are not TypeIDs.
//
// The one parser of ids for every layer: the devserver hands them out and checks them like the server, the
// models pack job ids (CompactJobId), the GUI tells a job id from a run id someone pasted.
class TypeId
{
public:
    using Bytes = std::array<quint8, 16>;

    // The prefixes the server uses (§4); Other is any other prefix, which parse() still accepts.
    enum class Kind
    {
        Job,         // job
        Workflow,    // wf
        WorkflowRun, // wfrun
        Checkpoint,  // ckpt
        Cron,        // cron
        DeadLetter,  // dlq
        Event,       // evt
        Worker,      // wkr
        Other,
    };

    static constexpr qsizetype kSuffixLength = 26;

    TypeId(QString prefix, const Bytes& uuid) : m_prefix(std::move(prefix)), m_uuid(uuid) {}
    TypeId(Kind kind, const Bytes& uuid) : TypeId(prefixOf(kind), uuid) {}

    const QString& prefix() const { return m_prefix; }
    Kind kind() const { return kindOf(m_prefix); }
    const Bytes& uuid() const { return m_uuid; }
    qint64 unixMillis() const; // the v7 timestamp
    QString toString() const;  // the canonical text, which parse() reads back

    static QString prefixOf(Kind kind); // empty for Other
    static Kind kindOf(QStringView prefix);

    // Splits at the last underscore and decodes the suffix. Strict: upper case, a wrong length, a character
    // outside the alphabet or a first character above 7 fail, so an id that parses formats back unchanged.
    // The message of a failure is ours: only checkPrefix()'s wrong-prefix message matches the server's text.
    static Parsed<TypeId> parse(QStringView text);
    // parse() and a check that the id is of `kind`.
    static Parsed<TypeId> parse(QStringView text, Kind kind);

    // The suffix alone, both ways. writeSuffix() fills kSuffixLength characters without allocating, for
    // code that formats ids in bulk.
    static QString encodeSuffix(const Bytes& uuid);
    static void writeSuffix(const Bytes& uuid, QChar* out);
    static Parsed<Bytes> decodeSuffix(QStringView suffix);

    // What the server's id parsers (id.ParseJobID, id.ParseRunID, …) say about `text` when `expectedPrefix`
    // is wanted, or an empty string when it is a valid id of that kind. A wrong prefix gives the server's
    // exact `id: expected prefix "job", got "wfrun"` (§4); handlers prepend "invalid job ID: " and so on.
    static QString checkPrefix(QStringView text, QStringView expectedPrefix);

    friend bool operator==(const TypeId&, const TypeId&) = default;

private:
    QString m_prefix;
    Bytes m_uuid;
};

} // namespace dwp
