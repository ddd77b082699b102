// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FlightOffer.h"

#include <QAbstractTableModel>
#include <QList>

#include <array>
#include <vector>

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
 *
 * Offers often arrive in parts (a search that fans out sends a growing list, then the same
 * offers sorted): setOffers() then changes only what changed, keyed by provider and offer id,
 * so that views keep their selection, current row and scroll position. A row's display strings
 * are formatted once, when first asked for (with the QLocale current then), and its sort values
 * when it enters the model.
 */
class OffersModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Airline, Flights, Depart, Arrive, Duration, Stops, Price, Return, ColumnCount };
    enum Roles { SortRole = Qt::UserRole, OfferRole };

    explicit OffersModel(QObject *parent = nullptr);

    /**
     * Shows @p offers, in this order. When the new list shares offers (same provider and id)
     * with the one shown, the model changes in place: rows whose offer is gone are removed
     * (rowsRemoved), a row whose offer was replaced at the same position by a new one is
     * updated (dataChanged), new offers are appended (rowsInserted), and the rows are then
     * moved into the new order (layoutChanged, persistent indexes follow their offer); an offer
     * whose contents changed gets dataChanged. Otherwise, and when either list holds the same
     * offer twice, it is a model reset. Setting the same list again signals nothing.
     */
    void setOffers(const QList<FlightOffer> &offers);
    void clear() { setOffers({}); }
    const QList<FlightOffer> &offers() const { return m_offers; }
    /** The offer at @p row; a default FlightOffer when out of range. */
    FlightOffer offer(int row) const;
    /** True when at least one offer has a return slice. */
    bool hasReturnSlices() const { return m_returnCount > 0; }
    /** How many offers come from the sandbox (generated fares, not bookable). */
    int sandboxCount() const { return m_sandboxCount; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    /** What the table shows of one offer: sort values at once, texts when first needed. */
    struct Row {
        QString key; ///< provider and offer id
        std::array<qint64, ColumnCount> sortKey{};
        mutable std::array<QString, ColumnCount> text;
        mutable bool formatted = false;
    };

    static Row makeRow(const FlightOffer &offer);
    static QString keyOf(const FlightOffer &offer);
    const Row &formattedRow(int row) const;
    void resetTo(const QList<FlightOffer> &offers);
    void updateCounts();
    QVariant displayData(const FlightOffer &offer, int column) const;

    QList<FlightOffer> m_offers;
    std::vector<Row> m_rows; ///< parallel to m_offers
    int m_returnCount = 0;
    int m_sandboxCount = 0;
    bool m_uniqueKeys = true; ///< no offer shown twice (else the next change is a reset)
};
