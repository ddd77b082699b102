// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranslationCatalog.h"

#include <QHash>
#include <QTranslator>

namespace TranslationCatalog {
namespace {

using Catalogs = QHash<QLocale::Language, const QTranslator *>;

const Catalogs &catalogs() {
    // Built once (thread-safe static initialisation) and never freed: replies may be written
    // until the very end of the program, and a QTranslator needs no clean-up.
    static const Catalogs *all = [] {
        auto *map = new Catalogs;
        for (const QLocale::Language language :
             {QLocale::English, QLocale::French, QLocale::German, QLocale::Spanish,
              QLocale::Italian, QLocale::Portuguese}) {
            auto *translator = new QTranslator;
            const QString name = QStringLiteral("booking_") + QLocale(language).name().left(2);
            if (translator->load(name, QStringLiteral(":/i18n")))
                map->insert(language, translator);
            else
                delete translator;
        }
        return map;
    }();
    return *all;
}

} // namespace

const QTranslator *forLanguage(QLocale::Language language) {
    return catalogs().value(language);
}

QString translate(QLocale::Language language, const char *context, const char *source,
                  const char *disambiguation, int n) {
    QString text;
    if (const QTranslator *catalog = forLanguage(language))
        text = catalog->translate(context, source, disambiguation, n);
    if (text.isEmpty() && n >= 0 && language != QLocale::English) {
        if (const QTranslator *english = forLanguage(QLocale::English))
            text = english->translate(context, source, disambiguation, n);
    }
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

} // namespace TranslationCatalog
