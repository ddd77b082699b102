// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/** The text rules of iCalendar (RFC 5545 section 3.1 and 3.3.11). */
class IcsText {
public:
    /** TEXT value escaping: backslash, semicolon, comma and newline become \\ \; \, \n (a CR
     * before a newline is dropped). */
    static QString escape(const QString &text);
    /**
     * One content line, UTF-8, folded so that no physical line is longer than 75 octets
     * (continuation lines start with one space, which counts), never splitting a UTF-8 sequence,
     * each line ending in CRLF.
     */
    static QByteArray fold(const QString &line);
    /** Every line folded and joined: the bytes of an .ics file. */
    static QByteArray document(const QStringList &lines);
    /** The reverse of fold() over a whole document (for checks): logical lines, without CRLF. */
    static QStringList unfold(const QByteArray &document);
};
