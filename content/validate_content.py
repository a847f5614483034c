#!/usr/bin/env python3
"""Consistency check of the seed content under content/ (stdlib only).

Checks headers, allowed values, uniqueness of natural keys and referential
integrity between the files, then prints a summary. Exit code 1 on error.
"""
import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
errors = []


def load(rel, header):
    path = ROOT / rel
    raw = path.read_bytes()
    if b"\r" in raw:
        errors.append("%s: contains CR characters" % rel)
    if not raw.endswith(b"\n"):
        errors.append("%s: no trailing newline" % rel)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if rows[0] != header:
        errors.append("%s: header %r != %r" % (rel, rows[0], header))
    out = [dict(zip(header, r)) for r in rows[1:]]
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            errors.append("%s:%d: %d fields" % (rel, i, len(r)))
    return out


def unique(rel, rows, col):
    c = Counter(r[col] for r in rows)
    dup = [k for k, n in c.items() if n > 1]
    if dup:
        errors.append("%s: duplicate %s %s" % (rel, col, dup[:5]))
    return set(c)


def check(cond, msg):
    if not cond:
        errors.append(msg)


def sorted_by(rel, rows, col):
    keys = [r[col] for r in rows]
    check(keys == sorted(keys), "%s: not sorted by %s" % (rel, col))


regions = load("organisation/regions.csv",
               ["code", "oktmo", "iso_code", "name", "type", "federal_district"])
munis = load("organisation/municipalities.csv",
             ["oktmo", "name", "type", "region_code", "parent_oktmo", "population", "source"])
groups = load("organisation/position-groups.csv", ["code", "name_ru", "name_en", "kind", "rank"])
positions = load("organisation/positions.csv", ["code", "name", "position_group_code"])
bodies = load("organisation/bodies.csv", ["code", "name", "kind", "municipality_oktmo"])
persons = load("identity/persons.csv",
               ["code", "last_name", "first_name", "middle_name", "email", "phone",
                "municipality_oktmo", "position_code", "consent_date", "personnel_number", "snils",
                "birth_date", "department", "sex"])
accounts = load("identity/demo-accounts.csv", ["username", "person_code", "password", "roles"])

# regions
check(len(regions) == 89, "regions: %d rows, expected 89" % len(regions))
region_codes = unique("regions", regions, "code")
for col in ("oktmo", "iso_code", "name"):
    unique("regions", regions, col)
sorted_by("regions", regions, "code")
FD = {"Центральный", "Северо-Западный", "Южный", "Северо-Кавказский", "Приволжский",
      "Уральский", "Сибирский", "Дальневосточный"}
RT = {"REPUBLIC", "KRAI", "OBLAST", "FEDERAL_CITY", "AUTONOMOUS_OBLAST", "AUTONOMOUS_OKRUG"}
for r in regions:
    check(re.fullmatch(r"\d\d", r["code"]), "region code %r" % r["code"])
    check(re.fullmatch(r"\d{2,3}", r["oktmo"]), "region oktmo %r" % r["oktmo"])
    check(re.fullmatch(r"RU-[A-Z]{2,3}", r["iso_code"]), "iso %r" % r["iso_code"])
    check(r["type"] in RT, "region type %r" % r["type"])
    check(r["federal_district"] in FD, "federal district %r" % r["federal_district"])
prefixes = sorted(((r["oktmo"], r["code"]) for r in regions), key=lambda p: -len(p[0]))

# municipalities
MT = {"URBAN_OKRUG", "MUNICIPAL_OKRUG", "MUNICIPAL_DISTRICT", "URBAN_SETTLEMENT",
      "RURAL_SETTLEMENT", "INTRACITY_TERRITORY"}
