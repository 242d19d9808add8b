// SPDX-License-Identifier: MIT
#include "cli/FrameCommand.h"

#include "cli/CliText.h"
#include "protocol/JsonCodec.h"
#include "protocol/MsgpackCodec.h"

#include <QCommandLineParser>
#include <istream>
#include <ostream>
#include <string>

namespace {

constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 64;

QByteArray fromHex(const std::string& line, bool& ok)
{
    ok = line.size() % 2 == 0 && line.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos;
    return ok ? QByteArray::fromHex(QByteArray::fromStdString(line)) : QByteArray();
}

std::string trimmed(const std::string& line)
{
    const auto first = line.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = line.find_last_not_of(" \t\r\n");
    return line.substr(first, last - first + 1);
}

} // namespace

int runFrameCommand(const QStringList& arguments, std::istream& in, std::ostream& out, std::ostream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Decode or encode DWP frames, one per line on standard input.\n"
                    "  decode: JSON text (--format json) or msgpack as hex (--format msgpack) in;\n"
                    "          each frame printed as one line of JSON in the server's own JSON form.\n"
                    "  encode: frames as JSON lines in; JSON text or msgpack hex out.\n"
                    "Exit status: 0 all lines ok, 1 some line was bad (named on stderr), 64 usage error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), CliText::tr("decode or encode"));
    const QCommandLineOption formatOption(QStringLiteral("format"), CliText::tr("json or msgpack"),
                                          QStringLiteral("format"), QStringLiteral("json"));
    parser.addOption(formatOption);
    if (!parser.parse(arguments)) {
        err << parser.errorText().toStdString() << '\n';
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().toStdString();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const auto format = dwp::wireFormatFromName(parser.value(formatOption));
    if (positional.size() != 1 || (action != QLatin1String("decode") && action != QLatin1String("encode")) ||
        !format) {
        //: dispatchctl frame error on standard error. %1 is the command's synopsis (not translated).
        err << CliText::tr("usage: %1 (see --help)")
                   .arg(QStringLiteral("dispatchctl frame decode|encode --format json|msgpack"))
                   .toStdString()
            << '\n';
        return kExitUsage;
    }

    const dwp::JsonCodec json;
    const dwp::MsgpackCodec msgpack;
    const dwp::FrameCodec& chosen = *format == dwp::WireFormat::Msgpack
                                        ? static_cast<const dwp::FrameCodec&>(msgpack)
                                        : static_cast<const dwp::FrameCodec&>(json);
    const bool decoding = action == QLatin1String("decode");
    int exitCode = 0;
    std::string line;
    for (long lineNumber = 1; std::getline(in, line); ++lineNumber) {
        const std::string text = trimmed(line);
        if (text.empty())
            continue;
        const auto report = [&](const QString& why) {
            //: dispatchctl frame: one problem per input line. %1 is the line number on standard input, %2
            //: what is wrong with that line.
            err << CliText::tr("line %1: %2").arg(QString::number(lineNumber), why).toStdString() << '\n';
            exitCode = kExitBadInput;
        };
        QByteArray bytes = QByteArray::fromStdString(text);
        const dwp::FrameCodec& reader = decoding ? chosen : static_cast<const dwp::FrameCodec&>(json);
        if (decoding && *format == dwp::WireFormat::Msgpack) {
            bool hexOk = false;
            bytes = fromHex(text, hexOk);
            if (!hexOk) {
                report(CliText::tr("not an even-length hex string"));
                continue;
            }
        }
        const auto frame = reader.decode(bytes);
        if (!frame) {
            report(frame.error());
            continue;
        }
        if (decoding) {
            out << json.encode(*frame).toStdString() << '\n';
        } else {
            const QByteArray encoded = chosen.encode(*frame);
            out << (*format == dwp::WireFormat::Msgpack ? encoded.toHex() : encoded).toStdString() << '\n';
        }
    }
    return exitCode;
}
