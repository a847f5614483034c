#!/usr/bin/env python3
"""Writes the demo history of the personnel reserve (content/reserve/history*.csv, appointments.csv).

Reproducible: a fixed seed, the persons of identity/persons.csv and the reserves of reserves.csv. Run from the
repository's root: python3 content/reserve/generate_history.py. Dates are written as of Monday 30 Nov 2026
(shared/control/ContentCalendar moves them with the calendar when loaded later).

The history: quarterly commission meetings per reserve from 2022; nominations a few weeks before a meeting; about one
in eight refused; included entries run their term (36 months, Барнаул 24) and end expired, extended once, excluded
on a ground, or appointed (a career lift, after an accepted offer; some refused an offer before); plans drawn up for
most. Open entries today: some expiring within 60 and 14 days, three past their term that the expiry job closes on
the first start, and nominations waiting for the commission. The demo accounts' persons (PER-0001..PER-0008) are in
no reserve, but for the demo employee PER-0001: one entry of her own in her city's reserve (DEMO_ENTRY, in
development with a plan two thirds done), so that «Мой резерв» and the home page show real shapes; the browser
journey nominates her into the regional reserve. The persons the integration tests nominate (FREE) have only closed
history.
"""
import csv
import datetime as dt
import random

TODAY = dt.date(2026, 11, 30)
RNG = random.Random(20261130)
ROOT = "content/"

DEMO = {"PER-%04d" % i for i in range(1, 9)} | {"PER-0061"}  # demo accounts (PER-0061: commission)
# persons the integration tests nominate themselves: only closed history, never an open entry or a nomination
FREE = {"PER-0012", "PER-0014", "PER-0030", "PER-0045", "PER-0046"} | {"PER-%04d" % i for i in range(15, 28)}
UP = {"JUNIOR": "SENIOR", "SENIOR": "LEADING", "LEADING": "CHIEF", "CHIEF": "HIGHEST", "HIGHEST": "HIGHEST",
      "HEAD_OF_MUNICIPALITY": "HIGHEST", "DEPUTY": "HIGHEST"}
MEMBERS = ["Белов А. Н. (председатель)", "Громова Т. В. (секретарь)", "Ершов К. П.", "Лаптева М. С.",
           "Никитин О. Ю."]
GROUNDS = ["OWN_REQUEST", "LEFT_SERVICE", "APPOINTED_ELSEWHERE", "PLAN_NOT_FULFILLED", "REFUSED_OFFERS",
           "DISMISSED_FOR_MISCONDUCT", "OTHER"]
GROUND_WEIGHTS = [30, 22, 18, 12, 8, 4, 6]
COMMENTS = {"OWN_REQUEST": "Заявление об исключении из резерва", "LEFT_SERVICE": "Уволен(а) с муниципальной службы",
            "APPOINTED_ELSEWHERE": "Назначен(а) по итогам конкурса на замещение вакантной должности",
            "PLAN_NOT_FULFILLED": "Индивидуальный план развития не выполнен в срок",
            "REFUSED_OFFERS": "Дважды отказался(ась) от предложенных должностей",
            "DISMISSED_FOR_MISCONDUCT": "Дисциплинарное взыскание (увольнение)",
            "OTHER": "Переезд в другой регион"}
BASES = ["RESERVE_CONTEST", "VACANCY_CONTEST", "ATTESTATION", "LEADER_CONTEST"]
# the demo employee's own entry (written after the random history, so that it leaves the rest as it was)
DEMO_ENTRY = {"reserve_code": "MUN-19701000", "person_code": "PER-0001", "target_group": "CHIEF",
              "target_position": "P-HEAD-DEPT", "basis": "RESERVE_CONTEST",
              "basis_document": "Протокол конкурсной комиссии от 17.02.2026", "nominated_on": "2026-02-17",
              "nominated_by": "hr", "protocol": "РК-2026/2", "decision": "INCLUDE", "extension_protocol": "",
              "plan_on": "2026-04-07", "offer_refused_on": "", "outcome": "OPEN", "closing_protocol": "",
              "exclusion_ground": "", "closing_comment": "", "closed_on": "", "order_number": "",
              "appointed_position": ""}


