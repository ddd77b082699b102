// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxNetwork.h"

#include "geo/GeoDatabase.h"

#include <QStringList>

#include <algorithm>

namespace {
using Kind = SandboxCarrier::Kind;

struct CarrierRow {
    const char *code;
    Kind kind;
    int minKm;
    int maxKm;
    int farePermille;
};

// Real carriers with the distances they fly and their fare level.
const CarrierRow CarrierRows[] = {
    {"AF", Kind::FullService, 0, 16000, 1000},    {"TO", Kind::LowCost, 0, 4000, 680},
    {"U2", Kind::LowCost, 0, 4000, 640},          {"BA", Kind::FullService, 0, 16000, 1040},
    {"VS", Kind::FullService, 3000, 16000, 1000}, {"LH", Kind::FullService, 0, 16000, 1040},
    {"EW", Kind::LowCost, 0, 4000, 720},          {"DE", Kind::FullService, 0, 12000, 860},
    {"IB", Kind::FullService, 0, 16000, 980},     {"VY", Kind::LowCost, 0, 3500, 660},
    {"UX", Kind::FullService, 0, 12000, 900},     {"TP", Kind::FullService, 0, 12000, 960},
    {"AZ", Kind::FullService, 0, 12000, 980},     {"FR", Kind::LowCost, 0, 4000, 560},
    {"EI", Kind::FullService, 0, 8000, 920},      {"KL", Kind::FullService, 0, 16000, 1000},
    {"HV", Kind::LowCost, 0, 4000, 680},          {"SN", Kind::FullService, 0, 9000, 980},
    {"LX", Kind::FullService, 0, 16000, 1100},    {"OS", Kind::FullService, 0, 12000, 1000},
    {"SK", Kind::FullService, 0, 12000, 980},     {"DY", Kind::LowCost, 0, 4000, 660},
    {"WF", Kind::Regional, 0, 1500, 1050},        {"AY", Kind::FullService, 0, 16000, 980},
    {"LO", Kind::FullService, 0, 12000, 920},     {"W6", Kind::LowCost, 0, 5000, 580},
    {"OK", Kind::FullService, 0, 4000, 920},      {"A3", Kind::FullService, 0, 4000, 940},
    {"TK", Kind::FullService, 0, 16000, 940},     {"PC", Kind::LowCost, 0, 4000, 640},
    {"RO", Kind::FullService, 0, 4000, 900},      {"JU", Kind::FullService, 0, 9000, 900},
    {"BT", Kind::FullService, 0, 4000, 820},      {"FI", Kind::FullService, 0, 9000, 960},
    {"AA", Kind::FullService, 0, 16000, 1000},    {"DL", Kind::FullService, 0, 16000, 1020},
    {"UA", Kind::FullService, 0, 16000, 1010},    {"B6", Kind::FullService, 0, 6000, 880},
    {"WN", Kind::LowCost, 0, 4500, 780},          {"AS", Kind::FullService, 0, 5500, 940},
    {"AC", Kind::FullService, 0, 16000, 1000},    {"WS", Kind::FullService, 0, 8000, 880},
    {"AM", Kind::FullService, 0, 14000, 940},     {"LA", Kind::FullService, 0, 16000, 960},
    {"AD", Kind::FullService, 0, 8000, 900},      {"AR", Kind::FullService, 0, 14000, 940},
    {"AV", Kind::FullService, 0, 10000, 940},     {"CM", Kind::FullService, 0, 7000, 960},
    {"NH", Kind::FullService, 0, 16000, 1060},    {"JL", Kind::FullService, 0, 16000, 1060},
    {"KE", Kind::FullService, 0, 16000, 1020},    {"OZ", Kind::FullService, 0, 16000, 980},
    {"CA", Kind::FullService, 0, 16000, 920},     {"MU", Kind::FullService, 0, 16000, 900},
    {"CZ", Kind::FullService, 0, 16000, 900},     {"CX", Kind::FullService, 0, 16000, 1080},
    {"BR", Kind::FullService, 0, 16000, 1000},    {"CI", Kind::FullService, 0, 16000, 960},
    {"SQ", Kind::FullService, 0, 16000, 1100},    {"MH", Kind::FullService, 0, 16000, 920},
    {"TG", Kind::FullService, 0, 16000, 940},     {"VN", Kind::FullService, 0, 14000, 900},
    {"PR", Kind::FullService, 0, 14000, 900},     {"GA", Kind::FullService, 0, 14000, 920},
    {"AI", Kind::FullService, 0, 16000, 920},     {"6E", Kind::LowCost, 0, 4500, 640},
    {"EK", Kind::FullService, 0, 16000, 1080},    {"EY", Kind::FullService, 0, 16000, 1060},
    {"QR", Kind::FullService, 0, 16000, 1080},    {"SV", Kind::FullService, 0, 14000, 940},
    {"WY", Kind::FullService, 0, 9000, 960},      {"RJ", Kind::FullService, 0, 11000, 960},
    {"LY", Kind::FullService, 0, 12000, 1000},    {"MS", Kind::FullService, 0, 12000, 900},
    {"AT", Kind::FullService, 0, 9000, 920},      {"ET", Kind::FullService, 0, 14000, 920},
    {"KQ", Kind::FullService, 0, 14000, 940},     {"SA", Kind::FullService, 0, 14000, 960},
    {"QF", Kind::FullService, 0, 16000, 1060},    {"VA", Kind::FullService, 0, 8000, 940},
    {"JQ", Kind::LowCost, 0, 9000, 700},          {"NZ", Kind::FullService, 0, 16000, 1040},
    {"SU", Kind::FullService, 0, 12000, 900},
};

// Home carriers per ISO country, most prominent first.
const char *const HomeCarrierRows[][2] = {
    {"FR", "AF TO U2"},
    {"GB", "BA VS U2"},
    {"DE", "LH EW DE"},
    {"ES", "IB VY UX"},
    {"PT", "TP"},
    {"IT", "AZ FR"},
    {"IE", "EI FR"},
    {"NL", "KL HV"},
    {"BE", "SN"},
    {"CH", "LX"},
    {"AT", "OS"},
    {"DK", "SK DY"},
    {"SE", "SK DY"},
    {"NO", "SK DY WF"},
    {"FI", "AY"},
    {"PL", "LO W6"},
    {"HU", "W6"},
    {"CZ", "OK"},
    {"GR", "A3"},
    {"TR", "TK PC"},
    {"RO", "RO W6"},
    {"RS", "JU"},
    {"LV", "BT"},
    {"IS", "FI"},
    {"US", "AA DL UA B6 WN AS"},
    {"CA", "AC WS"},
    {"MX", "AM"},
    {"BR", "LA AD"},
    {"AR", "AR"},
    {"CL", "LA"},
    {"PE", "LA"},
    {"CO", "AV"},
    {"PA", "CM"},
    {"JP", "NH JL"},
    {"KR", "KE OZ"},
    {"CN", "CA MU CZ"},
    {"HK", "CX"},
    {"TW", "BR CI"},
    {"SG", "SQ"},
    {"MY", "MH"},
    {"TH", "TG"},
    {"VN", "VN"},
    {"PH", "PR"},
    {"ID", "GA"},
    {"IN", "AI 6E"},
    {"AE", "EK EY"},
    {"QA", "QR"},
    {"SA", "SV"},
    {"OM", "WY"},
    {"JO", "RJ"},
    {"IL", "LY"},
    {"EG", "MS"},
    {"MA", "AT"},
    {"ET", "ET"},
    {"KE", "KQ"},
    {"ZA", "SA"},
    {"AU", "QF VA JQ"},
    {"NZ", "NZ"},
    {"RU", "SU"},
};

// Connecting hubs and the carriers that connect there; '*' marks round-the-clock hubs.
const char *const HubRows[][2] = {
    {"LHR", "BA"},       {"CDG", "AF"},    {"AMS", "KL"},    {"FRA", "LH"},    {"MUC", "LH"},
    {"ZRH", "LX"},       {"VIE", "OS"},    {"MAD", "IB"},    {"LIS", "TP"},    {"FCO", "AZ"},
    {"CPH", "SK"},       {"HEL", "AY"},    {"WAW", "LO"},    {"BRU", "SN"},    {"DUB", "EI"},
    {"KEF", "FI"},       {"IST", "TK*"},   {"DXB", "EK*"},   {"DOH", "QR*"},   {"AUH", "EY*"},
    {"JFK", "DL B6 AA"}, {"ATL", "DL"},    {"ORD", "UA AA"}, {"DFW", "AA"},    {"DEN", "UA"},
    {"LAX", "AA DL UA"}, {"SFO", "UA"},    {"SEA", "AS DL"}, {"YYZ", "AC"},    {"YVR", "AC"},
    {"MEX", "AM"},       {"GRU", "LA"},    {"BOG", "AV"},    {"PTY", "CM"},    {"SIN", "SQ"},
    {"HKG", "CX"},       {"NRT", "NH JL"}, {"HND", "NH JL"}, {"ICN", "KE OZ"}, {"PEK", "CA"},
    {"PVG", "MU"},       {"CAN", "CZ"},    {"TPE", "BR CI"}, {"SYD", "QF"},    {"MEL", "QF"},
    {"AKL", "NZ"},       {"JNB", "SA"},    {"ADD", "ET"},    {"NBO", "KQ"},    {"CAI", "MS"},
    {"CMN", "AT"},       {"DEL", "AI"},    {"BOM", "AI"},    {"BKK", "TG"},    {"KUL", "MH"},
    {"MNL", "PR"},       {"CGK", "GA"},
};

QStringList splitCodes(const char *codes) {
    return QString::fromLatin1(codes).split(u' ', Qt::SkipEmptyParts);
}
} // namespace

