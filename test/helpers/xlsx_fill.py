"""Fills an agency reply the way a user would, with openpyxl (which, unlike Excel, ignores sheet
protection — so it can also change a locked column). Usage: xlsx_fill.py <spec.json>
spec: {"in": path, "out": path, "edits": [{"tt": "14", "set": {"Tiến độ": "Hoàn thành",
"Ngày hoàn thành": "date:2026-06-10"}}]}. Prints {"TT": "Mã"} of the reply sheet as JSON."""
import datetime
import json
import sys

import openpyxl

spec = json.load(open(sys.argv[1], encoding="utf-8"))
wb = openpyxl.load_workbook(spec["in"])
ws = wb["Nhiệm vụ"]
header_row = 5
headers = {ws.cell(header_row, c).value: c for c in range(1, ws.max_column + 1)}
rows = {}
for r in range(header_row + 1, ws.max_row + 1):
    tt = ws.cell(r, headers["TT"]).value
    if tt:
        rows[str(tt)] = r
for e in spec.get("edits", []):
    r = rows[e["tt"]]
    for h, v in e["set"].items():
        if isinstance(v, str) and v.startswith("date:"):
            v = datetime.datetime.strptime(v[5:], "%Y-%m-%d")
        ws.cell(r, headers[h]).value = v
wb.save(spec["out"])
print(json.dumps({tt: ws.cell(r, headers["Mã"]).value for tt, r in rows.items()}))
