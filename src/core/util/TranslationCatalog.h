// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QTranslator;

/**
 * The app's own translations (:/i18n/booking_xx.qm), one catalogue a language, loaded once on
 * first use from any thread and kept for the life of the program. Unlike the translators
 * installed on the application (the window's language), these let one sentence be written in
 * another language: the assistant answers in the language the person writes.
 */
namespace TranslationCatalog {
/** The catalogue for @p language, or nullptr when the app has none for it. Thread-safe. */
const QTranslator *forLanguage(QLocale::Language language);

/**
 * @p source (context @p context) in @p language; English plural forms when the language has
 * none for it; @p source itself when untranslated. "%n" is replaced by @p n when n >= 0.
 */
QString translate(QLocale::Language language, const char *context, const char *source,
                  const char *disambiguation = nullptr, int n = -1);
} // namespace TranslationCatalog
