// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/JsonSyntaxError.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <string_view>
#include <vector>

namespace dwp {

struct JsonScanFailure;

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

    explicit JsonReader(std::string_view text)
        : m_begin(text.data()), m_pos(text.data()), m_end(text.data() + text.size())
    {
    }

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
    // Where reading stands, or after a failure where the mistake is, in bytes from the start of `text`.
    qsizetype offset(std::string_view text) const { return (failed() ? m_errorAt : m_pos) - text.data(); }
    // After a failure: what went wrong and where (offsets from the start of the text given to the reader).
    JsonSyntaxError syntaxError() const;

    // Checks that `text` is exactly one JSON value (blanks around it allowed); nullopt when it is.
    static std::optional<JsonSyntaxError> findSyntaxError(std::string_view text);

    // Removes insignificant whitespace from already-validated JSON, leaving strings byte for byte.
    static QByteArray compact(std::string_view validJson);
    // Validates one complete JSON text (nothing after it) and returns it compacted.
    static bool validateAndCompact(std::string_view text, QByteArray& compacted, QString& error);

private:
    using Reason = JsonSyntaxError::Reason;
    // Records the first failure: `what` for error(), the reason, and where (m_pos unless given).
    bool fail(Reason reason, const char* what, const char* at = nullptr);
    void skipWhitespace();
    bool expectLiteral(std::string_view literal);
    bool scanString(QByteArray* out); // out == nullptr: validate only
    bool scanStringView(std::string_view& out);
    bool keyPrologue(); // before a key: '}' ends the object (false), ',' between members
    bool keyEpilogue(); // after a key: ':'
    bool scanNumber();
    bool succeeded(const std::optional<JsonScanFailure>& failure); // fail() with a scan's failure, if any
    bool keyQuote();  // the '"' that starts a key, or the failure of its absence
    bool memberKey(); // a key and its ':' inside an object
    bool scalar();    // a string, number or literal at m_pos

    // skipValue()'s steps; `open` holds the open brackets, innermost last.
    enum class AfterValue
    {
        Complete,    // the outermost value is done
        NextElement, // past a ',' (and a member's key): another value follows
        Failed
    };
    static char closerOf(const char* bracket); // '}' for '{', ']' for '['
    AfterValue afterValue(std::vector<const char*>& open);
    bool noteUnclosed(const std::vector<const char*>& open); // false, naming the bracket an early end leaves

    const char* m_begin;
    const char* m_pos;
    const char* m_end;
    bool m_expectComma = false; // inside an object: a member was read, so ',' or '}' comes next
    QByteArray m_scratch;       // unescaped text behind views of escaped strings
    QString m_error;
    Reason m_errorReason = Reason::ExpectedValue;
    const char* m_errorAt = nullptr;
    const char* m_unclosedAt = nullptr; // the innermost open bracket when the text ended inside a container
};

} // namespace dwp
