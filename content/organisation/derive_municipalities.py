#!/usr/bin/env python3
"""Derive content/organisation/regions.csv and municipalities.csv from ru-cities.

Source: ru-cities (Rosstat "Регионы России. Основные социально-экономические
показатели городов", population as of 1 January 2020), Zenodo DOI
10.5281/zenodo.5151423, stored at <repo>/../shared/data/ru-cities/towns.csv.

Usage:  python3 derive_municipalities.py [path/to/towns.csv]
        (or set RU_CITIES_TOWNS). Python 3 standard library only.

The output is deterministic: rows sorted by code / oktmo, UTF-8, comma
separated, RFC 4180 minimal quoting, header row first, Unix newlines.
Rows added by hand (source=manual) are defined in this file as well, so
re-running the script reproduces both files completely.
"""
import csv
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent          # <repo>/content/organisation
REPO = HERE.parents[1]                          # <repo>
DEFAULT_TOWNS = REPO.parent / "shared" / "data" / "ru-cities" / "towns.csv"

# ---------------------------------------------------------------------------
# All 89 subjects of the Russian Federation.
# (code, name, type, iso_code, federal_district, oktmo)
# oktmo is the OKTMO prefix of the subject. For the 82 subjects that occur in
# towns.csv it is re-derived from the data below and must agree with this
# table. The three autonomous okrugs that are part of another oblast in
# OKTMO (Ненецкий АО inside Архангельская 11, ХМАО and ЯНАО inside
# Тюменская 71) have no 2-digit prefix of their own: their OKTMO prefix is
# 3 digits (118, 718, 719).
# ---------------------------------------------------------------------------
R, K, O, FC, AOB, AOK = ("REPUBLIC", "KRAI", "OBLAST", "FEDERAL_CITY",
                         "AUTONOMOUS_OBLAST", "AUTONOMOUS_OKRUG")
C, NW, S, NC, V, U, SB, FE = ("Центральный", "Северо-Западный", "Южный",
                              "Северо-Кавказский", "Приволжский", "Уральский",
                              "Сибирский", "Дальневосточный")
