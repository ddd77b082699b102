// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranscriptView.h"

#include "ChatBubbleDelegate.h"

#include <QScrollBar>

TranscriptView::TranscriptView(QWidget *parent)
    : QListView(parent) {
    setItemDelegate(new ChatBubbleDelegate(this));
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setWordWrap(true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &TranscriptView::onRangeChanged);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &TranscriptView::onValueChanged);
}

void TranscriptView::rowsInserted(const QModelIndex &parent, int start, int end) {
    QListView::rowsInserted(parent, start, end);
    m_follow = true;
    scheduleDelayedItemsLayout();
}

void TranscriptView::reset() {
    QListView::reset();
    m_follow = true;
}

void TranscriptView::resizeEvent(QResizeEvent *event) {
    QListView::resizeEvent(event);
    // Bubble heights depend on the width: lay every row out again.
    scheduleDelayedItemsLayout();
}

void TranscriptView::onRangeChanged(int, int max) {
    if (!m_follow)
        return;
    m_adjusting = true;
    verticalScrollBar()->setValue(max);
    m_adjusting = false;
}

void TranscriptView::onValueChanged(int value) {
    if (m_adjusting)
        return;
    m_follow = value >= verticalScrollBar()->maximum();
}
