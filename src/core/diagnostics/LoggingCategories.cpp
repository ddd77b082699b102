// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoggingCategories.h"

Q_LOGGING_CATEGORY(lcNlp, "booking.nlp", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "booking.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "booking.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGeo, "booking.geo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "booking.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDialogue, "booking.dialogue", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "booking.gui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "booking.cli", QtInfoMsg)