REGIONS = [
    ("01", "Республика Адыгея", R, "RU-AD", S, "79"),
    ("02", "Республика Башкортостан", R, "RU-BA", V, "80"),
    ("03", "Республика Бурятия", R, "RU-BU", FE, "81"),
    ("04", "Республика Алтай", R, "RU-AL", SB, "84"),
    ("05", "Республика Дагестан", R, "RU-DA", NC, "82"),
    ("06", "Республика Ингушетия", R, "RU-IN", NC, "26"),
    ("07", "Кабардино-Балкарская Республика", R, "RU-KB", NC, "83"),
    ("08", "Республика Калмыкия", R, "RU-KL", S, "85"),
    ("09", "Карачаево-Черкесская Республика", R, "RU-KC", NC, "91"),
    ("10", "Республика Карелия", R, "RU-KR", NW, "86"),
    ("11", "Республика Коми", R, "RU-KO", NW, "87"),
    ("12", "Республика Марий Эл", R, "RU-ME", V, "88"),
    ("13", "Республика Мордовия", R, "RU-MO", V, "89"),
    ("14", "Республика Саха (Якутия)", R, "RU-SA", FE, "98"),
    ("15", "Республика Северная Осетия — Алания", R, "RU-SE", NC, "90"),
    ("16", "Республика Татарстан", R, "RU-TA", V, "92"),
    ("17", "Республика Тыва", R, "RU-TY", SB, "93"),
    ("18", "Удмуртская Республика", R, "RU-UD", V, "94"),
    ("19", "Республика Хакасия", R, "RU-KK", SB, "95"),
    ("20", "Чеченская Республика", R, "RU-CE", NC, "96"),
    ("21", "Чувашская Республика", R, "RU-CU", V, "97"),
    ("22", "Алтайский край", K, "RU-ALT", SB, "01"),
    ("23", "Краснодарский край", K, "RU-KDA", S, "03"),
    ("24", "Красноярский край", K, "RU-KYA", SB, "04"),
    ("25", "Приморский край", K, "RU-PRI", FE, "05"),
    ("26", "Ставропольский край", K, "RU-STA", NC, "07"),
    ("27", "Хабаровский край", K, "RU-KHA", FE, "08"),
    ("28", "Амурская область", O, "RU-AMU", FE, "10"),
    ("29", "Архангельская область", O, "RU-ARK", NW, "11"),
    ("30", "Астраханская область", O, "RU-AST", S, "12"),
    ("31", "Белгородская область", O, "RU-BEL", C, "14"),
    ("32", "Брянская область", O, "RU-BRY", C, "15"),
    ("33", "Владимирская область", O, "RU-VLA", C, "17"),
    ("34", "Волгоградская область", O, "RU-VGG", S, "18"),
    ("35", "Вологодская область", O, "RU-VLG", NW, "19"),
    ("36", "Воронежская область", O, "RU-VOR", C, "20"),
    ("37", "Ивановская область", O, "RU-IVA", C, "24"),
    ("38", "Иркутская область", O, "RU-IRK", SB, "25"),
    ("39", "Калининградская область", O, "RU-KGD", NW, "27"),
    ("40", "Калужская область", O, "RU-KLU", C, "29"),
    ("41", "Камчатский край", K, "RU-KAM", FE, "30"),
    ("42", "Кемеровская область — Кузбасс", O, "RU-KEM", SB, "32"),
    ("43", "Кировская область", O, "RU-KIR", V, "33"),
    ("44", "Костромская область", O, "RU-KOS", C, "34"),
    ("45", "Курганская область", O, "RU-KGN", U, "37"),
    ("46", "Курская область", O, "RU-KRS", C, "38"),
    ("47", "Ленинградская область", O, "RU-LEN", NW, "41"),
    ("48", "Липецкая область", O, "RU-LIP", C, "42"),
    ("49", "Магаданская область", O, "RU-MAG", FE, "44"),
    ("50", "Московская область", O, "RU-MOS", C, "46"),
    ("51", "Мурманская область", O, "RU-MUR", NW, "47"),
    ("52", "Нижегородская область", O, "RU-NIZ", V, "22"),
    ("53", "Новгородская область", O, "RU-NGR", NW, "49"),
    ("54", "Новосибирская область", O, "RU-NVS", SB, "50"),
    ("55", "Омская область", O, "RU-OMS", SB, "52"),
    ("56", "Оренбургская область", O, "RU-ORE", V, "53"),
    ("57", "Орловская область", O, "RU-ORL", C, "54"),
    ("58", "Пензенская область", O, "RU-PNZ", V, "56"),
    ("59", "Пермский край", K, "RU-PER", V, "57"),
    ("60", "Псковская область", O, "RU-PSK", NW, "58"),
    ("61", "Ростовская область", O, "RU-ROS", S, "60"),
    ("62", "Рязанская область", O, "RU-RYA", C, "61"),
    ("63", "Самарская область", O, "RU-SAM", V, "36"),
    ("64", "Саратовская область", O, "RU-SAR", V, "63"),
    ("65", "Сахалинская область", O, "RU-SAK", FE, "64"),
    ("66", "Свердловская область", O, "RU-SVE", U, "65"),
    ("67", "Смоленская область", O, "RU-SMO", C, "66"),
    ("68", "Тамбовская область", O, "RU-TAM", C, "68"),
    ("69", "Тверская область", O, "RU-TVE", C, "28"),
    ("70", "Томская область", O, "RU-TOM", SB, "69"),
    ("71", "Тульская область", O, "RU-TUL", C, "70"),
    ("72", "Тюменская область", O, "RU-TYU", U, "71"),
    ("73", "Ульяновская область", O, "RU-ULY", V, "73"),
    ("74", "Челябинская область", O, "RU-CHE", U, "75"),
    ("75", "Забайкальский край", K, "RU-ZAB", FE, "76"),
    ("76", "Ярославская область", O, "RU-YAR", C, "78"),
    ("77", "Москва", FC, "RU-MOW", C, "45"),
    ("78", "Санкт-Петербург", FC, "RU-SPE", NW, "40"),
    ("79", "Еврейская автономная область", AOB, "RU-YEV", FE, "99"),
    ("83", "Ненецкий автономный округ", AOK, "RU-NEN", NW, "118"),
    ("86", "Ханты-Мансийский автономный округ — Югра", AOK, "RU-KHM", U, "718"),
    ("87", "Чукотский автономный округ", AOK, "RU-CHU", FE, "77"),
    ("89", "Ямало-Ненецкий автономный округ", AOK, "RU-YAN", U, "719"),
    ("90", "Запорожская область", O, "RU-ZAP", S, "23"),
    ("91", "Республика Крым", R, "RU-CR", S, "35"),
    ("92", "Севастополь", FC, "RU-SEV", S, "67"),
    ("93", "Донецкая Народная Республика", R, "RU-DON", S, "21"),
    ("94", "Луганская Народная Республика", R, "RU-LUG", S, "43"),
    ("95", "Херсонская область", O, "RU-KHE", S, "74"),
]
# Subjects whose ISO code in towns.csv is not the one we publish.
ISO_OVERRIDE = {"Республика Крым": "RU-CR", "Севастополь": "RU-SEV"}
FEDERAL_CITY_PREFIXES = {"45", "40", "67"}   # Moscow, St Petersburg, Sevastopol


