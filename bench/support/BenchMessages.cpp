// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchMessages.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

QList<BenchMessage> BenchMessages::load(int maxCorpusTurns) {
    QList<BenchMessage> list = builtin();
    list += fromTsv(QStringLiteral(BOOKING_BENCH_DIR "/data/messages.tsv"));
    list +=
        fromCorpus(QStringLiteral(BOOKING_SHARED_DIR "/nlp-dev/sgd_flights_dev_user_turns.jsonl"),
                   maxCorpusTurns);
    return list;
}

QStringList BenchMessages::languages(const QList<BenchMessage> &messages) {
    QStringList order = {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"),
                         QStringLiteral("es"), QStringLiteral("it"), QStringLiteral("pt")};
    for (const BenchMessage &m : messages) {
        if (!order.contains(m.language))
            order.append(m.language);
    }
    QStringList present;
    for (const QString &lang : order) {
        for (const BenchMessage &m : messages) {
            if (m.language == lang) {
                present.append(lang);
                break;
            }
        }
    }
    return present;
}

QList<BenchMessage> BenchMessages::builtin() {
    const QString builtin = QStringLiteral("builtin");
    const QString en = QStringLiteral("en");
    QList<BenchMessage> list;
    const QStringList english = {
        QStringLiteral("LHR to JFK on 2026-12-10"),
        QStringLiteral("Paris to Lisbon next Friday, 2 adults, back on Sunday"),
        QStringLiteral("I want to fly from New York to Los Angeles tomorrow morning"),
        QStringLiteral("flights from San Francisco to Rio de Janeiro from 3 to 10 June"),
        QStringLiteral("Heathrow to Charles de Gaulle one way business class"),
        QStringLiteral("fly to Nice with my wife under 500€"),
        QStringLiteral("me and my wife and 2 kids to Orlando in two weeks, nonstop please"),
        QStringLiteral("hello"),
        QStringLiteral("make it Tuesday instead"),
        QStringLiteral("cheapest return ticket Berlin-Rome on AF, max 400 EUR"),
        QStringLiteral("to Tokyo from London via Helsinki after 6pm on friday"),
        QStringLiteral("family of four, premium economy, Dec 20 to Jan 3, budget 1,000 GBP"),
        QStringLiteral("what can you do?"),
    };
    for (const QString &text : english)
        list.append({en, text, builtin});
    list.append(
        {QStringLiteral("es"), QStringLiteral("vuelo de Madrid a Barcelona mañana"), builtin});
    return list;
}

QList<BenchMessage> BenchMessages::fromTsv(const QString &path) {
    QList<BenchMessage> list;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return list;
    const QString source = QStringLiteral("messages.tsv");
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype tab = line.indexOf(u'\t');
        if (line.isEmpty() || line.startsWith(u'#') || tab <= 0)
            continue;
        list.append({line.left(tab), line.mid(tab + 1), source});
    }
    return list;
}

QList<BenchMessage> BenchMessages::fromCorpus(const QString &path, int maxTurns) {
    QList<BenchMessage> list;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return list;
    const QString en = QStringLiteral("en");
    const QString source = QStringLiteral("sgd");
    while (!file.atEnd() && list.size() < maxTurns) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        const QString text = o.value(QStringLiteral("utterance")).toString();
        if (!text.isEmpty())
            list.append({en, text, source});
    }
    return list;
}
