// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

/** A half-open range [start, end) of UTF-16 code units in the message it was found in. */
struct TextSpan {
    Q_GADGET
    Q_PROPERTY(int start MEMBER start)
    Q_PROPERTY(int end MEMBER end)

public:
    int start = -1;
    int end = -1;

    bool isValid() const { return start >= 0 && end >= start; }
    int length() const { return isValid() ? end - start : 0; }
    bool overlaps(const TextSpan &o) const {
        return isValid() && o.isValid() && start < o.end && o.start < end;
    }
    bool operator==(const TextSpan &o) const { return start == o.start && end == o.end; }
    bool operator!=(const TextSpan &o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(TextSpan)
