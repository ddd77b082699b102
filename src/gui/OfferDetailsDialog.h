// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FlightOffer.h"
#include "storage/HistoryTypes.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

/**
 * Shows one offer in full: price, cabin, every slice and segment with local times, connection
 * times and aircraft, as read-only plain text that can be selected and copied. Sandbox offers
 * say that they are not bookable. "Add to calendar…" saves the offer's flights as an .ics file
 * (OfferCalendar), asking where with a non-blocking file dialog and writing off the GUI thread.
 */
class OfferDetailsDialog : public QDialog {
    Q_OBJECT

public:
    explicit OfferDetailsDialog(const FlightOffer &offer, QWidget *parent = nullptr);

    const FlightOffer &offer() const { return m_offer; }
    /** The text shown (for tests and copy). */
    QString text() const;
    /** The "Add to calendar…" button. */
    QPushButton *calendarButton() const { return m_calendarButton; }
    /** Writes the .ics to @p path off the GUI thread (what the file dialog leads to); emits
     * calendarSaved() or shows the error in a message box. */
    void saveCalendarTo(const QString &path);
    /**
     * Shows the prices seen on this offer's route, oldest first ("Prices seen on LIS → BER:
     * 89,00 € on Tue 3 Nov, 112,00 € on Sun 29 Nov"), in the window's locale; hidden when
     * @p points is empty.
     */
    void showPriceHistory(const QList<PricePoint> &points);
    /** The price history line shown (empty when none). */
    QString priceHistoryText() const;

Q_SIGNALS:
    void calendarSaved(const QString &path);

private:
    void askCalendarFile();

    FlightOffer m_offer;
    QPlainTextEdit *m_text;
    QPushButton *m_calendarButton;
    QLabel *m_savedLabel;
    QLabel *m_priceHistory;
};
