// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

/**
 * The transcript list: chat bubbles (ChatBubbleDelegate) that re-wrap when the view is
 * resized, no selection, no horizontal scrolling. It follows the newest message: a new row
 * scrolls it into view, and while the view is scrolled to the bottom it stays there as rows
 * grow; once the person scrolls up it stays where they left it until the next message.
 */
class TranscriptView : public QListView {
    Q_OBJECT

public:
    explicit TranscriptView(QWidget *parent = nullptr);

    /** True while the view keeps itself scrolled to the newest message. */
    bool isFollowingNewest() const { return m_follow; }
    /** After a model reset the view starts at the newest message. */
    void reset() override;

protected:
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onRangeChanged(int min, int max);
    void onValueChanged(int value);

    bool m_follow = true;
    bool m_adjusting = false;
};
