// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QTimer>
#include <chrono>
#include <optional>

class QDateTimeAxis;
class QGraphicsRectItem;
class QLineSeries;
class QValueAxis;

namespace dispatch {

class StatsHistory;

// A live line chart over some of StatsHistory's series, with time along the bottom.
//
// It stays smooth at any event rate because it does no work per event: StatsHistory already counts per
// interval, and this view only notes which series changed and repaints them at most every kRepaintMs with
// one QXYSeries::replace each, of at most kMaxPoints points (longer series are thinned to the maximum of each
// bucket, so a spike is never averaged away). A hidden chart does nothing until it is shown.
class StatsChart : public QChartView
{
    Q_OBJECT

public:
    static constexpr int kRepaintMs = 250;
    static constexpr int kMaxPoints = 600;

    enum class Axis
    {
        Left,
        Right,
    };

    StatsChart(StatsHistory* history, const QString& title, QWidget* parent = nullptr);

    // Draws another session's history: the series asked for by name stay (emptied), those that came from
    // a prefix go and come back as the new history has them.
    void setHistory(StatsHistory* history);

    // Shows the series `key`, or, for a key ending in '/', every series with that prefix as it appears.
    // `tone` is a StateStyle::Tone for series with a meaning of their own (failed in red), else -1.
    void addSeries(const QString& keyOrPrefix, Axis axis = Axis::Left, int tone = -1);
    // Draws the series `key` dashed (or so): for a figure that often equals another on the same axis and
    // would otherwise hide it.
    void setLineStyle(const QString& key, Qt::PenStyle style);
    void setAxisTitle(Axis axis, const QString& title);
    // The time span shown, ending at the newest point of the history.
    void setWindow(std::chrono::milliseconds window);
    std::chrono::milliseconds window() const { return m_window; }

    QLineSeries* series(const QString& key) const { return m_series.value(key); }
    QStringList seriesKeys() const { return m_seriesOrder; }
    QDateTimeAxis* timeAxis() const { return m_timeAxis; }
    QValueAxis* valueAxis(Axis axis) const;
    // Applies what changed since the last repaint now, instead of at the next tick.
    void refresh();

    // Spans of time in which nothing was recorded (holes in the journal's history, README "Journal"): each
    // is covered by a hatched curtain over the plot, opaque, so that the line does not run across it as if
    // it had been quiet, with `text` as its tooltip. Empty: none.
    struct Hole
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        QString text;
    };
    void setHoles(const QList<Hole>& holes);
    // The curtains, one per hole in the order given (hidden when the hole is outside the span shown).
    const QList<QGraphicsRectItem*>& holeItems() const { return m_holeItems; }

    // Thins `points` to at most `maxPoints`, keeping each bucket's largest value at its first x.
    static QList<QPointF> thinned(const QList<QPointF>& points, int maxPoints);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Wanted
    {
        QString keyOrPrefix;
        Axis axis;
        int tone;
    };

    std::optional<Wanted> wantedFor(const QString& key) const;
    void createSeries(const QString& key, const Wanted& wanted);
    void removeSeries(const QString& key);
    void watchHistory();
    void onPoint(const QString& key, QPointF point);
    void markDirty(const QString& key);
    void applyStyle();
    void placeLegend();
    void updateRanges();
    void placeHoles();

    StatsHistory* m_history;
    QList<Wanted> m_wanted;
    QHash<QString, QLineSeries*> m_series;
    QHash<QString, int> m_tones;
    QHash<QString, Qt::PenStyle> m_lineStyles;
    QStringList m_seriesOrder;
    QHash<QString, QList<QPointF>> m_shown; // what each series holds, for the value ranges
    QSet<QString> m_dirty;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_leftAxis;
    QValueAxis* m_rightAxis = nullptr;
    std::chrono::milliseconds m_window{std::chrono::minutes(5)};
    qint64 m_newestMs = 0;
    bool m_rangesDirty = true;
    QTimer m_repaintTimer;
    QList<Hole> m_holes;
    QList<QGraphicsRectItem*> m_holeItems; // owned by the chart
};

} // namespace dispatch
