// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QSize>
#include <QStyledItemDelegate>

/**
 * The offers table's item delegate: draws exactly like QStyledItemDelegate, and remembers the
 * size hint of each text it has measured, so that fitting the columns to their contents (which
 * lays out the text of every measured cell) does not measure the same strings again each time
 * offers arrive. The memory is dropped when the font or the style changes, and when it grows past
 * a few thousand strings.
 */
class OffersDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit OffersDelegate(QObject *parent = nullptr);

    /** The same size as QStyledItemDelegate::sizeHint() gives. */
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    mutable QHash<QString, QSize> m_sizes;
    mutable QFont m_font;
    mutable const QStyle *m_style = nullptr;
};
