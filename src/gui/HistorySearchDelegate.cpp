// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistorySearchDelegate.h"

#include "HistoryDelegate.h"
#include "HistorySearchModel.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int PaddingX = 8;
constexpr int PaddingY = 6;
constexpr int LineGap = 2;
} // namespace

void HistorySearchDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto [text, muted] = HistoryDelegate::drawRowBackground(painter, opt);

    const QRect area = opt.rect.adjusted(PaddingX, PaddingY, -PaddingX, -PaddingY);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics plainMetrics(opt.font);

    painter->save();
    // Line 1: the title (bold), the date right-aligned (muted).
    const QString when = index.data(HistorySearchModel::WhenRole).toString();
    const int whenWidth = plainMetrics.horizontalAdvance(when);
    painter->setFont(opt.font);
    painter->setPen(muted);
    painter->drawText(QRect(area.left(), area.top(), area.width(), boldMetrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, when);
    painter->setFont(bold);
    painter->setPen(text);
    const QString title =
        boldMetrics.elidedText(index.data(HistorySearchModel::TitleRole).toString(), Qt::ElideRight,
                               qMax(0, area.width() - whenWidth - PaddingX));
    painter->drawText(QRect(area.left(), area.top(), area.width(), boldMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, title);

    // Line 2: the snippet as runs, the marked ones bold; elided at the right edge.
    const auto *model = qobject_cast<const HistorySearchModel *>(index.model());
    const HistoryHit hit = model ? model->hit(index.row()) : HistoryHit();
    const QString snippet = hit.snippet;
    QList<QPair<int, bool>> cuts; // (end of run, run is marked)
    int at = 0;
    for (const auto &mark : hit.marks) {
        const int start = qBound(at, mark.first, int(snippet.size()));
        const int end = qBound(start, mark.first + mark.second, int(snippet.size()));
        if (start > at)
            cuts.append({start, false});
        if (end > start)
            cuts.append({end, true});
        at = end;
    }
    if (at < snippet.size())
        cuts.append({int(snippet.size()), false});
    const int top = area.top() + boldMetrics.height() + LineGap;
    const int height = qMax(boldMetrics.height(), plainMetrics.height());
    int x = area.left();
    int from = 0;
    for (const auto &[end, marked] : cuts) {
        const QString run = snippet.mid(from, end - from);
        from = end;
        const QFontMetrics &metrics = marked ? boldMetrics : plainMetrics;
        const int room = area.right() - x;
        if (room <= 0)
            break;
        const QString shown = metrics.elidedText(run, Qt::ElideRight, room);
        painter->setFont(marked ? bold : opt.font);
        painter->setPen(marked ? text : muted);
        painter->drawText(QRect(x, top, room, height), Qt::AlignLeft | Qt::AlignVCenter, shown);
        x += metrics.horizontalAdvance(shown);
        if (shown != run)
            break;
    }
    painter->restore();
}

QSize HistorySearchDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &) const {
    QFont bold = option.font;
    bold.setBold(true);
    const int line = QFontMetrics(bold).height();
    return QSize(200, 2 * line + LineGap + 2 * PaddingY);
}
