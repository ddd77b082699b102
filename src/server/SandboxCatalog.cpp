// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxCatalog.h"

#include "providers/sandbox/SandboxRandom.h"

#include <QMutexLocker>
#include <QStringList>

namespace {
constexpr int CacheSize = 64;
constexpr int MaxOffers = 10000;

QString timeText(const QTime &t) {
    return t.isValid() ? t.toString(QStringLiteral("HHmm")) : QString();
}

QTime timeFrom(const QString &text, bool *ok) {
    if (text.isEmpty())
        return {};
    const QTime t = QTime::fromString(text, QStringLiteral("HHmm"));
    *ok = *ok && t.isValid();
    return t;
}
} // namespace

SandboxCatalog::SandboxCatalog(int offersPerSearch)
    : m_offersPerSearch(qBound(0, offersPerSearch, MaxOffers)) {}

void SandboxCatalog::setOffersPerSearch(int count) {
    QMutexLocker lock(&m_mutex);
    m_offersPerSearch = qBound(0, count, MaxOffers);
    m_cache.clear();
    m_recent.clear();
}

int SandboxCatalog::offersPerSearch() const {
    QMutexLocker lock(&m_mutex);
    return m_offersPerSearch;
}

// Key text: "1|YYYYMMDD|cabin|A,C,I|ages.|maxconn|airlines.|maxprice|O-D-YYYYMMDD-HHmm-HHmm;..."
QString SandboxCatalog::keyFor(const SearchRequest &request, const QDate &bookingDate) {
    QStringList ages;
    for (int age : request.childAges)
        ages.append(QString::number(age));
    QStringList slices;
    for (const SearchSlice &s : request.slices)
        slices.append(QStringList{s.origin, s.destination,
                                  s.date.toString(QStringLiteral("yyyyMMdd")),
                                  timeText(s.earliestDeparture), timeText(s.latestDeparture)}
                          .join(u'-'));
    const QStringList parts{
        QStringLiteral("1"),
        bookingDate.toString(QStringLiteral("yyyyMMdd")),
        cabinClassName(request.cabin),
        QStringLiteral("%1,%2,%3")
            .arg(request.passengers.adults)
            .arg(request.passengers.children)
            .arg(request.passengers.infants),
        ages.join(u'.'),
        request.maxConnections ? QString::number(*request.maxConnections) : QString(),
        request.airlines.join(u'.'),
        request.maxPrice ? request.maxPrice->amountString() + u' ' + request.maxPrice->currency()
                         : QString(),
        slices.join(u';'),
    };
    return QString::fromLatin1(parts.join(u'|').toUtf8().toBase64(QByteArray::Base64UrlEncoding |
                                                                  QByteArray::OmitTrailingEquals));
}

std::optional<std::pair<SearchRequest, QDate>> SandboxCatalog::parseKey(const QString &key) {
    if (key.isEmpty() || key.size() > 2000)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        key.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QStringList parts = QString::fromUtf8(*decoded).split(u'|');
    if (parts.size() != 9 || parts.at(0) != u"1")
        return std::nullopt;
    SearchRequest request;
    bool ok = true;
    const QDate bookingDate = QDate::fromString(parts.at(1), QStringLiteral("yyyyMMdd"));
    const auto cabin = cabinClassFromName(parts.at(2));
    const QStringList pax = parts.at(3).split(u',');
    if (!bookingDate.isValid() || !cabin || pax.size() != 3)
        return std::nullopt;
    request.cabin = *cabin;
    request.passengers.adults = pax.at(0).toInt(&ok);
    request.passengers.children = ok ? pax.at(1).toInt(&ok) : 0;
    request.passengers.infants = ok ? pax.at(2).toInt(&ok) : 0;
    if (!parts.at(4).isEmpty()) {
        for (const QString &age : parts.at(4).split(u'.'))
            request.childAges.append(ok ? age.toInt(&ok) : 0);
    }
    if (!parts.at(5).isEmpty())
        request.maxConnections = parts.at(5).toInt(&ok);
    if (!parts.at(6).isEmpty())
        request.airlines = parts.at(6).split(u'.');
    if (!parts.at(7).isEmpty()) {
        const QStringList price = parts.at(7).split(u' ');
        const auto money = price.size() == 2 ? Money::fromString(price.at(0), price.at(1))
                                             : std::optional<Money>();
        ok = ok && money.has_value();
        request.maxPrice = money;
    }
    for (const QString &text : parts.at(8).split(u';')) {
        const QStringList f = text.split(u'-');
        if (f.size() != 5)
            return std::nullopt;
        SearchSlice slice{f.at(0), f.at(1), QDate::fromString(f.at(2), QStringLiteral("yyyyMMdd")),
                          timeFrom(f.at(3), &ok), timeFrom(f.at(4), &ok)};
        ok = ok && slice.date.isValid();
        request.slices.append(slice);
    }
    if (!ok || !request.passengers.isValid())
        return std::nullopt;
    return std::make_pair(request, bookingDate);
}

