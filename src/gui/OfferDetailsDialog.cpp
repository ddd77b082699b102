// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfferDetailsDialog.h"

#include "OfferFormat.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

OfferDetailsDialog::OfferDetailsDialog(const FlightOffer &offer, QWidget *parent)
    : QDialog(parent)
    , m_offer(offer)
    , m_text(new QPlainTextEdit(this)) {
    const Slice outbound = offer.slices.value(0);
    setWindowTitle(tr("Offer: %1 → %2").arg(outbound.origin(), outbound.destination()));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setPlainText(OfferFormat::details(offer));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(560, 420);
}

QString OfferDetailsDialog::text() const {
    return m_text->toPlainText();
}
