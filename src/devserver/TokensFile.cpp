// SPDX-License-Identifier: MIT
#include "devserver/TokensFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace devserver {
namespace {

// The 1-based number of the first line that is not valid UTF-8; 0 if every line is.
qsizetype firstNonUtf8Line(const QByteArray& bytes)
{
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (QString::fromUtf8(lines[i]).toUtf8() != lines[i])
            return i + 1;
    }
    return 0;
}

} // namespace

dwp::Parsed<QList<TokenSpec>> TokensFile::parse(const QString& text, const QString& fileName)
{
    using Result = dwp::Parsed<QList<TokenSpec>>;
    QList<TokenSpec> specs;
    QSet<QString> seen;
    const QList<QStringView> lines = QStringView(text).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString where = QStringLiteral("%1:%2: ").arg(fileName, QString::number(i + 1));
        // The commonest mistake: a JSON or YAML config where the line format is expected.
        if (line.startsWith(QLatin1Char('{')) || line.startsWith(QLatin1Char('[')))
            return Result::failure(where +
                                   QStringLiteral("this looks like JSON; a tokens file is plain text, one "
                                                  "TOKEN=SCOPE[,SCOPE…] per line"));
        auto spec = TokenSpec::parse(line);
        if (!spec)
            return Result::failure(where + spec.error());
        if (seen.contains(spec->token))
            return Result::failure(where + QStringLiteral("token \"%1\" is given twice").arg(spec->token));
        seen.insert(spec->token);
        specs.append(std::move(*spec));
    }
    // An empty file would switch --auth to its default, `any`, and let every token in: refuse instead.
    if (specs.isEmpty())
        return Result::failure(
            QStringLiteral("%1: the tokens file has no tokens (one TOKEN=SCOPE[,SCOPE…] per "
                           "line; # starts a comment)")
                .arg(fileName));
    return specs;
}

dwp::Parsed<QList<TokenSpec>> TokensFile::load(const QString& path)
{
    if (QFileInfo(path).isDir())
        return dwp::Parsed<QList<TokenSpec>>::failure(
            QStringLiteral("%1: is a directory, not a tokens file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return dwp::Parsed<QList<TokenSpec>>::failure(
            QStringLiteral("%1: cannot read the tokens file: %2").arg(path, file.errorString()));
    // A tokens file is a few lines; a device or a huge file is a mistake, not something to read into memory.
    constexpr qint64 kMaxBytes = 1024 * 1024;
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        return dwp::Parsed<QList<TokenSpec>>::failure(
            QStringLiteral("%1: the tokens file is larger than 1 MiB; is it the right file?").arg(path));
    if (file.error() != QFileDevice::NoError)
        return dwp::Parsed<QList<TokenSpec>>::failure(
            QStringLiteral("%1: cannot read the tokens file: %2").arg(path, file.errorString()));
    if (const qsizetype line = firstNonUtf8Line(bytes); line > 0)
        return dwp::Parsed<QList<TokenSpec>>::failure(
            QStringLiteral("%1:%2: the tokens file is not UTF-8 text").arg(path, QString::number(line)));
    const QString text = QString::fromUtf8(bytes);
    return parse(text, path);
}

} // namespace devserver
