// SPDX-License-Identifier: MIT
#pragma once

#include "gui/gantt/GanttBar.h"
#include "gui/gantt/GanttFields.h"
#include "gui/gantt/GanttHole.h"
#include "gui/gantt/GanttLayout.h"
#include "gui/gantt/GanttScale.h"

#include <QAbstractScrollArea>
#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <functional>

class QAbstractItemModel;

namespace dispatch {

// A workflow run's steps as a Gantt chart: one row per step, a bar from its start to its end with the
// duration beside it. Failed steps are red; a step still running or waiting has no end, so its bar is
// hatched and grows until "now" (a timer repaints it once a second while such a bar is on screen).
//
// Zoom with Ctrl+wheel (around the pointer), Ctrl++ / Ctrl+- or zoomIn()/zoomOut(); fitToView() (Ctrl+0)
// shows the whole run and keeps doing so as it grows, until the next manual zoom. The step names stay
// pinned on the left and the time axis on top while the bars scroll.
class TimelineGanttView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineGanttView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model, const GanttFields& fields = {});
    QAbstractItemModel* model() const { return m_model; }

    double pixelsPerSecond() const { return m_scale.pixelsPerSecond(); }
    bool isFitting() const { return m_fitting; }
    int currentRow() const { return m_currentRow; }
    void setCurrentRow(int row);

    // Where the bar of model row `row` is drawn, in viewport coordinates (empty if the row has no start).
    QRect barRect(int row) const;
    // Model row at a viewport point, or -1.
    int rowAt(const QPoint& viewportPoint) const;
    // The bars as last read from the model (open bars end at "now").
    QList<GanttBar> bars() const;

    // Spans in which steps may be missing (holes in what the monitor heard), each cut to the run: a hatched
    // band across the rows over its time, its tooltip on hover. The chart reaches over them, so a hole after
    // the last step is seen too.
    void setHoles(const QList<GanttHole>& holes);
    const QList<GanttHole>& holes() const { return m_holes; }
    // Where hole `index` is drawn, in viewport coordinates (empty when scrolled out of sight).
    QRect holeRect(int index) const;

    // For tests and for servers whose clock is not ours: what "now" is for open bars.
    void setClock(std::function<QDateTime()> now);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void zoomIn();
    void zoomOut();
    void fitToView();

signals:
    void zoomChanged(double pixelsPerSecond);
    void fittingChanged(bool fitting);
    void currentRowChanged(int row);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class RowChange
    {
        Inserted,
        Changed
    };

    void onModelChanged();
    void readRows(int first, int last, RowChange change); // model rows inserted or changed
    void removeRows(int first, int last);
    void extendOpenBars(qint64 now);
    void barsChanged(); // after rows were read or removed in place
    void readBars();
    void updateOrigin();
    int labelWidth(const QString& label);
    void updateScrollRanges();
    void zoomAround(double factor, int viewportX);
    void setFitting(bool fitting);
    void updateTimer();
    qint64 nowMs() const;
    qint64 spanMs() const;
    GanttLayout chartLayout() const; // for the view as it is now
    void measureLabels();
    void catchUp() const; // reads the bars a hidden chart left stale

    QPointer<QAbstractItemModel> m_model;
    GanttFields m_fields;
    QList<GanttBar> m_bars;
    QList<GanttHole> m_holes;
    bool m_barsStale = false; // the model changed while the chart was hidden, or was reset
    // Label widths by text, in m_measuredFont, measured once: each layout (every paint, zoom, hit test)
    // measured every label, and a zoom frame on a run of 20 000 steps took 198 ms, 7 ms now (bench_huge_run).
    QHash<QString, int> m_labelWidths;
    QFont m_measuredFont;
    int m_widestLabel = 0;
    qint64 m_originMs = 0;
    qint64 m_readAtMs = 0; // "now" when the bars were last read: where open bars end
    GanttScale m_scale;
    bool m_fitting = true;
    int m_currentRow = -1;
    QTimer m_clockTick;
    std::function<QDateTime()> m_now;
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace dispatch
