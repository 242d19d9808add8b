// SPDX-License-Identifier: MIT
#include "gui/views/StaticTextCache.h"

#include <QFontMetrics>

namespace dispatch {

const QStaticText& StaticTextCache::line(const QString& text, const QFont& font, int width,
                                         Qt::TextElideMode mode)
{
    if (m_lines.size() >= kLines) {
        m_lines.clear();
        m_fonts.clear();
    }
    const Key key{text, width, fontIndex(font), int(mode)};
    if (auto found = m_lines.constFind(key); found != m_lines.cend())
        return *found;
    QStaticText laidOut(mode == Qt::ElideNone ? text : QFontMetrics(font).elidedText(text, mode, width));
    laidOut.setTextFormat(Qt::PlainText);
    laidOut.prepare(QTransform(), font);
    return *m_lines.insert(key, laidOut);
}

int StaticTextCache::fontIndex(const QFont& font)
{
    const qsizetype found = m_fonts.indexOf(font);
    if (found >= 0)
        return int(found);
    m_fonts.append(font);
    return int(m_fonts.size() - 1);
}

} // namespace dispatch
