#!/usr/bin/env python3
"""Consistency check of the seed content under content/ (stdlib only).

Checks headers, allowed values, uniqueness of natural keys and referential
integrity between the files, then prints a summary. Exit code 1 on error.
"""
import csv
import json
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

muni_of = {p["code"]: p["municipality_oktmo"] for p in persons}
accounts_by_name = {a["username"]: a["person_code"] for a in accounts}

# contest: the demo season of «Муниципальный лидер» (contest/*.csv)
SEASON_STATUS = {"PLANNED", "OPEN", "CLOSED", "ARCHIVED"}
NOM_KINDS = {"HEAD", "EMPLOYEE", "DEPUTY", "TEAM"}
FIELD_TYPES = {"TEXT", "LONG_TEXT", "NUMBER", "DATE", "CHOICE", "FILE"}
STAGE_KINDS = {"DOCUMENTS", "TEST", "JURY", "FINAL"}
PASS_RULES = {"TOP_N", "THRESHOLD", "SHARE"}
METHODS = {"WEIGHTED_MEAN", "TRIMMED_MEAN", "Z_SCORE", "BORDA", "SCHULZE"}
STAGE_STATUS = {"PLANNED", "OPEN", "SCORING", "CLOSED", "PUBLISHED"}
APP_STATUS = {"SUBMITTED", "INELIGIBLE", "ACTIVE", "ELIMINATED", "WITHDRAWN"}
DATE = re.compile(r"20\d\d-\d\d-\d\d")
seasons = load("contest/seasons.csv", ["code", "title", "year", "status", "applications_from", "applications_until"])
noms = load("contest/nominations.csv", ["season_code", "code", "title", "kind", "team_min", "team_max", "min_age",
                                        "max_age", "min_experience", "position_groups", "region_codes"])
fields = load("contest/questionnaire.csv", ["season_code", "nomination_code", "seq", "code", "label", "type",
                                            "required", "max_length", "min", "max", "choices"])
stages = load("contest/stages.csv", ["season_code", "nomination_code", "seq", "kind", "level", "title", "opens_on",
                                     "closes_on", "pass_rule", "pass_value", "method", "jurors_per_application",
                                     "blind", "test_code", "status", "appeal_days"])
crits = load("contest/criteria.csv", ["season_code", "nomination_code", "stage_seq", "seq", "code", "title", "weight",
                                      "max_score", "anchor_low", "anchor_mid", "anchor_high"])
apps = load("contest/applications.csv", ["season_code", "nomination_code", "number", "person_code", "team_name",
                                         "member_codes", "status", "stage_seq", "answers"])
jury = load("contest/jurors.csv", ["season_code", "nomination_code", "stage_seq", "username", "region_code", "chair"])
conflicts = load("contest/conflicts.csv", ["season_code", "nomination_code", "stage_seq", "username",
                                           "application_number", "kind", "status", "statement"])
scores = load("contest/scores.csv", ["season_code", "nomination_code", "stage_seq", "application_number", "username",
                                     "criterion_code", "score", "submitted"])
test_codes = {r["code"] for r in csv.DictReader(open(ROOT / "assessment/tests.csv", encoding="utf-8"))}
usernames = {a["username"] for a in accounts}
juror_names = {a["username"] for a in accounts if any(g.startswith("JUROR@") for g in a["roles"].split(";"))}
season_codes = unique("contest/seasons", seasons, "code")
for s in seasons:
    check(s["status"] in SEASON_STATUS, "season %s: status %r" % (s["code"], s["status"]))
    check(DATE.fullmatch(s["applications_from"]) and DATE.fullmatch(s["applications_until"])
          and s["applications_from"] <= s["applications_until"], "season %s: application window" % s["code"])
nom_of = {}
for n in noms:
    where = "nomination %s/%s" % (n["season_code"], n["code"])
    nom_of[(n["season_code"], n["code"])] = n
    check(n["season_code"] in season_codes, "%s: season" % where)
    check(n["kind"] in NOM_KINDS, "%s: kind %r" % (where, n["kind"]))
    team = n["kind"] == "TEAM"
    check(bool(n["team_min"]) == team and bool(n["team_max"]) == team
          and (not team or 2 <= int(n["team_min"]) <= int(n["team_max"])), "%s: team size" % where)
    check(0 < int(n["min_age"]) < int(n["max_age"]) and int(n["min_experience"]) >= 0, "%s: age, experience" % where)
    for g in filter(None, n["position_groups"].split(";")):
        check(g in group_codes, "%s: position group %r" % (where, g))
    for r in filter(None, n["region_codes"].split(";")):
        check(r in region_codes, "%s: region %r" % (where, r))
