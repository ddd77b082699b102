// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxRandom.h"

#include <QByteArray>

namespace {
constexpr quint64 FnvPrime = 1099511628211ULL;

quint64 finalise(quint64 z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
} // namespace

quint64 SandboxRandom::fnv1a(QByteArrayView bytes, quint64 basis) {
    quint64 h = basis;
    for (char c : bytes) {
        h ^= quint64(quint8(c));
        h *= FnvPrime;
    }
    return h;
}

quint64 SandboxRandom::hash(std::initializer_list<QStringView> parts) {
    quint64 h = FnvBasis;
    for (QStringView part : parts) {
        h = fnv1a(part.toUtf8(), h);
        h ^= 0x1fU; // unit separator
        h *= FnvPrime;
    }
    return h;
}

quint64 SandboxRandom::mix(quint64 hash, quint64 value) {
    return finalise(hash ^ finalise(value + 0x9e3779b97f4a7c15ULL));
}

quint64 SandboxRandom::next() {
    m_state += 0x9e3779b97f4a7c15ULL;
    return finalise(m_state);
}

int SandboxRandom::bounded(int bound) {
    if (bound <= 0)
        return 0;
    return int(next() % quint64(bound));
}

int SandboxRandom::range(int low, int high) {
    if (high < low)
        return low;
    return low + bounded(high - low + 1);
}
