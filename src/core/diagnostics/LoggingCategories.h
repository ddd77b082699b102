// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per area; enable with QT_LOGGING_RULES="booking.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcNlp)      // booking.nlp
Q_DECLARE_LOGGING_CATEGORY(lcApi)      // booking.api
Q_DECLARE_LOGGING_CATEGORY(lcDb)       // booking.db
Q_DECLARE_LOGGING_CATEGORY(lcGeo)      // booking.geo
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)  // booking.sandbox
Q_DECLARE_LOGGING_CATEGORY(lcDialogue) // booking.dialogue
Q_DECLARE_LOGGING_CATEGORY(lcGui)      // booking.gui
Q_DECLARE_LOGGING_CATEGORY(lcCli)      // booking.cli
