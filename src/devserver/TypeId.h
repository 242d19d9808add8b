// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"

#include <QString>
#include <QStringView>
#include <array>

namespace devserver {

// A TypeID as the server's ids are (dwp-protocol.md §4 "IDs"): `<prefix>_<26 chars>`, the 26 characters
// being a UUID's 128 bits in lowercase Crockford base32 (alphabet 0-9a-z without i, l, o, u), most
// significant first, with two leading zero bits, so the first character is 0–7. The UUID is a v7: 48 bits
// of Unix milliseconds first, which makes ids sort by creation time.
class TypeId
{
public:
    using Bytes = std::array<quint8, 16>;

    TypeId(QString prefix, const Bytes& uuid) : m_prefix(std::move(prefix)), m_uuid(uuid) {}

    const QString& prefix() const { return m_prefix; }
    const Bytes& uuid() const { return m_uuid; }
    qint64 unixMillis() const; // the v7 timestamp
    QString toString() const;

    static QString encodeSuffix(const Bytes& uuid);
    // The 26-character suffix back to bytes; fails on a wrong length, a character outside the alphabet
    // (upper case included, as TypeID suffixes are lower case) or a first character above 7.
    static dwp::Parsed<Bytes> decodeSuffix(QStringView suffix);

    // Splits at the last underscore and decodes. The message of a failure is ours: only the wrong-prefix
    // message below is known to match the server's text.
    static dwp::Parsed<TypeId> parse(QStringView text);

    // What the server's id parsers (id.ParseJobID, id.ParseRunID, …) say about `text` when `expectedPrefix`
    // is wanted, or an empty string when it is a valid id of that kind. A wrong prefix gives the server's
    // exact `id: expected prefix "job", got "wfrun"` (§4); handlers prepend "invalid job ID: " and so on.
    static QString checkPrefix(QStringView text, QStringView expectedPrefix);

private:
    QString m_prefix;
    Bytes m_uuid;
};

} // namespace devserver
