// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DialogueState.h"
#include "domain/FlightOffer.h"
#include "providers/ProviderError.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

/**
 * The assistant's sentences. Every string goes through tr() (context "ReplyComposer") and
 * dates and numbers are written for @p locale, so a person reads replies in their language.
 */
class ReplyComposer {
    Q_DECLARE_TR_FUNCTIONS(ReplyComposer)

public:
    explicit ReplyComposer(const QLocale &locale = QLocale())
        : m_locale(locale) {}

    /** The reply for a next step other than Search; @p understood is false when the message added
     * nothing. */
    QString forAction(const DialogueState::Action &action, const TravelRequest &settled,
                      bool understood) const;
    /** "Searching flights from Paris to Rome on Friday 11 December for 2 adults…" */
    QString searching(const TravelRequest &settled) const;
    QString results(const QList<FlightOffer> &offers, const TravelRequest &settled) const;
    QString failure(const ProviderError &error) const;
    QString cancelled() const;

private:
    QString placeName(const PlaceMention &place) const;
    QString dateText(const DateSpec &date) const;
    QString passengersText(const Passengers &passengers) const;
    QString problemText(const QString &problem) const;
    QString cabinText(CabinClass cabin) const;

    QLocale m_locale;
};
