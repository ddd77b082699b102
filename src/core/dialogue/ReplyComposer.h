// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DialogueState.h"
#include "domain/FlightOffer.h"
#include "providers/ProviderError.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>
#include <utility>

/**
 * The assistant's sentences. Every string goes through tr() (context "ReplyComposer"), written
 * in @p locale's language from the app's own catalogues (whatever the window's language), and
 * dates, numbers and city names are written for @p locale, so a person reads replies in their
 * language.
 */
class ReplyComposer {
#ifdef Q_MOC_RUN // for Qt's tools (lupdate): the tr() context; the compiler uses tr() below
    Q_DECLARE_TR_FUNCTIONS(ReplyComposer)
#endif

public:
    explicit ReplyComposer(const QLocale &locale = QLocale())
        : m_locale(locale) {}
    /** Replies in @p language (ISO 639-1, as a parse gives it); the UI's locale for "und" or a
     * language the app has no translation for. */
    static ReplyComposer forLanguage(const QString &language);

    /** The reply for a next step other than Search; @p understood is false when the message added
     * nothing. */
    QString forAction(const DialogueState::Action &action, const TravelRequest &settled,
                      bool understood) const;
    /** "Searching flights from Paris to Rome on Friday 11 December for 2 adults…" */
    QString searching(const TravelRequest &settled) const;
    QString results(const QList<FlightOffer> &offers, const TravelRequest &settled) const;
    /**
     * "Cheapest by day: Thu 10 Dec 89 €, Fri 11 Dec 112 €, Sat 12 Dec no flights." One entry a
     * day in the given order, each price formatted for the reader like every other price; an
     * empty string for no days.
     */
    QString cheapestByDay(const QList<std::pair<QDate, std::optional<Money>>> &days) const;
    /** "(2 of the 14 searches could not be made; the offers come from the others.)" */
    QString partlyFailed(int failed, int total) const;
    QString failure(const ProviderError &error) const;
    QString cancelled() const;

private:
    QString placeName(const PlaceMention &place) const;
    QString dateText(const DateSpec &date) const;
    QString passengersText(const Passengers &passengers) const;
    QString problemText(const QString &problem) const;
    QString cabinText(CabinClass cabin) const;
    /** @p source in this composer's language (see TranslationCatalog::translate). */
    QString tr(const char *source, const char *disambiguation = nullptr, int n = -1) const;

    QLocale m_locale;
};