def norm_region_name(name):
    """towns.csv spells a few names with '-' or '–'; use the official em dash."""
    name = name.strip()
    for bad in (" - ", " – "):
        name = name.replace(bad, " — ")
    return name


# ---------------------------------------------------------------------------
# Corrections and real names known by hand for derived rows.
# ---------------------------------------------------------------------------
# towns.csv carries the subject-level code 11000000 for Нарьян-Мар; the real
# code of городской округ "Город Нарьян-Мар" is 11851000.
OKTMO_FIX = {("Нарьян-Мар", "11000000"): "11851000"}

# Municipal okrugs (3rd digit 5; in ЯНАО 4th digit 3/4) named after the
# former district.
MUNICIPAL_OKRUG_NAMES = {
    "07512000": "Буденновский муниципальный округ",
    "07558000": "Шпаковский муниципальный округ",
    "11518000": "Каргопольский муниципальный округ",
    "15501000": "Стародубский муниципальный округ",
    "15502000": "Жуковский муниципальный округ",
    "22505000": "Балахнинский муниципальный округ",
    "22507000": "Богородский муниципальный округ",
    "22540000": "Лысковский муниципальный округ",
    "22542000": "Павловский муниципальный округ",
    "22554000": "Уренский муниципальный округ",
    "28502000": "Андреапольский муниципальный округ",
    "28510000": "Весьегонский муниципальный округ",
    "28516000": "Западнодвинский муниципальный округ",
    "28532000": "Краснохолмский муниципальный округ",
    "32502000": "Гурьевский муниципальный округ",
    "32531000": "Топкинский муниципальный округ",
    "37520000": "Макушинский муниципальный округ",
    "37542000": "Шумихинский муниципальный округ",
    "47515000": "Печенгский муниципальный округ",
    "49538000": "Солецкий муниципальный округ",
    "57502000": "Александровский муниципальный округ",
    "71936000": "муниципальный округ Надымский район",
    "71940000": "муниципальный округ Пуровский район",
}
# Urban okrugs / settlements whose real name does not follow the
# "городской округ город <city>" pattern, or whose town is not the centre.
NAME_OVERRIDE = {
    "47737000": "городской округ ЗАТО Александровск",
    "57759000": "Ильинский городской округ",
    "41612155": "Заневское городское поселение",
}
# Municipal districts (first 5 digits of OKTMO) whose real name we know;
# other districts get "муниципальный район с центром в г. <city>".
DISTRICT_NAMES = {
    "01614": "Змеиногорский", "01616": "Каменский", "01625": "Локтевский",
    "19605": "Бабаевский", "19610": "Белозерский", "19614": "Великоустюгский",
    "19622": "Вытегорский", "19624": "Грязовецкий", "19628": "Кирилловский",
    "19634": "Никольский", "19638": "Сокольский", "19646": "Тотемский",
    "19650": "Устюженский", "19652": "Харовский",
    "28604": "Бежецкий", "28606": "Бельский", "28608": "Бологовский",
    "28618": "Зубцовский", "28622": "Калязинский", "28630": "Конаковский",
    "28634": "Кувшиновский", "28638": "Лихославльский", "28653": "Старицкий",
    "28655": "Торопецкий",
    "41603": "Бокситогорский", "41606": "Волосовский", "41609": "Волховский",
    "41612": "Всеволожский", "41615": "Выборгский", "41618": "Гатчинский",
    "41621": "Кингисеппский", "41624": "Киришский", "41625": "Кировский",
    "41627": "Лодейнопольский", "41633": "Лужский", "41636": "Подпорожский",
    "41639": "Приозерский", "41642": "Сланцевский", "41645": "Тихвинский",
    "41648": "Тосненский",
    "65628": "Нижнесергинский",
    "71811": "Белоярский", "71824": "Советский", "71826": "Сургутский",
    "78612": "Гаврилов-Ямский", "78615": "Даниловский", "78618": "Любимский",
    "78621": "Мышкинский", "78634": "Пошехонский", "78637": "Ростовский",
    "78643": "Тутаевский", "78646": "Угличский",
    "80606": "Баймакский", "80609": "Белебеевский", "80611": "Белорецкий",
    "80613": "Бирский", "80615": "Благовещенский", "80622": "Давлекановский",
    "80624": "Дюртюлинский", "80631": "Ишимбайский", "80641": "Мелеузовский",
    "80651": "Туймазинский", "80653": "Учалинский", "80659": "Янаульский",
    # districts whose centre is not a town in ru-cities (no x101 settlement)
    "04630": "Курагинский", "04654": "Туруханский", "11627": "Котласский",
    "14642": "Красногвардейский", "15616": "Дятьковский",
    "17620": "Гусь-Хрустальный", "18618": "Камышинский",
    "18651": "Среднеахтубинский", "22631": "Володарский", "24611": "Кинешемский",
    "24620": "Приволжский", "25604": "Братский", "33610": "Вятскополянский",
    "35616": "Кировский", "35627": "Ленинский", "61625": "Пронский",
    "81624": "Кабанский", "87644": "Усть-Вымский", "92612": "Арский",
    "92620": "Верхнеуслонский", "98616": "Верхоянский",
}
DISTRICT_FULL_NAMES = {"87626": "муниципальный район Сосногорск"}

