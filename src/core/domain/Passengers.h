// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

/** Who travels. Infants travel on an adult's lap, so there are never more infants than adults. */
struct Passengers {
    Q_GADGET
    Q_PROPERTY(int adults MEMBER adults)
    Q_PROPERTY(int children MEMBER children)
    Q_PROPERTY(int infants MEMBER infants)

public:
    static constexpr int MaxTravellers = 9;

    int adults = 1;
    int children = 0;
    int infants = 0;

    int total() const { return adults + children + infants; }
    /** At least one adult, at most nine travellers, no more infants than adults. */
    bool isValid() const {
        return adults >= 1 && children >= 0 && infants >= 0 && infants <= adults &&
               total() <= MaxTravellers;
    }
    bool operator==(const Passengers &o) const {
        return adults == o.adults && children == o.children && infants == o.infants;
    }
    bool operator!=(const Passengers &o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(Passengers)
