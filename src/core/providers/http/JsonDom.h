// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// moc cannot read simdjson.h: a file with a Q_OBJECT class would get no moc output.
#ifndef Q_MOC_RUN
#include <simdjson.h>
#endif

#include <memory>
#include <string_view>

/**
 * A response body parsed with simdjson's DOM API, for the offer mappers of the HTTP providers
 * (Duffel, Amadeus): the whole body is validated first, exactly like QJsonDocument::fromJson
 * (truncated or malformed JSON anywhere is an error, never a partial result), then read in place
 * without building a QJsonObject tree. It accepts and reads exactly what QJsonDocument does: a
 * UTF-8 byte order mark is skipped; where a key repeats in an object the last one counts
 * (field()); and a body simdjson refuses but QJsonDocument reads (its leniencies: unknown
 * escapes, raw control characters, integers beyond 64 bits) is read from QJsonDocument's strict
 * re-serialisation, a slow path only such bodies take.
 *
 * Parsing reuses one simdjson parser per thread (its buffers grow once to the largest body seen
 * up to SharedParserMaxBytes); a larger body, or a second JsonDom alive on the same thread, gets
 * a parser of its own that is freed with it. The body is read where it is when its QByteArray
 * has SIMDJSON_PADDING spare bytes allocated, else copied once into the parser's padded buffer.
 * Elements are valid while the JsonDom lives and must not outlive it. Not copyable; use one
 * instance on one thread.
 */
class JsonDom {
public:
    using Element = simdjson::dom::element;
    using Value = simdjson::simdjson_result<simdjson::dom::element>;
    /** Bodies above this size get a parser of their own (its memory is freed after). */
    static constexpr qsizetype SharedParserMaxBytes = 4 * 1024 * 1024;

    /** Parses @p body (which must outlive this object only during the constructor). */
    explicit JsonDom(const QByteArray &body);
    ~JsonDom();
    JsonDom(const JsonDom &) = delete;
    JsonDom &operator=(const JsonDom &) = delete;

    /** True when the body is well-formed JSON (of any type). */
    bool isValid() const { return m_root.error() == simdjson::SUCCESS; }
    /** True when the body is well-formed JSON with an object at its root. */
    bool isObject() const { return m_root.is_object(); }
    /** The root value, or the parse error (which every reader below treats as absent). */
    Value root() const { return m_root; }
    /**
     * Why the body is not a JSON object: simdjson's error message, or "the root is an array"
     * (a number, a string...) for valid JSON of another type. Empty when isObject().
     */
    QString errorString() const;

    /**
     * The value of @p key in @p object, the last one when the key repeats (as QJsonObject);
     * NO_SUCH_FIELD when absent, INCORRECT_TYPE when @p object is not an object, or the error
     * @p object already carries: lookups can be chained without checks, like
     * QJsonValue::toObject().value().
     */
    static Value field(const Value &object, std::string_view key);
    /** The string @p value holds, or an empty view for anything else (null, number, absent). */
    static std::string_view view(const Value &value);
    /** view() as a QString (UTF-8), null for anything but a string (QJsonValue::toString()). */
    static QString string(const Value &value);
    /** view() as UTF-8 bytes (time zone ids). */
    static QByteArray bytes(const Value &value);
    /** Element @p index of an array, or INDEX_OUT_OF_BOUNDS / INCORRECT_TYPE. */
    static Value at(const Value &array, size_t index);
    /** The number of elements of an array; 0 for anything else (QJsonValue::toArray().size()). */
    static size_t arraySize(const Value &array);
    /** True for a JSON number (integer or not). */
    static bool isNumber(const Value &value) { return value.is_number(); }
    /** A number as a double (QJsonValue::toDouble()), @p fallback for anything else. */
    static double number(const Value &value, double fallback = 0);

private:
    simdjson::dom::parser *m_parser = nullptr;
    std::unique_ptr<simdjson::dom::parser> m_ownParser;
    bool m_usesShared = false;
    QByteArray m_normalised; ///< QJsonDocument's strict form of a body only it could read
    Value m_root;
};
