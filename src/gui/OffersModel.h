// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FlightOffer.h"

#include <QAbstractTableModel>
#include <QList>

/**
 * The offers of one search as a table, one offer a row, for a QTableView behind a
 * QSortFilterProxyModel. Qt::DisplayRole gives plain-text strings; SortRole (Qt::UserRole)
 * gives raw values that sort correctly: price as qint64 Money units (exact, never double),
 * durations in minutes, times as UTC milliseconds since the epoch, stops as a count.
 * OfferRole gives the whole FlightOffer.
 *
 * The last column, Return, shows the times of the second slice of round trips (its tooltip the
 * duration and stops too) and is empty for one-way offers (hasReturnSlices() tells a view whether
 * to show it).
 */
class OffersModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Airline, Flights, Depart, Arrive, Duration, Stops, Price, Return, ColumnCount };
    enum Roles { SortRole = Qt::UserRole, OfferRole };

    explicit OffersModel(QObject *parent = nullptr);

    /** Replaces every offer (a model reset). */
    void setOffers(const QList<FlightOffer> &offers);
    void clear() { setOffers({}); }
    const QList<FlightOffer> &offers() const { return m_offers; }
    /** The offer at @p row; a default FlightOffer when out of range. */
    FlightOffer offer(int row) const;
    /** True when at least one offer has a return slice. */
    bool hasReturnSlices() const { return m_hasReturn; }
    /** How many offers come from the sandbox (generated fares, not bookable). */
    int sandboxCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const FlightOffer &offer, int column) const;
    QVariant sortData(const FlightOffer &offer, int column) const;

    QList<FlightOffer> m_offers;
    bool m_hasReturn = false;
};
