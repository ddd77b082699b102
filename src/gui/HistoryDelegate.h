// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

/**
 * Paints a HistoryModel row as two plain-text lines: the title (elided to the width), and
 * under it, smaller and muted, the date with the message and offer counts.
 */
class HistoryDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /** The colours a history row's text is drawn in: plain, and muted for secondary text. */
    struct RowColours {
        QColor text;
        QColor muted;
    };
    /**
     * Draws a history row's background, selection and focus (no text) for @p option (already
     * initialised for its index), and returns the colours to draw its text in. Shared by the
     * history list and the search results, so both look alike.
     */
    static RowColours drawRowBackground(QPainter *painter, QStyleOptionViewItem option);
};
