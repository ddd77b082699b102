// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

Q_LOGGING_CATEGORY(lcSecrets, "booking.secrets")
