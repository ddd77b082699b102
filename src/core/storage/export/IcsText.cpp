// SPDX-License-Identifier: GPL-3.0-or-later
#include "IcsText.h"

namespace {
constexpr int MaxOctets = 75;

bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}
} // namespace

QString IcsText::escape(const QString &text) {
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u';')
            out += QStringLiteral("\\;");
        else if (c == u',')
            out += QStringLiteral("\\,");
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            continue; // CRLF and a lone CR both become the \n of the LF (or nothing)
        else
            out += c;
    }
    return out;
}

QByteArray IcsText::fold(const QString &line) {
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / MaxOctets * 3 + 2);
    qsizetype start = 0;
    bool first = true;
    while (start < utf8.size()) {
        const int room = first ? MaxOctets : MaxOctets - 1; // the leading space counts
        qsizetype end = qMin(start + room, utf8.size());
        while (end < utf8.size() && end > start && isContinuationByte(utf8.at(end)))
            --end; // never cut inside a character
        if (!first)
            out += ' ';
        out += utf8.mid(start, end - start);
        out += "\r\n";
        start = end;
        first = false;
    }
    if (utf8.isEmpty())
        out += "\r\n";
    return out;
}

QByteArray IcsText::document(const QStringList &lines) {
    QByteArray out;
    for (const QString &line : lines)
        out += fold(line);
    return out;
}

QStringList IcsText::unfold(const QByteArray &document) {
    QStringList lines;
    QByteArray current;
    bool have = false;
    for (const QByteArray &physical : document.split('\n')) {
        QByteArray part = physical;
        if (part.endsWith('\r'))
            part.chop(1);
        if (!part.isEmpty() && (part.at(0) == ' ' || part.at(0) == '\t') && have) {
            current += part.mid(1);
            continue;
        }
        if (have)
            lines.append(QString::fromUtf8(current));
        current = part;
        have = !part.isEmpty();
    }
    if (have)
        lines.append(QString::fromUtf8(current));
    return lines;
}
