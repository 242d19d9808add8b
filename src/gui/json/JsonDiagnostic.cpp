// SPDX-License-Identifier: MIT
#include "gui/json/JsonDiagnostic.h"

#include "protocol/JsonReader.h"

namespace dispatch {
namespace {

using Reason = dwp::JsonSyntaxError::Reason;

QString reasonText(Reason reason)
{
    switch (reason) {
    case Reason::UnexpectedEnd:
        return JsonDiagnostic::tr("unexpected end of text: a JSON value is missing");
    case Reason::ExpectedValue:
        return JsonDiagnostic::tr("expected a value");
    case Reason::TrailingComma: // told apart by the bracket in check()
    case Reason::ExpectedKey:
        return JsonDiagnostic::tr("expected a key in double quotes");
    case Reason::ExpectedColon:
        return JsonDiagnostic::tr("expected ':' after the key");
    case Reason::ExpectedCommaOrObjectEnd:
        return JsonDiagnostic::tr("expected ',' or '}'");
    case Reason::ExpectedCommaOrArrayEnd:
        return JsonDiagnostic::tr("expected ',' or ']'");
    case Reason::UnterminatedString:
        return JsonDiagnostic::tr("unterminated string (a closing '\"' is missing)");
    case Reason::ControlCharacterInString:
        return JsonDiagnostic::tr("control character in string (write \\n or \\t instead)");
    case Reason::InvalidUtf8:
        return JsonDiagnostic::tr("invalid UTF-8 in string");
    case Reason::InvalidEscape:
        return JsonDiagnostic::tr("invalid escape in string");
    case Reason::InvalidUnicodeEscape:
        return JsonDiagnostic::tr("invalid \\u escape (four hex digits expected)");
    case Reason::InvalidNumber:
        return JsonDiagnostic::tr("invalid number");
    case Reason::DigitExpectedAfterPoint:
        return JsonDiagnostic::tr("invalid number: digit expected after '.'");
    case Reason::DigitExpectedInExponent:
        return JsonDiagnostic::tr("invalid number: digit expected in exponent");
    case Reason::InvalidLiteral:
        return JsonDiagnostic::tr(
            "unknown word (only true, false and null are allowed; strings need quotes)");
    case Reason::NestingTooDeep:
        return JsonDiagnostic::tr("nesting too deep");
    case Reason::TextAfterValue:
        return JsonDiagnostic::tr("unexpected text after the JSON value");
    case Reason::WrongType: // typed reads only; a whole-text check never reports them
    case Reason::IntegerOutOfRange:
        break;
    }
    return JsonDiagnostic::tr("expected a value");
}

// The reader counts bytes of UTF-8; the editor counts UTF-16 code units.
qsizetype utf16Offset(const QByteArray& utf8, qsizetype byteOffset)
{
    return QString::fromUtf8(utf8.constData(), qMin(byteOffset, utf8.size())).size();
}

} // namespace

JsonDiagnostic JsonDiagnostic::check(QStringView text, QByteArray* compacted)
{
    const QByteArray utf8 = text.toUtf8();
    const std::string_view bytes(utf8.constData(), size_t(utf8.size()));
    const auto error = dwp::JsonReader::findSyntaxError(bytes);
    if (!error) {
        if (compacted)
            *compacted = dwp::JsonReader::compact(bytes);
        return {};
    }
    JsonDiagnostic diagnostic;
    diagnostic.valid = false;
    diagnostic.offset = utf16Offset(utf8, error->offset);
    diagnostic.message = reasonText(error->reason);
    if (error->reason == Reason::TrailingComma) {
        const bool inObject = diagnostic.offset < text.size() && text[diagnostic.offset] == u'}';
        diagnostic.message = inObject ? tr("expected a key (a trailing ',' is not allowed)")
                                      : tr("expected a value (a trailing ',' is not allowed)");
    }
    if (error->reason == Reason::UnexpectedEnd && error->unclosedOffset >= 0) {
        // Name the bracket still open: that is what needs closing.
        const QChar bracket = QLatin1Char(utf8.at(error->unclosedOffset));
        //: Under a JSON editor when the text stops inside an object or array. %1 is the bracket ({ or [),
        //: %2 and %3 the line and column where it was opened.
        diagnostic.message = tr("unexpected end of text: '%1' from line %2, column %3 is not closed")
                                 .arg(bracket)
                                 .arg(error->unclosedPosition.line)
                                 .arg(error->unclosedPosition.column);
    }
    diagnostic.line = error->position.line;
    diagnostic.column = error->position.column;
    return diagnostic;
}

} // namespace dispatch
