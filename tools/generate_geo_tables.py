#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate the reference tables resources/data/{airports,cities,airlines}.tsv from ../shared/data.

Usage:
    python3 tools/generate_geo_tables.py --shared ../shared --out resources/data
    python3 tools/generate_geo_tables.py --shared ../shared --check resources/data

Python 3 standard library only. The output is deterministic: rows are sorted, floats have five
decimals, files are UTF-8 with LF line ends. Each file starts with a "# " line naming its sources
and their licences, then a header line, then tab-separated rows.

Airport rank (0..100), an importance estimate used to pick a metro's main airport, hubs and the
airport a city is served by. With pop60 = the summed population of the cities (cities_i18n.tsv)
within 60 km of the airport:

    rank = clamp(0, 100,
                 pop_score                      12 * (log10(pop60) - 4), clamped to 0..40
               + 10 if the name says International/Intercontinental (in any of our languages)
               +  6 if the airport has a web site (url)
               +  4 if it has an ICAO code
               +  5 if it belongs to a metro code shared by several airports (PAR, LON, ...)
               + 40 for a tier-1 hub, + 22 for a tier-2 hub (HUBS_TIER1/HUBS_TIER2 below: the
                    world's and each region's busiest passenger airports, after public ACI
                    traffic rankings; hand-maintained)
               - 35 if the name marks a non-commercial field (Air Base, AFB, Air Force, Heliport,
                    Airfield, Seaplane/SPB, Military, Army, Naval/NAS, Air Station, Airstrip, FSS)
                    or it is listed in NON_COMMERCIAL_CODES)

