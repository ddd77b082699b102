// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimdjsonProbe.h"

#include <simdjson.h>

#include <QString>

#include <string>

#define BENCH_STR_(x) #x
#define BENCH_STR(x) BENCH_STR_(x)

namespace {
volatile qsizetype g_chars = 0; // keeps the QString conversions from being optimised away

simdjson::dom::parser &parser() {
    static simdjson::dom::parser instance; // reused: its buffers are allocated once
    return instance;
}

long long walk(simdjson::dom::element element, bool toQString, qsizetype *chars) {
    using simdjson::dom::element_type;
    switch (element.type()) {
    case element_type::ARRAY: {
        long long n = 1;
        for (simdjson::dom::element child : element.get_array())
            n += walk(child, toQString, chars);
        return n;
    }
    case element_type::OBJECT: {
        long long n = 1;
        for (simdjson::dom::key_value_pair field : element.get_object()) {
            if (toQString)
                *chars += QString::fromUtf8(field.key.data(), qsizetype(field.key.size())).size();
            n += walk(field.value, toQString, chars);
        }
        return n;
    }
    case element_type::STRING: {
        if (toQString) {
            const std::string_view s = element.get_string().value_unsafe();
            *chars += QString::fromUtf8(s.data(), qsizetype(s.size())).size();
        }
        return 1;
    }
    default:
        return 1;
    }
}
} // namespace

namespace SimdjsonProbe {
const char *description() {
    static const std::string text = std::string("simdjson ") + BENCH_STR(SIMDJSON_VERSION) + " (" +
                                    simdjson::get_active_implementation()->name() + ")";
    return text.c_str();
}

long long parse(const QByteArray &json, bool toQString) {
    simdjson::dom::element root;
    if (parser().parse(json.constData(), size_t(json.size())).get(root) != simdjson::SUCCESS)
        return -1;
    qsizetype chars = 0;
    const long long values = walk(root, toQString, &chars);
    g_chars = chars;
    return values;
}
} // namespace SimdjsonProbe
