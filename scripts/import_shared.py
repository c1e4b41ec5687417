#!/usr/bin/env python3
"""One-off import of the compiled source data (../shared/data) into the project's own format (data/).

Not part of the build. It was run once to create data/weeks.csv, data/totals.csv and
data/districts.csv; since then those files are the project's data and are edited by hand
(see README "Updating the data"). Re-running it overwrites them.

Usage: python3 scripts/import_shared.py [SHARED_DATA_DIR]
"""
import csv
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

SRC = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
OUT = Path(__file__).resolve().parents[1] / "data"

# Periods that print the same report under a second end date: counted once (the other one).
SAME_REPORT = {
    ("2021-08-16", "2021-08-21"): "2021-08-16..2021-08-23",
    ("2022-06-01", "2022-06-04"): "2022-06-01..2022-06-06",
    ("2023-09-11", "2023-09-18"): "2023-09-18..2023-09-24",
}

# The one disputed week: both readings of the contradictory article.
ALTERNATIVES = {
    ("2023-06-12", "2023-06-17"): "anti_personnel=18 TurkicWorld; anti_personnel=12 TurkicWorld",
}

OUTLETS = {
    "trend.az": "Trend", "en.trend.az": "Trend", "ru.trend.az": "Trend (Russian)", "www.trend.az": "Trend",
    "report.az": "Report.az", "menafn.com": "MENAFN", "www.azernews.az": "Azernews", "azernews.az": "Azernews",
    "news.day.az": "Day.az", "www.today.az": "Today.az", "today.az": "Today.az", "news.az": "News.az",
    "azertag.az": "AZERTAC", "turkic.world": "TurkicWorld", "en.vestikavkaza.ru": "Vestnik Kavkaza",
    "vestikavkaza.ru": "Vestnik Kavkaza (Russian)", "1news.az": "1news.az", "metbuat.az": "Metbuat.az",
    "axar.az": "Axar.az", "525.az": "525.az", "www.urdupoint.com": "UrduPoint", "unikal.az": "Unikal.az",
    "mtm.az": "MTM.az", "media.az": "Media.az", "minval.biz": "Minval", "silkway.news": "Silkway News",
    "aws-www.meydan.tv": "Meydan TV", "anl.az": "Bakinsky Rabochiy (anl.az)", "yap.org.az": "YAP",
    "www.trt.net.tr": "TRT", "ictimaixeber.az": "Ictimai Xeber", "fr.azvision.az": "AzVision (French)",
    "de.azvision.az": "AzVision (German)", "anews.az": "Anews", "www.vetensesi.az": "Vetən Səsi",
    "panorama.am": "Panorama.am", "armiya.az": "Armiya.az", "avtosfer.az": "Avtosfer.az",
    "www.baymedia.az": "Baymedia", "sfera.az": "Sfera.az", "dogru.az": "Dogru.az",
    "www.sabahinfo.az": "Sabahinfo", "iqtisadiyyat.az": "Iqtisadiyyat.az",
}

DISTRICT_IDS = {
    "tartar": "tartar", "aghdam": "aghdam", "kalbajar": "kalbajar", "khojaly": "khojaly",
    "khojavend": "khojavend", "shusha": "shusha", "lachin": "lachin", "fuzuli": "fuzuli",
    "jabrayil": "jabrayil", "gubadli": "gubadli", "zangilan": "zangilan", "aghdara": "aghdara",
    "khankendi": "khankendi", "other districts": "other",
}

QUALIFIER = [
    (re.compile(r"\b(over|more than|mehr als|plus de|более|artıq|çox)\b", re.I), "over"),
    (re.compile(r"\b(about|around|approx|approximately|some|almost|nearly|yaxın|rounded)\b", re.I), "about"),
    (re.compile(r"\bup to\b", re.I), "up_to"),
]


def outlet_of(url, fallback=""):
    if not url:
        return fallback or "not captured"
    host = urlparse(url).netloc.lower()
    return OUTLETS.get(host, host.removeprefix("www."))


def cite(outlet, url):
    return f"{outlet.replace(';', ',').replace('<', '').replace('>', '')} <{url}>"


def qualifier_of(note):
    head = note.split(";")[0][:160]
    for pattern, q in QUALIFIER:
        if pattern.search(head):
            return q
    return ""


def clean_note(note):
    note = re.sub(r"\s+", " ", note).strip()
    return note[:300]


def weeks():
    articles = list(csv.DictReader(open(SRC / "weekly.csv", encoding="utf-8")))
    outlet_by_url = {}
    for a in articles:
        outlet_by_url.setdefault(a["source_url"], a["outlet"])
    rows = []
    for w in csv.DictReader(open(SRC / "weeks.csv", encoding="utf-8")):
        key = (w["week_start"], w["week_end"])
        cites = []
        urls = w["sources"].split()
        for url in urls:
            cites.append(cite(outlet_by_url.get(url, outlet_of(url)), url))
        if not urls:
            # 16-22 Dec 2024: the article's address was not captured.
            cites.append(cite("MENAFN/AzerNews (Qabil Ashirov, 23 Dec 2024)", ""))
        rows.append({
            "start": w["week_start"], "end": w["week_end"],
            "anti_tank": w["anti_tank"], "anti_personnel": w["anti_personnel"], "uxo": w["uxo"],
            "hectares": w["hectares"], "hectares_qualifier": w["hectares_qualifier"],
            "status": w["status"], "same_report_as": SAME_REPORT.get(key, ""),
            "alternatives": ALTERNATIVES.get(key, ""), "reason": w["reason"], "sources": "; ".join(cites),
        })
    with open(OUT / "weeks.csv", "w", newline="", encoding="utf-8") as f:
        f.write("# Clearance Atlas weekly records, schema 1. One row per reporting period; see README 'Updating the data'.\n")
        wr = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
        wr.writeheader()
        wr.writerows(rows)
    return len(rows)


