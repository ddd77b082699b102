// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryDelegate.h"

#include "HistoryModel.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int PaddingX = 8;
constexpr int PaddingY = 6;
constexpr int LineGap = 2;

QFont subtitleFont(const QFont &base) {
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.88);
    return font;
}
} // namespace

HistoryDelegate::RowColours HistoryDelegate::drawRowBackground(QPainter *painter,
                                                               QStyleOptionViewItem option) {
    option.text.clear(); // the background, selection and focus only; the text is drawn after
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &option, painter, widget);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        (option.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    RowColours colours;
    colours.text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    colours.muted = colours.text;
    colours.muted.setAlphaF(0.65f);
    return colours;
}

void HistoryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto [text, muted] = drawRowBackground(painter, opt);

    const QRect area = opt.rect.adjusted(PaddingX, PaddingY, -PaddingX, -PaddingY);
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QFont smallFont = subtitleFont(opt.font);
    const QFontMetrics smallMetrics(smallFont);

    painter->save();
    painter->setFont(titleFont);
    painter->setPen(text);
    const QString title = titleMetrics.elidedText(
        index.data(HistoryModel::TitleRole).toString().simplified(), Qt::ElideRight, area.width());
    painter->drawText(QRect(area.left(), area.top(), area.width(), titleMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, title);
    painter->setFont(smallFont);
    painter->setPen(muted);
    const QString subtitle = smallMetrics.elidedText(
        index.data(HistoryModel::SubtitleRole).toString(), Qt::ElideRight, area.width());
    painter->drawText(QRect(area.left(), area.top() + titleMetrics.height() + LineGap, area.width(),
                            smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, subtitle);
    painter->restore();
}

QSize HistoryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const {
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const int height = QFontMetrics(titleFont).height() + LineGap +
                       QFontMetrics(subtitleFont(option.font)).height() + 2 * PaddingY;
    return QSize(200, height);
}
