// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

// The messages of a Qt Linguist .ts file, as much as the completeness test needs: which are translated and
// which lupdate marked unfinished, vanished or obsolete.
struct TsMessage
{
    QString context;
    QString source;
    QString type; // the <translation type="…"> attribute: empty when done, else unfinished/vanished/obsolete
    bool empty = false;
    bool numerus = false; // a plural message (%n)
    bool commented =
        false; // has a translator comment (<extracomment>, from //:) or a disambiguation (<comment>)
};

struct TsCatalogue
{
    QString language;
    QList<TsMessage> messages;
    QString error; // set when the file could not be read or parsed

    static TsCatalogue read(const QString& path);

    // "context: source" lines for messages whose translation is of `type` ("" = done but empty text).
    QStringList describe(const QString& type) const;
    QStringList describeEmpty() const;
    // Messages whose source has a placeholder (%1…%99, %n, %L1, %Ln) but no translator comment saying what it
    // holds. Messages in `exemptContexts` are left out; `checked` counts the placeholder messages looked at.
    QList<TsMessage> placeholdersWithoutComment(const QStringList& exemptContexts, int& checked) const;

    static bool hasPlaceholder(const QString& source);
    static QString describe(const TsMessage& message);
};
