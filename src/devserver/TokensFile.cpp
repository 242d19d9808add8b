// SPDX-License-Identifier: MIT
#include "devserver/TokensFile.h"

#include <QFile>
#include <QSet>

namespace devserver {

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
        const QString where = QStringLiteral("%1:%2: ").arg(fileName).arg(i + 1);
        auto spec = TokenSpec::parse(line);
        if (!spec)
            return Result::failure(where + spec.error());
        if (seen.contains(spec->token))
            return Result::failure(where + QStringLiteral("token \"%1\" is given twice").arg(spec->token));
        seen.insert(spec->token);
        specs.append(std::move(*spec));
    }
    return specs;
}

dwp::Parsed<QList<TokenSpec>> TokensFile::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return dwp::Parsed<QList<TokenSpec>>::failure(
            QStringLiteral("%1: cannot read the tokens file: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return dwp::Parsed<QList<TokenSpec>>::failure(
            QStringLiteral("%1: the tokens file is not UTF-8 text").arg(path));
    return parse(text, path);
}

} // namespace devserver
