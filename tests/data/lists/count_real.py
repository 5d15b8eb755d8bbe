#!/usr/bin/env python3
"""Counts the real UK, Canada, Australia and CSL list files independently of the Rust parsers.

The numbers asserted in tests/lists_more.rs come from here: openpyxl reads the XLSX files (not
calamine), ElementTree the XML and Python's csv module the CSV, and the grouping and
de-duplication rules of each parser's module doc are re-implemented in a few lines each.

    pip install openpyxl
    python3 tests/data/lists/count_real.py [SHARED_DATA_DIR]    # default ../shared/data
"""
import collections
import csv
import gzip
import os
import re
import sys
import xml.etree.ElementTree as ET

import openpyxl

BASE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../../../shared/data")
LISTS = os.path.join(BASE, "lists")
CYR = re.compile("[\u0400-\u04ff]")


def non_latin(s):
    """Same rule as sheet::script_of: a letter outside the Latin blocks."""
    for ch in s:
        if not ch.isalpha():
            continue
        u = ord(ch)
        if u <= 0x24F or 0x1E00 <= u <= 0x1EFF or 0x2C60 <= u <= 0x2C7F or 0xA720 <= u <= 0xA7FF:
            continue
        if 0xFF21 <= u <= 0xFF5A or 0x250 <= u <= 0x36F:
            continue
        return True
    return False


def clean(v):
    if v is None:
        return None
    s = " ".join(str(v).split())
    return s or None


RANK = {"primary": 0, "alias": 1, "former": 2, "weak": 3}


def finish(names):
    """names: dict key -> kind. Returns kinds after the primary-first rule."""
    items = list(names.items())
    prim = next((i for i, (_, k) in enumerate(items) if k == "primary"), None)
    if prim is None:
        prim = next((i for i, ((_, orig), _) in enumerate(items) if not orig), 0)
    out = []
    for i, (key, k) in enumerate(items):
        out.append((key, "primary" if i == prim else ("alias" if k == "primary" else k)))
    return out


def uk():
    wb = openpyxl.load_workbook(os.path.join(LISTS, "uk/ofsi_conlist_2025-04-14/ConList.xlsx"), read_only=True)
    rows = list(wb["Data"].iter_rows(values_only=True))
    hdr = rows[1]
    H = {h: i for i, h in enumerate(hdr)}
    groups = collections.OrderedDict()
    for r in rows[2:]:
        groups.setdefault(clean(r[H["Group ID"]]), []).append(r)
    kinds = collections.Counter(g[0][H["Group Type"]] for g in groups.values())
    name_kinds = collections.Counter()
    orig = cyr_names = cyr_groups = addresses = passports = with_passport = imo = refs = 0
    for rs in groups.values():
        names = collections.OrderedDict()
        addr = []
        pp = set()
        for r in rs:
            g = lambda c: clean(r[H[c]])
            at = (g("Alias Type") or "").lower()
            k = {"primary name": "primary", "fka": "former"}.get(at, "alias")
            if k != "primary" and (g("Alias Quality") or "").lower().startswith("low"):
                k = "weak"
            full = " ".join(x for x in [g("Name %d" % i) for i in (1, 2, 3, 4, 5, 6)] if x)
            for name, kind in ((full, k), (g("Name Non-Latin Script"), "alias" if k == "primary" else k)):
                if not name:
                    continue
                key = (name, non_latin(name))
                if key not in names or RANK[kind] < RANK[names[key]]:
                    names[key] = kind if key not in names else kind
            street = ", ".join(x for x in [g("Address %d" % i) for i in (1, 2, 3, 4, 5)] if x)
            a = (street or None, g("Address 6"), g("Post/Zip Code"), g("Country"))
            if any(a) and a not in addr:
                addr.append(a)
            if g("Passport Number"):
                for n in re.split(r"\(\d+\)", g("Passport Number")):
                    n = n.strip().rstrip(";,.:").strip()
                    if re.search(r"\w", n):
                        pp.add(n)
        for (name, o), k in finish(names):
            name_kinds[k] += 1
            orig += o
            cyr_names += bool(CYR.search(name))
        cyr_groups += any(CYR.search(n) for n, _ in names)
        addresses += len(addr)
        passports += len(pp)
        with_passport += bool(pp)
        info = clean(rs[0][H["Other Information"]]) or ""
        imo += "(IMO number):" in info
        refs += "(UK Sanctions List Ref):" in info
    print("UK rows", len(rows) - 2, "groups", len(groups), dict(kinds))
    print("UK names", sum(name_kinds.values()), dict(name_kinds), "original script", orig,
          "cyrillic names", cyr_names, "groups with cyrillic", cyr_groups)
    print("UK addresses", addresses, "passports", passports, "groups with passport", with_passport, "IMO", imo,
          "groups with a UK Sanctions List Ref", refs)


