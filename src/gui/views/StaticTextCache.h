// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QHash>
#include <QList>
#include <QStaticText>

namespace dispatch {

// Lines of text laid out once (QStaticText: shaped, glyphs placed) and drawn many times. An item view's
// delegate lays each cell's text out again on every paint (QTextLayout and HarfBuzz in QCommonStyle), and a
// live list repaints every batch: on the Workflows page at 50 000 events/s, painting the runs table was
// 19 % of the GUI thread, 40 % of that shaping text (bench_gui_stall with DM_BENCH_PAGES=workflows under
// perf). The texts on screen mostly stay from one paint to the next (a row moves down, its id stays).
class StaticTextCache
{
public:
    // Lines kept: a screen of cells several times over (a 1920×1080 list shows about 40 rows of 6 columns).
    // At the bound the cache starts afresh: one paint refills what is on screen, and nothing grows while
    // millions of distinct ids pass.
    static constexpr int kLines = 4096;

    // `text` in `font`, elided by `mode` to `width` pixels (Qt::ElideNone: whole).
    const QStaticText& line(const QString& text, const QFont& font, int width, Qt::TextElideMode mode);
    int size() const { return int(m_lines.size()); }

private:
    struct Key
    {
        QString text;
        int width = 0;
        int font = 0; // index into m_fonts
        int elideMode = 0;
        friend bool operator==(const Key&, const Key&) = default;
        friend size_t qHash(const Key& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, key.font, key.elideMode);
        }
    };

    int fontIndex(const QFont& font);

    QHash<Key, QStaticText> m_lines;
    QList<QFont> m_fonts; // the few fonts cells use (plain, italic for the journal's rows, a badge's bold)
};

} // namespace dispatch
