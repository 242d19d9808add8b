// SPDX-License-Identifier: MIT
#include "devserver/TokenSpec.h"

#include <QCryptographicHash>

namespace devserver {
namespace {

bool hasSpace(QStringView text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

// NUL, escape sequences and other invisible characters make a token nobody can type or read back. The index
// of the first one, or -1.
qsizetype firstControl(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto category = text[i].category();
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            return i;
    }
    return -1;
}

} // namespace

dwp::Parsed<TokenSpec> TokenSpec::parse(QStringView text)
{
    using Result = dwp::Parsed<TokenSpec>;
    const QStringView spec = text.trimmed();
    const qsizetype equals = spec.indexOf(QLatin1Char('='));
    if (equals < 0)
        return Result::failure(
            QStringLiteral("expected TOKEN=SCOPE[,SCOPE…], got \"%1\"").arg(spec.toString()));
    TokenSpec result;
    result.token = spec.left(equals).trimmed().toString();
    if (result.token.isEmpty())
        return Result::failure(QStringLiteral("the token before '=' is empty"));
    if (hasSpace(result.token))
        return Result::failure(QStringLiteral("the token \"%1\" contains white space").arg(result.token));
    if (const qsizetype control = firstControl(spec); control >= 0)
        return Result::failure(
            QStringLiteral("control character U+%1 at position %2 (a token spec is plain text)")
                .arg(spec[control].unicode(), 4, 16, QLatin1Char('0'))
                .arg(control + 1));

    const QList<QStringView> parts = spec.mid(equals + 1).split(QLatin1Char(';'));
    for (const QStringView rawScope : parts.first().split(QLatin1Char(','))) {
        const QStringView scope = rawScope.trimmed();
        if (scope.isEmpty())
            return Result::failure(QStringLiteral("empty scope in \"%1\" (scopes are comma-separated, e.g. "
                                                  "job:read,subscribe, or * for all)")
                                       .arg(parts.first().toString()));
        if (hasSpace(scope))
            return Result::failure(QStringLiteral("scope \"%1\" contains white space").arg(scope.toString()));
        result.identity.scopes.append(scope.toString());
    }
    // The subject is what the -v log shows: a short hash names the key without giving away any of its
    // characters (issue 16 item 11; the first 8 characters used to appear there).
    result.identity.subject =
        QStringLiteral("apikey:") +
        QString::fromLatin1(
            QCryptographicHash::hash(result.token.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    QList<QStringView> attributesSeen;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QStringView attribute = parts[i].trimmed();
        const qsizetype assign = attribute.indexOf(QLatin1Char('='));
        const QStringView key = assign < 0 ? attribute : attribute.left(assign).trimmed();
        const QString value = assign < 0 ? QString() : attribute.mid(assign + 1).trimmed().toString();
        const bool known =
            key == QLatin1String("app") || key == QLatin1String("org") || key == QLatin1String("subject");
        // An attribute without a value would silently mean "no tenant", the opposite of what was meant.
        if (known && value.isEmpty())
            return Result::failure(QStringLiteral("attribute \"%1\" needs a value (%2=NAME)")
                                       .arg(attribute.toString(), key.toString()));
        if (known && attributesSeen.contains(key))
            return Result::failure(QStringLiteral("attribute \"%1\" is given twice").arg(key.toString()));
        attributesSeen.append(key);
        if (key == QLatin1String("app"))
            result.identity.appId = value;
        else if (key == QLatin1String("org"))
            result.identity.orgId = value;
        else if (key == QLatin1String("subject"))
            result.identity.subject = value;
        else
            return Result::failure(
                QStringLiteral("unknown attribute \"%1\" (expected app=, org= or subject=)")
                    .arg(attribute.toString()));
    }
    return result;
}

} // namespace devserver
