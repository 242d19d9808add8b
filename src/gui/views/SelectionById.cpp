// SPDX-License-Identifier: MIT
#include "gui/views/SelectionById.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <utility>

namespace dispatch {

SelectionById::SelectionById(QAbstractItemView* view, QSortFilterProxyModel* proxy, int idRole,
                             SourceRowOf sourceRowOf, Rows rows)
    : QObject(view), m_view(view), m_proxy(proxy), m_idRole(idRole), m_sourceRowOf(std::move(sourceRowOf))
{
    // Before the view sees the proxy, so that these run first: in single selection the view selects the
    // next row when the selected one is removed (QAbstractItemView::rowsAboutToBeRemoved), and that is no
    // person's choice.
    const auto changing = [this] { m_modelChanging = true; };
    connect(proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, changing);
    connect(proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, changing);
    connect(proxy, &QAbstractItemModel::rowsAboutToBeMoved, this, changing);
    connect(proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, changing);
    connect(proxy, &QAbstractItemModel::modelAboutToBeReset, this, changing);
    view->setModel(proxy);
    // A whole row each: the row selected (of several, the current one) is the item chosen.
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(rows == Rows::Several ? QAbstractItemView::ExtendedSelection
                                                 : QAbstractItemView::SingleSelection);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SelectionById::adoptSelectedRow);
    // After the view's and the selection model's own handling: the selection is put back once Qt has moved
    // or dropped it.
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &SelectionById::modelChanged);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &SelectionById::modelChanged);
    connect(proxy, &QAbstractItemModel::rowsMoved, this, &SelectionById::modelChanged);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &SelectionById::modelChanged);
    connect(proxy, &QAbstractItemModel::modelReset, this, &SelectionById::modelChanged);
    connect(proxy, &QAbstractProxyModel::sourceModelChanged, this, &SelectionById::watchSource);
    watchSource();
}

void SelectionById::modelChanged()
{
    m_modelChanging = false;
    restore();
}

void SelectionById::watchSource()
{
    // A row the filters hide arrives in the source without a word from the proxy: not seen -> filtered out.
    disconnect(m_sourceRowsInserted);
    if (m_proxy->sourceModel())
        m_sourceRowsInserted =
            connect(m_proxy->sourceModel(), &QAbstractItemModel::rowsInserted, this, &SelectionById::restore);
}

void SelectionById::select(const QString& id, Filters filters)
{
    m_clearFiltersWhenSeen = filters == Filters::Clear;
    if (id != m_id) {
        m_id = id;
        emit idChanged(id);
    }
    restore();
    if (m_place == Place::Listed)
        m_view->scrollTo(m_view->currentIndex());
}

void SelectionById::adoptSelectedRow()
{
    if (m_modelChanging)
        return; // restore() follows
    const QItemSelectionModel* selection = m_view->selectionModel();
    const QModelIndexList selected = selection->selectedIndexes();
    if (selected.isEmpty())
        return; // the row left the list, or a person deselected it: the item stays the selected one
    // Of several rows, the one clicked last (the current one) is the item; the first when it was deselected.
    const QModelIndex current = m_view->currentIndex();
    const QModelIndex chosen = current.isValid() && selection->isRowSelected(current.row(), current.parent())
                                   ? current
                                   : selected.first();
    const QString id = chosen.siblingAtColumn(0).data(m_idRole).toString();
    m_clearFiltersWhenSeen = false;
    if (id != m_id) {
        m_id = id;
        emit idChanged(id);
    }
    setPlace(Place::Listed);
}

void SelectionById::restore()
{
    if (m_id.isEmpty()) {
        setPlace(Place::None);
        return;
    }
    const QAbstractItemModel* source = m_proxy->sourceModel();
    const int sourceRow = source ? m_sourceRowOf(source, m_id) : -1;
    const QModelIndex row =
        sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(source->index(sourceRow, 0));
    QItemSelectionModel* selection = m_view->selectionModel();
    if (row.isValid()) {
        m_clearFiltersWhenSeen = false;
        if (!selection->isRowSelected(row.row(), row.parent()))
            m_view->setCurrentIndex(row); // selects the row alone
        else if (m_view->currentIndex().row() != row.row())
            selection->setCurrentIndex(row, QItemSelectionModel::NoUpdate); // other selected rows stay
        setPlace(Place::Listed);
        return;
    }
    if (sourceRow >= 0 && std::exchange(m_clearFiltersWhenSeen, false)) {
        emit filtersInTheWay();
        restore(); // once more, whatever the page cleared: the flag is down now
        return;
    }
    // Qt made a neighbour the current row when the item's row went; no row stands for the item.
    if (selection->hasSelection() || selection->currentIndex().isValid())
        selection->clear();
    setPlace(sourceRow < 0 ? Place::NotSeen : Place::FilteredOut);
}

void SelectionById::setPlace(Place place)
{
    if (place == m_place)
        return;
    m_place = place;
    emit placeChanged(place);
}

} // namespace dispatch
