// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;
class QTextLayout;

/**
 * Paints TranscriptModel rows as chat bubbles: the user's on the right in the accent colour,
 * the assistant's on the left in a neutral tone, system notices centred. The text is laid out
 * as plain text (QTextLayout, never rich text), word-wrapped to the view's width; the parts of
 * a user message that were understood (TranscriptModel::HighlightsRole) are underlined on a
 * tinted background; a small time stamp sits under the text.
 *
 * Size hints follow the width of @p view's viewport, so a view that lays out again on resize
 * (QListView::Adjust) re-wraps every bubble.
 */
class ChatBubbleDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit ChatBubbleDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Geometry;
    Geometry layoutBubble(QTextLayout &layout, const QStyleOptionViewItem &option,
                          const QModelIndex &index, int availableWidth) const;
    void prepareLayout(QTextLayout &layout, const QStyleOptionViewItem &option,
                       const QModelIndex &index) const;

    QAbstractItemView *m_view;
};
