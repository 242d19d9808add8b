// SPDX-License-Identifier: MIT
#include "protocol/ServerText.h"

#include <QMutex>
#include <QStringList>
#include <algorithm>

namespace dwp {
namespace {

QMutex g_secretsMutex;
QStringList g_secrets; // guarded by g_secretsMutex; few entries (one per token used), never removed

// Characters a terminal or a text layout acts on instead of showing: C0 and C1 controls, DEL, and the
// bidirectional overrides and isolates that reorder what follows them ("Trojan Source"), line and paragraph
// separators.
bool isActive(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029 || c == 0x200E || c == 0x200F;
}

QString escapeOf(char16_t c)
{
    switch (c) {
    case u'\n':
        return QStringLiteral("\\n");
    case u'\r':
        return QStringLiteral("\\r");
    case u'\t':
        return QStringLiteral("\\t");
    default:
        return c <= 0xFF ? QStringLiteral("\\x%1").arg(unsigned(c), 2, 16, QLatin1Char('0'))
                         : QStringLiteral("\\u{%1}").arg(unsigned(c), 4, 16, QLatin1Char('0'));
    }
}

QString masked(QStringView text)
{
    QString result = text.toString();
    const QMutexLocker lock(&g_secretsMutex);
    for (const QString& secret : std::as_const(g_secrets))
        result.replace(secret, QStringLiteral("***"));
    return result;
}

} // namespace

QString ServerText::printable(QStringView text, qsizetype maxChars)
{
    // Masked on the whole text first, so that a cut never leaves the start of a secret showing.
    const QString plain = masked(text);
    QString out;
    out.reserve(std::min(plain.size(), maxChars) + 16);
    qsizetype used = 0;
    const auto room = [&] {
        return out.size() < maxChars || (used > 0 && plain.at(used - 1).isHighSurrogate());
    };
    for (; used < plain.size() && room(); ++used) {
        const char16_t c = plain.at(used).unicode();
        if (isActive(c))
            out += escapeOf(c);
        else
            out += QChar(c);
    }
    // English, like every reason the protocol layer gives: the text around it is the server's anyway.
    if (const qsizetype left = plain.size() - used; left > 0)
        out += left == 1 ? QStringLiteral("… [1 more character]")
                         : QStringLiteral("… [%1 more characters]").arg(left);
    return out;
}

QString ServerText::forDisplay(QStringView text, qsizetype maxChars)
{
    const bool cut = text.size() > maxChars;
    qsizetype keep = cut ? maxChars : text.size();
    if (cut && keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep; // never half a character
    QString out = text.first(keep).toString();
    for (QChar& c : out) {
        if (isActive(c.unicode()))
            c = QLatin1Char(' ');
    }
    if (cut)
        out += QChar(0x2026); // …
    return out;
}

QString ServerText::forDisplay(const QString& text, qsizetype maxChars)
{
    const bool unchanged = text.size() <= maxChars && std::none_of(text.cbegin(), text.cend(), [](QChar c) {
                               return isActive(c.unicode());
                           });
    return unchanged ? text : forDisplay(QStringView(text), maxChars);
}

QString ServerText::forDisplayUtf8(QByteArrayView utf8, qsizetype maxChars)
{
    // A UTF-8 character is at most 4 bytes, so the prefix holds at least maxChars characters when cut.
    const qsizetype prefixBytes = std::min(utf8.size(), maxChars * 4);
    const QString prefix = QString::fromUtf8(utf8.first(prefixBytes));
    QString out = forDisplay(prefix, maxChars);
    if (prefixBytes < utf8.size() && !out.endsWith(QChar(0x2026)))
        out += QChar(0x2026);
    return out;
}

void ServerText::maskSecret(const QString& secret)
{
    if (secret.size() < kMinSecretChars)
        return;
    const QMutexLocker lock(&g_secretsMutex);
    if (!g_secrets.contains(secret))
        g_secrets.append(secret);
}

} // namespace dwp
