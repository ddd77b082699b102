// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QStringView>
#include <QtGlobal>

#include <initializer_list>

/**
 * The sandbox's portable pseudo-random numbers: a splitmix64 sequence seeded from an FNV-1a hash
 * of UTF-8 text. The same seed gives the same sequence on every machine and compiler (unlike
 * std::hash, rand() or QRandomGenerator::global()), which is what makes sandbox offers
 * reproducible.
 */
class SandboxRandom {
public:
    explicit SandboxRandom(quint64 seed)
        : m_state(seed) {}

    /** 64-bit FNV-1a over bytes; continue a running hash by passing it as @p basis. */
    static quint64 fnv1a(QByteArrayView bytes, quint64 basis = FnvBasis);
    /** FNV-1a over the UTF-8 of each part, with a separator between parts ("a","bc" != "ab","c").
     */
    static quint64 hash(std::initializer_list<QStringView> parts);
    /** Mixes an integer into a hash (splitmix64 finaliser over their combination). */
    static quint64 mix(quint64 hash, quint64 value);

    /** The next 64 random bits. */
    quint64 next();
    /** Uniform in [0, bound); 0 when @p bound <= 0. */
    int bounded(int bound);
    /** Uniform in [low, high] (inclusive); low when high < low. */
    int range(int low, int high);
    /** True with probability @p permille / 1000. */
    bool chance(int permille) { return bounded(1000) < permille; }

    static constexpr quint64 FnvBasis = 14695981039346656037ULL;

private:
    quint64 m_state;
};
