#!/usr/bin/env python3
"""Regenerates country.csv and currency.csv from Debian's iso-codes package (JSON + zh_CN .mo).

Run from the repository root: python3 sample-data/tools/iso_tables.py
The CSVs are committed; this script only documents how they were made.
"""
import csv, gettext, json, os

OUT = os.path.join(os.path.dirname(__file__), "..", "reference")

def translator(domain):
    try:
        return gettext.translation(domain, localedir="/usr/share/locale", languages=["zh_CN"]).gettext
    except OSError:
        return lambda s: s

def write(name, header, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)

countries = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
zh = translator("iso_3166-1")
rows = []
for c in countries:
    name = c["name"]
    rows.append([c["alpha_3"], zh(name), name, c["alpha_2"], c["numeric"]])
rows.sort()
write("country.csv", ["code", "name_zh", "name_en", "alpha2", "numeric"], rows)

currencies = json.load(open("/usr/share/iso-codes/json/iso_4217.json"))["4217"]
zh = translator("iso_4217")
rows = []
for c in currencies:
    name = c["name"]
    rows.append([c["alpha_3"], zh(name), name, c["numeric"]])
rows.sort()
write("currency.csv", ["code", "name_zh", "name_en", "numeric"], rows)
