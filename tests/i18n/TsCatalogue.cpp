// SPDX-License-Identifier: MIT
#include "TsCatalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

QString line(const TsMessage& message)
{
    return QStringLiteral("  %1: \"%2\"").arg(message.context, message.source);
}

} // namespace

TsCatalogue TsCatalogue::read(const QString& path)
{
    TsCatalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            catalogue.language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{
                context, {}, {}, false, xml.attributes().value(QStringLiteral("numerus")) == u"yes", false};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment" || name == u"extracomment") {
            message.commented = message.commented || !xml.readElementText().trimmed().isEmpty();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QStringLiteral("type")).toString();
            // Plural messages keep their text in <numerusform> children; each must be filled in.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            message.empty = text.trimmed().isEmpty();
            catalogue.messages.append(message);
        }
    }
    if (xml.hasError())
        catalogue.error =
            QStringLiteral("%1: line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return catalogue;
}

QStringList TsCatalogue::describe(const QString& type) const
{
    QStringList lines;
    for (const TsMessage& message : messages) {
        if (message.type == type)
            lines << line(message);
    }
    return lines;
}

bool TsCatalogue::hasPlaceholder(const QString& source)
{
    // QString::arg()'s %1…%99 (and %L1, localized) and tr()'s plural %n / %Ln; "50 %" or "100%" are no
    // placeholders.
    static const QRegularExpression placeholder(QStringLiteral("%L?([1-9][0-9]?|n)(?![0-9])"));
    return placeholder.match(source).hasMatch();
}

QString TsCatalogue::describe(const TsMessage& message)
{
    return line(message);
}

QList<TsMessage> TsCatalogue::placeholdersWithoutComment(const QStringList& exemptContexts,
                                                         int& checked) const
{
    QList<TsMessage> found;
    checked = 0;
    for (const TsMessage& message : messages) {
        if (!hasPlaceholder(message.source) || exemptContexts.contains(message.context))
            continue;
        ++checked;
        if (!message.commented)
            found.append(message);
    }
    return found;
}

QStringList TsCatalogue::describeEmpty() const
{
    QStringList lines;
    for (const TsMessage& message : messages) {
        if (message.type.isEmpty() && message.empty)
            lines << line(message);
    }
    return lines;
}
