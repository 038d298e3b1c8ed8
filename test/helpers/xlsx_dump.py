"""Dumps an .xlsx as JSON with openpyxl (used by test/helpers/xlsxInspect.ts)."""
import datetime
import json
import sys

import openpyxl


def colour(c):
    if c is None:
        return None
    v = getattr(c, "rgb", None)
    return v[-6:] if isinstance(v, str) else None


def value(v):
    if isinstance(v, (datetime.datetime, datetime.date)):
        return v.isoformat()[:10]
    if isinstance(v, (str, int, float, bool)) or v is None:
        return v
    return str(v)


def dump_sheet(ws):
    out = {"title": ws.title, "cells": {}, "types": {}, "numFmts": {}, "fonts": {}, "hyperlinks": {}}
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            k = c.coordinate
            out["cells"][k] = value(c.value)
            out["types"][k] = c.data_type
            out["numFmts"][k] = c.number_format
            out["fonts"][k] = {"name": c.font.name, "size": c.font.sz, "bold": bool(c.font.b), "strike": bool(c.font.strike)}
            if c.hyperlink is not None:
                out["hyperlinks"][k] = c.hyperlink.location or c.hyperlink.target or ""
    out["tables"] = {
        t.displayName: {"ref": t.ref, "columns": [col.name for col in t.tableColumns]} for t in ws.tables.values()
    }
    cfs = []
    for rng, rules in ws.conditional_formatting._cf_rules.items():
        for r in rules:
            dxf = r.dxf
            cfs.append({
                "range": str(rng.sqref),
                "formula": list(r.formula or []),
                "fill": colour(dxf.fill.bgColor) if dxf is not None and dxf.fill is not None else None,
                "font": colour(dxf.font.color) if dxf is not None and dxf.font is not None else None,
                "strike": bool(dxf is not None and dxf.font is not None and dxf.font.strike),
                "stopIfTrue": bool(r.stopIfTrue),
            })
    out["conditionalFormats"] = cfs
    out["validations"] = [
        {"type": dv.type, "sqref": str(dv.sqref), "formula1": dv.formula1, "errorStyle": dv.errorStyle, "allowBlank": bool(dv.allow_blank)}
        for dv in ws.data_validations.dataValidation
    ]
    out["freeze"] = ws.freeze_panes
    ps = ws.page_setup
    out["page"] = {"paperSize": ps.paperSize, "orientation": ps.orientation, "fitToWidth": ps.fitToWidth, "fitToHeight": ps.fitToHeight}
    m = ws.page_margins
    out["margins"] = {"top": m.top, "bottom": m.bottom, "left": m.left, "right": m.right}
    out["printTitleRows"] = ws.print_title_rows
    hf = ws.HeaderFooter
    out["header"] = {
        "differentFirst": bool(hf.differentFirst),
        "oddCenter": hf.oddHeader.center.text if hf.oddHeader is not None else None,
        "firstCenter": hf.firstHeader.center.text if hf.firstHeader is not None else None,
    }
    out["footer"] = {"oddCenter": hf.oddFooter.center.text if hf.oddFooter is not None else None}
    out["printArea"] = ws.print_area
    out["merged"] = [str(r) for r in ws.merged_cells.ranges]
    return out


def main():
    wb = openpyxl.load_workbook(sys.argv[1], data_only=sys.argv[2] == "1")
    names = {}
    try:
        items = wb.defined_names.items()
    except AttributeError:
        items = [(d.name, d) for d in wb.defined_names.definedName]
    for name, d in items:
        names[name] = d.attr_text
    calc = getattr(wb, "calculation", None)
    json.dump({
        "sheets": [dump_sheet(ws) for ws in wb.worksheets],
        "names": names,
        "fullCalcOnLoad": bool(calc.fullCalcOnLoad) if calc is not None else None,
    }, sys.stdout, ensure_ascii=False)


main()
