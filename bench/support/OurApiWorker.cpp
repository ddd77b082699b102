// SPDX-License-Identifier: GPL-3.0-or-later
#include "OurApiWorker.h"

#include "providers/SearchReply.h"
#include "providers/amadeus/AmadeusProvider.h"
#include "providers/amadeus/AmadeusTokenSource.h"
#include "providers/duffel/DuffelProvider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

/** Keeps @p concurrency searches in flight until every search of the workload has finished. */
class Pool : public QObject {
public:
    Pool(FlightProvider *provider, const QList<ApiSearch> &searches, int concurrency)
        : m_provider(provider)
        , m_searches(searches)
        , m_concurrency(concurrency) {}

    void start() {
        m_clock.start();
        for (int i = 0; i < m_concurrency && m_next < m_searches.size(); ++i)
            launch();
        if (m_searches.isEmpty())
            QCoreApplication::quit();
    }

    qint64 offers = 0;
    int done = 0;
    int errors = 0;
    double wallMs = 0;
    QString firstError;

private:
    void launch() {
        SearchReply *reply = m_provider->search(m_searches.at(m_next++).toRequest());
        connect(reply, &SearchReply::finished, this, [this, reply] {
            if (reply->error().code == ProviderError::Code::None) {
                offers += reply->offers().size();
            } else {
                ++errors;
                if (firstError.isEmpty())
                    firstError = ProviderError::codeName(reply->error().code) +
                                 QStringLiteral(": ") + reply->error().detail;
            }
            reply->deleteLater();
            ++done;
            if (m_next < m_searches.size()) {
                launch();
            } else if (done == m_searches.size()) {
                wallMs = double(m_clock.nsecsElapsed()) / 1e6;
                QCoreApplication::quit();
            }
        });
    }

    FlightProvider *m_provider;
    QList<ApiSearch> m_searches;
    int m_concurrency;
    qsizetype m_next = 0;
    QElapsedTimer m_clock;
};

/** Applies "auto", "off" or "R/MS" to @p amadeus; false for anything else. */
bool applyLimit(AmadeusProvider *amadeus, const QString &spec, QString *described) {
    int rate = 10;
    int spacing = 100;
    if (spec == QLatin1String("auto")) {
        // ProviderFactory's rule: no client-side limit on a loopback endpoint.
        if (AmadeusProvider::isLoopbackEndpoint(amadeus->baseUrl()))
            rate = spacing = 0;
    } else if (spec == QLatin1String("off")) {
        rate = spacing = 0;
    } else {
        const QStringList parts = spec.split(u'/');
        bool okRate = false;
        bool okSpacing = false;
        if (parts.size() != 2)
            return false;
        rate = parts[0].toInt(&okRate);
        spacing = parts[1].toInt(&okSpacing);
        if (!okRate || !okSpacing || rate < 0 || spacing < 0)
            return false;
    }
    amadeus->setRateLimit(rate, spacing);
    const QString setting = rate == 0 && spacing == 0
                                ? QStringLiteral("off")
                                : QStringLiteral("%1/s, %2 ms apart").arg(rate).arg(spacing);
    *described = spec == QLatin1String("auto")
                     ? setting + QStringLiteral(" (ProviderFactory rule for this endpoint)")
                     : setting;
    return true;
}

} // namespace

namespace OurApiWorker {

int run(const QString &api, const QUrl &endpoint, const QList<ApiSearch> &searches, int concurrency,
        const QString &amadeusLimit) {
    QLoggingCategory::setFilterRules(QStringLiteral("booking.*.info=false"));
    QNetworkAccessManager network;
    std::unique_ptr<FlightProvider> provider;
    AmadeusProvider *amadeus = nullptr;
    QString limiter = QStringLiteral("none (Duffel has no client-side quota)");
    if (api == QLatin1String("duffel")) {
        auto duffel = std::make_unique<DuffelProvider>(&network, QStringLiteral("bench-token"));
        duffel->setBaseUrl(endpoint);
        provider = std::move(duffel);
    } else if (api == QLatin1String("amadeus")) {
        auto client = std::make_unique<AmadeusProvider>(&network, QStringLiteral("bench-id"),
                                                        QStringLiteral("bench-secret"));
        client->setBaseUrl(endpoint);
        if (!applyLimit(client.get(), amadeusLimit, &limiter)) {
            std::fprintf(stderr, "bench_api worker: bad --amadeus-limit %s\n",
                         qPrintable(amadeusLimit));
            return 2;
        }
        amadeus = client.get();
        provider = std::move(client);
    } else {
        std::fprintf(stderr, "bench_api worker: unknown API %s\n", qPrintable(api));
        return 2;
    }

    Pool pool(provider.get(), searches, concurrency);
    QString tokenError;
    if (amadeus) {
        // The token first, outside the timing, as the peers do.
        amadeus->tokenSource()->requestToken(
            &pool, [&pool, &tokenError](const QString &, const ProviderError &error) {
                if (error.code != ProviderError::Code::None) {
                    tokenError =
                        ProviderError::codeName(error.code) + QStringLiteral(": ") + error.detail;
                    QCoreApplication::quit();
                    return;
                }
                pool.start();
            });
    } else {
        QTimer::singleShot(0, &pool, [&pool] { pool.start(); });
    }
    QCoreApplication::exec();

    QJsonObject result{{QStringLiteral("client"), QStringLiteral("ours-") + api},
                       {QStringLiteral("searches"), pool.done},
                       {QStringLiteral("offers"), pool.offers},
                       {QStringLiteral("errors"), pool.errors},
                       {QStringLiteral("wall_ms"), pool.wallMs},
                       {QStringLiteral("limiter"), limiter}};
    if (!tokenError.isEmpty()) {
        result.insert(QStringLiteral("errors"), int(searches.size()));
        result.insert(QStringLiteral("first_error"), QStringLiteral("token: ") + tokenError);
    } else if (!pool.firstError.isEmpty()) {
        result.insert(QStringLiteral("first_error"), pool.firstError);
    }
    const QByteArray line = QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace OurApiWorker
