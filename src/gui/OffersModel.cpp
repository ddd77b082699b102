// SPDX-License-Identifier: GPL-3.0-or-later
#include "OffersModel.h"

#include "OfferFormat.h"

#include <algorithm>

OffersModel::OffersModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void OffersModel::setOffers(const QList<FlightOffer> &offers) {
    beginResetModel();
    m_offers = offers;
    m_hasReturn = std::any_of(m_offers.cbegin(), m_offers.cend(),
                              [](const FlightOffer &o) { return o.slices.size() > 1; });
    endResetModel();
}

FlightOffer OffersModel::offer(int row) const {
    if (row < 0 || row >= m_offers.size())
        return FlightOffer();
    return m_offers.at(row);
}

int OffersModel::sandboxCount() const {
    return int(std::count_if(m_offers.cbegin(), m_offers.cend(),
                             [](const FlightOffer &o) { return o.isSandbox(); }));
}

int OffersModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_offers.size());
}

int OffersModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OffersModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const FlightOffer &offer = m_offers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(offer, index.column());
    case SortRole:
        return sortData(offer, index.column());
    case OfferRole:
        return QVariant::fromValue(offer);
    case Qt::ToolTipRole:
        if (index.column() == Return && offer.slices.size() > 1)
            return OfferFormat::sliceSummary(offer.slices.at(1));
        if (index.column() == Airline || index.column() == Flights)
            return OfferFormat::flights(offer.slices.value(0)) + u'\n' +
                   tr("Press Enter or double-click for details");
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Price || index.column() == Duration)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return QVariant();
    }
}

QVariant OffersModel::displayData(const FlightOffer &offer, int column) const {
    const Slice outbound = offer.slices.value(0);
    switch (column) {
    case Airline:
        return OfferFormat::airline(offer);
    case Flights:
        return OfferFormat::flights(outbound);
    case Depart:
        return OfferFormat::departure(outbound);
    case Arrive:
        return OfferFormat::arrival(outbound);
    case Duration:
        return OfferFormat::duration(outbound.durationMinutes());
    case Stops:
        return OfferFormat::stops(outbound);
    case Return:
        return offer.slices.size() > 1 ? OfferFormat::sliceTimes(offer.slices.at(1)) : QString();
    case Price:
        return offer.totalAmount.displayString(QLocale());
    default:
        return QVariant();
    }
}

QVariant OffersModel::sortData(const FlightOffer &offer, int column) const {
    const Slice outbound = offer.slices.value(0);
    switch (column) {
    case Airline:
        return OfferFormat::airline(offer);
    case Flights:
        return OfferFormat::flights(outbound);
    case Depart:
        return outbound.departure().toMSecsSinceEpoch();
    case Arrive:
        return outbound.arrival().toMSecsSinceEpoch();
    case Duration:
        return outbound.durationMinutes();
    case Stops:
        return qint64(outbound.stops());
    case Return:
        return offer.slices.size() > 1 ? offer.slices.at(1).departure().toMSecsSinceEpoch()
                                       : qint64(0);
    case Price:
        return offer.totalAmount.units();
    default:
        return QVariant();
    }
}

QVariant OffersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Airline:
        return tr("Airline");
    case Flights:
        return tr("Flights");
    case Depart:
        return tr("Depart");
    case Arrive:
        return tr("Arrive");
    case Duration:
        return tr("Duration");
    case Stops:
        return tr("Stops");
    case Return:
        return tr("Return");
    case Price:
        return tr("Price");
    default:
        return QVariant();
    }
}
