// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace dispatch {

// Interns the strings that repeat across many rows (job names, queues, error texts, event types) so a row
// holds a 4-byte reference instead of a 24-byte QString, and each distinct text is stored once. A million
// jobs typically share a few dozen names and queues; that is most of what keeps JobsModel within its memory
// budget. References are never invalidated: the pool only grows, until clear().
class StringPool
{
public:
    using Ref = quint32;
    static constexpr Ref kEmpty = 0; // the reference of the empty string, valid in every pool

    StringPool();

    Ref intern(const QString& text);
    // The text of a reference from this pool; an implicitly shared copy, so returning it costs no allocation.
    const QString& text(Ref ref) const { return m_texts.at(qsizetype(ref)); }
    qsizetype size() const { return m_texts.size(); }
    void clear();

private:
    QList<QString> m_texts;
    QHash<QString, Ref> m_refs;
};

} // namespace dispatch
