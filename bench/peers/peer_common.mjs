// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the Node peers of bench_api: command line, workload file, the pool of searches in
// flight and the JSON result line (the same fields as our worker's).
import { readFileSync } from 'node:fs';
import http from 'node:http';

// BENCH_MAX_SOCKETS=N caps the connections per host (Node's default agent: no cap), e.g. 6 to
// compare with Qt's fixed 6 HTTP/1.1 connections per host and QNetworkAccessManager.
if (process.env.BENCH_MAX_SOCKETS)
  http.globalAgent.maxSockets = Number(process.env.BENCH_MAX_SOCKETS);

export function options(argv) {
  const opts = { endpoint: '', workload: '', concurrency: 32 };
  for (let i = 2; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in opts)) throw new Error(`unknown option ${argv[i]}`);
    opts[key] = key === 'concurrency' ? Number(argv[i + 1]) : argv[i + 1];
  }
  if (!opts.endpoint || !opts.workload) throw new Error('need --endpoint URL --workload FILE');
  opts.searches = JSON.parse(readFileSync(opts.workload, 'utf8')).searches;
  return opts;
}

/** Runs search(s) -> number of offers for every search, at most `concurrency` at a time. */
export async function runPool(client, searches, concurrency, search) {
  let next = 0;
  let offers = 0;
  let errors = 0;
  let done = 0;
  let firstError = '';
  const started = process.hrtime.bigint();
  async function lane() {
    while (next < searches.length) {
      const s = searches[next++];
      try {
        const mapped = await search(s); // not `offers += await`: that reads offers too early
        offers += mapped;
      } catch (e) {
        errors += 1;
        if (!firstError) firstError = describe(e);
      }
      done += 1;
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, searches.length) }, lane));
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const result = { client, searches: done, offers, errors, wall_ms: wallMs };
  if (firstError) result.first_error = firstError;
  process.stdout.write(JSON.stringify(result) + '\n');
}

export function describe(e) {
  if (e && e.errors) return `${e.meta?.status ?? ''} ${JSON.stringify(e.errors).slice(0, 200)}`;
  if (e && e.code && e.description)
    return `${e.code} ${JSON.stringify(e.description).slice(0, 200)}`;
  return String(e && e.stack ? e.stack : e).slice(0, 300);
}
