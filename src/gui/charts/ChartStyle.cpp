// SPDX-License-Identifier: MIT
#include "gui/charts/ChartStyle.h"

#include "gui/views/StateStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace dispatch {

void ChartStyle::apply(QChart* chart, const QPalette& palette)
{
    const bool dark = StateStyle::isDark(palette);
    // setTheme resets series colours and fonts; callers colour their series afterwards.
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.brush(QPalette::Window));
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(true);
    chart->setPlotAreaBackgroundBrush(palette.brush(QPalette::Base));
    const QColor text = palette.color(QPalette::WindowText);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(dark ? 120 : 150);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
}

} // namespace dispatch
