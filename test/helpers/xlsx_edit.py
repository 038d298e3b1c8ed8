"""Edits an .xlsx the way a user would, with openpyxl (used by test/helpers/xlsxEdit.ts).

argv: file, JSON list of operations; the file is saved in place. Operations:
  {"op": "set", "sheet", "cell", "value", "type": "str"|"num"|"date"|"formula"}   date = "YYYY-MM-DD"
  {"op": "renameTable", "sheet", "from", "to"}
  {"op": "unlistTable", "sheet", "name"}            Excel's "Convert to Range": the cells stay
  {"op": "header", "sheet", "table", "from", "to"}  rename a header cell (and the table column)
  {"op": "sort", "sheet", "table", "by", "reverse"} sort the body rows by a column, as Excel does
  {"op": "copyRow", "sheet", "table", "row", "set": {header: value}}  copy a row below the table, then edit it
  {"op": "appendRow", "sheet", "table", "values": {header: value}}    type a new row under the table
"""
import datetime
import json
import sys

import openpyxl
from openpyxl.formula.translate import Translator
from openpyxl.utils import get_column_letter, range_boundaries


def table_of(ws, name):
    for t in ws.tables.values():
        if t.name == name:
            return t
    raise SystemExit(f"no table {name} on {ws.title}")


def headers(ws, t):
    c1, r1, c2, _ = range_boundaries(t.ref)
    return [ws.cell(r1, c).value for c in range(c1, c2 + 1)]


def put(cell, value, kind=None):
    if kind == "date":
        cell.value = datetime.datetime.strptime(value, "%Y-%m-%d")
        cell.number_format = "DD/MM/YYYY"
    elif kind == "num":
        cell.value = float(value)
    else:
        cell.value = value


def row_values(ws, r, c1, c2):
    return [ws.cell(r, c).value for c in range(c1, c2 + 1)]


def write_row(ws, dest, src_row, values, c1):
    for i, v in enumerate(values):
        col = get_column_letter(c1 + i)
        if isinstance(v, str) and v.startswith("="):
            v = Translator(v, origin=f"{col}{src_row}").translate_formula(f"{col}{dest}")
        ws.cell(dest, c1 + i).value = v


def grow(t, ws, r2):
    c1, r1, c2, _ = range_boundaries(t.ref)
    t.ref = f"{get_column_letter(c1)}{r1}:{get_column_letter(c2)}{r2}"
    if t.autoFilter is not None:
        t.autoFilter.ref = t.ref


def main():
    path, ops = sys.argv[1], json.loads(sys.argv[2])
    wb = openpyxl.load_workbook(path)
    for op in ops:
        ws = wb[op["sheet"]]
        kind = op["op"]
        if kind == "set":
            put(ws[op["cell"]], op["value"], op.get("type"))
        elif kind == "renameTable":
            t = table_of(ws, op["from"])
            del ws.tables[op["from"]]
            t.name = op["to"]
            t.displayName = op["to"]
            ws.add_table(t)
        elif kind == "unlistTable":
            del ws.tables[op["name"]]
        elif kind == "header":
            t = table_of(ws, op["table"])
            c1, r1, _, _ = range_boundaries(t.ref)
            i = headers(ws, t).index(op["from"])
            ws.cell(r1, c1 + i).value = op["to"]
            t.tableColumns[i].name = op["to"]
        elif kind == "sort":
            t = table_of(ws, op["table"])
            c1, r1, c2, r2 = range_boundaries(t.ref)
            i = headers(ws, t).index(op["by"])
            rows = [(r, row_values(ws, r, c1, c2)) for r in range(r1 + 1, r2 + 1)]
            rows.sort(key=lambda x: (x[1][i] is None, str(x[1][i] or "")), reverse=bool(op.get("reverse")))
            for k, (src, values) in enumerate(rows):
                write_row(ws, r1 + 1 + k, src, values, c1)
        elif kind == "copyRow":
            t = table_of(ws, op["table"])
            c1, r1, c2, r2 = range_boundaries(t.ref)
            hs = headers(ws, t)
            values = row_values(ws, op["row"], c1, c2)
            write_row(ws, r2 + 1, op["row"], values, c1)
            for h, v in op.get("set", {}).items():
                put(ws.cell(r2 + 1, c1 + hs.index(h)), v)
            grow(t, ws, r2 + 1)
        elif kind == "appendRow":
            t = table_of(ws, op["table"])
            c1, r1, c2, r2 = range_boundaries(t.ref)
            hs = headers(ws, t)
            for h, v in op["values"].items():
                put(ws.cell(r2 + 1, c1 + hs.index(h)), v)
            grow(t, ws, r2 + 1)
        else:
            raise SystemExit(f"unknown op {kind}")
    wb.save(path)


main()