Cities: the GeoNames rows plus CURATED_CITIES (below; hand-maintained, not from GeoNames): a few
city-states and territory capitals the source lacks altogether (Singapore, Macau, Gibraltar,
...). NAME_FIXES replaces a few unusable English names (GeoNames calls Abu Dhabi "Abu Dhabi
Island and Internal Islands City").

City code: a city is kept (population >= 20000, or a capital-like row: the source only lists
places under 15000 people when they are capitals or seats, and the largest city of each country)
when a usable airport lies within 70 km (150 km for a city of 1 million or more that has none
within 70 km: Zibo -> TNA, Baoding -> SJW). Airports in the city's own country are the only
candidates when there is at least one in that radius (Johor Bahru -> JHB and Batam -> BTH, not
SIN); an airport across the border serves a city only when none at home does, or when it is
shared by both countries (SHARED_AIRPORTS: Mulhouse -> EuroAirport, Annemasse -> GVA).
Candidates are scored with

    rank - max(0, distance_km - 15) - (30 if the airport is not a home airport)

so a nearby airport beats a bigger one much further away (Cologne -> CGN, not DUS) and a border
does not hand a capital to its neighbour (Bratislava -> BTS, not VIE). The city takes the winner's
city code: the metro code when the airport belongs to a metro (Paris -> PAR via CDG, Tokyo -> TYO
via NRT/HND), else the airport's own code (Munich -> MUC, Paris, Texas -> PRX). Non-commercial
fields (see the rank penalty) never serve a city. Metro centres are not taken from
citycodes.csv (some are far off, e.g. TYO); the metro follows from its airports.

Airports: AIRPORT_FIXES corrects a few plain errors of the source (wrong time zone or country,
e.g. OVB was listed in Asia/Phnom_Penh); NON_COMMERCIAL_CODES marks military or closed fields
whose name does not say so.

Airlines: active rows with a two-character IATA code; when several share a code, the one with an
ICAO code, then a callsign, then not a cargo arm, then the oldest OpenFlights id wins. Countries
are matched by name against countries.csv (plus AIRLINE_COUNTRY_ALIASES), else left empty.
"""

import argparse
import csv
import difflib
import filecmp
import math
import os
import re
import sys
import tempfile
import unicodedata

try:
    import zoneinfo
except ImportError:  # pragma: no cover - Python < 3.9
    zoneinfo = None

# Legacy or merged IANA zone names in the source data -> their canonical zone.
ZONE_FIXES = {
    "America/Coral_Harbour": "America/Atikokan",
    "America/Godthab": "America/Nuuk",
    "America/Montreal": "America/Toronto",
    "America/Pangnirtung": "America/Iqaluit",
    "America/Santa_Isabel": "America/Tijuana",
    "America/Shiprock": "America/Denver",
    "America/Thunder_Bay": "America/Toronto",
    "America/Yellowknife": "America/Edmonton",
    "Antarctica/South_Pole": "Pacific/Auckland",
    "Asia/Choibalsan": "Asia/Ulaanbaatar",
    "Asia/Chongqing": "Asia/Shanghai",
    "Asia/Harbin": "Asia/Shanghai",
    "Asia/Istanbul": "Europe/Istanbul",
    "Asia/Rangoon": "Asia/Yangon",
    "Australia/Canberra": "Australia/Sydney",
    "Australia/Currie": "Australia/Hobart",
    "Australia/Queensland": "Australia/Brisbane",
    "Brazil/East": "America/Sao_Paulo",
    "Europe/Kiev": "Europe/Kyiv",
    "Europe/Uzhgorod": "Europe/Kyiv",
    "Europe/Zaporozhye": "Europe/Kyiv",
    "Pacific/Enderbury": "Pacific/Kanton",
}

# The busiest passenger airports of the world (tier 1) and of their regions (tier 2).
HUBS_TIER1 = set(
    """ATL DXB DFW HND LHR DEN IST ORD LAX DEL CDG JFK CAN AMS FRA SIN ICN MAD PEK PVG BKK CGK
    LAS MCO MIA CLT SEA MXP SFO PHX IAH BCN FCO MUC NRT HKG DOH SYD YYZ MEX BOM KUL GRU""".split()
)
HUBS_TIER2 = set(
    """LGW EWR LIS DUB VIE CPH OSL ARN HEL BRU ZRH GVA ATH PMI MAN ORY DUS HAM BER WAW PRG BUD
    OTP SVO DME LED AYT SAW TLV CAI JNB CPT ADD NBO LOS CMN RUH JED AUH BOS MSP DTW PHL LGA BWI
    IAD DCA SLC SAN TPA AUS BNA MDW HOU FLL HNL YVR YUL YYC BOG LIM SCL EZE GIG MEL BNE AKL PER
    TPE MNL SGN HAN KIX ITM CTS FUK GMP SZX CTU KMG XIY HGH CKG BLR MAA HYD CCU DPS NCE LYS MRS
    TLS AGP ALC VLC SVQ BIO OPO FAO NAP VCE BLQ CTA CGN STR HAJ NUE EDI BHX GLA BGY STN LTN CIA
    LIN KEF RIX VNO TLL SOF BEG ZAG KBP MSQ TBS EVN GYD ALA TAS DAC KHI LHE ISB CMB MLE MCT BAH
    KWI AMM BEY MED IKA PTY SJO SJU CUN GDL MTY HAV SDQ UIO BSB CNF REC SSA POA CWB FOR""".split()
)

NON_COMMERCIAL = re.compile(
    r"\b(air base|afb|air force|heliport|helipad|airfield|seaplane|spb|military|army|naval|nas|"
    r"air station|airstrip|fss)\b",
    re.IGNORECASE,
)
INTERNATIONAL = re.compile(
    r"\b(international|intercontinental|internacional|international|internazionale|"
    r"internationaler|internationale|intl)\b",
    re.IGNORECASE,
)

AIRLINE_COUNTRY_ALIASES = {
    "Burma": "MM",
    "Congo (Brazzaville)": "CG",
    "Congo (Kinshasa)": "CD",
    "Democratic People's Republic of Korea": "KP",
    "Hong Kong SAR of China": "HK",
    "Ivory Coast": "CI",
    "Lao Peoples Democratic Republic": "LA",
    "Macao": "MO",
    "Macedonia": "MK",
    "Republic of Korea": "KR",
    "Reunion": "RE",
    "Russian Federation": "RU",
    "Sao Tome and Principe": "ST",
    "Syrian Arab Republic": "SY",
}

# Cities the GeoNames extract lacks altogether (its country is missing: SG, MO, GI, CW, AW, SX,
# MF, VG, TC). Curated by hand, NOT from GeoNames: names in en/fr/de/es/it/pt, coordinates of the
# centre, IANA zone and a rounded recent population estimate. Each goes through the same airport
# assignment as the GeoNames rows; "code" is the expected result, checked at generation time so
# a change in the airport data cannot silently re-assign them. Keys are negative so they never
# clash with a geonameid.
CURATED_CITIES = [
    {"id": -1, "names": ["Singapore", "Singapour", "Singapur", "Singapur", "Singapore",
                         "Singapura"],
     "country": "SG", "region": "", "lat": 1.28967, "lon": 103.85007, "tz": "Asia/Singapore",
     "pop": 5900000, "code": "SIN"},
    {"id": -2, "names": ["Macau", "Macao", "Macau", "Macao", "Macao", "Macau"],
     "country": "MO", "region": "", "lat": 22.20056, "lon": 113.54611, "tz": "Asia/Macau",
     "pop": 680000, "code": "MFM"},
    {"id": -3, "names": ["Gibraltar", "Gibraltar", "Gibraltar", "Gibraltar", "Gibilterra",
                         "Gibraltar"],
     "country": "GI", "region": "", "lat": 36.14474, "lon": -5.35257, "tz": "Europe/Gibraltar",
     "pop": 33000, "code": "GIB"},
    {"id": -4, "names": ["Willemstad"] * 6,
     "country": "CW", "region": "", "lat": 12.1084, "lon": -68.93354, "tz": "America/Curacao",
     "pop": 125000, "code": "CUR"},
    {"id": -5, "names": ["Oranjestad"] * 6,
     "country": "AW", "region": "", "lat": 12.52398, "lon": -70.02703, "tz": "America/Aruba",
     "pop": 28000, "code": "AUA"},
    {"id": -6, "names": ["Philipsburg"] * 6,
     "country": "SX", "region": "", "lat": 18.026, "lon": -63.04582,
     "tz": "America/Lower_Princes", "pop": 1900, "code": "SXM"},
    {"id": -7, "names": ["Marigot"] * 6,
     "country": "MF", "region": "", "lat": 18.06819, "lon": -63.08302, "tz": "America/Marigot",
     "pop": 5700, "code": "SFG"},
    {"id": -8, "names": ["Road Town"] * 6,
     "country": "VG", "region": "", "lat": 18.42693, "lon": -64.62079, "tz": "America/Tortola",
     "pop": 9400, "code": "EIS"},
    {"id": -9, "names": ["Cockburn Town"] * 6,
     "country": "TC", "region": "", "lat": 21.46122, "lon": -71.14188,
     "tz": "America/Grand_Turk", "pop": 3700, "code": "GDT"},
]

# English names of GeoNames rows that nobody uses, by geonameid (the other languages are kept).
NAME_FIXES = {
    292968: "Abu Dhabi",  # GeoNames: "Abu Dhabi Island and Internal Islands City"
}

# Airports run by two countries: they count as home airports for a city in either.
SHARED_AIRPORTS = {
    "BSL": {"CH", "FR", "DE"},  # EuroAirport Basel-Mulhouse-Freiburg (on French soil, listed
    "MLH": {"CH", "FR", "DE"},  # as CH in the source, serving the three-country region)
    "EAP": {"CH", "FR", "DE"},
    "GVA": {"CH", "FR"},  # Geneva has a French sector; it serves the French side of the lake
}

# Non-commercial fields whose name does not say so (see NON_COMMERCIAL).
NON_COMMERCIAL_CODES = {
    "UDE",  # Volkel Air Base, named just "Volkel" in the source
    "UTC",  # Soesterberg Air Base, closed in 2008, named just "Soesterberg"
}

# Plain errors in the airport source, found by comparing each airport's country with the country
# of its time zone (zone.tab). Only clear mistakes; territorial codings (KX, XK, GG...) are kept.
AIRPORT_FIXES = {
    "AAD": {"time_zone": "Africa/Mogadishu"},  # Adado, Somalia (source: Africa/Khartoum)
    "AHW": {"time_zone": "Asia/Muscat"},  # Saih Rawl, Oman (source: Asia/Tehran)
    "ARQ": {"time_zone": "America/Bogota"},  # Arauquita, Colombia (source: America/Caracas)
    "AUT": {"country": "TL"},  # Atauro island is in Timor-Leste (source: ID)
    "JAE": {"time_zone": "America/Lima"},  # Shumba, Jaen, Peru (source: America/New_York)
    "KOE": {"time_zone": "Asia/Makassar"},  # El Tari, Kupang, Indonesia (source: Asia/Dili)
    "OVB": {"time_zone": "Asia/Novosibirsk"},  # Novosibirsk Tolmachevo (source: Asia/Phnom_Penh)
    "SAG": {"time_zone": "Asia/Kolkata"},  # Shirdi, India (source: Asia/Colombo)
    "SBD": {"time_zone": "America/Los_Angeles"},  # San Bernardino, CA (source: Whitehorse)
    "SBT": {"time_zone": "Asia/Yekaterinburg"},  # Sabetta, Yamal (source: Asia/Dushanbe)
    "SSM": {"time_zone": "America/Toronto"},  # Sault Ste. Marie, Ontario (source: Detroit)
    "SWV": {"time_zone": "Asia/Magadan"},  # Severo-Evensk, Magadan (source: Asia/Karachi)
    "UCB": {"country": "CN"},  # Ulanqab Jining, Inner Mongolia (source: MN)
    "XWA": {"time_zone": "America/Chicago"},  # Williston, North Dakota (source: Toronto)
}

CITY_RADIUS_KM = 70.0
BIG_CITY_RADIUS_KM = 150.0  # only when nothing serves the city within CITY_RADIUS_KM
BIG_CITY_POPULATION = 1000000

EARTH_RADIUS_KM = 6371.0088


def distance_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


class Grid:
    """Points bucketed by whole degrees for fast radius queries."""

    def __init__(self, items, key):
        self.cells = {}
        for item in items:
            lat, lon = key(item)
            self.cells.setdefault((math.floor(lat), math.floor(lon)), []).append(item)
        self.key = key

    def near(self, lat, lon, radius_km):
        dlat = radius_km / 111.0 + 1
        dlon = radius_km / (111.0 * max(0.05, math.cos(math.radians(lat)))) + 1
        out = []
        for ilat in range(math.floor(lat - dlat), math.floor(lat + dlat) + 1):
            for ilon in range(math.floor(lon - dlon), math.floor(lon + dlon) + 1):
                wrapped = (ilon + 180) % 360 - 180
                for item in self.cells.get((ilat, wrapped), ()):
                    ilat2, ilon2 = self.key(item)
                    d = distance_km(lat, lon, ilat2, ilon2)
                    if d <= radius_km:
                        out.append((d, item))
        return out


def fmt(value):
    text = "%.5f" % value
    return "0.00000" if text == "-0.00000" else text


def clean(text):
    return " ".join((text or "").replace("\t", " ").split())


def valid_zone(name):
    if not name or name.startswith("/") or ".." in name:
        return False
    if zoneinfo is None:
        return os.path.exists(os.path.join("/usr/share/zoneinfo", name))
    try:
        zoneinfo.ZoneInfo(name)
        return True
    except Exception:
        return False


def fix_zone(name):
    name = ZONE_FIXES.get(name, name)
    return name if valid_zone(name) else None


def read_csv(path, **kwargs):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, **kwargs))


def load_cities(shared):
    rows = read_csv(
        os.path.join(shared, "data/cities/cities_i18n.tsv"), delimiter="\t", quoting=csv.QUOTE_NONE
    )
    cities = []
    for r in rows:
        try:
            lat, lon = float(r["latitude"]), float(r["longitude"])
            pop = int(r["population"] or 0)
        except ValueError:
            continue
        ident = int(r["geonameid"])
        name_en = NAME_FIXES.get(ident) or clean(r["name_en"]) or clean(r["name"])
        if not name_en:
            continue
        cities.append(
            {
                "id": ident,
                "names": [name_en]
                + [clean(r["name_" + lang]) or name_en for lang in ("fr", "de", "es", "it", "pt")],
                "country": r["country_code"].strip().upper(),
                "region": clean(r["admin1_name"]),
                "lat": lat,
                "lon": lon,
                "tz": fix_zone(r["timezone"].strip()),
                "pop": pop,
            }
        )
    known = {c["id"] for c in cities}
    for curated in CURATED_CITIES:
        assert curated["id"] not in known and valid_zone(curated["tz"]), curated
        city = {k: v for k, v in curated.items() if k != "code"}
        city["names"] = list(city["names"])
        city["curated_code"] = curated["code"]
        cities.append(city)
    return cities


def is_home_airport(city, airport):
    return airport["country"] == city["country"] or city["country"] in SHARED_AIRPORTS.get(
        airport["code"], ()
    )


def city_airport_score(city, distance, airport):
    """How well @p airport serves @p city: its rank, less 1 per km past 15 km, less 30 across a
    border."""
    score = airport["rank"] - max(0.0, distance - 15.0)
    if not is_home_airport(city, airport):
        score -= 30
    return score


def rank_airports(airports, city_grid, metro_codes):
    for a in airports:
        pop60 = sum(c["pop"] for _, c in city_grid.near(a["lat"], a["lon"], 60.0))
        score = 0.0
        if pop60 > 0:
            score += min(40.0, max(0.0, 12.0 * (math.log10(pop60) - 4.0)))
        if INTERNATIONAL.search(a["name"]):
            score += 10
        if a["url"]:
            score += 6
        if a["icao"]:
            score += 4
        if a["city_code"] in metro_codes:
            score += 5
        if a["code"] in HUBS_TIER1:
            score += 40
        elif a["code"] in HUBS_TIER2:
            score += 22
        a["usable"] = not (NON_COMMERCIAL.search(a["name"]) or a["code"] in NON_COMMERCIAL_CODES)
        if not a["usable"]:
            score -= 35
        a["rank"] = int(max(0, min(100, round(score))))


def build(shared):
    cities = load_cities(shared)
    city_grid = Grid(cities, lambda c: (c["lat"], c["lon"]))

    airports = []
    for r in read_csv(os.path.join(shared, "data/airports/airports.csv")):
        r.update(AIRPORT_FIXES.get(r["code"].strip().upper(), {}))
        code = r["code"].strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", code):
            continue
        tz = fix_zone(r["time_zone"].strip())
        if tz is None:
            continue
        try:
            lat, lon = float(r["latitude"]), float(r["longitude"])
        except ValueError:
            continue
        city_code = r["city_code"].strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", city_code):
            city_code = code
        airports.append(
            {
                "code": code,
                "icao": r["icao"].strip(),
                "name": clean(r["name"]) or code,
                "city_code": city_code,
                "country": r["country"].strip().upper(),
                "lat": lat,
                "lon": lon,
                "tz": tz,
                "url": r["url"].strip(),
            }
        )
    # One row per code (the source has none twice, but be safe: keep the first).
    seen = set()
    airports = [a for a in airports if not (a["code"] in seen or seen.add(a["code"]))]

    members = {}
    for a in airports:
        members.setdefault(a["city_code"], []).append(a)
    metro_codes = {c for c, m in members.items() if len(m) > 1 or m[0]["code"] != c}
    rank_airports(airports, city_grid, metro_codes)

    # Capital-like rows: listed although small, or the largest city of their country.
    largest = {}
    for c in cities:
        best = largest.get(c["country"])
        if best is None or (c["pop"], -c["id"]) > (best["pop"], -best["id"]):
            largest[c["country"]] = c
    largest_ids = {c["id"] for c in largest.values()}

    airport_grid = Grid(airports, lambda a: (a["lat"], a["lon"]))
    kept_cities = []
    for c in cities:
        if c["tz"] is None:
            continue
        if not (c["pop"] >= 20000 or c["pop"] < 15000 or c["id"] in largest_ids):
            continue
        usable = [
            (d, a) for d, a in airport_grid.near(c["lat"], c["lon"], CITY_RADIUS_KM) if a["usable"]
        ]
        if not usable and c["pop"] >= BIG_CITY_POPULATION:
            usable = [
                (d, a)
                for d, a in airport_grid.near(c["lat"], c["lon"], BIG_CITY_RADIUS_KM)
                if a["usable"]
            ]
        if not usable:
            continue
        # A usable airport at home beats any across the border (Johor Bahru -> JHB, not SIN).
        usable = [(d, a) for d, a in usable if is_home_airport(c, a)] or usable
        d, best = max(usable, key=lambda da: (city_airport_score(c, *da), -da[0], da[1]["code"]))
        c["code"] = best["city_code"]
        if c.get("curated_code", c["code"]) != c["code"]:
            raise SystemExit(
                "curated city %s got %s, expected %s"
                % (c["names"][0], c["code"], c["curated_code"])
            )
        kept_cities.append(c)
    missing = {c["names"][0] for c in CURATED_CITIES} - {
        c["names"][0] for c in kept_cities if c["id"] < 0
    }
    if missing:
        raise SystemExit("curated cities without an airport: " + ", ".join(sorted(missing)))

    airlines = build_airlines(shared)
    return airports, kept_cities, airlines


def build_airlines(shared):
    countries = {}
    for r in read_csv(os.path.join(shared, "data/countries/countries.csv")):
        countries[r["name"].strip().casefold()] = r["code"].strip().upper()
    for name, code in AIRLINE_COUNTRY_ALIASES.items():
        countries.setdefault(name.casefold(), code)

    best = {}
    with open(os.path.join(shared, "data/airlines/airlines.dat"), encoding="utf-8", newline="") as f:
        for row in csv.reader(f):
            if len(row) < 8:
                continue
            row = ["" if v == "\\N" else v.strip() for v in row]
            ident, name, _alias, iata, icao, callsign, country, active = row[:8]
            if active != "Y" or not re.fullmatch(r"[A-Z0-9]{2}", iata) or iata.isdigit():
                continue
            name = clean(name)
            if not name:
                continue
            score = (
                bool(re.fullmatch(r"[A-Z]{3}", icao)),
                bool(callsign),
                "cargo" not in name.casefold(),
                -int(ident) if ident.isdigit() else 0,
            )
            entry = (score, iata, name, countries.get(country.casefold(), ""))
            if iata not in best or entry[0] > best[iata][0]:
                best[iata] = entry
    return [(iata, name, country) for _, iata, name, country in best.values()]


def write_tables(shared, out):
    airports, cities, airlines = build(shared)
    os.makedirs(out, exist_ok=True)

    def write(name, comment, header, rows):
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
            f.write("# " + comment + "\n")
            f.write("\t".join(header) + "\n")
            for row in rows:
                f.write("\t".join(str(v) for v in row) + "\n")

    write(
        "airports.tsv",
        "Generated by tools/generate_geo_tables.py from lxndrblz/Airports (CC BY-SA 4.0) "
        "and GeoNames cities (CC BY 4.0, for rank). Do not edit.",
        ["code", "name", "city_code", "country", "lat", "lon", "time_zone", "rank"],
        (
            [a["code"], a["name"], a["city_code"], a["country"], fmt(a["lat"]), fmt(a["lon"]),
             a["tz"], a["rank"]]
            for a in sorted(airports, key=lambda a: a["code"])
        ),
    )
    write(
        "cities.tsv",
        "Generated by tools/generate_geo_tables.py from GeoNames cities (CC BY 4.0), "
        "lxndrblz/Airports (CC BY-SA 4.0, for codes) and curated additions not from GeoNames "
        "(CURATED_CITIES: " + ", ".join(c["names"][0] for c in CURATED_CITIES) + "). "
        "Do not edit.",
        ["code", "name_en", "name_fr", "name_de", "name_es", "name_it", "name_pt", "country",
         "region", "lat", "lon", "time_zone", "population"],
        (
            [c["code"]] + c["names"] + [c["country"], c["region"], fmt(c["lat"]), fmt(c["lon"]),
                                        c["tz"], c["pop"]]
            for c in sorted(cities, key=lambda c: (c["code"], -c["pop"], c["names"][0], c["id"]))
        ),
    )
    write(
        "airlines.tsv",
        "Generated by tools/generate_geo_tables.py from OpenFlights airlines (ODbL 1.0) "
        "and OurAirports countries (public domain). Do not edit.",
        ["code", "name", "country"],
        sorted(airlines),
    )


TABLES = ("airports.tsv", "cities.tsv", "airlines.tsv")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", required=True, help="the shared/ folder (holds data/)")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--out", help="write the tables into this folder")
    group.add_argument("--check", help="fail unless the tables in this folder are up to date")
    args = parser.parse_args(argv)

    if args.out:
        write_tables(args.shared, args.out)
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        write_tables(args.shared, tmp)
        stale = []
        for name in TABLES:
            mine, theirs = os.path.join(tmp, name), os.path.join(args.check, name)
            if not os.path.exists(theirs) or not filecmp.cmp(mine, theirs, shallow=False):
                stale.append(name)
                if os.path.exists(theirs):
                    with open(theirs, encoding="utf-8") as a, open(mine, encoding="utf-8") as b:
                        diff = difflib.unified_diff(
                            a.readlines(), b.readlines(), theirs, "regenerated", n=0
                        )
                        for i, line in enumerate(diff):
                            if i >= 20:
                                break
                            sys.stdout.write(line)
        if stale:
            print("out of date: " + ", ".join(stale) + " (re-run tools/generate_geo_tables.py)")
            return 1
        print("all %d tables up to date" % len(TABLES))
        return 0


if __name__ == "__main__":
    sys.exit(main())
