// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultPlan.h"

#include <QStringList>

std::optional<FaultPlan> FaultPlan::parse(const QString &spec, QString *error) {
    FaultPlan plan;
    const QStringList items = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        const qsizetype eq = item.indexOf(u'=');
        const QString key = item.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        bool ok = false;
        struct Prob {
            const char16_t *name;
            double *field;
        };
        const Prob probs[] = {
            {u"rate429", &plan.rate429},     {u"status500", &plan.status500},
            {u"status502", &plan.status502}, {u"status503", &plan.status503},
            {u"status504", &plan.status504}, {u"truncate", &plan.truncate},
            {u"malformed", &plan.malformed}, {u"stall", &plan.stall},
            {u"huge", &plan.huge},           {u"reprice", &plan.reprice},
        };
        bool known = false;
        for (const Prob &p : probs) {
            if (key == QStringView(p.name)) {
                known = true;
                const double v = value.toDouble(&ok);
                if (!ok || v < 0 || v > 1) {
                    *error =
                        QStringLiteral("fault \"%1\" needs a probability from 0 to 1 (got \"%2\")")
                            .arg(key, value);
                    return std::nullopt;
                }
                *p.field = v;
            }
        }
        struct Int {
            const char16_t *name;
            int *field;
            int min;
            int max;
        };
        const Int ints[] = {
            {u"token_ttl", &plan.tokenTtlSeconds, 1, 86400},
            {u"reset", &plan.resetSeconds, 0, 3600},
            {u"ratelimit", &plan.rateLimitPerSecond, 0, 1000000},
            {u"huge_mb", &plan.hugeMegabytes, 1, 256},
        };
        for (const Int &p : ints) {
            if (key == QStringView(p.name)) {
                known = true;
                const int v = value.toInt(&ok);
                if (!ok || v < p.min || v > p.max) {
                    *error =
                        QStringLiteral("\"%1\" needs a whole number from %2 to %3 (got \"%4\")")
                            .arg(key)
                            .arg(p.min)
                            .arg(p.max)
                            .arg(value);
                    return std::nullopt;
                }
                *p.field = v;
            }
        }
        if (!known) {
            *error = QStringLiteral("unknown fault \"%1\"; known: rate429, status500, status502, "
                                    "status503, status504, truncate, malformed, stall, huge, "
                                    "reprice, token_ttl, reset, ratelimit, huge_mb")
                         .arg(key);
            return std::nullopt;
        }
    }
    const double total = plan.rate429 + plan.status500 + plan.status502 + plan.status503 +
                         plan.status504 + plan.truncate + plan.malformed + plan.stall + plan.huge;
    if (total > 1.0 + 1e-9) {
        *error = QStringLiteral("the fault probabilities add up to more than 1");
        return std::nullopt;
    }
    return plan;
}

QString FaultPlan::grammar() {
    return QStringLiteral(
        "Fault spec: comma-separated key=value items, e.g.\n"
        "  rate429=0.1,status503=0.05,status500=0.02,truncate=0.05,malformed=0.05,stall=0.02,"
        "huge=0.01,token_ttl=5\n"
        "Probabilities per request (0..1, adding up to at most 1):\n"
        "  rate429    429 with ratelimit-reset (Duffel: HTTP-date) and Retry-After\n"
        "  status500, status502, status503, status504   that status with the API's error body\n"
        "  truncate   Content-Length of the whole body, half of it sent, connection closed\n"
        "  malformed  200 with a cut, garbled JSON body\n"
        "  stall      no response at all; the connection stays open\n"
        "  huge       the real response grown to several MB of valid JSON (huge_mb=N, default 4)\n"
        "  reprice    a re-priced offer costs 2% more than at search time\n"
        "Settings:\n"
        "  token_ttl=SECONDS  Amadeus token lifetime (expires_in; default 1799)\n"
        "  reset=SECONDS      how long a 429 asks the client to wait (default 1)\n"
        "  ratelimit=N        enforce N requests a second (429 beyond); default not enforced\n"
        "Faults are drawn with --seed N, so a seed replays the same sequence.");
}
