#!/usr/bin/env python3
"""Writes the corpus of bad weekly data files (each with the problem it must be reported for).

Run from the repository root: python3 tests/bad-files/make.py
The expected problem of each file is in EXPECTED.tsv (file, then text the first reported
problem must contain). The 10 MB file is made by the test itself, not stored.
"""
from pathlib import Path

D = Path(__file__).parent
H = "start,end,anti_tank,anti_personnel,uxo,hectares,hectares_qualifier,status,reason,sources"
OK = "2025-01-06,2025-01-12,10,20,30,400.5,,single-source,,Trend <https://en.trend.az/a>"
OK2 = "2025-01-13,2025-01-19,11,21,31,401,,confirmed,,Trend <https://en.trend.az/b>; Report.az <https://report.az/c>"

def row(**kw):
    base = dict(start="2025-01-06", end="2025-01-12", at="10", ap="20", uxo="30", ha="400.5", q="", status="single-source", reason="", src="Trend <https://en.trend.az/a>")
    base.update(kw)
    return ",".join([base["start"], base["end"], base["at"], base["ap"], base["uxo"], base["ha"], base["q"], base["status"], base["reason"], base["src"]])

cases = [
    ("empty.csv", "", "no header row"),
    ("only-comment.csv", "# nothing here\n", "no header row"),
    ("missing-sources-column.csv", H.replace(",sources", "") + "\n" + ",".join(OK.split(",")[:-1]) + "\n", "no column 'sources'"),
    ("missing-status-column.csv", H.replace(",status", "") + "\n", "no column 'status'"),
    ("semicolon-not-weekly.csv", "Week;Mines;Hectares\n2025-01-06;10;400,5\n", "a table of 3 semicolon-separated columns"),
    ("tab-not-weekly.csv", "Week\tMines\n2025-01-06\t10\n", "a table of 2 tab-separated columns"),
    ("semicolon-bad-decimal.csv", H.replace(",", ";") + "\n" + row(ha="HA").replace(",", ";").replace("HA", "12,5,0") + "\n", "hectares '12,5,0' is not a number"),
    ("truncated-row.csv", H + "\n" + OK + "\n2025-01-13,2025-01-19,11\n", "expected 10 fields, found 3"),
    ("truncated-quote.csv", H + "\n" + OK + '\n2025-01-13,2025-01-19,11,21,31,401,,single-source,"unfinished reason,Trend <https://x.az/>\n', "quoted field is never closed"),
    ("extra-field.csv", H + "\n" + OK + ",extra\n", "expected 10 fields, found 11"),
    ("stray-quote.csv", H + "\n" + row(reason='say "hi"') + "\n", "quote mark inside an unquoted field"),
    ("text-after-quote.csv", H + "\n" + row(reason='"quoted"tail') + "\n", "text after a closing quote"),
    ("hectares-decimal-comma.csv", H + "\n" + row(ha='"12,5"') + "\n", "hectares '12,5' is not a number"),
    ("hectares-two-commas.csv", H + "\n" + row(ha='"12,5,0"') + "\n", "hectares '12,5,0' is not a number"),
    ("hectares-text.csv", H + "\n" + row(ha="lots") + "\n", "hectares 'lots' is not a number"),
    ("hectares-nan.csv", H + "\n" + row(ha="NaN") + "\n", "hectares 'NaN' is not a number"),
    ("hectares-inf.csv", H + "\n" + row(ha="inf") + "\n", "hectares 'inf' is not a number"),
    ("hectares-exponent.csv", H + "\n" + row(ha="1e3") + "\n", "hectares '1e3' is not a number"),
    ("hectares-negative.csv", H + "\n" + row(ha="-5") + "\n", "hectares '-5' is out of range"),
    ("hectares-huge.csv", H + "\n" + row(ha="3544000") + "\n", "hectares '3544000' is out of range"),
    ("hectares-absurd-week.csv", H + "\n" + row(ha="10000.1") + "\n", "hectares '10000.1' is out of range"),
    ("hectares-leading-dot.csv", H + "\n" + row(ha=".5") + "\n", "hectares '.5' is not a number"),
    ("anti-tank-negative.csv", H + "\n" + row(at="-1") + "\n", "anti_tank '-1' is out of range"),
    ("anti-tank-decimal.csv", H + "\n" + row(at="1.5") + "\n", "anti_tank '1.5' is not a number"),
    ("anti-personnel-huge.csv", H + "\n" + row(ap="99999999999999999999") + "\n", "anti_personnel '99999999999999999999' is not a number"),
    ("uxo-over-ceiling.csv", H + "\n" + row(uxo="100001") + "\n", "uxo '100001' is out of range"),
    ("uxo-thousands-separator.csv", H + "\n" + row(uxo='"1,584"') + "\n", "uxo '1,584' is not a number"),
    ("uxo-spaces-inside.csv", H + "\n" + row(uxo="1 584") + "\n", "uxo '1 584' is not a number"),
    ("date-dmy.csv", H + "\n" + row(start="06.01.2025") + "\n", "start '06.01.2025' is not a date"),
    ("date-impossible.csv", H + "\n" + row(start="2025-02-30") + "\n", "start '2025-02-30' is not a date"),
    ("date-month-13.csv", H + "\n" + row(end="2025-13-01") + "\n", "end '2025-13-01' is not a date"),
    ("date-before-operations.csv", H + "\n" + row(start="2019-12-30", end="2020-01-05") + "\n", "start '2019-12-30' is outside"),
    ("date-far-future.csv", H + "\n" + row(start="2099-01-05", end="2099-01-11") + "\n", "start '2099-01-05' is outside"),
    ("dates-reversed.csv", H + "\n" + row(start="2025-01-12", end="2025-01-06") + "\n", "ends before it starts"),
    ("period-too-long.csv", H + "\n" + row(start="2025-01-01", end="2025-03-01") + "\n", "period is 60 days long"),
    ("duplicate-week.csv", H + "\n" + OK + "\n" + OK + "\n", "same period appears twice"),
    ("overlapping-weeks.csv", H + "\n" + OK + "\n" + row(start="2025-01-09", end="2025-01-15") + "\n", "overlaps 2025-01-06..2025-01-12"),
    ("unknown-status.csv", H + "\n" + row(status="approved") + "\n", "status 'approved' is not known"),
    ("status-capitalised.csv", H + "\n" + row(status="Confirmed") + "\n", "status 'Confirmed' is not known"),
    ("unknown-qualifier.csv", H + "\n" + row(q="roughly") + "\n", "hectares_qualifier 'roughly' is not known"),
    ("no-source.csv", H + "\n" + row(src="") + "\n", "the record has no source"),
    ("source-without-brackets.csv", H + "\n" + row(src="Trend https://en.trend.az/a") + "\n", "sources 'Trend https://en.trend.az/a' is not known"),
    ("source-javascript-url.csv", H + "\n" + row(src="Evil <javascript:alert(1)>") + "\n", "'javascript:alert(1)' is not an http(s) URL"),
    ("source-data-url.csv", H + "\n" + row(src='"Evil <data:text/html,hi>"') + "\n", "'data:text/html,hi' is not an http(s) URL"),
    ("source-relative-url.csv", H + "\n" + row(src="Evil </admin>") + "\n", "'/admin' is not an http(s) URL"),
    ("source-url-with-quote.csv", H + "\n" + row(src='"Evil <https://x.az/a""onmouseover=alert(1)>"') + "\n", "is not an http(s) URL"),
    ("source-no-outlet.csv", H + "\n" + row(src="<https://en.trend.az/a>") + "\n", "the record has no source"),
    ("script-tag-in-url.csv", H + "\n" + row(src="X <https://x.az/<script>alert(1)</script>>") + "\n", "is not an http(s) URL"),
    ("unknown-same-report.csv", "start,end,anti_tank,anti_personnel,uxo,hectares,hectares_qualifier,status,same_report_as,reason,sources\n" + "2025-01-06,2025-01-12,1,2,3,4,,single-source,2024-01-01..2024-01-07,,T <https://t.az/a>\n", "same_report_as '2024-01-01..2024-01-07' is not a period"),
    ("bad-alternatives.csv", "start,end,anti_tank,anti_personnel,uxo,hectares,hectares_qualifier,status,alternatives,reason,sources\n" + "2025-01-06,2025-01-12,1,2,3,4,,disputed,bananas=3 X,,T <https://t.az/a>\n", "alternatives 'bananas=3 X' is not known"),
    ("header-only-wrong-names.csv", "from,to,at,ap,uxo,ha\n", "no column 'start'"),
]

binary = [
    ("utf16-bad-date.csv", b"\xff\xfe" + (H + "\n" + row(start="06.01.2025") + "\n").encode("utf-16-le"), "start '06.01.2025' is not a date"),
    ("workbook.xlsx", b"PK\x03\x04" + bytes(range(256)), "spreadsheet workbook"),
    ("nul-bytes.csv", (H + "\n" + OK + "\n").encode() + b"\x00\x00", "the file is not text"),
    ("random-binary.csv", bytes(range(256)) * 4, "the file is not text"),
]

lines = []
for name, text, want in cases:
    (D / name).write_text(text, encoding="utf-8")
    lines.append(f"{name}\t{want}")
for name, data, want in binary:
    (D / name).write_bytes(data)
    lines.append(f"{name}\t{want}")
# A BOM alone is accepted (spreadsheets add it): the file is fine.
(D / "good-with-bom.csv").write_text("\ufeff" + H + "\n" + OK + "\n" + OK2 + "\n", encoding="utf-8")
(D / "EXPECTED.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"{len(lines)} bad files written")
