// SPDX-License-Identifier: MIT
#include "gui/json/JsonSyntaxChecker.h"

#include "gui/json/JsonTokenizer.h"

#include <vector>

namespace dispatch {

namespace {

// What the grammar allows next.
enum class Expect
{
    Value,
    ValueOrArrayClose, // just after '['
    ValueAfterComma,   // in an array, after ','
    KeyOrObjectClose,  // just after '{'
    KeyAfterComma,     // in an object, after ','
    Colon,
    CommaOrClose,
    Nothing // the top-level value is complete
};

struct OpenContainer
{
    QChar bracket; // '{' or '['
    qsizetype offset;
};

} // namespace

void JsonSyntaxChecker::locate(QStringView text, qsizetype offset, int& line, int& column)
{
    line = 1;
    column = 1;
    const qsizetype end = qMin(offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        const QChar c = text[i];
        if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            continue; // counted at the '\n'
        if (c == u'\n' || c == u'\r') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
}

JsonDiagnostic JsonSyntaxChecker::check(QStringView text)
{
    std::vector<OpenContainer> open;
    Expect expect = Expect::Value;
    qsizetype lastTokenEnd = 0;

    const auto failure = [&](qsizetype offset, const QString& message) {
        JsonDiagnostic diagnostic;
        diagnostic.valid = false;
        diagnostic.offset = offset;
        diagnostic.message = message;
        locate(text, offset, diagnostic.line, diagnostic.column);
        return diagnostic;
    };
    const auto lexicalProblem = [](JsonToken::Problem problem) {
        switch (problem) {
        case JsonToken::Problem::UnterminatedString:
            return tr("unterminated string (a closing '\"' is missing)");
        case JsonToken::Problem::ControlCharacterInString:
            return tr("control character in string (write \\n or \\t instead)");
        case JsonToken::Problem::InvalidEscape:
            return tr("invalid escape in string");
        case JsonToken::Problem::InvalidUnicodeEscape:
            return tr("invalid \\u escape (four hex digits expected)");
        case JsonToken::Problem::InvalidNumber:
            return tr("invalid number");
        case JsonToken::Problem::DigitExpectedAfterPoint:
            return tr("invalid number: digit expected after '.'");
        case JsonToken::Problem::DigitExpectedInExponent:
            return tr("invalid number: digit expected in exponent");
        case JsonToken::Problem::InvalidLiteral:
            return tr("unknown word (only true, false and null are allowed; strings need quotes)");
        case JsonToken::Problem::UnexpectedCharacter:
        case JsonToken::Problem::None:
            break;
        }
        return tr("expected a value");
    };
    const auto unexpectedEnd = [&] {
        // Point at where the text stops, and name the bracket still open: that is what needs closing.
        if (open.empty())
            return failure(lastTokenEnd, tr("unexpected end of text: a JSON value is missing"));
        const OpenContainer& innermost = open.back();
        int line = 1;
        int column = 1;
        locate(text, innermost.offset, line, column);
        return failure(lastTokenEnd, tr("unexpected end of text: '%1' from line %2, column %3 is not closed")
                                         .arg(innermost.bracket)
                                         .arg(line)
                                         .arg(column));
    };
    const auto afterValue = [&] { expect = open.empty() ? Expect::Nothing : Expect::CommaOrClose; };

    JsonTokenizer tokenizer(text);
    while (true) {
        const JsonToken token = tokenizer.next();
        using Kind = JsonToken::Kind;
        if (token.kind == Kind::End && expect != Expect::Nothing)
            return unexpectedEnd();
        switch (expect) {
        case Expect::Value:
        case Expect::ValueOrArrayClose:
        case Expect::ValueAfterComma:
            if (token.kind == Kind::ArrayClose && expect == Expect::ValueOrArrayClose) {
                open.pop_back();
                afterValue();
                break;
            }
            if (token.kind == Kind::ArrayClose && expect == Expect::ValueAfterComma)
                return failure(token.offset, tr("expected a value (a trailing ',' is not allowed)"));
            if (!token.startsValue())
                return failure(token.offset, tr("expected a value"));
            if (token.problem != JsonToken::Problem::None)
                return failure(token.problemOffset, lexicalProblem(token.problem));
            if (token.kind == Kind::ObjectOpen || token.kind == Kind::ArrayOpen) {
                if (open.size() >= size_t(kMaxDepth))
                    return failure(token.offset, tr("nesting too deep"));
                const bool isObject = token.kind == Kind::ObjectOpen;
                open.push_back({isObject ? QChar(u'{') : QChar(u'['), token.offset});
                expect = isObject ? Expect::KeyOrObjectClose : Expect::ValueOrArrayClose;
            } else {
                afterValue();
            }
            break;
        case Expect::KeyOrObjectClose:
        case Expect::KeyAfterComma:
            if (token.kind == Kind::ObjectClose && expect == Expect::KeyOrObjectClose) {
                open.pop_back();
                afterValue();
                break;
            }
            if (token.kind == Kind::ObjectClose)
                return failure(token.offset, tr("expected a key (a trailing ',' is not allowed)"));
            if (token.kind != Kind::String)
                return failure(token.offset, tr("expected a key in double quotes"));
            if (token.problem != JsonToken::Problem::None)
                return failure(token.problemOffset, lexicalProblem(token.problem));
            expect = Expect::Colon;
            break;
        case Expect::Colon:
            if (token.kind != Kind::Colon)
                return failure(token.offset, tr("expected ':' after the key"));
            expect = Expect::Value;
            break;
        case Expect::CommaOrClose: {
            const bool inObject = open.back().bracket == u'{';
            const Kind close = inObject ? Kind::ObjectClose : Kind::ArrayClose;
            if (token.kind == Kind::Comma) {
                expect = inObject ? Expect::KeyAfterComma : Expect::ValueAfterComma;
            } else if (token.kind == close) {
                open.pop_back();
                afterValue();
            } else {
                return failure(token.offset,
                               inObject ? tr("expected ',' or '}'") : tr("expected ',' or ']'"));
            }
            break;
        }
        case Expect::Nothing:
            if (token.kind == Kind::End)
                return JsonDiagnostic{};
            return failure(token.offset, tr("unexpected text after the JSON value"));
        }
        lastTokenEnd = token.offset + token.length;
    }
}

} // namespace dispatch
