#!/usr/bin/env python3
"""Writes the weekly file the ways spreadsheets save it (tests/sheets.rs reads them back).

Run from the repository root: python3 tests/sheets/make.py
Each file holds the first 24 rows of data/weeks.csv (with reasons in three scripts, quotes,
commas and semicolons inside fields), saved as:
  excel-az-csv-utf8.csv     Excel "CSV UTF-8" under Azerbaijani settings: BOM, semicolons,
                            decimal commas, dates day.month.year, CRLF; the comment line split
                            into cells and padded to the table's width
  excel-ru-csv-1251.csv     Excel "CSV" under Russian settings: Windows-1251 (characters it
                            lacks become "?"), semicolons, decimal commas, day.month.year, CRLF
  excel-unicode-text.txt    Excel "Unicode text": UTF-16 LE with BOM, tabs, decimal commas, CRLF
  libreoffice-semicolon.csv LibreOffice Calc, ";" chosen as separator: UTF-8, decimal commas, LF
  pasted.tsv                rows copied from a spreadsheet and pasted into a text editor: tabs,
                            decimal points, UTF-8, LF
"""
import csv, io
from pathlib import Path

D = Path(__file__).parent
lines = (D.parent.parent / "data" / "weeks.csv").read_text(encoding="utf-8").splitlines()
comment = [l for l in lines if l.startswith("#")]
rows = list(csv.reader([l for l in lines if not l.startswith("#")][:25]))
header = rows[0]
ha = header.index("hectares")

def localise(row, decimal_comma, dmy):
    out = list(row)
    if decimal_comma and out[ha]:
        out[ha] = out[ha].replace(".", ",")
    if dmy:
        for i in (0, 1):
            y, m, d = out[i].split("-")
            out[i] = f"{d}.{m}.{y}"
    return out

def write(name, delimiter, decimal_comma, dmy, encoding, newline, with_comment):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=newline, quoting=csv.QUOTE_MINIMAL)
    if with_comment:
        # The comment line was opened as cells (split at its commas) and saved padded.
        cells = next(csv.reader(comment))
        w.writerow(cells + [""] * (len(header) - len(cells)))
    w.writerow(header)
    for r in rows[1:]:
        w.writerow(localise(r, decimal_comma, dmy))
    text = buf.getvalue()
    if encoding == "utf-8-sig":
        data = text.encode("utf-8-sig")
    elif encoding == "utf-16":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        data = text.encode(encoding, errors="replace")
    (D / name).write_bytes(data)

write("excel-az-csv-utf8.csv", ";", True, True, "utf-8-sig", "\r\n", True)
write("excel-ru-csv-1251.csv", ";", True, True, "cp1251", "\r\n", True)
write("excel-unicode-text.txt", "\t", True, False, "utf-16", "\r\n", False)
write("libreoffice-semicolon.csv", ";", True, False, "utf-8", "\n", False)
write("pasted.tsv", "\t", False, False, "utf-8", "\n", False)
print("5 spreadsheet files written")
