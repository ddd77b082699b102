// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>

/** One person on an order, as airlines need them named (passport spelling). */
struct Traveller {
    Q_GADGET

public:
    enum class Type { Adult, Child, Infant };
    Q_ENUM(Type)
    enum class Gender { Unspecified, Female, Male };
    Q_ENUM(Gender)

    Type type = Type::Adult;
    QString title; ///< "mr", "ms", "mrs", "miss", "dr" (Duffel's values); may be empty
    QString givenName;
    QString familyName;
    QDate bornOn;
    Gender gender = Gender::Unspecified;
    QString email; ///< required for the first adult of an order
    QString phone; ///< E.164, e.g. "+442080160508"; required for the first adult of an order

    /** Age in whole years on @p day (for child and infant fares); -1 without a birth date. */
    int ageOn(const QDate &day) const {
        if (!bornOn.isValid() || !day.isValid())
            return -1;
        int age = day.year() - bornOn.year();
        if (day.month() < bornOn.month() ||
            (day.month() == bornOn.month() && day.day() < bornOn.day()))
            --age;
        return age;
    }
    bool operator==(const Traveller &o) const {
        return type == o.type && title == o.title && givenName == o.givenName &&
               familyName == o.familyName && bornOn == o.bornOn && gender == o.gender &&
               email == o.email && phone == o.phone;
    }
    bool operator!=(const Traveller &o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(Traveller)
