// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdio>
#include <optional>

/**
 * Reads stdin one line at a time as UTF-8, for the JSON Lines commands. Invalid UTF-8 becomes
 * U+FFFD (so a bad byte never stops a batch); "\r\n" and a final line without "\n" are handled;
 * NUL bytes are kept as U+0000 and left to the caller. Lines of any length are read whole.
 */
class LineReader {
public:
    explicit LineReader(std::FILE *input = stdin)
        : m_input(input) {}
    /** The next line without its terminator, or nullopt at end of input. */
    std::optional<QString> next();

private:
    std::FILE *m_input;
};
