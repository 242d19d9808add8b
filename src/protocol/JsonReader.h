// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <string_view>

namespace dwp {

// A strict, allocation-light pull parser over UTF-8 JSON text (RFC 8259, no extensions).
// It exists because Frame.data must keep the server's bytes — key order and number text — which
// QJsonDocument does not (it sorts keys and turns large integers into doubles). Every value it steps
// over is validated, including UTF-8 and nesting depth, so a span it returns is known-good JSON.
class JsonReader
{
public:
    enum class Kind
    {
        Object,
        Array,
        String,
        Number,
        Bool,
        Null,
        End,
        Invalid
    };

    // Go's encoding/json stops at 10000 levels; we use the same limit and never recurse.
    static constexpr int kMaxDepth = 10000;

    explicit JsonReader(std::string_view text) : m_pos(text.data()), m_end(text.data() + text.size()) {}

    Kind peek();                      // kind of the next value, after whitespace
    bool beginObject();               // consumes '{'
    bool nextKey(QByteArray& key);    // the next member's key and ':'; false at '}' (consumed) or on error
    bool readString(QByteArray& out); // unescaped UTF-8
    // Views that stay valid until the next call on this reader: into the input when the text has no escapes
    // (the common case, and then nothing is allocated), else into a scratch buffer.
    bool nextKeyView(std::string_view& key); // like nextKey
    bool readStringView(std::string_view& out);
    bool readString(QString& out);
    bool readInt64(qint64& out); // an integer literal that fits in int64 (Go rejects 1e3 and 1.0 here)
    bool readBool(bool& out);
    bool readNull();                          // consumes `null`
    bool readRawValue(std::string_view& raw); // any value, validated, as its original text
    bool skipValue();
    bool atEnd(); // only whitespace remains

    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    qsizetype offset(std::string_view text) const { return m_pos - text.data(); }

    // Removes insignificant whitespace from already-validated JSON, leaving strings byte for byte.
    static QByteArray compact(std::string_view validJson);
    // Validates one complete JSON text (nothing after it) and returns it compacted.
    static bool validateAndCompact(std::string_view text, QByteArray& compacted, QString& error);

private:
    bool fail(const char* what);
    void skipWhitespace();
    bool expectLiteral(std::string_view literal);
    bool scanString(QByteArray* out); // out == nullptr: validate only
    bool scanStringView(std::string_view& out);
    bool keyPrologue(); // before a key: '}' ends the object (false), ',' between members
    bool keyEpilogue(); // after a key: ':'
    bool scanNumber();
    bool memberKey(); // a key and its ':' inside an object
    bool scalar();    // a string, number or literal at m_pos

    const char* m_pos;
    const char* m_end;
    bool m_expectComma = false; // inside an object: a member was read, so ',' or '}' comes next
    QByteArray m_scratch;       // unescaped text behind views of escaped strings
    QString m_error;
};

} // namespace dwp
