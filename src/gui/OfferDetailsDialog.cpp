// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfferDetailsDialog.h"

#include "ConversationTransfer.h"
#include "OfferFormat.h"
#include "storage/export/OfferCalendar.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

OfferDetailsDialog::OfferDetailsDialog(const FlightOffer &offer, QWidget *parent)
    : QDialog(parent)
    , m_offer(offer)
    , m_text(new QPlainTextEdit(this))
    , m_calendarButton(new QPushButton(tr("Add to &calendar…"), this))
    , m_savedLabel(new QLabel(this))
    , m_priceHistory(new QLabel(this)) {
    const Slice outbound = offer.slices.value(0);
    setWindowTitle(tr("Offer: %1 → %2").arg(outbound.origin(), outbound.destination()));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setPlainText(OfferFormat::details(offer));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    m_calendarButton->setObjectName(QStringLiteral("calendarButton"));
    m_calendarButton->setToolTip(tr("Save these flights as an .ics file for your calendar"));
    buttons->addButton(m_calendarButton, QDialogButtonBox::ActionRole);
    connect(m_calendarButton, &QPushButton::clicked, this, &OfferDetailsDialog::askCalendarFile);
    m_savedLabel->setTextFormat(Qt::PlainText);
    m_savedLabel->setWordWrap(true);
    m_savedLabel->setVisible(false);
    m_priceHistory->setObjectName(QStringLiteral("priceHistory"));
    m_priceHistory->setTextFormat(Qt::PlainText);
    m_priceHistory->setWordWrap(true);
    m_priceHistory->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_priceHistory);
    layout->addWidget(m_savedLabel);
    layout->addWidget(buttons);
    resize(560, 420);
}

void OfferDetailsDialog::showPriceHistory(const QList<PricePoint> &points) {
    const Slice outbound = m_offer.slices.value(0);
    QStringList seen;
    for (const PricePoint &point : points) {
        seen.append(tr("%1 on %2")
                        .arg(point.lowest.displayString(locale()),
                             locale().toString(point.day, QStringLiteral("ddd d MMM"))));
    }
    m_priceHistory->setText(seen.isEmpty() ? QString()
                                           : tr("Prices seen on %1 → %2: %3")
                                                 .arg(outbound.origin(), outbound.destination(),
                                                      seen.join(QStringLiteral(", "))));
    m_priceHistory->setVisible(!seen.isEmpty());
}

QString OfferDetailsDialog::priceHistoryText() const {
    return m_priceHistory->text();
}

QString OfferDetailsDialog::text() const {
    return m_text->toPlainText();
}

void OfferDetailsDialog::askCalendarFile() {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    auto *dialog = new QFileDialog(this, tr("Add to calendar"), folder);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("Calendar file (*.ics)"));
    dialog->setDefaultSuffix(QStringLiteral("ics"));
    dialog->selectFile(OfferCalendar::suggestedFileName(m_offer));
    connect(dialog, &QFileDialog::fileSelected, this, &OfferDetailsDialog::saveCalendarTo);
    dialog->open();
}

void OfferDetailsDialog::saveCalendarTo(const QString &path) {
    const FlightOffer offer = m_offer;
    ConversationTransfer::saveInBackground(
        this, path,
        [offer]() {
            OfferCalendar::Options options;
            options.stamp = QDateTime::currentDateTimeUtc();
            return OfferCalendar::write(offer, options);
        },
        [this, path]() {
            m_savedLabel->setText(tr("Saved to %1: open it with your calendar to add the flights.")
                                      .arg(QDir::toNativeSeparators(path)));
            m_savedLabel->setVisible(true);
            emit calendarSaved(path);
        });
}
