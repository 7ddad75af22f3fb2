#!/usr/bin/env python3
"""Prints the evidence behind resources/en/tokenizer/hyphen-prefixes.txt.

For every first part P of a letter-hyphen-letter token that UD English-EWT train or GUM train keeps whole
("e-mail", "non-Muslim"), counts how often the treebanks keep P-... whole and how often they split it
("well - known", with SpaceAfter=No around the hyphen). Prefixes kept more often than split, and that are real
bound prefixes rather than names ("naqsh", "wai"), went into the list by hand.

Usage: python3 tools/tokenizer/hyphen_prefix_counts.py [DATA_DIR]   (default $DOSSIER_DATA or ../shared/data)
"""
import collections
import gzip
import os
import re
import sys

data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("DOSSIER_DATA", "../shared/data")
kept, split = collections.Counter(), collections.Counter()
for name in ("ud-ewt/en_ewt-ud-train.conllu.gz", "gum/en_gum-ccby-train.conllu.gz"):
    with gzip.open(os.path.join(data, name), "rt", encoding="utf-8") as f:
        for block in f.read().split("\n\n"):
            rows = [l.split("\t") for l in block.split("\n") if l and not l.startswith("#")]
            rows = [r for r in rows if "." not in r[0] and "-" not in r[0]]
            for k, r in enumerate(rows):
                m = re.match(r"^([A-Za-z]+)-[A-Za-z0-9]", r[1])
                if m:
                    kept[m.group(1).lower()] += 1
                if r[1] == "-" and k > 0 and "SpaceAfter=No" in rows[k - 1][9] and "SpaceAfter=No" in r[9]:
                    split[rows[k - 1][1].lower()] += 1

print("prefix\tkept\tsplit")
for prefix, count in kept.most_common():
    if count > split[prefix]:
        print(f"{prefix}\t{count}\t{split[prefix]}")
