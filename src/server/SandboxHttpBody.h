// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

/** Body transformations of the sandbox server: gzip and the faults that damage JSON. */
class SandboxHttpBody {
public:
    /** A gzip member (RFC 1952) of @p data, fast compression. */
    static QByteArray gzip(const QByteArray &data);
    /** The inverse, for tests; empty on corrupt input. */
    static QByteArray gunzip(const QByteArray &data);
    /** @p json (an object) grown to at least @p bytes of valid JSON with a "sandbox_padding" array.
     */
    static QByteArray huge(const QByteArray &json, qsizetype bytes);
    /** @p json cut at two thirds and garbled: never valid JSON. */
    static QByteArray malformed(const QByteArray &json);
};
