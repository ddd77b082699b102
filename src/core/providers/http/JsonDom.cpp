// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonDom.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {
struct SharedParser {
    simdjson::dom::parser parser;
    bool busy = false;
};

SharedParser &sharedParser() {
    thread_local SharedParser shared;
    return shared;
}
} // namespace

JsonDom::JsonDom(const QByteArray &body) {
    const char *data = body.constData();
    size_t size = size_t(body.size());
    // QJsonDocument skips a UTF-8 byte order mark; simdjson would reject it.
    if (size >= 3 && std::string_view(data, 3) == std::string_view("\xEF\xBB\xBF", 3)) {
        data += 3;
        size -= 3;
    }
    SharedParser &shared = sharedParser();
    if (!shared.busy && body.size() <= SharedParserMaxBytes) {
        shared.busy = true;
        m_usesShared = true;
        m_parser = &shared.parser;
    } else {
        m_ownParser = std::make_unique<simdjson::dom::parser>();
        m_parser = m_ownParser.get();
    }
    // In place when the allocation already has the padding simdjson reads past the end.
    const bool padded = body.capacity() - body.size() >= qsizetype(simdjson::SIMDJSON_PADDING);
    m_root = m_parser->parse(data, size, !padded);
    if (m_root.error() == simdjson::SUCCESS || m_root.error() == simdjson::MEMALLOC ||
        m_root.error() == simdjson::CAPACITY)
        return;
    // QJsonDocument is more lenient than RFC 8259 in a few corners simdjson refuses (an unknown
    // escape such as "\x", a raw control character in a string, an integer beyond 64 bits).
    // What it reads is read here too, from its strict re-serialisation; what it refuses as well
    // (truncated or malformed bodies) keeps simdjson's error. Only failing bodies pay for this.
    QJsonParseError qtError;
    const QJsonDocument lenient = QJsonDocument::fromJson(body, &qtError);
    if (qtError.error != QJsonParseError::NoError)
        return;
    m_normalised = lenient.toJson(QJsonDocument::Compact);
    m_root = m_parser->parse(m_normalised.constData(), size_t(m_normalised.size()), true);
}

JsonDom::~JsonDom() {
    if (m_usesShared)
        sharedParser().busy = false;
}

QString JsonDom::errorString() const {
    if (m_root.error() != simdjson::SUCCESS)
        return QString::fromUtf8(simdjson::error_message(m_root.error()));
    switch (m_root.value_unsafe().type()) {
    case simdjson::dom::element_type::OBJECT:
        return {};
    case simdjson::dom::element_type::ARRAY:
        return QStringLiteral("the root is an array");
    default:
        return QStringLiteral("the root is not an object");
    }
}

JsonDom::Value JsonDom::field(const Value &object, std::string_view key) {
    simdjson::dom::object fields;
    if (const auto error = object.get(fields))
        return error;
    Value found(simdjson::NO_SUCH_FIELD);
    for (const simdjson::dom::key_value_pair pair : fields) {
        if (pair.key == key)
            found = Value(Element(pair.value));
    }
    return found;
}

std::string_view JsonDom::view(const Value &value) {
    std::string_view text;
    if (value.get(text) != simdjson::SUCCESS)
        return {};
    return text;
}

QString JsonDom::string(const Value &value) {
    std::string_view text;
    if (value.get(text) != simdjson::SUCCESS)
        return {};
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QByteArray JsonDom::bytes(const Value &value) {
    const std::string_view text = view(value);
    return QByteArray(text.data(), qsizetype(text.size()));
}

JsonDom::Value JsonDom::at(const Value &array, size_t index) {
    simdjson::dom::array elements;
    if (const auto error = array.get(elements))
        return error;
    return elements.at(index);
}

size_t JsonDom::arraySize(const Value &array) {
    simdjson::dom::array elements;
    if (array.get(elements) != simdjson::SUCCESS)
        return 0;
    return elements.size();
}

double JsonDom::number(const Value &value, double fallback) {
    double number = 0;
    if (value.get(number) != simdjson::SUCCESS)
        return fallback;
    return number;
}
