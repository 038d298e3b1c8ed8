"""XlsxWriter writing the cells the bench gives (JSON: [{name, rows}]), for npm run bench.

Prints one JSON line: CPU seconds of the writing alone, peak RSS (KB) and the file size.
"""
import json
import os
import resource
import sys

import xlsxwriter


def main(cells_path, out_path, constant_memory):
    with open(cells_path, encoding='utf-8') as f:
        sheets = json.load(f)
    t = resource.getrusage(resource.RUSAGE_SELF)
    start = t.ru_utime + t.ru_stime
    wb = xlsxwriter.Workbook(out_path, {'constant_memory': constant_memory, 'strings_to_numbers': False,
                                        'strings_to_formulas': False, 'strings_to_urls': False})
    for s in sheets:
        ws = wb.add_worksheet(s['name'][:31])
        for i, row in enumerate(s['rows']):
            if not row:
                continue
            for j, v in enumerate(row):
                if v is None or v == '':
                    continue
                if isinstance(v, dict):
                    ws.write_formula(i - 1, j - 1, v['formula'])
                else:
                    ws.write(i - 1, j - 1, v)
    wb.close()
    t = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({'cpu': (t.ru_utime + t.ru_stime - start) * 1000, 'maxRSS': t.ru_maxrss, 'bytes': os.path.getsize(out_path)}))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3] == '1')