SandboxNetwork::SandboxNetwork(const GeoDatabase &geo) {
    for (const CarrierRow &row : CarrierRows)
        addCarrier(geo, row.code, row.kind, row.minKm, row.maxKm, row.farePermille);
    // m_carriers is complete: pointers into it stay valid from here on.
    for (const auto &row : HomeCarrierRows) {
        QList<const SandboxCarrier *> list;
        for (const QString &code : splitCodes(row[1])) {
            if (const SandboxCarrier *c = carrier(code))
                list.append(c);
        }
        if (!list.isEmpty())
            m_homeCarriers.insert(QString::fromLatin1(row[0]), list);
    }
    for (const char *code : {"FR", "U2", "W6", "VY"}) {
        if (const SandboxCarrier *c = carrier(QString::fromLatin1(code)))
            m_europeanLowCost.append(c);
    }
    for (const auto &row : HubRows) {
        SandboxHub hub;
        hub.airport = geo.airport(QString::fromLatin1(row[0]));
        QString codes = QString::fromLatin1(row[1]);
        hub.allDay = codes.endsWith(u'*');
        if (hub.allDay)
            codes.chop(1);
        for (const QString &code : codes.split(u' ', Qt::SkipEmptyParts)) {
            if (const SandboxCarrier *c = carrier(code))
                hub.carriers.append(c);
        }
        if (hub.airport && !hub.carriers.isEmpty()) {
            m_hubIndex.insert(hub.airport->code, int(m_hubs.size()));
            m_hubs.append(hub);
        }
    }
    // The best airports of every country, once (never scan all airports per search).
    for (const Airport &a : geo.airports()) {
        QList<const Airport *> &top = m_topAirports[a.countryCode];
        const auto pos = std::find_if(top.begin(), top.end(),
                                      [&a](const Airport *b) { return a.rank > b->rank; });
        top.insert(pos, &a);
        if (top.size() > 3)
            top.removeLast();
    }
}

