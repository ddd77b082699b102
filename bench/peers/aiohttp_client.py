#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""bench_api peer: a plain Python client of both APIs on aiohttp (Debian python3-aiohttp).

The same requests as our providers and the Node SDKs, on one ClientSession (keep-alive pool),
at most --concurrency searches in flight:
  duffel:  POST /air/offer_requests?return_offers=false&supplier_timeout=10000, then
           GET /air/offers?offer_request_id=..&limit=200&sort=total_amount following meta.after
           up to 250 offers;
  amadeus: POST /v1/security/oauth2/token once (before the clock starts), then
           GET /v2/shopping/flight-offers?...&max=250.
"Offers mapped" counts the offer objects json.loads returns. Prints one JSON line:
{"client", "searches", "offers", "errors", "wall_ms", "first_error"?}.
Usage: aiohttp_client.py --api duffel|amadeus --endpoint URL --workload FILE [--concurrency 32]
"""
import argparse
import asyncio
import json
import sys
import time

import aiohttp

MAX_OFFERS = 250
PAGE = 200


class ApiError(Exception):
    pass


async def check(response):
    body = await response.json(content_type=None)
    if response.status >= 400 or (isinstance(body, dict) and "errors" in body):
        raise ApiError(f"{response.status} {json.dumps(body)[:200]}")
    return body


async def duffel_search(session, base, search):
    slices = [{"origin": search["origin"], "destination": search["destination"],
               "departure_date": search["departure"], "arrival_time": None, "departure_time": None}]
    if "return" in search:
        slices.append({"origin": search["destination"], "destination": search["origin"],
                       "departure_date": search["return"], "arrival_time": None,
                       "departure_time": None})
    body = {"data": {"slices": slices, "passengers": [{"type": "adult"}], "cabin_class": "economy"}}
    async with session.post(f"{base}/air/offer_requests",
                            params={"return_offers": "false", "supplier_timeout": "10000"},
                            json=body) as response:
        request_id = (await check(response))["data"]["id"]
    offers = 0
    after = None
    while True:
        params = {"offer_request_id": request_id, "limit": str(min(PAGE, MAX_OFFERS - offers)),
                  "sort": "total_amount"}
        if after:
            params["after"] = after
        async with session.get(f"{base}/air/offers", params=params) as response:
            page = await check(response)
        offers += len(page["data"])
        after = (page.get("meta") or {}).get("after")
        if not after or offers >= MAX_OFFERS:
            return offers


async def amadeus_token(session, base):
    async with session.post(f"{base}/v1/security/oauth2/token",
                            data={"grant_type": "client_credentials", "client_id": "bench-id",
                                  "client_secret": "bench-secret"}) as response:
        return (await check(response))["access_token"]


async def amadeus_search(session, base, search, token):
    params = {"originLocationCode": search["origin"], "destinationLocationCode":
              search["destination"], "departureDate": search["departure"], "adults": "1",
              "travelClass": "ECONOMY", "currencyCode": "EUR", "max": str(MAX_OFFERS)}
    if "return" in search:
        params["returnDate"] = search["return"]
    async with session.get(f"{base}/v2/shopping/flight-offers", params=params,
                           headers={"Authorization": f"Bearer {token}"}) as response:
        return len((await check(response))["data"])


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--api", choices=["duffel", "amadeus"], required=True)
    parser.add_argument("--endpoint", required=True)
    parser.add_argument("--workload", required=True)
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    with open(args.workload, encoding="utf-8") as f:
        searches = json.load(f)["searches"]
    base = args.endpoint.rstrip("/")
    headers = {"Accept": "application/json"}
    if args.api == "duffel":
        headers.update({"Authorization": "Bearer bench-token", "Duffel-Version": "v2"})
    result = {"client": f"python aiohttp {args.api}", "searches": 0, "offers": 0, "errors": 0}
    connector = aiohttp.TCPConnector(limit=args.concurrency)
    async with aiohttp.ClientSession(headers=headers, connector=connector) as session:
        token = await amadeus_token(session, base) if args.api == "amadeus" else None
        queue = iter(searches)

        async def lane():
            for search in queue:
                try:
                    # Await first: `result["offers"] += await ...` would read the count too early.
                    if args.api == "duffel":
                        mapped = await duffel_search(session, base, search)
                    else:
                        mapped = await amadeus_search(session, base, search, token)
                    result["offers"] += mapped
                except Exception as e:  # noqa: BLE001 - counted and reported, the run goes on
                    result["errors"] += 1
                    result.setdefault("first_error", f"{type(e).__name__}: {e}"[:300])
                result["searches"] += 1

        started = time.perf_counter()
        await asyncio.gather(*(lane() for _ in range(min(args.concurrency, len(searches)))))
        result["wall_ms"] = (time.perf_counter() - started) * 1000.0
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    asyncio.run(main())
