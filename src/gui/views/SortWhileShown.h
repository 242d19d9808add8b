// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QAbstractItemModel;
class QSortFilterProxyModel;
class QWidget;

namespace dispatch {

// Keeps a sorting proxy's order live only while its view shows. A page behind another tab still gets every
// new row (filtered as it comes), but appended at the end instead of sorted into place: with dynamic sorting
// on, QSortFilterProxyModel inserts each batch's rows by binary search and then renumbers its whole map, a
// pass over every row (200 000 jobs) for each batch on each hidden page. That fixed cost per batch was 40 %
// of what handing a batch on cost the GUI thread with the Events page showing (bench_gui_stall with
// DM_BENCH_BATCH_MS=5). When the view shows again, the proxy sorts once (a layout change, so selections and
// the current row stay), and filters again if rows changed while it was hidden: with dynamic sorting off,
// QSortFilterProxyModel does not re-filter changed rows.
//
// Only a view that has been shown and then hidden pauses its proxy; a proxy whose dynamic sorting someone
// else turned off is left alone. `filtering` says whether the proxy filters at all just now: when it does
// not, no changed row can have come to pass or fail it, and showing again only sorts. With 200 000 jobs
// behind the tab for 30 s at 50 000 events/s, sorting and filtering again took 147 ms of the tab switch
// (bench_gui_stall, gui_page_switch_back_to_jobs).
class SortWhileShown : public QObject
{
    Q_OBJECT

public:
    using Filtering = std::function<bool()>;

    SortWhileShown(QWidget* view, QSortFilterProxyModel* proxy, Filtering filtering = {});

    bool isPaused() const { return m_paused; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void pause();
    void resume();
    void watchSource();

    QPointer<QSortFilterProxyModel> m_proxy;
    QPointer<QAbstractItemModel> m_watchedSource;
    Filtering m_filtering;
    bool m_paused = false;
    bool m_changedWhilePaused = false;
};

} // namespace dispatch
