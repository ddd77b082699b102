// SPDX-License-Identifier: GPL-3.0-or-later
#include "OffersModel.h"

#include "OfferFormat.h"

#include <QHash>
#include <QSet>

#include <algorithm>

OffersModel::OffersModel(QObject *parent)
    : QAbstractTableModel(parent) {}

QString OffersModel::keyOf(const FlightOffer &offer) {
    return offer.provider + u'\x1f' + offer.id;
}

OffersModel::Row OffersModel::makeRow(const FlightOffer &offer) {
    Row row;
    row.key = keyOf(offer);
    if (!offer.slices.isEmpty()) {
        const Slice &outbound = offer.slices.first();
        row.sortKey[Depart] = outbound.departure().toMSecsSinceEpoch();
        row.sortKey[Arrive] = outbound.arrival().toMSecsSinceEpoch();
        row.sortKey[Duration] = outbound.durationMinutes();
        row.sortKey[Stops] = outbound.stops();
    } else {
        const Slice none;
        row.sortKey[Depart] = none.departure().toMSecsSinceEpoch();
        row.sortKey[Arrive] = none.arrival().toMSecsSinceEpoch();
    }
    if (offer.slices.size() > 1)
        row.sortKey[Return] = offer.slices.at(1).departure().toMSecsSinceEpoch();
    row.sortKey[Price] = offer.totalAmount.units();
    return row;
}

void OffersModel::updateCounts() {
    m_returnCount = int(std::count_if(m_offers.cbegin(), m_offers.cend(),
                                      [](const FlightOffer &o) { return o.slices.size() > 1; }));
    m_sandboxCount = int(std::count_if(m_offers.cbegin(), m_offers.cend(),
                                       [](const FlightOffer &o) { return o.isSandbox(); }));
}

void OffersModel::resetTo(const QList<FlightOffer> &offers) {
    beginResetModel();
    m_offers = offers;
    m_rows.clear();
    m_rows.reserve(size_t(offers.size()));
    QSet<QString> keys;
    keys.reserve(offers.size());
    for (const FlightOffer &offer : offers) {
        m_rows.push_back(makeRow(offer));
        keys.insert(m_rows.back().key);
    }
    m_uniqueKeys = keys.size() == offers.size();
    updateCounts();
    endResetModel();
}