# ---------------------------------------------------------------------------
# Rows added by hand (source=manual).
# (oktmo, name, type, region_code, parent_oktmo)
# Vologda/Tver districts and rural settlements: real names (2020 OKTMO
# structure, i.e. before the 2022 conversion of most districts of both
# regions into municipal okrugs); the district codes follow the OKTMO
# numbering of the region, the settlement codes (last 3 digits) are
# illustrative. Intra-city territories: real names, illustrative codes.
# ---------------------------------------------------------------------------
MD, RS, IT = "MUNICIPAL_DISTRICT", "RURAL_SETTLEMENT", "INTRACITY_TERRITORY"
MANUAL = [
    # Вологодская область (35): around Вологда
    ("19620000", "Вологодский муниципальный район", MD, "35", ""),
    ("19620412", "сельское поселение Майское", RS, "35", "19620000"),
    ("19620424", "сельское поселение Подлесное", RS, "35", "19620000"),
    ("19620432", "сельское поселение Семенковское", RS, "35", "19620000"),
    ("19620440", "сельское поселение Спасское", RS, "35", "19620000"),
    # around Череповец
    ("19656000", "Череповецкий муниципальный район", MD, "35", ""),
    ("19656412", "сельское поселение Ирдоматское", RS, "35", "19656000"),
    ("19656428", "сельское поселение Нелазское", RS, "35", "19656000"),
    ("19656448", "сельское поселение Тоншаловское", RS, "35", "19656000"),
    ("19656460", "сельское поселение Югское", RS, "35", "19656000"),
    # rural settlements in districts derived from ru-cities (Сокол, Грязовец)
    ("19638404", "сельское поселение Архангельское", RS, "35", "19638000"),
    ("19638412", "сельское поселение Двиницкое", RS, "35", "19638000"),
    ("19638436", "сельское поселение Пельшемское", RS, "35", "19638000"),
    ("19624412", "сельское поселение Комьянское", RS, "35", "19624000"),
    ("19624420", "сельское поселение Перцевское", RS, "35", "19624000"),
    ("19624428", "сельское поселение Ростиловское", RS, "35", "19624000"),
    # Тверская область (69): around Тверь
    ("28620000", "Калининский муниципальный район", MD, "69", ""),
    ("28620408", "сельское поселение Бурашевское", RS, "69", "28620000"),
    ("28620432", "сельское поселение Никулинское", RS, "69", "28620000"),
    ("28620460", "сельское поселение Черногубовское", RS, "69", "28620000"),
    # Москва (77): intra-city territories of the Central administrative okrug
    ("45374000", "муниципальный округ Арбат", IT, "77", ""),
    ("45375000", "муниципальный округ Басманный", IT, "77", ""),
    ("45376000", "муниципальный округ Замоскворечье", IT, "77", ""),
    ("45377000", "муниципальный округ Красносельский", IT, "77", ""),
    ("45378000", "муниципальный округ Мещанский", IT, "77", ""),
    ("45380000", "муниципальный округ Пресненский", IT, "77", ""),
    ("45382000", "муниципальный округ Тверской", IT, "77", ""),
    ("45383000", "муниципальный округ Хамовники", IT, "77", ""),
    # Санкт-Петербург (78): Центральный район
    ("40308000", "муниципальный округ Дворцовый округ", IT, "78", ""),
    ("40309000", "муниципальный округ № 78", IT, "78", ""),
    ("40310000", "муниципальный округ Литейный округ", IT, "78", ""),
    ("40311000", "муниципальный округ Смольнинское", IT, "78", ""),
    ("40312000", "муниципальный округ Лиговка-Ямская", IT, "78", ""),
    ("40313000", "муниципальный округ Владимирский округ", IT, "78", ""),
    # Севастополь (92)
    ("67302000", "Андреевский муниципальный округ", IT, "92", ""),
    ("67304000", "Балаклавский муниципальный округ", IT, "92", ""),
    ("67306000", "Верхнесадовский муниципальный округ", IT, "92", ""),
    ("67312000", "Гагаринский муниципальный округ", IT, "92", ""),
    ("67314000", "Ленинский муниципальный округ", IT, "92", ""),
    ("67316000", "Нахимовский муниципальный округ", IT, "92", ""),
]

