// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include "domain/FlightOffer.h"
#include "domain/Place.h"
#include "domain/SearchRequest.h"

#include <memory>
#include <optional>

/** `search`: one flight search from the command line; offers as text or as one JSON object. */
class SearchCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("search"); }
    QString description() const override {
        return QStringLiteral("Search flight offers (kept in the history unless --no-history).");
    }
    QString synopsis() const override {
        return QStringLiteral("--from X --to Y --date D [--return D] [--adults N] [--children N] "
                              "[--infants N] [--cabin C] [--nonstop] [--flexible N] "
                              "[--provider P[,P...]] [--endpoint URL] [--json] [--no-history]");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const CliContext &context) override;

    /** A place from an IATA code or a city/airport name; nullopt (and @p error) if unknown. */
    static std::optional<Place> resolvePlace(const QString &text, QString *error);

private:
    /** Provider @p id on @p endpoint with its credentials (see CliCommand::providerFrom). */
    static std::unique_ptr<FlightProvider> providerFor(const QString &id, const QString &endpoint,
                                                       const QDate &today, QString *error);
    std::optional<SearchRequest> buildRequest(const QCommandLineParser &parser, const QDate &today,
                                              QString *error) const;
    void printText(const SearchRequest &request, const QList<FlightOffer> &offers) const;
    void recordHistory(const QString &dataDir, const QList<FlightOffer> &offers,
                       const QString &summary) const;
};