def read(path):
    with open(ROOT + path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    m += 1
    days = [31, 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
            31][m - 1]
    return dt.date(y, m, min(d.day, days))


def tuesday(year, month, week):
    d = dt.date(year, month, 1)
    while d.weekday() != 1:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(weeks=week)


def main():
    # the persons added for the contest's demo season (PER-0062 on: jurors and applicants) have no reserve history
    persons = [p for p in read("identity/persons.csv") if p["code"] not in DEMO and p["code"] < "PER-0062"]
    positions = {p["code"]: p["position_group_code"] for p in read("organisation/positions.csv")}
    by_group = {}
    for code, group in positions.items():
        by_group.setdefault(group, []).append(code)
    # the deputies' pool (NAT-DEPUTIES) fills only from the contest's intake: no seeded history there
    reserves = {r["code"]: r for r in read("reserve/reserves.csv") if r["code"] not in ("NAT-DEPUTIES", "REG-69")}
    municipalities = {m["oktmo"]: m for m in read("organisation/municipalities.csv")}

    def reserves_of(oktmo):
        region = municipalities[oktmo]["region_code"]
        out = [r["code"] for r in reserves.values() if r["level"] == "MUNICIPAL" and r["municipality_oktmo"] == oktmo]
        out += [r["code"] for r in reserves.values() if r["level"] == "REGIONAL" and r["region_code"] == region]
        out += [r["code"] for r in reserves.values() if r["level"] == "NATIONAL"]
        return out

    # five meetings a year per reserve (Jan, Mar, Jun, Sep, Dec), the last before today in Sep 2026
    meetings = {}
    protocols = []
    for i, code in enumerate(sorted(reserves)):
        days = []
        for year in range(2022, 2027):
            for n, month in enumerate((1, 3, 6, 9, 12)):
                held = tuesday(year, month, 2 + (i + n) % 2)
                if held < TODAY:
                    days.append(held)
        meetings[code] = days
        for k, held in enumerate(days):
            number = "%s-%d/%d" % ("РК", held.year, [d for d in days if d.year == held.year].index(held) + 1)
            protocols.append({"reserve_code": code, "number": number, "held_on": held.isoformat(),
                              "members_present": ";".join(MEMBERS[:5 if k % 3 else 4])})
    number_of = {(p["reserve_code"], p["held_on"]): p["number"] for p in protocols}

    def next_meeting(code, after):
        return next((d for d in meetings[code] if d > after), None)

    def meeting_between(code, start, end):
        options = [d for d in meetings[code] if start < d < end]
        return RNG.choice(options) if options else None

    rows = []
    orders = [0]

    def nominator(code):
        return {"MUN-19701000": "hr", "REG-35": "hr.region", "MUN-28701000": "hr.tver"}.get(code, "admin")

    def order():
        orders[0] += 1
        return "%d-к" % (100 + orders[0])

    open_past_term = 0
    for p in persons:
        group = positions.get(p["position_code"], "JUNIOR")
        target = UP[group]
        for code in reserves_of(p["municipality_oktmo"]):
            if RNG.random() < 0.1:
                continue
            term = int(reserves[code]["term_months"])
            start = dt.date(2022, 1, 10) + dt.timedelta(days=RNG.randrange(0, 500))
            while start < TODAY:
                held = next_meeting(code, start + dt.timedelta(days=21))
                row = {"reserve_code": code, "person_code": p["code"], "target_group": target,
                       "target_position": RNG.choice(by_group[target]) if RNG.random() < 0.4 else "",
                       "basis": "LEADER_CONTEST" if code.startswith("NAT") else RNG.choice(BASES[:3]),
                       "basis_document": "", "nominated_on": "", "nominated_by": nominator(code),
                       "protocol": "", "decision": "", "extension_protocol": "", "plan_on": "",
                       "offer_refused_on": "", "outcome": "OPEN", "closing_protocol": "", "exclusion_ground": "",
                       "closing_comment": "", "closed_on": "", "order_number": "", "appointed_position": ""}
                nominated = (held - dt.timedelta(days=RNG.randrange(21, 50))) if held else start
                if nominated >= TODAY:
                    break
                row["nominated_on"] = nominated.isoformat()
                row["basis_document"] = ("Протокол конкурсной комиссии от %s" % nominated.strftime("%d.%m.%Y"))
                rows.append(row)
                if held is None:
                    if p["code"] in FREE:
                        rows.pop()
                    break  # waits for the commission
                row["protocol"] = number_of[(code, held.isoformat())]
                if RNG.random() < 0.12:
                    row["decision"] = "NOT_INCLUDE"
                    row["closing_comment"] = "Не набрано большинство голосов"
                    start = held + dt.timedelta(days=RNG.randrange(300, 700))
                    continue
                row["decision"] = "INCLUDE"
                until = add_months(held, term)
                if RNG.random() < 0.7:
                    plan = held + dt.timedelta(days=RNG.randrange(14, 60))
                    if plan < TODAY:
                        row["plan_on"] = plan.isoformat()
                fate = RNG.random()
                end = None
                if fate < 0.3:
                    # appointed from the reserve some time during the term
                    day = held + dt.timedelta(days=RNG.randrange(120, max(121, (min(until, TODAY) - held).days)))
                    if day < TODAY - dt.timedelta(days=7):
                        if RNG.random() < 0.3 and (day - held).days > 80:
                            row["offer_refused_on"] = (day - dt.timedelta(days=RNG.randrange(40, 75))).isoformat()
                        row["outcome"] = "APPOINTED"
                        row["closed_on"] = day.isoformat()
                        row["order_number"] = order()
                        row["appointed_position"] = row["target_position"] or RNG.choice(by_group[target])
                        end = day
                elif fate < 0.5:
                    excl = meeting_between(code, held + dt.timedelta(days=90), min(until, TODAY))
                    if excl:
                        ground = RNG.choices(GROUNDS, GROUND_WEIGHTS)[0]
                        row["outcome"] = "EXCLUDED"
                        row["closing_protocol"] = number_of[(code, excl.isoformat())]
                        row["exclusion_ground"] = ground
                        row["closing_comment"] = COMMENTS[ground]
                        end = excl
                elif until < TODAY and fate < 0.7:
                    ext = meeting_between(code, add_months(until, -6), until)
                    if ext:
                        row["extension_protocol"] = number_of[(code, ext.isoformat())]
                        until = add_months(until, int(reserves[code]["extension_months"]))
                if end is None:
                    if until < TODAY:
                        if open_past_term < 3 and until >= TODAY - dt.timedelta(days=20) and p["code"] not in FREE:
                            open_past_term += 1  # left for the expiry job's first run
                            break
                        row["outcome"] = "EXPIRED"
                        end = until + dt.timedelta(days=1)
                    else:
                        if p["code"] in FREE:
                            rows.pop()
                        break  # in the reserve today
                start = end + dt.timedelta(days=RNG.randrange(30, 240))
    # entries in the reserve whose term ends soon (notices 60 and 14 days ahead) come from the timeline itself;
    # appointments without the reserve: the same places, 2022 to today
    appointments = []
    for k in range(70):
        p = RNG.choice(persons)
        group = positions.get(p["position_code"], "JUNIOR")
        day = dt.date(2022, 1, 17) + dt.timedelta(days=RNG.randrange(0, (TODAY - dt.date(2022, 1, 17)).days - 7))
        appointments.append({"person_code": p["code"], "from_position": p["position_code"],
                             "to_position": RNG.choice(by_group[UP[group]]), "municipality_oktmo":
                             p["municipality_oktmo"], "appointed_on": day.isoformat(),
                             "order_number": "%d-к" % (500 + k)})
    appointments.sort(key=lambda a: (a["appointed_on"], a["person_code"]))
    assert any(p["reserve_code"] == DEMO_ENTRY["reserve_code"] and p["number"] == DEMO_ENTRY["protocol"]
               for p in protocols)
    rows.append(dict(DEMO_ENTRY))
    write("reserve/history-protocols.csv", protocols)
    write("reserve/history.csv", rows)
    write("reserve/appointments.csv", appointments)
    counts = {}
    soon = 0
    for r in rows:
        if r["outcome"] == "OPEN" and r["decision"] == "INCLUDE":
            held = dt.date.fromisoformat(next(p["held_on"] for p in protocols if p["reserve_code"] == r["reserve_code"]
                                              and p["number"] == r["protocol"]))
            until = add_months(held, int(reserves[r["reserve_code"]]["term_months"]))
            if r["extension_protocol"]:
                until = add_months(until, int(reserves[r["reserve_code"]]["extension_months"]))
            if until <= TODAY + dt.timedelta(days=60):
                soon += 1
    print("open entries ending within 60 days (or past their term):", soon)
    for r in rows:
        key = r["outcome"] if r["decision"] != "NOT_INCLUDE" else "NOT_INCLUDED"
        key = "NOMINATED" if not r["decision"] else key
        counts[key] = counts.get(key, 0) + 1
    print(len(protocols), "protocols,", len(rows), "entries", counts, ",", len(appointments),
          "appointments without the reserve")


def write(path, rows):
    with open(ROOT + path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    main()
