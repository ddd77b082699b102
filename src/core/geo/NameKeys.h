// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

/**
 * The lookup keys GeoDatabase indexes a reference-table name under. Every key is normalised
 * (GeoDatabase::normalise) and non-empty; a name gives its full form first, then the shorter
 * forms people use. Pure functions, safe from any thread.
 */
class NameKeys {
public:
    /**
     * Keys of an airport: its full name ("london heathrow airport"), the name without generic
     * words ("london heathrow"), its distinctive part once the generic words and the names of
     * the city it serves are gone ("heathrow"), each part of a compound name ("Leonardo da
     * Vinci-Fiumicino" -> "fiumicino"), and the surname after initials ("john f kennedy" ->
     * "kennedy"). A distinctive part that is a common word ("city" of "London City Airport")
     * is not a key, nor is a whole name that is one such word ("City", "International").
     * @p cityNames are the normalised names of the city served, in any language.
     */
    static QStringList airportKeys(QStringView name, const QStringList &cityNames);

    /** Keys of a city name: the name, and its short form ("Frankfurt am Main" -> "frankfurt",
     * "Halle (Saale)" -> "halle", "Newcastle upon Tyne" -> "newcastle"). */
    static QStringList cityKeys(QStringView name);

    /** Keys of an airline: the name, and the name without a trailing "Airlines", "Airways",
     * "International"... ("Iberia Airlines" -> "iberia") unless that leaves a common word
     * ("British Airways" stays whole). */
    static QStringList airlineKeys(QStringView name);

    /** True for words that say what a place is, not which: "airport", "international"... */
    static bool isGenericWord(QStringView word);
    /** True for common words that are never a name on their own: "city", "new", "air"... */
    static bool isStopName(QStringView word);
};
