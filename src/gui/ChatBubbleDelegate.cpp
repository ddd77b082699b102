// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatBubbleDelegate.h"

#include "TranscriptModel.h"
#include "domain/ChatMessage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>

namespace {
constexpr int OuterMarginX = 12;
constexpr int OuterMarginY = 5;
constexpr int PaddingX = 12;
constexpr int PaddingY = 8;
constexpr int StampGap = 3;
constexpr qreal Radius = 12;
constexpr qreal MaxBubbleFraction = 0.78;

QColor blend(const QColor &a, const QColor &b, qreal t) {
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QFont stampFont(const QFont &base) {
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.82);
    else
        font.setPixelSize(qMax(8, int(font.pixelSize() * 0.82)));
    return font;
}

ChatMessage::Role roleOf(const QModelIndex &index) {
    return ChatMessage::Role(index.data(TranscriptModel::RoleRole).toInt());
}
} // namespace

struct ChatBubbleDelegate::Geometry {
    QRectF bubble;
    QPointF textOrigin;
    QRectF stamp;
    QString stampText;
    int height = 0;
};

ChatBubbleDelegate::ChatBubbleDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view) {}

void ChatBubbleDelegate::prepareLayout(QTextLayout &layout, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const {
    // QTextLayout breaks lines only at QChar::LineSeparator; the length (and so every span)
    // stays the same.
    QString text = index.data(Qt::DisplayRole).toString();
    text.replace(u'\n', QChar::LineSeparator);
    const ChatMessage::Role role = roleOf(index);
    QFont font = option.font;
    if (role == ChatMessage::Role::System)
        font.setItalic(true);
    layout.setText(text);
    layout.setFont(font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    textOption.setTextDirection(option.direction);
    layout.setTextOption(textOption);

    QList<QTextLayout::FormatRange> formats;
    const auto spans = index.data(TranscriptModel::HighlightsRole).value<QList<TextSpan>>();
    for (const TextSpan &span : spans) {
        if (!span.isValid())
            continue;
        const int start = qBound(0, span.start, int(text.size()));
        const int end = qBound(start, span.end, int(text.size()));
        if (end <= start)
            continue;
        QTextLayout::FormatRange range;
        range.start = start;
        range.length = end - start;
        range.format.setFontUnderline(true);
        range.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        range.format.setBackground(role == ChatMessage::Role::User ? QColor(255, 255, 255, 64)
                                                                   : QColor(255, 200, 0, 70));
        formats.append(range);
    }
    layout.setFormats(formats);
}

ChatBubbleDelegate::Geometry ChatBubbleDelegate::layoutBubble(QTextLayout &layout,
                                                              const QStyleOptionViewItem &option,
                                                              const QModelIndex &index,
                                                              int availableWidth) const {
    prepareLayout(layout, option, index);
    const ChatMessage::Role role = roleOf(index);
    const qreal maxBubble =
        qMax(80.0, (availableWidth - 2 * OuterMarginX) *
                       (role == ChatMessage::Role::System ? 1.0 : MaxBubbleFraction));
    const qreal maxText = maxBubble - 2 * PaddingX;

    qreal textWidth = 0;
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(maxText);
        line.setPosition(QPointF(0, y));
        y += line.height();
        textWidth = qMax(textWidth, line.naturalTextWidth());
    }
    layout.endLayout();
    const qreal textHeight = std::ceil(y);

    Geometry g;
    const QDateTime stamp = index.data(TranscriptModel::TimestampRole).toDateTime();
    g.stampText = stamp.isValid() ? QLocale().toString(stamp.toLocalTime(), QStringLiteral("HH:mm"))
                                  : QString();
    const QFontMetricsF stampMetrics(stampFont(option.font));
    const qreal stampWidth =
        g.stampText.isEmpty() ? 0 : stampMetrics.horizontalAdvance(g.stampText);
    const qreal stampHeight = g.stampText.isEmpty() ? 0 : stampMetrics.height();

    const qreal bubbleWidth = std::ceil(qMax(textWidth, stampWidth)) + 2 * PaddingX;
    const qreal bubbleHeight =
        textHeight + 2 * PaddingY + (g.stampText.isEmpty() ? 0 : StampGap + stampHeight);
    const QRectF rect = option.rect;
    qreal x = rect.left() + OuterMarginX;
    if (role == ChatMessage::Role::User)
        x = rect.left() + availableWidth - OuterMarginX - bubbleWidth;
    else if (role == ChatMessage::Role::System)
        x = rect.left() + (availableWidth - bubbleWidth) / 2;
    g.bubble = QRectF(x, rect.top() + OuterMarginY, bubbleWidth, bubbleHeight);
    g.textOrigin = QPointF(x + PaddingX, g.bubble.top() + PaddingY);
    g.stamp = QRectF(g.bubble.right() - PaddingX - stampWidth,
                     g.textOrigin.y() + textHeight + StampGap, stampWidth, stampHeight);
    g.height = int(std::ceil(bubbleHeight)) + 2 * OuterMarginY;
    return g;
}

void ChatBubbleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextLayout layout;
    const int width =
        m_view ? qMin(opt.rect.width(), m_view->viewport()->width()) : opt.rect.width();
    const Geometry g = layoutBubble(layout, opt, index, width);
    const ChatMessage::Role role = roleOf(index);
    const QPalette &pal = opt.palette;

    QColor fill;
    QColor textColor;
    QColor stampColor;
    switch (role) {
    case ChatMessage::Role::User:
        fill = pal.color(QPalette::Highlight);
        textColor = pal.color(QPalette::HighlightedText);
        stampColor = blend(textColor, fill, 0.3);
        break;
    case ChatMessage::Role::Assistant:
        fill = blend(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.07);
        textColor = pal.color(QPalette::Text);
        stampColor = blend(textColor, fill, 0.45);
        break;
    case ChatMessage::Role::System:
        fill = Qt::transparent;
        textColor = blend(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.4);
        stampColor = textColor;
        break;
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setClipRect(opt.rect);
    if (role != ChatMessage::Role::System) {
        QPainterPath path;
        path.addRoundedRect(g.bubble, Radius, Radius);
        painter->fillPath(path, fill);
    }
    painter->setPen(textColor);
    layout.draw(painter, g.textOrigin);
    if (!g.stampText.isEmpty()) {
        painter->setFont(stampFont(opt.font));
        painter->setPen(stampColor);
        painter->drawText(g.stamp, Qt::AlignRight | Qt::AlignVCenter, g.stampText);
    }
    painter->restore();
}

QSize ChatBubbleDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    int width = m_view ? m_view->viewport()->width() : opt.rect.width();
    if (width <= 0)
        width = 400;
    opt.rect = QRect(0, 0, width, 0);
    QTextLayout layout;
    const Geometry g = layoutBubble(layout, opt, index, width);
    return QSize(width, g.height);
}
