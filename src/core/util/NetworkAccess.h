// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QNetworkAccessManager;

/**
 * One QNetworkAccessManager per thread, shared by every HTTP provider of that thread, so that
 * parallel searches reuse connections (HTTP keep-alive, one TLS handshake per host).
 *
 * The manager is created on first use in the calling thread and lives in it; it is destroyed
 * when the thread ends (for the main thread: when the QCoreApplication is destroyed). Never
 * delete it yourself. It needs the thread's event loop to run, like any QNetworkAccessManager.
 * Objects keeping the pointer must not outlive their thread.
 */
class NetworkAccess {
public:
    NetworkAccess() = delete;

    /** The calling thread's manager (never null). */
    static QNetworkAccessManager *forCurrentThread();
    /** Whether the calling thread already has one (does not create it). */
    static bool hasManagerForCurrentThread();
};
