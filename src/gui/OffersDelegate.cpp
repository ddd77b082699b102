// SPDX-License-Identifier: GPL-3.0-or-later
#include "OffersDelegate.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace {
constexpr qsizetype MaxRemembered = 4096;
}

OffersDelegate::OffersDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QSize OffersDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    // Only the column-fitting measure (no cell rectangle yet) is remembered: there the size
    // depends on the text and the font alone, as the offers have no icons, checks or fonts of
    // their own.
    if (option.rect.isValid())
        return QStyledItemDelegate::sizeHint(option, index);
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    if (style != m_style || option.font != m_font || m_sizes.size() > MaxRemembered) {
        m_sizes.clear();
        m_style = style;
        m_font = option.font;
    }
    const QString text = index.data(Qt::DisplayRole).toString();
    const auto it = m_sizes.constFind(text);
    if (it != m_sizes.cend())
        return *it;
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    m_sizes.insert(text, size);
    return size;
}