check(len(nom_of) == len(noms), "contest/nominations: duplicate codes")
field_codes = {}
for i, f in enumerate(fields, 2):
    where = "contest/questionnaire.csv:%d" % i
    key = (f["season_code"], f["nomination_code"])
    check(key in nom_of, "%s: nomination %s" % (where, f["nomination_code"]))
    check(f["type"] in FIELD_TYPES, "%s: type %r" % (where, f["type"]))
    check(f["required"] in ("true", "false"), "%s: required" % where)
    check((f["type"] == "CHOICE") <= bool(f["choices"]), "%s: a CHOICE needs choices" % where)
    check(f["code"] not in field_codes.setdefault(key, {}), "%s: duplicate code %s" % (where, f["code"]))
    field_codes[key][f["code"]] = f
for key in nom_of:
    count = len(field_codes.get(key, {}))
    check(4 <= count <= 7, "questionnaire of %s: %d fields" % (key, count))
    check(field_codes.get(key, {}).get("experience_years", {}).get("type") == "NUMBER",
          "questionnaire of %s: experience_years (NUMBER) is read by the eligibility check" % (key,))
stage_of = {}
for i, st in enumerate(stages, 2):
    where = "contest/stages.csv:%d" % i
    key = (st["season_code"], st["nomination_code"], st["seq"])
    check(key not in stage_of, "%s: duplicate stage" % where)
    stage_of[key] = st
    check(key[:2] in nom_of, "%s: nomination" % where)
    check(st["kind"] in STAGE_KINDS and st["level"] in ("REGIONAL", "FEDERAL"), "%s: kind/level" % where)
    check(st["status"] in STAGE_STATUS, "%s: status %r" % (where, st["status"]))
    check(DATE.fullmatch(st["opens_on"]) and DATE.fullmatch(st["closes_on"]) and st["opens_on"] <= st["closes_on"],
          "%s: dates" % where)
    scored = st["kind"] in ("JURY", "FINAL")
    check(st["pass_rule"] in PASS_RULES or (st["kind"] == "DOCUMENTS" and not st["pass_rule"]), "%s: pass rule" % where)
    check((st["method"] in METHODS) if scored else not st["method"], "%s: method %r" % (where, st["method"]))
    check(not scored or int(st["jurors_per_application"]) > 0, "%s: jurors per application" % where)
    check((st["test_code"] in test_codes) if st["kind"] == "TEST" else not st["test_code"], "%s: test %r"
          % (where, st["test_code"]))
    check(st["blind"] in ("true", "false") and st["appeal_days"].isdigit(), "%s: blind, appeal days" % where)
for key in nom_of:
    seqs = sorted(int(k[2]) for k in stage_of if k[:2] == key)
    check(seqs == list(range(1, len(seqs) + 1)), "stages of %s: %s" % (key, seqs))
crit_of = {}
for i, c in enumerate(crits, 2):
    where = "contest/criteria.csv:%d" % i
    st = stage_of.get((c["season_code"], c["nomination_code"], c["stage_seq"]))
    check(st is not None and st["kind"] in ("JURY", "FINAL"), "%s: criteria belong to a JURY or FINAL stage" % where)
    check(0 < float(c["weight"]) <= 1 and int(c["max_score"]) > 1, "%s: weight, max score" % where)
    check(all(c[a] for a in ("anchor_low", "anchor_mid", "anchor_high")), "%s: anchors" % where)
    key = (c["season_code"], c["nomination_code"], c["stage_seq"])
    check(c["code"] not in crit_of.setdefault(key, {}), "%s: duplicate code %s" % (where, c["code"]))
    crit_of[key][c["code"]] = c
for key, st in stage_of.items():
    if st["kind"] in ("JURY", "FINAL"):
        cs = crit_of.get(key, {})
        check(4 <= len(cs) <= 6 and abs(sum(float(c["weight"]) for c in cs.values()) - 1) < 1e-9,
              "criteria of stage %s: %d, weights must add up to 1" % (key, len(cs)))
