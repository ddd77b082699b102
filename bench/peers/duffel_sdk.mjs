// SPDX-License-Identifier: GPL-3.0-or-later
// bench_api peer: the official Duffel Node SDK (@duffel/api 4.x, pinned in bench/package.json).
// Each search: offerRequests.create (return_offers=false, supplier_timeout=10000), then
// offers.list pages of 200 sorted by total_amount, following meta.after, up to 250 offers: the
// same requests DuffelProvider sends. "Offers mapped" counts the offer objects the SDK returns.
// Usage: node duffel_sdk.mjs --endpoint http://127.0.0.1:PORT --workload FILE [--concurrency 32]
import { Duffel } from '@duffel/api';
import { options, runPool } from './peer_common.mjs';

const MAX_OFFERS = 250;
const PAGE = 200;

const opts = options(process.argv);
const duffel = new Duffel({ token: 'bench-token', basePath: opts.endpoint });

async function search(s) {
  const slices = [{ origin: s.origin, destination: s.destination, departure_date: s.departure,
                    arrival_time: null, departure_time: null }];
  if (s.return)
    slices.push({ origin: s.destination, destination: s.origin, departure_date: s.return,
                  arrival_time: null, departure_time: null });
  const request = await duffel.offerRequests.create({
    slices, passengers: [{ type: 'adult' }], cabin_class: 'economy',
    return_offers: false, supplier_timeout: 10000 });
  let offers = 0;
  let after;
  do {
    const page = await duffel.offers.list({
      offer_request_id: request.data.id, limit: Math.min(PAGE, MAX_OFFERS - offers),
      sort: 'total_amount', ...(after ? { after } : {}) });
    offers += page.data.length;
    after = page.meta && page.meta.after;
  } while (after && offers < MAX_OFFERS);
  return offers;
}

await runPool('node @duffel/api', opts.searches, opts.concurrency, search);
