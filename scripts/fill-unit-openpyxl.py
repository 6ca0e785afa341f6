#!/usr/bin/python3
"""Fills cells of a unit file made by `rbm split`, with openpyxl: a second writer for the merge tests.

Usage: /usr/bin/python3 scripts/fill-unit-openpyxl.py UNIT.xlsx OUT.xlsx 'Lampiran II' R8=1 V8='SK ditetapkan'

Values that read as numbers are written as numbers, others as text. openpyxl keeps the sheet's
protection, hidden column, hidden sheet and data validations when it saves, as a coordinator's
Excel would. The committed fixture tests/fixtures/tiered/inspektorat-openpyxl.xlsx was made by:

  node dist/rbm.cjs split samples/matriks-rb.xlsx --by koordinator --out /tmp/split
  /usr/bin/python3 scripts/fill-unit-openpyxl.py /tmp/split/Inspektorat.xlsx \
      tests/fixtures/tiered/inspektorat-openpyxl.xlsx 'Lampiran II' R8=1 W8='https://example.go.id/sk-evaluasi-akip'
"""
import sys
import openpyxl

source, target, sheet_name, *assignments = sys.argv[1:]
book = openpyxl.load_workbook(source)
sheet = book[sheet_name]
for assignment in assignments:
    cell, value = assignment.split('=', 1)
    try:
        sheet[cell] = float(value) if '.' in value else int(value)
    except ValueError:
        sheet[cell] = value
book.save(target)