UO, MO = "URBAN_OKRUG", "MUNICIPAL_OKRUG"
US = "URBAN_SETTLEMENT"


def codes(raw):
    """Return (8-digit municipal-formation code, 11-digit settlement code or '').

    The oktmo column was stored as a number: 10/11-digit settlement codes lost
    their leading zero (pad to 11); 7/8-digit values are 8-digit codes of the
    municipal formation itself (pad to 8).
    """
    raw = raw.strip()
    if raw.endswith(".0"):
        raw = raw[:-2]
    if not raw.isdigit():
        raise ValueError("bad oktmo %r" % raw)
    if len(raw) <= 8:
        return raw.zfill(8), ""
    full = raw.zfill(11)
    return full[:8], full


def level(c8):
    """Kind of an 8-digit code: 'UO', 'MO' or 'MD' (town inside a district)."""
    p3 = c8[:3]
    if p3 in ("718", "719", "118"):        # autonomous okrugs: one digit later
        d = c8[3]
        if p3 == "718":
            kind = {"1": "MD", "2": "MD", "7": "UO", "8": "UO"}.get(d)
        elif p3 == "719":
            kind = {"3": "MO", "4": "MO", "5": "UO"}.get(d)
        else:
            kind = {"1": "MD", "5": "UO"}.get(d)
    else:
        kind = {"7": "UO", "8": "UO", "5": "MO", "6": "MD"}.get(c8[2])
    if kind is None:
        raise ValueError("cannot classify OKTMO %s" % c8)
    return kind


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        w.writerows(rows)


