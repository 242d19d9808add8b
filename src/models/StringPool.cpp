// SPDX-License-Identifier: MIT
#include "models/StringPool.h"

namespace dispatch {

StringPool::StringPool()
{
    clear();
}

StringPool::Ref StringPool::intern(const QString& text)
{
    if (text.isEmpty())
        return kEmpty;
    const auto it = m_refs.constFind(text);
    if (it != m_refs.constEnd())
        return it.value();
    const auto ref = Ref(m_texts.size());
    m_texts.append(text);
    m_refs.insert(text, ref);
    return ref;
}

void StringPool::clear()
{
    m_texts.clear();
    m_refs.clear();
    m_texts.append(QString());
}

} // namespace dispatch