def classify(r):
    """Returns (kind, scope, period, district, metric) or None for rows the app does not use."""
    period, metric, notes, as_of = r["period"], r["metric"], r["notes"], r["as_of"]
    if not as_of or "NOT STATED" in period or "DO NOT DISPLAY" in notes:
        return None
    if "CONTEXT" in notes:
        if metric in ("mines_estimated", "area_contaminated_km2", "share_of_territory_contaminated_pct",
                      "mine_victims_civilian_share_pct") and "district" not in period:
            return ("context", "anama", "", "", metric)
        return None
    dm = re.search(r"district=([A-Za-z ]+?)(?: \(|$)", period)
    district = None
    if dm:
        district = DISTRICT_IDS.get(dm.group(1).strip().lower())
        if district is None:
            return None
    scope = "anama"
    if "Defense Ministry" in period or "Defense Ministry" in notes[:80]:
        scope = "mod"
    if "all agencies" in period or "PM report" in period or "see note" in period or "economic region" in period:
        return None
    m = re.fullmatch(r"year (\d{4})(?: district=.*)?", period)
    if m and metric in ("hectares", "anti_tank", "anti_personnel", "uxo"):
        if district:
            src = "cabinet"
            return ("district_year", src, m.group(1), district, metric)
        return ("annual", scope, m.group(1), "", metric)
    if district and re.fullmatch(r"cumulative 2020\.\.2024 district=.*", period) and metric in (
            "mines_neutralized", "explosive_ordnance_neutralized"):
        return ("district_period", "ssc", "2020..2024", district,
                "mines" if metric == "mines_neutralized" else "explosive_ordnance")
    if district and metric == "share_of_district_cleared_pct":
        return ("district_share", "anama", "", district, "share_cleared_pct")
    if district:
        return None
    m = re.fullmatch(r"(\d{4}-\d{2}) \(.*\)", period)
    m2 = re.fullmatch(r"(\d{4}-\d{2})-01\.\.(\d{4}-\d{2})-(28|29|30|31)", period)
    if metric in ("hectares", "anti_tank", "anti_personnel", "uxo"):
        if m:
            return ("monthly", scope, m.group(1), "", metric)
        if m2 and m2.group(1) == m2.group(2):
            return ("monthly", scope, m2.group(1), "", metric)
        if period.startswith("cumulative") and "Defense" not in period:
            return ("cumulative", scope, "", "", metric)
    if metric in ("mine_victims", "mine_victims_killed", "mine_victims_injured") and (
            period.startswith("cumulative") or period.startswith("since")):
        return ("victims", "other", "", "", {"mine_victims": "victims", "mine_victims_killed": "killed",
                                             "mine_victims_injured": "injured"}[metric])
    return None


def totals():
    out, seen, dropped = [], set(), 0
    for r in csv.DictReader(open(SRC / "totals.csv", encoding="utf-8")):
        c = classify(r)
        if c is None:
            dropped += 1
            continue
        kind, scope, period, district, metric = c
        if kind == "monthly" and period.startswith("2026-01") is False and "year inferred" in r["notes"].lower():
            pass
        key = (kind, scope, period, district, metric, r["as_of"], r["value"])
        if key in seen:
            continue
        seen.add(key)
        url = r["source_url"]
        out.append({
            "kind": kind, "scope": scope, "as_of": r["as_of"], "period": period, "district": district,
            "metric": metric, "value": r["value"], "qualifier": qualifier_of(r["notes"]),
            "source": cite(outlet_of(url, "MENAFN/AzerNews (23 Dec 2024)"), url), "note": clean_note(r["notes"]),
        })
    # The stated goal is a headline, not a metric row in totals.csv: cite the report that states it.
    out.append({
        "kind": "context", "scope": "cabinet", "as_of": "2026-03-13", "period": "2026", "district": "",
        "metric": "goal_hectares_per_year", "value": "65000", "qualifier": "over",
        "source": cite("Report.az", "https://report.az/qarabag/bu-il-65-min-ha-dan-artiq-erazinin-minalardan-temizlenmesi-planlasdirilir"),
        "note": "2026 plan: over 65 thousand ha to be cleared this year (headline of the Cabinet 2025 report article)",
    })
    out.sort(key=lambda x: (x["kind"], x["district"], x["metric"], x["as_of"]))
    with open(OUT / "totals.csv", "w", newline="", encoding="utf-8") as f:
        f.write("# Clearance Atlas totals, schema 1. Annual, monthly, cumulative, per-district, victims and context figures.\n")
        wr = csv.DictWriter(f, fieldnames=list(out[0].keys()), lineterminator="\n")
        wr.writeheader()
        wr.writerows(out)
    return len(out), dropped


if __name__ == "__main__":
    n = weeks()
    t, d = totals()
    print(f"weeks: {n} records; totals: {t} rows kept, {d} rows not used by the app")
