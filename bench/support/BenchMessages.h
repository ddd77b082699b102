// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/** One benchmark message with the language it is written in and where it comes from. */
struct BenchMessage {
    QString language; ///< ISO 639-1 code
    QString text;
    QString source; ///< "builtin", "messages.tsv" or "sgd"
};

/**
 * The messages every NLP benchmark and its peers run on: a few built-in requests, the hand-written
 * flight requests of bench/data/messages.tsv (en fr de es it pt) and, when the development corpus
 * is at hand, up to @p maxCorpusTurns real English user turns of the SGD flight dialogues.
 */
class BenchMessages {
public:
    static QList<BenchMessage> load(int maxCorpusTurns = 400);

    /** The distinct languages of @p messages in the order en fr de es it pt (others after). */
    static QStringList languages(const QList<BenchMessage> &messages);

private:
    static QList<BenchMessage> builtin();
    static QList<BenchMessage> fromTsv(const QString &path);
    static QList<BenchMessage> fromCorpus(const QString &path, int maxTurns);
};