muni_codes = unique("municipalities", munis, "oktmo")
sorted_by("municipalities", munis, "oktmo")
by_code = {m["oktmo"]: m for m in munis}
for m in munis:
    o = m["oktmo"]
    check(re.fullmatch(r"\d{8}", o), "municipality oktmo %r" % o)
    check(m["type"] in MT, "%s: type %r" % (o, m["type"]))
    check(m["source"] in ("ru-cities", "manual"), "%s: source %r" % (o, m["source"]))
    check(m["region_code"] in region_codes, "%s: region_code %r" % (o, m["region_code"]))
    pfx, exp = next((p, c) for p, c in prefixes if o.startswith(p))
    check(exp == m["region_code"], "%s: region %s, prefix says %s" % (o, m["region_code"], exp))
    if m["population"]:
        check(re.fullmatch(r"\d+(\.\d+)?", m["population"]), "%s: population" % o)
    settlement = m["type"] in ("URBAN_SETTLEMENT", "RURAL_SETTLEMENT")
    if settlement:
        p = m["parent_oktmo"]
        check(p in muni_codes, "%s: parent %r missing" % (o, p))
        check(p[:5] == o[:5] and p.endswith("000"), "%s: parent %r inconsistent" % (o, p))
        check(by_code.get(p, {}).get("type") == "MUNICIPAL_DISTRICT",
              "%s: parent is not a district" % o)
        check(o[5] == ("1" if m["type"] == "URBAN_SETTLEMENT" else "4"),
              "%s: 6th digit vs %s" % (o, m["type"]))
    else:
        check(m["parent_oktmo"] == "", "%s: unexpected parent" % o)
        check(o.endswith("000"), "%s: top-level code should end in 000" % o)
    if m["type"] == "MUNICIPAL_DISTRICT":
        check(m["population"] == "", "%s: district with population" % o)
    if m["type"] == "INTRACITY_TERRITORY":
        check(o[:2] in ("45", "40", "67") and o[2] == "3", "%s: intracity code" % o)
    if m["source"] == "ru-cities" and len(pfx) == 2:   # regular subjects: 3rd-digit rule
        want = {"7": {"URBAN_OKRUG"}, "8": {"URBAN_OKRUG"}, "5": {"MUNICIPAL_OKRUG"},
                "6": {"MUNICIPAL_DISTRICT", "URBAN_SETTLEMENT", "RURAL_SETTLEMENT"}}
        check(m["type"] in want.get(o[2], set()), "%s: 3rd digit vs %s" % (o, m["type"]))

# positions
group_codes = unique("position-groups", groups, "code")
check(sorted(int(g["rank"]) for g in groups) == list(range(1, 8)), "group ranks")
for g in groups:
    check(g["kind"] in ("MUNICIPAL_SERVICE", "ELECTED"), "group kind %r" % g["kind"])
pos_codes = unique("positions", positions, "code")
for p in positions:
    check(p["position_group_code"] in group_codes, "position %s: group" % p["code"])

# bodies
unique("bodies", bodies, "code")
for b in bodies:
    check(b["kind"] in ("ADMINISTRATION", "REPRESENTATIVE", "HEAD", "CONTROL"),
          "body %s kind" % b["code"])
    check(b["municipality_oktmo"] in muni_codes, "body %s municipality" % b["code"])

# persons
person_codes = unique("persons", persons, "code")
unique("persons", persons, "email")
for p in persons:
    c = p["code"]
    check(re.fullmatch(r"PER-\d{4}", c), "person code %r" % c)
    check(p["municipality_oktmo"] in muni_codes, "%s: municipality" % c)
    check(p["position_code"] in pos_codes, "%s: position" % c)
    check(re.fullmatch(r"[a-z0-9.\-]+@[a-z0-9.\-]+\.ru", p["email"]), "%s: email" % c)
    check(re.fullmatch(r"\+7 \(\d{3,5}\) [\d-]+", p["phone"])
          and len(re.sub(r"\D", "", p["phone"])) == 11, "%s: phone" % c)
    if p["consent_date"]:
        check(re.fullmatch(r"202[4-6]-\d\d-\d\d", p["consent_date"]), "%s: consent" % c)
    if p["snils"]:
        digits = p["snils"]
        total = sum(int(d) * (9 - i) for i, d in enumerate(digits[:9])) if re.fullmatch(r"\d{11}", digits) else -1
        control = total % 101 % 100 if total >= 0 else -1
        check(control == int(digits[9:]) if control >= 0 else False, "%s: СНИЛС checksum" % c)
    if p["birth_date"]:
        check(re.fullmatch(r"19[4-9]\d-\d\d-\d\d|200\d-\d\d-\d\d", p["birth_date"]), "%s: birth date" % c)
    check(p["sex"] in ("", "MALE", "FEMALE"), "%s: sex" % c)

