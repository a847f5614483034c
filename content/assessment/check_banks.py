#!/usr/bin/env python3
"""Rough check of the assessment seed content under content/assessment/ (stdlib only).

Parses the GIFT banks in banks/*.gift with the project's conventions (categories
MUN-COMP/<competency>/<level>, a difficulty comment before each question, title codes
<COMPETENCY>-<NNN>, the ordering extension {>a >b >c}), checks escaping and answer syntax,
counts questions per competency, level and type, and checks tests.csv, blueprints.csv,
assignments.csv and accommodations.csv against the banks and the other seed files.

Usage: python3 content/assessment/check_banks.py [-v]
Exit code 1 if any check fails. This script is not shipped (the build excludes *.py).
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONTENT = HERE.parent
VERBOSE = "-v" in sys.argv[1:]

errors = []
warnings = []

TYPES = ["SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "SHORT_TEXT", "NUMERIC", "MATCHING", "ORDERING"]
TARGET_SHARE = {"SINGLE_CHOICE": 45, "MULTIPLE_CHOICE": 15, "TRUE_FALSE": 12, "SHORT_TEXT": 8,
                "NUMERIC": 6, "MATCHING": 7, "ORDERING": 7}
SPECIAL = set("~=#{}:>")


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


# ---------------------------------------------------------------- reference data

def read_csv(path, header=None):
    rel = path.relative_to(CONTENT)
    if not path.exists():
        err("%s: missing" % rel)
        return []
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: starts with a BOM" % rel)
    if b"\r" in raw:
        err("%s: contains CR characters" % rel)
    if not raw.endswith(b"\n"):
        err("%s: no trailing newline" % rel)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if path.parent == HERE:
        # our own files: RFC 4180 with minimal quoting, exactly as csv.writer writes them
        import io
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(rows)
        if buf.getvalue() != raw.decode("utf-8"):
            err("%s: not in canonical RFC 4180 form (quote only fields with , \" or line breaks)" % rel)
    if header is not None and (not rows or rows[0] != header):
        err("%s: header %r, expected %r" % (rel, rows[0] if rows else None, header))
        return []
    head = rows[0]
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(head):
            err("%s:%d: %d fields, expected %d" % (rel, i, len(r), len(head)))
            continue
        d = dict(zip(head, r))
        d["_line"] = i
        out.append(d)
    return out


standard = read_csv(CONTENT / "competency" / "mun-comp-v1.csv")
COMPETENCIES = {r["code"]: r["name"] for r in standard if r["record"] == "COMPETENCY"}
AREAS = {r["code"]: r["name"] for r in standard if r["record"] == "AREA"}
profiles = read_csv(CONTENT / "competency" / "profiles.csv")
PROFILE = defaultdict(set)
for r in profiles:
    PROFILE[r["position_group"]].add(r["competency"])
GROUPS = {r["code"] for r in read_csv(CONTENT / "organisation" / "position-groups.csv")}
POSITIONS = {r["code"]: r["position_group_code"] for r in read_csv(CONTENT / "organisation" / "positions.csv")}
PERSONS = {r["code"]: r for r in read_csv(CONTENT / "identity" / "persons.csv")}
MUNIS = {r["oktmo"] for r in read_csv(CONTENT / "organisation" / "municipalities.csv")}
REGIONS = {r["code"] for r in read_csv(CONTENT / "organisation" / "regions.csv")}


# ---------------------------------------------------------------- GIFT helpers

def unescaped_positions(s, chars):
    """Indexes of characters in `chars` not preceded by a backslash escape."""
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            i += 2
            continue
        if c in chars:
            out.append(i)
        i += 1
    return out


def split_unescaped(s, sep):
    """Split at unescaped occurrences of the (multi-character) separator."""
    parts, cur, i = [], [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            cur.append(s[i:i + 2])
            i += 2
            continue
        if s.startswith(sep, i):
            parts.append("".join(cur))
            cur = []
            i += len(sep)
            continue
        cur.append(s[i])
        i += 1
    parts.append("".join(cur))
    return parts


def check_text(text, where, what, allow=""):
    """A plain text (stem, answer, feedback) must escape the GIFT special characters."""
    bad = unescaped_positions(text, SPECIAL - set(allow))
    if bad:
        chars = "".join(sorted({text[i] for i in bad}))
        ctx = text[max(0, bad[0] - 40):bad[0] + 20].replace("\n", " ")
        err("%s: unescaped %r in %s: …%s…" % (where, chars, what, ctx))
    if re.search(r"\\[^~=#{}:>\\n]", text):
        warn("%s: unknown escape in %s: %r" % (where, what, text.strip()[:60]))
    if not text.strip():
        err("%s: empty %s" % (where, what))


def tokens(body, markers):
    """Split an answer body into (marker, text) tokens at unescaped marker characters."""
    out = []
    cur_marker, cur = None, []
    i = 0
    lead = body.strip()
    while i < len(lead):
        c = lead[i]
        if c == "\\" and i + 1 < len(lead):
            cur.append(lead[i:i + 2])
            i += 2
            continue
        if c in markers and not (c == ">" and i > 0 and lead[i - 1] == "-"):
            if cur_marker is not None or "".join(cur).strip():
                out.append((cur_marker, "".join(cur)))
            cur_marker, cur = c, []
            i += 1
            continue
        cur.append(c)
        i += 1
    if cur_marker is not None or "".join(cur).strip():
        out.append((cur_marker, "".join(cur)))
    return out


def split_feedback(text):
    parts = split_unescaped(text, "#")
    return parts[0], parts[1:]


NUM = r"-?\d+(?:\.\d+)?"


def parse_question(text, where):
    """Return (title, type, n_answer_feedback, has_general_feedback) or None on error."""
    m = re.match(r"::([^:]+)::", text)
    if not m:
        err("%s: question does not start with ::TITLE::" % where)
        return None
    title = m.group(1).strip()
    rest = text[m.end():]
    opens = unescaped_positions(rest, "{")
    closes = unescaped_positions(rest, "}")
    if len(opens) != 1 or len(closes) != 1 or closes[0] < opens[0]:
        err("%s %s: expected exactly one answer block {…} (found %d '{', %d '}')"
            % (where, title, len(opens), len(closes)))
        return None
    stem, body, tail = rest[:opens[0]], rest[opens[0] + 1:closes[0]], rest[closes[0] + 1:]
    if tail.strip():
        err("%s %s: text after the answer block: %r" % (where, title, tail.strip()[:40]))
    html_stem = stem.lstrip().startswith("[html]") and "<img " in stem
    if stem.lstrip().startswith("[") and not html_stem:
        err("%s %s: text format markers ([html] …) are not allowed (only an [html] stem showing an image)"
            % (where, title))
    check_text(stem, "%s %s" % (where, title), "question text", allow=">" if html_stem else "")

    gparts = split_unescaped(body, "####")
    if len(gparts) > 2:
        err("%s %s: more than one general feedback ####" % (where, title))
    body = gparts[0]
    general = gparts[1] if len(gparts) > 1 else None
    if general is not None:
        check_text(general, "%s %s" % (where, title), "general feedback")
    b = body.strip()
    fb_count = 0
    wt = "%s %s" % (where, title)

    # true / false
    tf = re.match(r"^(T|F|TRUE|FALSE)(?=$|#)", b)
    if tf:
        _, fbs = split_feedback(b)
        if len(fbs) > 2:
            err("%s: true/false with more than two feedbacks" % wt)
        for f in fbs:
            check_text(f, wt, "feedback")
        return title, "TRUE_FALSE", len(fbs), general is not None

    # numeric
    if b.startswith("#"):
        answers = [a for a in split_unescaped(b[1:], "=") if a.strip()] if b[1:].lstrip().startswith("=") else [b[1:]]
        for a in answers:
            val, fbs = split_feedback(a)
            val = val.strip()
            if "," in val:
                err("%s: numeric answer with a comma, use a decimal point: %r" % (wt, val))
            if not (re.fullmatch(NUM, val) or re.fullmatch(NUM + ":" + NUM, val)
                    or re.fullmatch(NUM + r"\.\." + NUM, val)):
                err("%s: bad numeric answer %r" % (wt, val))
            for f in fbs:
                check_text(f, wt, "feedback")
            fb_count += len(fbs)
        return title, "NUMERIC", fb_count, general is not None

    # ordering (project extension)
    if b.startswith(">"):
        items = tokens(b, ">")
        for mk, t in items:
            if mk != ">":
                err("%s: ordering item without '>': %r" % (wt, t.strip()[:40]))
            check_text(t, wt, "ordering item")
        if not 3 <= len(items) <= 6:
            err("%s: ordering needs 3–6 items, has %d" % (wt, len(items)))
        if len({t.strip() for _, t in items}) != len(items):
            err("%s: ordering items not distinct" % wt)
        return title, "ORDERING", 0, general is not None

    toks = tokens(b, "=~")
    if not toks or any(mk is None for mk, _ in toks):
        err("%s: cannot parse answers %r" % (wt, b[:60]))
        return None
    markers = Counter(mk for mk, _ in toks)

    # matching
    if markers["~"] == 0 and all(len(split_unescaped(t, "->")) == 2 for _, t in toks):
        rights = []
        for _, t in toks:
            left, right = split_unescaped(t, "->")
            check_text(left, wt, "matching left item")
            check_text(right, wt, "matching right item")
            rights.append(right.strip())
        if len(toks) < 3:
            err("%s: matching needs at least 3 pairs" % wt)
        if len(set(rights)) != len(rights):
            err("%s: matching right sides not distinct" % wt)
        return title, "MATCHING", 0, general is not None
    if any(len(split_unescaped(t, "->")) > 1 for _, t in toks):
        err("%s: '->' in a non-matching question (escape '>' or rephrase)" % wt)

    # multiple choice: every answer ~%w%
    weights = []
    for mk, t in toks:
        wm = re.match(r"\s*%(" + NUM + r")%", t)
        weights.append(float(wm.group(1)) if (wm and mk == "~") else None)
    if all(w is not None for w in weights):
        for mk, t in toks:
            text, fbs = split_feedback(re.sub(r"^\s*%" + NUM + "%", "", t))
            check_text(text, wt, "answer")
            for f in fbs:
                check_text(f, wt, "feedback")
            fb_count += len(fbs)
        pos = sum(w for w in weights if w > 0)
        if abs(pos - 100) > 0.01:
            err("%s: positive weights sum to %s, not 100" % (wt, pos))
        if any(w == 0 for w in weights):
            err("%s: zero weight, wrong answers must be negative" % wt)
        if not any(w < 0 for w in weights):
            err("%s: multiple choice without a wrong (negative) answer" % wt)
        if sum(1 for w in weights if w > 0) < 2:
            warn("%s: multiple choice with a single correct answer" % wt)
        return title, "MULTIPLE_CHOICE", fb_count, general is not None
    if any(w is not None for w in weights):
        err("%s: mixes weighted and unweighted answers" % wt)

    for mk, t in toks:
        text, fbs = split_feedback(t)
        if re.match(r"\s*%", text):
            err("%s: weight on a '=' answer, use ~%%w%% for multiple choice" % wt)
        check_text(text, wt, "answer")
        for f in fbs:
            check_text(f, wt, "feedback")
        fb_count += len(fbs)

    if markers["~"] == 0:
        for _, t in toks:
            text, _ = split_feedback(t)
            words = text.split()
            if len(words) > 2:
                err("%s: short answer longer than two words: %r" % (wt, text.strip()))
        if len(toks) != len({split_feedback(t)[0].strip().lower().replace("ё", "е") for _, t in toks}):
            err("%s: short answer alternatives repeat" % wt)
        return title, "SHORT_TEXT", fb_count, general is not None
    if markers["="] != 1:
        err("%s: single choice needs exactly one '=' answer, has %d" % (wt, markers["="]))
    if markers["~"] < 2:
        warn("%s: single choice with fewer than 3 options" % wt)
    return title, "SINGLE_CHOICE", fb_count, general is not None


# ---------------------------------------------------------------- banks

CAT_RE = re.compile(r"^\$CATEGORY:\s*(\S+)\s*$")
DIFF_RE = re.compile(r"^//\s*\[difficulty:\s*(easy|medium|hard)\]\s*$")

items = []  # dicts: code, comp, level, type, difficulty, file, fb, gfb
banks_dir = HERE / "banks"
files = sorted(banks_dir.glob("*.gift"))
if not files:
    err("no banks/*.gift files")
seen_areas = set()
for path in files:
    rel = path.relative_to(CONTENT)
    area = path.stem.upper()
    seen_areas.add(area)
    if area not in AREAS:
        err("%s: file name is not an area code of the standard" % rel)
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw or not raw.endswith(b"\n"):
        err("%s: must be UTF-8 without BOM, LF line ends, trailing newline" % rel)
    lines = raw.decode("utf-8").split("\n")
    if not lines[0].startswith("//") or AREAS.get(area, "#") not in lines[0]:
        err("%s: first line must be a header comment naming the area (%s)" % (rel, AREAS.get(area)))
    if "[markdown]" in raw.decode("utf-8").lower():
        err("%s: only plain text (and [html] stems showing an image) is allowed" % rel)
    category = None
    block, start = [], None
    blocks = []
    for no, line in enumerate(lines + [""], 1):
        if line.strip() == "":
            if block:
                blocks.append((start, block))
            block, start = [], None
        else:
            if not block:
                start = no
            block.append((no, line))
    for start, blk in blocks:
        difficulty = None
        qlines = []
        for no, line in blk:
            s = line.strip()
            if qlines:
                if s.startswith("//") or s.startswith("$CATEGORY"):
                    err("%s:%d: comment or category inside a question" % (rel, no))
                qlines.append(line)
                continue
            if s.startswith("$CATEGORY"):
                m = CAT_RE.match(s)
                parts = m.group(1).split("/") if m else []
                if len(parts) != 3 or parts[0] != "MUN-COMP" or parts[2] not in ("1", "2", "3", "4"):
                    err("%s:%d: bad category line %r" % (rel, no, s))
                    category = None
                    continue
                if parts[1] not in COMPETENCIES:
                    err("%s:%d: unknown competency %s" % (rel, no, parts[1]))
                if not parts[1].startswith(area + "-"):
                    err("%s:%d: competency %s in the file of area %s" % (rel, no, parts[1], area))
                category = (parts[1], int(parts[2]))
            elif s.startswith("//"):
                m = DIFF_RE.match(s)
                if m:
                    difficulty = m.group(1)
                elif "difficulty" in s:
                    err("%s:%d: bad difficulty comment %r" % (rel, no, s))
            else:
                qlines.append(line)
                qstart = no
        if not qlines:
            continue
        where = "%s:%d" % (rel, qstart)
        if difficulty is None:
            err("%s: no '// [difficulty: …]' comment directly before the question" % where)
        elif not DIFF_RE.match(blk[[n for n, _ in blk].index(qstart) - 1][1].strip()):
            err("%s: the difficulty comment must be the line directly before the question" % where)
        if category is None:
            err("%s: question before any valid $CATEGORY line" % where)
            continue
        res = parse_question("\n".join(qlines), where)
        if res is None:
            continue
        title, qtype, fb, gfb = res
        if not re.fullmatch(r"[A-Z]{3}-\d{2}-\d{3}", title):
            err("%s: title %r is not <COMPETENCY>-<NNN>" % (where, title))
        elif title[:6] != category[0]:
            err("%s: title %s does not belong to category competency %s" % (where, title, category[0]))
        items.append(dict(code=title, comp=category[0], level=category[1], type=qtype,
                          difficulty=difficulty, file=str(rel), where=where, fb=fb, gfb=gfb))

codes = Counter(i["code"] for i in items)
for c, n in codes.items():
    if n > 1:
        err("duplicate question code %s (%d times)" % (c, n))
for a in AREAS:
    if a not in seen_areas:
        err("no bank file for area %s (%s.gift)" % (a, a.lower()))

by_comp = defaultdict(list)
for i in items:
    by_comp[i["comp"]].append(i)
for comp in COMPETENCIES:
    lst = by_comp.get(comp, [])
    if len(lst) < 4:
        err("%s: only %d questions (need at least 4)" % (comp, len(lst)))
    levels = {i["level"] for i in lst}
    if not levels & {1, 2}:
        err("%s: no question at level 1 or 2" % comp)
    if not levels & {3, 4}:
        err("%s: no question at level 3 or 4" % comp)
if len(items) < 180:
    err("only %d questions in total (need at least 180)" % len(items))
type_count = Counter(i["type"] for i in items)
for t in TYPES:
    if type_count[t] < 5:
        err("question type %s occurs only %d times" % (t, type_count[t]))

# ---------------------------------------------------------------- tests.csv

TESTS_HEADER = ["code", "title", "description", "position_group", "time_limit_minutes", "attempts_allowed",
                "shuffle_questions", "shuffle_options", "review", "open_for_self", "cut_scores"]
tests = read_csv(HERE / "tests.csv", TESTS_HEADER)
TEST = {}
for t in tests:
    w = "tests.csv:%d" % t["_line"]
    if t["code"] in TEST:
        err("%s: duplicate test code %s" % (w, t["code"]))
    TEST[t["code"]] = t
    if not re.fullmatch(r"ASM-[A-Z0-9-]+", t["code"]):
        err("%s: code %r should look like ASM-…" % (w, t["code"]))
    if not t["title"].strip() or not re.search(r"[А-Яа-яЁё]", t["title"]):
        err("%s: title must be Russian text" % w)
    if t["position_group"] and t["position_group"] not in GROUPS:
        err("%s: unknown position group %r" % (w, t["position_group"]))
    for col, lo, hi in (("time_limit_minutes", 10, 45), ("attempts_allowed", 1, 3)):
        if not t[col].isdigit() or not lo <= int(t[col]) <= hi:
            err("%s: %s %r not in %d…%d" % (w, col, t[col], lo, hi))
    if t["position_group"] and t["time_limit_minutes"].isdigit() and int(t["time_limit_minutes"]) < 20:
        err("%s: group tests need 20–45 minutes" % w)
    for col in ("shuffle_questions", "shuffle_options", "open_for_self"):
        if t[col] not in ("true", "false"):
            err("%s: %s must be true or false" % (w, col))
    if t["review"] not in ("SCORE_ONLY", "COMPETENCY_REPORT", "CORRECT_ANSWERS"):
        err("%s: bad review %r" % (w, t["review"]))
    m = re.fullmatch(r"1:(\d+);2:(\d+);3:(\d+);4:(\d+)", t["cut_scores"])
    if not m:
        err("%s: cut_scores %r not like 1:40;2:60;3:75;4:90" % (w, t["cut_scores"]))
    else:
        cuts = [int(x) for x in m.groups()]
        if cuts != sorted(set(cuts)) or cuts[-1] > 100:
            err("%s: cut scores must rise strictly and stay ≤ 100" % w)
    if not t["position_group"] and t["open_for_self"] != "true":
        err("%s: a test without a position group must be open_for_self" % w)
group_tests = Counter(t["position_group"] for t in tests if t["position_group"])
for g in GROUPS:
    if group_tests[g] != 1:
        err("tests.csv: position group %s has %d tests (expected 1)" % (g, group_tests[g]))
if not any(not t["position_group"] and t["open_for_self"] == "true" for t in tests):
    err("tests.csv: no self-assessment open to everybody")

# ---------------------------------------------------------------- blueprints.csv

blueprints = read_csv(HERE / "blueprints.csv", ["test_code", "competency", "level", "count"])
avail = Counter((i["comp"], i["level"]) for i in items)
avail_comp = Counter(i["comp"] for i in items)
per_test_total = Counter()
per_test_comp = defaultdict(Counter)
per_test_comp_level = defaultdict(Counter)
seen_rules = set()
for r in blueprints:
    w = "blueprints.csv:%d" % r["_line"]
    t = TEST.get(r["test_code"])
    if t is None:
        err("%s: unknown test %s" % (w, r["test_code"]))
        continue
    comp = r["competency"]
    if comp not in COMPETENCIES:
        err("%s: unknown competency %s" % (w, comp))
        continue
    if r["level"] not in ("", "1", "2", "3", "4"):
        err("%s: level must be empty or 1–4" % w)
        continue
    if not r["count"].isdigit() or int(r["count"]) < 1:
        err("%s: count must be a positive integer" % w)
        continue
    key = (r["test_code"], comp, r["level"])
    if key in seen_rules:
        err("%s: duplicate rule %s" % (w, key))
    seen_rules.add(key)
    n = int(r["count"])
    if t["position_group"] and comp not in PROFILE[t["position_group"]]:
        err("%s: %s is not in the profile of %s" % (w, comp, t["position_group"]))
    have = avail[(comp, int(r["level"]))] if r["level"] else avail_comp[comp]
    if n > have:
        err("%s: needs %d of %s level %s, bank has %d" % (w, n, comp, r["level"] or "any", have))
    per_test_total[r["test_code"]] += n
    per_test_comp[r["test_code"]][comp] += n
    if r["level"]:
        per_test_comp_level[r["test_code"]][(comp, int(r["level"]))] += n
for tc, comps in per_test_comp.items():
    for comp, n in comps.items():
        if n > avail_comp[comp]:
            err("blueprints.csv: %s asks %d questions of %s, bank has %d" % (tc, n, comp, avail_comp[comp]))
for tc, cl in per_test_comp_level.items():
    for (comp, lvl), n in cl.items():
        if n > avail[(comp, lvl)]:
            err("blueprints.csv: %s asks %d of %s level %d, bank has %d" % (tc, n, comp, lvl, avail[(comp, lvl)]))
for code, t in TEST.items():
    total = per_test_total[code]
    if t["position_group"]:
        if not 15 <= total <= 30:
            err("blueprints.csv: test %s has %d items (expected 15–30)" % (code, total))
        if len(per_test_comp[code]) < 6:
            err("blueprints.csv: test %s covers only %d competencies (expected 6+)" % (code, len(per_test_comp[code])))
    elif total == 0:
        err("blueprints.csv: test %s has no rules" % code)

# ---------------------------------------------------------------- assignments.csv

assignments = read_csv(HERE / "assignments.csv", ["test_code", "target", "due_date"])
assigned_person = set()
for r in assignments:
    w = "assignments.csv:%d" % r["_line"]
    if r["test_code"] not in TEST:
        err("%s: unknown test %s" % (w, r["test_code"]))
    kind, _, val = r["target"].partition(":")
    if kind == "person":
        if val not in PERSONS:
            err("%s: unknown person %s" % (w, val))
        assigned_person.add((r["test_code"], val))
    elif kind == "municipality":
        if val not in MUNIS:
            err("%s: unknown municipality %s" % (w, val))
    elif kind == "region":
        if val not in REGIONS:
            err("%s: unknown region %s" % (w, val))
    else:
        err("%s: target %r must be person:, municipality: or region:" % (w, r["target"]))
    if not re.fullmatch(r"2027-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", r["due_date"]):
        err("%s: due_date %r must be an ISO date in 2027" % (w, r["due_date"]))
p1 = PERSONS.get("PER-0001")
if p1:
    g = POSITIONS.get(p1["position_code"])
    codes_for_g = [c for c, t in TEST.items() if t["position_group"] == g]
    if not any((c, "PER-0001") in assigned_person for c in codes_for_g):
        err("assignments.csv: the %s test is not assigned to person:PER-0001" % g)

# ---------------------------------------------------------------- accommodations.csv

acc = read_csv(HERE / "accommodations.csv", ["test_code", "person_code", "extra_minutes"])
for r in acc:
    w = "accommodations.csv:%d" % r["_line"]
    if r["test_code"] not in TEST:
        err("%s: unknown test %s" % (w, r["test_code"]))
    if r["person_code"] not in PERSONS:
        err("%s: unknown person %s" % (w, r["person_code"]))
    if not r["extra_minutes"].isdigit() or not 1 <= int(r["extra_minutes"]) <= 120:
        err("%s: extra_minutes must be 1–120" % w)
if not (HERE / "README.md").exists():
    err("README.md is missing")

# ---------------------------------------------------------------- report

n = len(items)
print("Questions: %d in %d files, %d competencies" % (n, len(files), len(by_comp)))
print("\nBy type (actual % / target %):")
for t in TYPES:
    c = type_count[t]
    print("  %-16s %4d  %5.1f %% / %d %%" % (t, c, 100.0 * c / n if n else 0, TARGET_SHARE[t]))
lv = Counter(i["level"] for i in items)
print("\nBy level: " + ", ".join("%d: %d" % (k, lv[k]) for k in (1, 2, 3, 4)))
df = Counter(i["difficulty"] for i in items)
print("By difficulty: " + ", ".join("%s: %d" % (k, df[k]) for k in ("easy", "medium", "hard")))
print("With answer feedback: %d, with general feedback: %d" % (sum(1 for i in items if i["fb"]),
                                                                sum(1 for i in items if i["gfb"])))
abbr = {"SINGLE_CHOICE": "SC", "MULTIPLE_CHOICE": "MC", "TRUE_FALSE": "TF", "SHORT_TEXT": "SA",
        "NUMERIC": "NUM", "MATCHING": "MAT", "ORDERING": "ORD"}
print("\nBy competency (total | L1 L2 L3 L4 | types):")
for comp in sorted(COMPETENCIES):
    lst = by_comp.get(comp, [])
    lc = Counter(i["level"] for i in lst)
    tc = Counter(abbr[i["type"]] for i in lst)
    print("  %-7s %3d | %d %d %d %d | %s" % (comp, len(lst), lc[1], lc[2], lc[3], lc[4],
                                            " ".join("%s %d" % (k, v) for k, v in sorted(tc.items()))))
print("\nTests (items from blueprints):")
for code, t in TEST.items():
    print("  %-22s %-22s %2d items, %d competencies" % (code, t["position_group"] or "(self)",
                                                       per_test_total[code], len(per_test_comp[code])))
if VERBOSE:
    for i in items:
        print("  %s %s L%d %s %s" % (i["code"], i["type"], i["level"], i["difficulty"], i["where"]))
for w_ in warnings:
    print("WARNING: " + w_)
if errors:
    print("\n%d ERROR(S):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK")
