// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TravelRequest.h"

struct ParseContext;

/** Decides what a message is for, once its slots are known. */
class IntentClassifier {
public:
    /**
     * Modify when the message changes something ("make it Tuesday", "change the date",
     * "instead", "actually ..."); Search when anything travel-related was understood or a
     * search word is used ("find", "book", "flight"); Greeting for a greeting with nothing else
     * ("hi", "good morning"); Help for "help", "what can you do"; Other otherwise.
     */
    static TravelRequest::Intent classify(const ParseContext &context,
                                          const TravelRequest &request);
};