void OffersModel::setOffers(const QList<FlightOffer> &offers) {
    if (offers.size() == m_offers.size() &&
        (offers.isEmpty() || offers.constData() == m_offers.constData()))
        return; // the same list again
    if (m_offers.isEmpty() || offers.isEmpty() || !m_uniqueKeys) {
        resetTo(offers);
        return;
    }
    const int newCount = int(offers.size());
    QHash<QString, int> newRowOf;
    newRowOf.reserve(newCount);
    for (int j = 0; j < newCount; ++j) {
        const QString key = keyOf(offers.at(j));
        if (newRowOf.contains(key)) {
            resetTo(offers); // the same offer twice: no key to follow it by
            return;
        }
        newRowOf.insert(key, j);
    }
    // Where each shown row goes: the new row with its key, or -1 when its offer is gone.
    const int oldCount = int(m_offers.size());
    std::vector<int> target(size_t(oldCount), -1);
    std::vector<char> matched(size_t(newCount), 0);
    bool common = false;
    for (int i = 0; i < oldCount; ++i) {
        const auto it = newRowOf.constFind(m_rows[size_t(i)].key);
        if (it != newRowOf.cend()) {
            target[size_t(i)] = *it;
            matched[size_t(*it)] = 1;
            common = true;
        }
    }
    if (!common) {
        resetTo(offers); // another search: nothing to keep
        return;
    }
    // An offer replaced at the same position by one not shown before (a cheaper seller of the
    // same flight) is the same row, updated.
    for (int i = 0; i < std::min(oldCount, newCount); ++i) {
        if (target[size_t(i)] < 0 && !matched[size_t(i)]) {
            target[size_t(i)] = i;
            matched[size_t(i)] = 1;
        }
    }

    // 1. Rows whose offer is gone, from the last range up.
    for (int last = oldCount - 1; last >= 0;) {
        if (target[size_t(last)] >= 0) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && target[size_t(first) - 1] < 0)
            --first;
        beginRemoveRows(QModelIndex(), first, last);
        m_offers.remove(first, last - first + 1);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        target.erase(target.begin() + first, target.begin() + last + 1);
        updateCounts();
        endRemoveRows();
        last = first - 1;
    }

    // 2. New offers, appended in their order.
    std::vector<int> added;
    for (int j = 0; j < newCount; ++j) {
        if (!matched[size_t(j)])
            added.push_back(j);
    }
    if (!added.empty()) {
        const int at = int(m_offers.size());
        beginInsertRows(QModelIndex(), at, at + int(added.size()) - 1);
        m_offers.reserve(newCount);
        m_rows.reserve(size_t(newCount));
        for (const int j : added) {
            m_offers.append(offers.at(j));
            m_rows.push_back(makeRow(offers.at(j)));
            target.push_back(j);
        }
        updateCounts();
        endInsertRows();
    }

    // 3. Every row to its place in the new list.
    bool inOrder = true;
    for (int r = 0; r < newCount && inOrder; ++r)
        inOrder = target[size_t(r)] == r;
    if (!inOrder) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        std::vector<Row> rows(static_cast<size_t>(newCount));
        QList<FlightOffer> moved(newCount);
        for (int r = 0; r < newCount; ++r) {
            rows[size_t(target[size_t(r)])] = std::move(m_rows[size_t(r)]);
            moved[target[size_t(r)]] = m_offers.at(r);
        }
        m_rows.swap(rows);
        m_offers = moved;
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &index : from)
            to.append(index.isValid() ? createIndex(target[size_t(index.row())], index.column())
                                      : QModelIndex());
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // 4. Offers whose contents changed (a new price, or replaced in place).
    int first = -1;
    for (int j = 0; j <= newCount; ++j) {
        if (j < newCount && !(m_offers.at(j) == offers.at(j))) {
            m_offers[j] = offers.at(j);
            m_rows[size_t(j)] = makeRow(offers.at(j));
            if (first < 0)
                first = j;
            continue;
        }
        if (first >= 0) {
            updateCounts();
            Q_EMIT dataChanged(index(first, 0), index(j - 1, ColumnCount - 1));
            first = -1;
        }
    }
    m_offers = offers; // the same values, now sharing the caller's list
}

const OffersModel::Row &OffersModel::formattedRow(int row) const {
    const Row &cached = m_rows[size_t(row)];
    if (!cached.formatted) {
        const FlightOffer &offer = m_offers.at(row);
        for (int column = 0; column < ColumnCount; ++column)
            cached.text[size_t(column)] = displayData(offer, column).toString();
        cached.formatted = true;
    }
    return cached;
}

FlightOffer OffersModel::offer(int row) const {
    if (row < 0 || row >= m_offers.size())
        return FlightOffer();
    return m_offers.at(row);
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
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return formattedRow(row).text[size_t(column)];
    case SortRole:
        if (column == Airline || column == Flights)
            return formattedRow(row).text[size_t(column)];
        return m_rows[size_t(row)].sortKey[size_t(column)];
    case OfferRole:
        return QVariant::fromValue(m_offers.at(row));
    case Qt::ToolTipRole: {
        const FlightOffer &offer = m_offers.at(row);
        if (index.column() == Return && offer.slices.size() > 1)
            return OfferFormat::sliceSummary(offer.slices.at(1));
        if (index.column() == Airline || index.column() == Flights)
            return OfferFormat::flights(offer.slices.value(0)) + u'\n' +
                   tr("Press Enter or double-click for details");
        return QVariant();
    }
    case Qt::TextAlignmentRole: {
        static const QVariant right = QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        static const QVariant left = QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return column == Price || column == Duration ? right : left;
    }
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