def canada():
    recs = ET.parse(os.path.join(LISTS, "canada/sema_2025-05/sema-lmes.xml")).getroot().findall("record")
    t = lambda r, f: clean(r.findtext(f))
    kinds = collections.Counter()
    cyr = aliases = 0
    for r in recs:
        if t(r, "LastName") or t(r, "GivenName"):
            kinds["person"] += 1
        elif t(r, "ShipIMONumber"):
            kinds["vessel"] += 1
        else:
            kinds["organization"] += 1
        fields = [t(r, f) or "" for f in ("LastName", "GivenName", "EntityOrShip", "Aliases")]
        cyr += any(CYR.search(f) for f in fields)
        aliases += bool(t(r, "Aliases"))
    keys = collections.Counter((t(r, "Country"), t(r, "Schedule"), t(r, "Item")) for r in recs)
    print("Canada records", len(recs), dict(kinds), "with Aliases", aliases, "with Cyrillic", cyr,
          "unique (country, schedule, item)", len(keys), "newest", max(t(r, "DateOfListing") for r in recs))


def australia():
    wb = openpyxl.load_workbook(os.path.join(LISTS, "australia/dfat_2024-12/regulation8_consolidated.xlsx"), read_only=True)
    rows = list(wb[wb.sheetnames[0]].iter_rows(values_only=True))
    hdr = rows[0]
    H = {h: i for i, h in enumerate(hdr) if h}
    data = [r for r in rows[1:] if any(clean(c) for c in r)]
    bases = collections.OrderedDict()
    for r in data:
        m = re.match(r"\d+", clean(r[H["Reference"]]) or "")
        bases.setdefault(int(m.group(0)), []).append(r)
    kinds = collections.Counter()
    name_kinds = collections.Counter()
    orig = cyr_bases = 0
    for rs in bases.values():
        kinds[(clean(rs[0][H["Type"]]) or "").lower()] += 1
        names = collections.OrderedDict()
        for r in rs:
            n = clean(r[H["Name of Individual or Entity"]])
            if not n or any(k[0] == n for k in names):
                continue
            nt = (clean(r[H["Name Type"]]) or "").lower()
            k = "primary" if nt == "primary name" else ("former" if nt.startswith(("formerly", "previously")) else "alias")
            names[(n, nt.startswith("original") or non_latin(n))] = k
        for (n, o), k in finish(names):
            name_kinds[k] += 1
            orig += o
        cyr_bases += any(CYR.search(n) for n, _ in names)
    cyr_rows = sum(1 for r in data if CYR.search(str(r[H["Name of Individual or Entity"]])))
    newest = max(r[H["Control Date"]] for r in data)
    print("Australia rows", len(rows) - 1, "non-empty", len(data), "bases", len(bases), dict(kinds))
    print("Australia names", sum(name_kinds.values()), dict(name_kinds), "original script", orig,
          "rows with Cyrillic name", cyr_rows, "bases with Cyrillic", cyr_bases, "newest control date", newest)


def csl():
    path = os.path.join(LISTS, "csl/2022-04/consolidated.csv.gz")
    rows = list(csv.DictReader(gzip.open(path, "rt", encoding="utf-8", newline="")))
    ids = collections.OrderedDict()
    for r in rows:
        ids.setdefault(r["entity_number"] or r["_id"], []).append(r)
    per_source = collections.Counter(r["source"].split(" - ")[0] for r in rows)
    per_source_ids = collections.Counter()
    names = passports = 0
    for key, rs in ids.items():
        for s in {r["source"].split(" - ")[0] for r in rs}:
            per_source_ids[s] += 1
        seen = []
        for r in rs:
            person = r["type"] == "Individual"
            raw = [r["name"].split("; and any successor")[0]]
            raw += [a.strip()[4:] if a.strip().startswith("and ") else a.strip() for a in r["alt_names"].split(";")]
            for n in raw:
                n = clean(n)
                if not n:
                    continue
                parts = n.split(", ")
                if person and len(parts) == 2 and all(p.strip() for p in parts):
                    n = parts[1].strip() + " " + parts[0].strip()
                if n not in seen:
                    seen.append(n)
        names += len(seen)
        pp = set()
        for r in rs:
            for item in r["ids"].split(";"):
                parts = [p.strip() for p in item.strip().split(", ")]
                if len(parts) >= 2 and "passport" in parts[-1].lower():
                    body = parts[:-1]
                    country = body[0] if len(body) >= 2 and re.fullmatch("[A-Z]{2}", body[0]) else None
                    if country:
                        body = body[1:]
                    number = ", ".join(p for p in body if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", p))
                    if number:
                        pp.add((number, country))
        passports += len(pp)
    print("CSL rows", len(rows), "entities", len(ids), "names", names, "passports", passports,
          "newest start", max(r["start_date"] for r in rows))
    print("CSL rows per source", dict(per_source))
    print("CSL entities per source", dict(per_source_ids))


if __name__ == "__main__":
    uk()
    canada()
    australia()
    csl()