def main():
    towns_path = Path(sys.argv[1] if len(sys.argv) > 1 else
                      os.environ.get("RU_CITIES_TOWNS", DEFAULT_TOWNS))
    with open(towns_path, encoding="utf-8", newline="") as f:
        towns = list(csv.DictReader(f))

    # de-duplicate by oktmo (first row wins after sorting: deterministic)
    seen, uniq = set(), []
    for t in sorted(towns, key=lambda t: (t["oktmo"], t["city"])):
        if t["oktmo"] in seen:
            continue
        seen.add(t["oktmo"])
        uniq.append(t)

    reg_by_name = {r[1]: r for r in REGIONS}
    derived = {}   # region name -> {"oktmo": set, "fd": set, "iso": set}
    towns_out = []
    for t in uniq:
        rname = norm_region_name(t["region_name_ao"] or t["region_name"])
        if rname not in reg_by_name:
            raise SystemExit("unknown region %r" % rname)
        c8, full = codes(t["oktmo"])
        c8 = OKTMO_FIX.get((t["city"], c8), c8)
        region = reg_by_name[rname]
        plen = len(region[5])
        d = derived.setdefault(rname, {"oktmo": set(), "fd": set(), "iso": set()})
        d["oktmo"].add(c8[:plen])
        d["fd"].add(t["federal_district"].strip())
        if not t["region_name_ao"].strip():   # AO towns carry the parent's ISO code
            d["iso"].add(ISO_OVERRIDE.get(rname, t["region_iso_code"].strip()))
        towns_out.append((t, rname, c8, full))

    # ---- regions.csv ------------------------------------------------------
    region_rows = []
    for code, name, typ, iso, fd, oktmo in REGIONS:
        if name in derived:
            d = derived[name]
            if d["oktmo"] != {oktmo} or d["fd"] != {fd} or not d["iso"] <= {iso}:
                raise SystemExit("region %s: data says %r" % (name, d))
        region_rows.append([code, oktmo, iso, name, typ, fd])
    region_rows.sort(key=lambda r: r[0])
    assert len(region_rows) == 89
    for i in range(4):
        assert len({r[i] for r in region_rows}) == 89, "duplicate in column %d" % i
    assert len({r[3] for r in region_rows}) == 89

    # longest-prefix lookup OKTMO -> region code
    prefixes = sorted(((r[1], r[0]) for r in region_rows), key=lambda p: -len(p[0]))

    def region_of(c8):
        for p, code in prefixes:
            if c8.startswith(p):
                return code
        raise ValueError(c8)

    # ---- municipalities.csv -----------------------------------------------
    rows = {}

    def add(oktmo, name, typ, parent, pop, source):
        assert len(oktmo) == 8 and oktmo.isdigit(), oktmo
        if oktmo in rows:
            old = rows[oktmo]
            # a municipality reached again through another town: keep the row
            # named after the centre (the one with a population), else the first
            if old[5] or not pop:
                return
        rows[oktmo] = [oktmo, name, typ, region_of(oktmo), parent, pop, source]

    districts = {}   # 5-digit prefix -> [(settlement code, city)]
    for t, rname, c8, full in towns_out:
        if c8[:2] in FEDERAL_CITY_PREFIXES and reg_by_name[rname][2] == FC:
            continue            # federal cities: see the manual territories
        city = t["city"].strip()
        # population only when the town is the centre of the row's municipality
        # (11-digit settlement code ending in 001, or only an 8-digit code given)
        is_centre = full == "" or full.endswith("001")
        pop = t["population"].strip() if is_centre else ""
        kind = level(c8)
        if kind == "UO":
            add(c8, NAME_OVERRIDE.get(c8, "городской округ город " + city), UO, "",
                pop, "ru-cities")
        elif kind == "MO":
            add(c8, MUNICIPAL_OKRUG_NAMES.get(
                c8, "муниципальный округ с центром в г. " + city), MO, "",
                pop, "ru-cities")
        else:
            dist = c8[:5] + "000"
            districts.setdefault(c8[:5], []).append((c8, city))
            if c8 == dist:
                continue
            stype = {"1": US, "4": "RURAL_SETTLEMENT"}[c8[5]]
            sname = NAME_OVERRIDE.get(c8, ("городское поселение город " if stype == US
                                           else "сельское поселение ") + city)
            add(c8, sname, stype, dist, pop, "ru-cities")

    for p5, towns_in in sorted(districts.items()):
        if p5 in DISTRICT_FULL_NAMES:
            dname = DISTRICT_FULL_NAMES[p5]
        elif p5 in DISTRICT_NAMES:
            dname = DISTRICT_NAMES[p5] + " муниципальный район"
        else:
            # the district centre is the urban settlement numbered 101
            centre = [city for c8, city in towns_in if c8[5:] == "101"]
            if centre:
                dname = "муниципальный район с центром в г. " + centre[0]
            else:
                dname = "муниципальный район (г. %s)" % min(towns_in)[1]
        dist = p5 + "000"
        assert dist not in rows, dist
        rows[dist] = [dist, dname, "MUNICIPAL_DISTRICT", region_of(dist), "", "",
                      "ru-cities"]

    for oktmo, name, typ, rcode, parent in MANUAL:
        if oktmo in rows:
            raise SystemExit("manual row %s collides with derived row %r" % (oktmo, rows[oktmo]))
        assert region_of(oktmo) == rcode, (oktmo, rcode)
        if parent:
            assert parent[:5] == oktmo[:5], (oktmo, parent)
        rows[oktmo] = [oktmo, name, typ, rcode, parent, "", "manual"]

    out = [rows[k] for k in sorted(rows)]
    for r in out:
        if r[4]:
            assert r[4] in rows, r
    write_csv(HERE / "regions.csv",
              ["code", "oktmo", "iso_code", "name", "type", "federal_district"],
              region_rows)
    write_csv(HERE / "municipalities.csv",
              ["oktmo", "name", "type", "region_code", "parent_oktmo", "population", "source"],
              out)
    counts = {}
    for r in out:
        counts[r[2]] = counts.get(r[2], 0) + 1
    print("regions.csv: %d rows" % len(region_rows))
    print("municipalities.csv: %d rows %s" % (len(out), dict(sorted(counts.items()))))


if __name__ == "__main__":
    main()
