// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FlightOffer.h"

#include <QDialog>

class QPlainTextEdit;

/**
 * Shows one offer in full: price, cabin, every slice and segment with local times, connection
 * times and aircraft, as read-only plain text that can be selected and copied. Sandbox offers
 * say that they are not bookable.
 */
class OfferDetailsDialog : public QDialog {
    Q_OBJECT

public:
    explicit OfferDetailsDialog(const FlightOffer &offer, QWidget *parent = nullptr);

    const FlightOffer &offer() const { return m_offer; }
    /** The text shown (for tests and copy). */
    QString text() const;

private:
    FlightOffer m_offer;
    QPlainTextEdit *m_text;
};
