// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthReport.h"

#include <QJsonArray>

#include <algorithm>

bool HealthReport::ok() const {
    return std::none_of(checks.cbegin(), checks.cend(),
                        [](const Check &check) { return check.status == Status::Failed; });
}

bool HealthReport::hasWarnings() const {
    return std::any_of(checks.cbegin(), checks.cend(),
                       [](const Check &check) { return check.status == Status::Warning; });
}

const HealthReport::Check *HealthReport::find(const QString &name) const {
    for (const Check &check : checks) {
        if (check.name == name)
            return &check;
    }
    return nullptr;
}

QString HealthReport::statusName(Status status) {
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Warning:
        return QStringLiteral("warning");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

QJsonObject HealthReport::toJson() const {
    QJsonArray list;
    for (const Check &check : checks) {
        QJsonObject object{{QStringLiteral("name"), check.name},
                           {QStringLiteral("status"), statusName(check.status)},
                           {QStringLiteral("message"), check.message}};
        for (auto it = check.numbers.cbegin(); it != check.numbers.cend(); ++it)
            object.insert(it.key(), QJsonValue::fromVariant(it.value()));
        list.append(object);
    }
    QJsonObject out{{QStringLiteral("ok"), ok()}, {QStringLiteral("checks"), list}};
    if (!providerId.isEmpty())
        out.insert(QStringLiteral("provider"), providerId);
    return out;
}
