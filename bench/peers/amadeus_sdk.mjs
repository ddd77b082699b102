// SPDX-License-Identifier: GPL-3.0-or-later
// bench_api peer: the official Amadeus Node SDK (amadeus 11.x, pinned in bench/package.json).
// Each search: shopping.flightOffersSearch.get (one adult, max 250), as AmadeusProvider sends it.
// The SDK ignores ssl:false, so a shim forces plain http to 127.0.0.1 (flight-apis.md 4.1). Its
// token is fetched once before the clock starts (it has no single-flight refresh; 32 first calls
// would fetch 32 tokens). "Offers mapped" counts the offer objects the SDK returns.
// Usage: node amadeus_sdk.mjs --endpoint http://127.0.0.1:PORT --workload FILE [--concurrency 32]
import http from 'node:http';
import Amadeus from 'amadeus';
import { options, runPool } from './peer_common.mjs';

const opts = options(process.argv);
const url = new URL(opts.endpoint);
// Plain http, and the body sent with a Content-Length: the SDK writes it without one (chunked),
// which the sandbox's HTTP layer does not accept.
const httpShim = {
  request: (o) => {
    const req = http.request({ ...o, protocol: 'http:' });
    const chunks = [];
    const end = req.end.bind(req);
    req.write = (chunk) => { chunks.push(Buffer.from(chunk)); return true; };
    req.end = () => {
      const body = Buffer.concat(chunks);
      if (body.length > 0) req.setHeader('Content-Length', body.length);
      return end(body);
    };
    return req;
  },
};
const amadeus = new Amadeus({ clientId: 'bench-id', clientSecret: 'bench-secret',
                              host: url.hostname, port: Number(url.port), http: httpShim });

async function search(s) {
  const params = { originLocationCode: s.origin, destinationLocationCode: s.destination,
                   departureDate: s.departure, adults: '1', travelClass: 'ECONOMY',
                   currencyCode: 'EUR', max: 250 };
  if (s.return) params.returnDate = s.return;
  const response = await amadeus.shopping.flightOffersSearch.get(params);
  return response.data.length;
}

await amadeus.client.accessToken.bearerToken(amadeus.client);
await runPool('node amadeus', opts.searches, opts.concurrency, search);