void SandboxNetwork::addCarrier(const GeoDatabase &geo, const char *code, SandboxCarrier::Kind kind,
                                int minKm, int maxKm, int farePermille) {
    const QString key = QString::fromLatin1(code);
    const Airline *airline = geo.airline(key);
    if (!airline)
        return;
    SandboxCarrier c;
    c.code = key;
    c.name = airline->name;
    c.kind = kind;
    c.minKm = minKm;
    c.maxKm = maxKm;
    c.farePermille = farePermille;
    m_carriers.insert(key, c);
}

const SandboxCarrier *SandboxNetwork::carrier(QStringView code) const {
    const auto it = m_carriers.constFind(code.toString());
    return it == m_carriers.constEnd() ? nullptr : &it.value();
}

QList<const SandboxCarrier *> SandboxNetwork::homeCarriers(QStringView countryCode) const {
    return m_homeCarriers.value(countryCode.toString());
}

const SandboxHub *SandboxNetwork::hubAt(QStringView airportCode) const {
    const auto it = m_hubIndex.constFind(airportCode.toString());
    return it == m_hubIndex.constEnd() ? nullptr : &m_hubs.at(it.value());
}

QList<SandboxHub> SandboxNetwork::countryHubs(QStringView countryCode) const {
    QList<SandboxHub> result;
    QList<const SandboxCarrier *> carriers;
    for (const SandboxCarrier *c : homeCarriers(countryCode)) {
        if (!c->lowCost())
            carriers.append(c);
    }
    if (carriers.isEmpty())
        return result;
    const QList<const Airport *> top = m_topAirports.value(countryCode.toString());
    for (int i = 0; i < top.size() && result.size() < 2; ++i) {
        const Airport *a = top.at(i);
        if (a->rank >= 40 || (i == 0 && a->rank >= 25))
            result.append(SandboxHub{a, carriers, false});
    }
    return result;
}

bool SandboxNetwork::isEurope(const Airport &airport) {
    const QByteArray &tz = airport.timeZone;
    return tz.startsWith("Europe/") || tz == "Atlantic/Canary" || tz == "Atlantic/Madeira" ||
           tz == "Atlantic/Azores";
}

bool SandboxNetwork::routeExists(const Airport &a, const Airport &b, double km) const {
    if (km < 50 || km > 15500 || a.cityCode == b.cityCode)
        return false;
    const int bonus = a.countryCode == b.countryCode ? 10 : 0;
    // Hubs of remote regions (Auckland, Perth...) rank low on population but fly far.
    const int rankA = hubAt(a.code) ? qMax(a.rank, 85) : a.rank;
    const int rankB = hubAt(b.code) ? qMax(b.rank, 85) : b.rank;
    const int lo = qMin(rankA, rankB) + bonus;
    const int hi = qMax(rankA, rankB) + bonus;
    if (km <= 800)
        return (hi >= 40 && lo >= 5) || lo >= 20;
    if (km <= 2000)
        return (hi >= 60 && lo >= 12) || lo >= 30;
    if (km <= 4500)
        return (hi >= 70 && lo >= 30) || lo >= 50;
    if (km <= 9000)
        return hi >= 75 && lo >= 58;
    if (km <= 12500)
        return hi >= 85 && lo >= 70;
    return lo >= 85; // ultra-long-haul: only between the biggest airports
}