app_of = {}
for i, a in enumerate(apps, 2):
    where = "contest/applications.csv:%d" % i
    key = (a["season_code"], a["nomination_code"])
    n = nom_of.get(key)
    check(n is not None, "%s: nomination" % where)
    check(a["number"] not in app_of, "%s: duplicate number %s" % (where, a["number"]))
    app_of[a["number"]] = a
    check(a["person_code"] in person_codes, "%s: unknown person %s" % (where, a["person_code"]))
    check(a["person_code"] != "PER-0001", "%s: the demo employee applies in the browser journey" % where)
    check(a["status"] in APP_STATUS, "%s: status %r" % (where, a["status"]))
    check((key + (a["stage_seq"],)) in stage_of, "%s: stage %s" % (where, a["stage_seq"]))
    members = [m for m in a["member_codes"].split(";") if m]
    if n and n["kind"] == "TEAM":
        check(a["team_name"] and a["person_code"] in members
              and int(n["team_min"]) <= len(members) <= int(n["team_max"]), "%s: team" % where)
        check(all(m in person_codes for m in members), "%s: unknown member" % where)
    else:
        check(not members and not a["team_name"], "%s: members outside a team nomination" % where)
    try:
        answers = json.loads(a["answers"])
    except ValueError:
        answers = None
    check(isinstance(answers, dict) and all(isinstance(v, str) for v in answers.values()), "%s: answers" % where)
    for code in (answers or {}):
        check(code in field_codes.get(key, {}), "%s: answer to unknown field %s" % (where, code))
    for code, f in field_codes.get(key, {}).items():
        v = (answers or {}).get(code)
        if f["required"] == "true" and f["type"] != "FILE":
            check(bool(v), "%s: required %s missing" % (where, code))
        if v and f["max_length"]:
            check(len(v) <= int(f["max_length"]), "%s: %s too long" % (where, code))
        if v and f["type"] == "CHOICE":
            check(v in f["choices"].split(";"), "%s: %s not a choice" % (where, code))
        if v and f["type"] == "NUMBER":
            check(re.fullmatch(r"\d+", v) and (not f["max"] or int(f["min"] or 0) <= int(v) <= int(f["max"])),
                  "%s: %s out of range" % (where, code))
        if v and f["type"] == "DATE":
            check(DATE.fullmatch(v), "%s: %s date" % (where, code))
# eligibility as the contest checks it (age on the last day of applications, experience from the answers, position
# group, region): an INELIGIBLE application fails a rule, every other one passes them all; applicants and team
# members have consented to the processing of their personal data
group_of = {p["code"]: p["position_group_code"] for p in positions}
region_of_muni = {m["oktmo"]: m["region_code"] for m in munis}
person_by_code = {p["code"]: p for p in persons}
until = {x["code"]: x["applications_until"] for x in seasons}
for a in apps:
    n = nom_of.get((a["season_code"], a["nomination_code"]))
    p = person_by_code.get(a["person_code"])
    if not n or not p:
        continue
    reasons = []
    if not p["birth_date"]:
        reasons.append("no birth date")
    else:
        day = until[a["season_code"]]
        age = int(day[:4]) - int(p["birth_date"][:4]) - (day[5:] < p["birth_date"][5:])
        if not int(n["min_age"]) <= age <= int(n["max_age"]):
            reasons.append("age %d" % age)
    experience = json.loads(a["answers"]).get("experience_years", "0") if a["answers"].startswith("{") else "0"
    if int(experience or 0) < int(n["min_experience"]):
        reasons.append("experience %s" % experience)
    if n["position_groups"] and group_of.get(p["position_code"]) not in n["position_groups"].split(";"):
        reasons.append("position group")
    if n["region_codes"] and region_of_muni.get(p["municipality_oktmo"]) not in n["region_codes"].split(";"):
        reasons.append("region")
    check(bool(reasons) == (a["status"] == "INELIGIBLE"),
          "application %s: %s but eligibility says %s" % (a["number"], a["status"], reasons or "eligible"))
    for m in [a["person_code"]] + [x for x in a["member_codes"].split(";") if x]:
        check(bool(person_by_code.get(m, {}).get("consent_date")),
              "application %s: %s has no consent" % (a["number"], m))