# accounts
unique("demo-accounts", accounts, "username")
ROLES = {"EMPLOYEE", "HR_OFFICER", "METHODOLOGIST", "JUROR", "CONTEST_ADMIN", "COMMISSION_MEMBER", "ADMIN"}
for a in accounts:
    check(a["person_code"] in person_codes, "account %s: person" % a["username"])
    for entry in a["roles"].split(";"):
        role, _, scope = entry.partition("@")
        check(role in ROLES, "account %s: role %r" % (a["username"], role))
        if scope.startswith("REGION:"):
            check(scope[7:] in region_codes, "account %s: region" % a["username"])
        elif scope.startswith("MUNICIPALITY:"):
            check(scope[13:] in muni_codes, "account %s: municipality" % a["username"])
        else:
            check(scope == "NATIONAL", "account %s: scope %r" % (a["username"], scope))

# learning: seeded enrolments refer to persons, programmes and their cohorts; a completion has its document
programmes = {r["code"] for r in csv.DictReader(open(ROOT / "learning/programmes.csv", encoding="utf-8"))}
cohorts = {r["code"]: r["programme_code"]
           for r in csv.DictReader(open(ROOT / "learning/cohorts.csv", encoding="utf-8"))}
documents = {(r["programme_code"], r["person_code"]): r["issued_on"]
             for r in csv.DictReader(open(ROOT / "learning/documents.csv", encoding="utf-8"))}
enrolments = load("learning/enrolments.csv",
                  ["person_code", "programme_code", "cohort_code", "status", "lessons_done", "completed_on"])
for i, e in enumerate(enrolments, 2):
    where = "learning/enrolments.csv:%d" % i
    check(e["person_code"] in person_codes, "%s: unknown person %s" % (where, e["person_code"]))
    check(e["programme_code"] in programmes, "%s: unknown programme %s" % (where, e["programme_code"]))
    check(cohorts.get(e["cohort_code"]) == e["programme_code"],
          "%s: cohort %s is not a cohort of %s" % (where, e["cohort_code"], e["programme_code"]))
    check(e["status"] in ("ENROLLED", "WAITING", "REQUESTED", "COMPLETED"), "%s: status" % where)
    check(e["person_code"] != "PER-0001", "%s: the demo employee enrols in the browser journeys" % where)
    if e["status"] == "COMPLETED":
        issued = documents.get((e["programme_code"], e["person_code"]))
        check(issued is not None and e["completed_on"] and issued >= e["completed_on"],
              "%s: a completion needs a document issued on or after it" % where)

# summary
print("regions.csv           %5d rows" % len(regions))
print("municipalities.csv    %5d rows  %s" % (len(munis), dict(sorted(Counter(m["type"] for m in munis).items()))))
print("                             by source %s" % dict(sorted(Counter(m["source"] for m in munis).items())))
print("position-groups.csv   %5d rows" % len(groups))
print("positions.csv         %5d rows" % len(positions))
print("bodies.csv            %5d rows" % len(bodies))
print("persons.csv           %5d rows  by municipality %s" % (len(persons), dict(Counter(p["municipality_oktmo"] for p in persons).most_common())))
print("demo-accounts.csv     %5d rows" % len(accounts))
print("learning/enrolments   %5d rows  %s" % (len(enrolments), dict(sorted(Counter(e["status"] for e in enrolments).items()))))
for name in ("городской округ город Вологда", "городской округ город Череповец", "городской округ город Тверь"):
    print("  %-32s %s" % (name, [m["oktmo"] for m in munis if m["name"] == name]))
if errors:
    print("\n%d ERROR(S):" % len(errors))
    for e in errors[:50]:
        print("  " + e)
    sys.exit(1)
print("OK: all checks passed")
