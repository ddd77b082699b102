#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times the NLP peers of bench_parser on the same chat messages and prints one JSON object.

Input (stdin): {"messages": [{"lang": "en", "text": "..."}, ...]}, or --tsv FILE with
language<TAB>text lines ("#" lines are comments).
Output (stdout): {"python", "versions", "missing", "messages", "rounds", "auto_rounds",
"dateparser_lang", "dateparser_auto", "langdetect": {"median_us", "p95_us", "max_us", "samples",
"found"}, "langdetect_labels": [...]}. A section is absent when its module is missing; "missing"
names the Debian packages to install. --probe prints only python, versions and missing.

Peers (Debian packages python3-dateparser and python3-langdetect):
  dateparser.search.search_dates(text, languages=[lang])  the labelled language given
  dateparser.search.search_dates(text)                    language auto-detection
  langdetect.detect(text) with DetectorFactory.seed = 0
Timings are per message and call, pooled over every round, in microseconds.
"""

import argparse
import importlib
import json
import platform
import sys
import time
import warnings

PACKAGES = {"dateparser": "python3-dateparser", "langdetect": "python3-langdetect"}


def load_modules():
    """Imports the peers; returns ({module: version}, [missing Debian packages])."""
    versions, missing = {}, []
    for module, package in PACKAGES.items():
        try:
            importlib.import_module(module)
        except Exception:  # ImportError, or a broken install
            missing.append(package)
            continue
        try:
            from importlib.metadata import version

            versions[module] = version(module)
        except Exception:
            versions[module] = "unknown"
    return versions, missing


def read_messages(args):
    if args.tsv:
        messages = []
        with open(args.tsv, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line or line.startswith("#") or "\t" not in line:
                    continue
                lang, text = line.split("\t", 1)
                messages.append({"lang": lang, "text": text})
        return messages
    return json.load(sys.stdin)["messages"]


def stats(micros, found):
    micros.sort()
    n = len(micros)
    return {
        "median_us": micros[n // 2] if n else 0.0,
        "p95_us": micros[min(n - 1, int(n * 0.95))] if n else 0.0,
        "max_us": micros[-1] if n else 0.0,
        "samples": n,
        "found": found,
    }


def time_calls(name, messages, rounds, call):
    """Calls call(message) for every message, rounds times; returns stats and the last results."""
    micros, results = [], []
    for r in range(rounds):
        print(f"nlp_peers: {name} round {r + 1}/{rounds}", file=sys.stderr, flush=True)
        results = []
        for m in messages:
            start = time.perf_counter_ns()
            try:
                result = call(m)
            except Exception:  # a peer failing on one message counts as "nothing found"
                result = None
            micros.append((time.perf_counter_ns() - start) / 1000.0)
            results.append(result)
    found = sum(1 for x in results if x)
    return stats(micros, found), results


def run_dateparser(messages, rounds, auto_rounds, out):
    from dateparser.search import search_dates

    for lang in sorted({m["lang"] for m in messages}):  # load every language's data once
        search_dates("tomorrow 10 June", languages=[lang])
    search_dates("tomorrow 10 June")
    out["dateparser_lang"], _ = time_calls(
        "dateparser search_dates(languages=[lang])",
        messages,
        rounds,
        lambda m: search_dates(m["text"], languages=[m["lang"]]),
    )
    out["dateparser_auto"], _ = time_calls(
        "dateparser search_dates(auto)", messages, auto_rounds, lambda m: search_dates(m["text"])
    )


def run_langdetect(messages, rounds, out):
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    detect("warm up the profiles")
    out["langdetect"], labels = time_calls(
        "langdetect detect", messages, rounds, lambda m: detect(m["text"])
    )
    out["langdetect_labels"] = [x if x else "und" for x in labels]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--probe", action="store_true", help="only report versions and missing")
    parser.add_argument("--tsv", help="read language<TAB>text lines from this file")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of langdetect and "
                        "search_dates with a language")
    parser.add_argument("--auto-rounds", type=int, default=1, help="rounds of search_dates "
                        "with auto-detection (about 0.1 s a message)")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")  # dateparser's pytz deprecation warnings

    versions, missing = load_modules()
    out = {"python": platform.python_version(), "versions": versions, "missing": missing}
    if args.probe:
        print(json.dumps(out))
        return 0
    messages = read_messages(args)
    out.update({"messages": len(messages), "rounds": args.rounds, "auto_rounds": args.auto_rounds})
    if "dateparser" in versions:
        run_dateparser(messages, max(1, args.rounds), max(1, args.auto_rounds), out)
    if "langdetect" in versions:
        run_langdetect(messages, max(1, args.rounds), out)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
