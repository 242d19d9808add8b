// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QAbstractItemModel;
class QAbstractItemView;
class QSortFilterProxyModel;

namespace dispatch {

// Keeps a list's selection on one item by its id, never by its row (issue 20 item 2: a detail pane that
// slid to the neighbouring job offered Cancel for a job nobody chose). The view shows a
// QSortFilterProxyModel. When the proxy refilters, sorts or resets, or gets another source model (a profile
// switch), the item stays selected where it is listed. Where it is not, no other row takes its place: the id
// stays selected, no row is marked, and place() says why, so a detail pane keeps showing the item and says
// that the list hides it. An id the source has not seen yet is selected when its row arrives.
//
// Only a row selected by a person (click or key) or by select() makes its item the selected one. What Qt does
// to the selection while the model changes is not a choice: it moves the current row to a neighbour, and a
// single-selection view selects the next row, when the selected one is removed. That is put right here.
class SelectionById : public QObject
{
    Q_OBJECT

public:
    // Where the selected item is, as far as the list goes.
    enum class Place
    {
        None,        // nothing selected
        Listed,      // a row of the view
        FilteredOut, // in the source model, but the proxy's filters hide it
        NotSeen,     // not in the source model (yet)
    };
    Q_ENUM(Place)

    // How many rows a person may select. Several (Ctrl, Shift) is for an action on all of them at once; the
    // item of the selection is then the current row's (the one clicked last), which a detail pane shows.
    enum class Rows
    {
        One,
        Several,
    };

    // What select() does about filters that hide the item.
    enum class Filters
    {
        Keep,  // a restored or kept selection: the filters stay as the person set them
        Clear, // a person asked for this item: the filters that hide it go (filtersInTheWay)
    };

    // The row of an id in the proxy's current source model, or -1. A lookup the model keeps (rowOf()): a
    // scan of 100 000 rows after every refilter would cost more than the refilter (bench_models).
    using SourceRowOf = std::function<int(const QAbstractItemModel* source, const QString& id)>;

    // Sets `proxy` as the view's model (see the constructor for why here) and makes its selection whole rows,
    // one or several; the selection is kept in the view's selection model.
    SelectionById(QAbstractItemView* view, QSortFilterProxyModel* proxy, int idRole, SourceRowOf sourceRowOf,
                  Rows rows = Rows::One);

    // A SourceRowOf for models of type Model with a rowOf(id) method; -1 for a source of another type.
    template<typename Model>
    static SourceRowOf rowOfIn()
    {
        return [](const QAbstractItemModel* source, const QString& id) {
            const auto* model = qobject_cast<const Model*>(source);
            return model && !id.isEmpty() ? model->rowOf(id) : -1;
        };
    }

    QString id() const { return m_id; }
    Place place() const { return m_place; }

    // Selects the item and scrolls to its row; empty clears the selection.
    void select(const QString& id, Filters filters);

signals:
    void idChanged(const QString& id); // another item is selected, by a person or by select()
    void placeChanged(dispatch::SelectionById::Place place);
    // An item selected with Filters::Clear is in the source but filtered out: the page clears its filters.
    void filtersInTheWay();

private:
    void adoptSelectedRow();
    void modelChanged();
    void restore();
    void watchSource();
    void setPlace(Place place);

    QAbstractItemView* m_view;
    QSortFilterProxyModel* m_proxy;
    int m_idRole;
    SourceRowOf m_sourceRowOf;
    QString m_id;
    Place m_place = Place::None;
    bool m_clearFiltersWhenSeen = false;
    bool m_modelChanging = false; // between a model's "about to" signal and its "done" one
    QMetaObject::Connection m_sourceRowsInserted;
};

} // namespace dispatch
