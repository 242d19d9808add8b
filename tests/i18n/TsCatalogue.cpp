// SPDX-License-Identifier: MIT
#include "TsCatalogue.h"

#include <QFile>
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
                context, {}, {}, false, xml.attributes().value(QStringLiteral("numerus")) == u"yes"};
        } else if (name == u"source") {
            message.source = xml.readElementText();
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

QStringList TsCatalogue::describeEmpty() const
{
    QStringList lines;
    for (const TsMessage& message : messages) {
        if (message.type.isEmpty() && message.empty)
            lines << line(message);
    }
    return lines;
}