for i, j in enumerate(jury, 2):
    where = "contest/jurors.csv:%d" % i
    st = stage_of.get((j["season_code"], j["nomination_code"], j["stage_seq"]))
    check(st is not None and st["kind"] in ("JURY", "FINAL"), "%s: stage" % where)
    check(j["username"] in juror_names, "%s: %s is not a juror account" % (where, j["username"]))
    check((j["region_code"] in region_codes) if st and st["level"] == "REGIONAL" else not j["region_code"],
          "%s: region" % where)
    check(j["chair"] in ("true", "false"), "%s: chair" % where)
for key, st in stage_of.items():
    if st["kind"] in ("JURY", "FINAL"):
        here = [j for j in jury if (j["season_code"], j["nomination_code"], j["stage_seq"]) == key]
        chairs = Counter(j["region_code"] for j in here if j["chair"] == "true")
        check(set(chairs) == {j["region_code"] for j in here} and set(chairs.values()) <= {1},
              "jury of %s: one chair (per region)" % (key,))
for i, c in enumerate(conflicts, 2):
    where = "contest/conflicts.csv:%d" % i
    check((c["season_code"], c["nomination_code"], c["stage_seq"]) in stage_of, "%s: stage" % where)
    check(c["username"] in juror_names, "%s: juror" % where)
    check(app_of.get(c["application_number"], {}).get("nomination_code") == c["nomination_code"],
          "%s: application" % where)
    check(c["kind"] in ("RELATIVE", "OTHER") and c["status"] in ("DECLARED", "CONFIRMED", "REJECTED"),
          "%s: kind/status" % where)
    check(len(c["statement"]) >= 20, "%s: a declared conflict is stated in writing" % where)
conflicted = {(c["nomination_code"], c["username"], c["application_number"]) for c in conflicts}
on_jury = {(j["season_code"], j["nomination_code"], j["stage_seq"], j["username"]) for j in jury}
sheets = {}
for i, s in enumerate(scores, 2):
    where = "contest/scores.csv:%d" % i
    key = (s["season_code"], s["nomination_code"], s["stage_seq"])
    c = crit_of.get(key, {}).get(s["criterion_code"])
    check(c is not None, "%s: unknown criterion %s" % (where, s["criterion_code"]))
    check(key + (s["username"],) in on_jury, "%s: %s is not on this jury" % (where, s["username"]))
    check(s["application_number"] in app_of, "%s: application" % where)
    check((s["nomination_code"], s["username"], s["application_number"]) not in conflicted,
          "%s: a conflicted juror scored" % where)
    check(c is not None and s["score"].isdigit() and 1 <= int(s["score"]) <= int(c["max_score"]),
          "%s: score %r" % (where, s["score"]))
    check(s["submitted"] in ("true", "false"), "%s: submitted" % where)
    sheet = sheets.setdefault(key + (s["application_number"], s["username"]), [])
    check(s["criterion_code"] not in [x["criterion_code"] for x in sheet], "%s: criterion scored twice" % where)
    sheet.append(s)
    a = app_of.get(s["application_number"], {})
    st = stage_of.get(key, {})
    check(st.get("status") in ("SCORING", "CLOSED", "PUBLISHED"), "%s: stage %s is not scored" % (where, key))
    check(muni_of.get(accounts_by_name.get(s["username"])) != muni_of.get(a.get("person_code")),
          "%s: juror from the applicant's municipality" % where)
for key, sheet in sheets.items():
    flags = {s["submitted"] for s in sheet}
    check(len(flags) == 1, "sheet %s: mixed submitted flags" % (key,))
    if flags == {"true"}:
        check(len(sheet) == len(crit_of.get(key[:3], {})), "sheet %s: submitted with a criterion missing" % (key,))
    if stage_of.get(key[:3], {}).get("status") == "CLOSED":
        check(flags == {"true"}, "sheet %s: unsubmitted in a closed stage" % (key,))

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
print("contest               %5d applications %s, %d jurors, %d score rows"
      % (len(apps), dict(sorted(Counter(a["status"] for a in apps).items())), len({j["username"] for j in jury}),
         len(scores)))
for name in ("городской округ город Вологда", "городской округ город Череповец", "городской округ город Тверь"):
    print("  %-32s %s" % (name, [m["oktmo"] for m in munis if m["name"] == name]))
if errors:
    print("\n%d ERROR(S):" % len(errors))
    for e in errors[:50]:
        print("  " + e)
    sys.exit(1)
print("OK: all checks passed")
