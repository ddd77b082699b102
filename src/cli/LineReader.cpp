// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineReader.h"

#include <QByteArray>

std::optional<QString> LineReader::next() {
    QByteArray line;
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(m_input)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.append(char(c));
    }
    if (!any)
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}