SandboxCatalog::Search SandboxCatalog::generate(const SearchRequest &request,
                                                const QDate &bookingDate) const {
    Search search{request, bookingDate, m_generator.generateChecked(request, bookingDate)};
    const int wanted = m_offersPerSearch;
    QList<FlightOffer> &offers = search.result.offers;
    if (wanted > 0 && !offers.isEmpty()) {
        const qsizetype base = offers.size();
        if (base > wanted)
            offers.resize(wanted);
        for (qsizetype i = base; i < wanted; ++i) {
            FlightOffer variant = offers.at(i % base);
            const qint64 round = i / base;
            // A dearer fare class of the same itinerary: +1.5% a round.
            variant.totalAmount =
                variant.totalAmount.scaled(1000 + 15 * round, 1000).roundedToMinor();
            offers.append(variant);
        }
    }
    const QString key = keyFor(request, bookingDate);
    for (qsizetype i = 0; i < offers.size(); ++i)
        offers[i].id = key + u'.' + QString::number(i);
    return search;
}

SandboxCatalog::Search SandboxCatalog::search(const SearchRequest &request,
                                              const QDate &bookingDate) {
    const QString key = keyFor(request, bookingDate);
    {
        QMutexLocker lock(&m_mutex);
        if (const auto cached = m_cache.value(key)) {
            m_recent.removeOne(key);
            m_recent.append(key);
            return *cached;
        }
    }
    QMutexLocker lock(&m_mutex); // generation is deterministic: one at a time is fine here
    auto made = std::make_shared<const Search>(generate(request, bookingDate));
    m_cache.insert(key, made);
    m_recent.removeOne(key);
    m_recent.append(key);
    while (m_recent.size() > CacheSize)
        m_cache.remove(m_recent.takeFirst());
    return *made;
}

std::optional<SandboxCatalog::Search> SandboxCatalog::searchFor(const QString &key) {
    const auto parsed = parseKey(key);
    if (!parsed)
        return std::nullopt;
    return search(parsed->first, parsed->second);
}

std::optional<std::pair<FlightOffer, SandboxCatalog::Search>>
SandboxCatalog::offer(const QString &id) {
    const qsizetype dot = id.lastIndexOf(u'.');
    if (dot <= 0)
        return std::nullopt;
    bool ok = false;
    const int index = id.mid(dot + 1).toInt(&ok);
    if (!ok || index < 0)
        return std::nullopt;
    const auto found = searchFor(id.left(dot));
    if (!found || index >= found->result.offers.size())
        return std::nullopt;
    return std::make_pair(found->result.offers.at(index), *found);
}

FlightOffer SandboxCatalog::repriced(const FlightOffer &offer, int movePermille) {
    FlightOffer priced = offer;
    const quint64 h = SandboxRandom::hash({u"reprice", offer.id});
    if (int(h % 1000) < movePermille)
        priced.totalAmount = offer.totalAmount.scaled(102, 100).roundedToMinor();
    return priced;
}

Money SandboxCatalog::taxOf(const Money &total) {
    return total.scaled(15, 100).roundedToMinor();
}
