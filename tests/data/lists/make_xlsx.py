#!/usr/bin/env python3
"""Writes the spreadsheet fixtures of tests/lists_more.rs from the tables below.

    python3 tests/data/lists/make_xlsx.py

Output (committed, byte-for-byte reproducible: fixed zip timestamps, no third-party modules):
  uk/conlist_mini.csv, uk/conlist_mini.xlsx   UK OFSI ConList layout (36 columns)
  uk/fcdo_mini.ods, uk/fcdo_mini.xlsx         UK FCDO search-service export layout (8 columns)
  uk/fcdo_mini_indented.ods                   the same ODS indented as Excel writes it
  australia/dfat_mini.xlsx                    Australia DFAT layout, with real date cells

All people, companies, ships and numbers are invented.
"""
import csv
import datetime
import io
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (1980, 1, 1, 0, 0, 0)

UK_HEADERS = [
    "Name 6", "Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Title", "Name Non-Latin Script",
    "Non-Latin Script Type", "Non-Latin Script Language", "DOB", "Town of Birth", "Country of Birth",
    "Nationality", "Passport Number", "Passport Details", "National Identification Number",
    "National Identification Details", "Position", "Address 1", "Address 2", "Address 3", "Address 4",
    "Address 5", "Address 6", "Post/Zip Code", "Country", "Other Information", "Group Type",
    "Alias Type", "Alias Quality", "Regime", "Listed On", "UK Sanctions List Date Designated",
    "Last Updated", "Group ID",
]

IVANOV = {
    "Title": "Mr", "Town of Birth": "Tver", "Country of Birth": "Russia",
    "Nationality": "(1) Russia (2) Ukraine",
    "Passport Number": "(1) 720000123 (2) 530000456",
    "Passport Details": "(1) Russian passport, issued 04/05/2012 (2) Ukrainian passport",
    "National Identification Number": "7701234567", "National Identification Details": "INN",
    "Position": "(1) Director of Invented Trading LLC (2) Member of an invented board",
    "Address 1": "12 Naberezhnaya St", "Address 6": "Moscow", "Post/Zip Code": "123456",
    "Country": "Russia",
    "Other Information": "(UK Sanctions List Ref):RUS9901. (UK Statement of Reasons):Invented for "
    "tests; supplies (1) fuel and (2) coal. (Gender):Male",
    "Group Type": "Individual", "Regime": "Russia", "Listed On": "15/03/2022",
    "UK Sanctions List Date Designated": "15/03/2022", "Last Updated": "16/03/2022",
    "Group ID": "90001",
}
POLAR = {
    "Other Information": "(UK Sanctions List Ref):RUS9902. (UK Statement of Reasons):Invented. "
    "(Type of entity):Limited Liability Company (Business Reg No):(1) Russian TIN: 7701000001 "
    "(2) OGRN 1027700000001 (Parent company):Invented Holding JSC",
    "Group Type": "Entity", "Regime": "Russia", "Listed On": "15/03/2022",
    "UK Sanctions List Date Designated": "15/03/2022", "Last Updated": "15/03/2022",
    "Group ID": "90002", "Country": "Russia",
}
HORIZON = {
    "Other Information": "(UK Sanctions List Ref):DPR9903. Invented tanker. (IMO number):9123456 "
    "(Current owners):Invented Shipping Co (Flag of ship):North Korea (Type of ship):Oil tanker "
    "(Tonnage of ship):1676 (Length of ship):80 (Year built):1975",
    "Group Type": "Ship", "Regime": "Democratic People's Republic of Korea",
    "Listed On": "03/04/2018", "UK Sanctions List Date Designated": "30/03/2018",
    "Last Updated": "31/12/2020", "Group ID": "90003",
}
HAMID = {
    "Name Non-Latin Script": "عبد الحميد", "Non-Latin Script Type": "", "Nationality": "Iraq",
    "Other Information": "(UK Sanctions List Ref):IRQ9904. (UN Ref):IQi.901.",
    "Group Type": "Individual", "Regime": "Iraq", "Listed On": "07/08/2004",
    "Group ID": "90004",
}


def uk_rows():
    def row(base, **fields):
        r = dict(base)
        r.update(fields)
        return r

    ivanov_names = [
        dict(**{"Name 6": "IVANOV", "Name 1": "Sergei", "Name 2": "Petrovich",
                "Name Non-Latin Script": "Сергей Петрович ИВАНОВ", "Non-Latin Script Type": "Cryillic",
                "Non-Latin Script Language": "Russian", "Alias Type": "Primary name"}),
        {"Name 6": "IVANOFF", "Name 1": "Serguei", "Alias Type": "AKA", "Alias Quality": "Good quality"},
        {"Name 6": "IVANOV", "Name 1": "Seryozha", "Alias Type": "AKA", "Alias Quality": "Low quality"},
    ]
    rows = []
    # One row per name and birth date, as OFSI writes them: two dates double every name.
    for names in ivanov_names:
        for dob in ["14/03/1968", "00/00/1969"]:
            rows.append(row(IVANOV, DOB=dob, **names))
    rows += [
        row(POLAR, **{"Name 6": "POLAR STAR TRADING LLC", "Alias Type": "Primary name",
                      "Address 1": "1 Harbour Road", "Address 6": "Vladivostok"}),
        row(POLAR, **{"Name 6": "POLAR STAR TRADING LLC", "Alias Type": "Primary name",
                      "Address 1": "5 Port Street", "Address 2": "Office 3", "Address 6": "Nakhodka",
                      "Post/Zip Code": "692900"}),
        row(POLAR, **{"Name 6": "POLAR STAR MARITIME", "Alias Type": "FKA",
                      "Address 1": "1 Harbour Road", "Address 6": "Vladivostok"}),
        row(POLAR, **{"Name 6": "PST", "Alias Type": "AKA", "Alias Quality": "Low quality",
                      "Address 1": "1 Harbour Road", "Address 6": "Vladivostok"}),
        row(POLAR, **{"Name 6": "POLAR STAR TRADING LLC", "Alias Type": "Primary name",
                      "Regime": "Belarus", "Listed On": "01/06/2023",
                      "Address 1": "1 Harbour Road", "Address 6": "Vladivostok"}),
        # Ships list an alias before their primary name, as in the 2025 file.
        row(HORIZON, **{"Name 6": "OLD HORIZON", "Alias Type": "AKA"}),
        row(HORIZON, **{"Name 6": "NEW HORIZON", "Alias Type": "Primary name"}),
        # Malformed: no Group ID. It must be reported and skipped.
        {"Name 6": "NOBODY", "Name 1": "Anon", "Group Type": "Individual", "Alias Type": "Primary name"},
        # No "Primary name" row at all: the first Latin name is promoted.
        row(HAMID, **{"Name 6": "HAMID", "Name 1": "Abdul", "DOB": "1971", "Alias Type": "AKA",
                      "Alias Quality": "Good quality"}),
        row(HAMID, **{"Name 6": "HAMID", "Name 1": "Abdul", "DOB": "07/1972", "Alias Type": "AKA",
                      "Alias Quality": "Good quality"}),
    ]
    table = [["Last Updated", "02/01/2026"] + [""] * 34, UK_HEADERS]
    table += [[r.get(h, "") for h in UK_HEADERS] for r in rows]
    return table


FCDO = [
    ["Unique ID", "OFSI Group ID", "Name", "Regime Name", "Type", "Designation source",
     "Date Designated", "Sanctions Imposed"],
    ["RUS9901", "90001", "IVANOV Sergei Petrovich", "Russia", "Individual", "UK", "15-03-2022",
     "Asset freeze, Travel Ban, Trust Services Sanctions"],
    ["DPR9903", "   ", "NEW HORIZON", "Democratic People's Republic of Korea", "Ship", "UN",
     "23-07-2025", "Shipping sanctions"],
    ["AQD9905", "90005", "Invented Relief Foundation", "ISIL (Da'esh) and Al-Qaida", "Entity",
     "UK|UN", "01-02-2020", "Asset freeze"],
    ["RUS9906", "90006", "", "Russia", "Individual", "UK", "01-01-2024", "Asset freeze"],
]


def excel_serial(d):
    return (d - datetime.date(1899, 12, 30)).days


AU_HEADERS = ["Reference", "Name of Individual or Entity", "Type", "Name Type", "Date of Birth",
              "Place of Birth", "Citizenship", "Address", "Additional Information",
              "Listing Information", "Committees", "Control Date"]
D = datetime.date
AU = [
    AU_HEADERS,
    [1, "Sergei Petrovich IVANOV", "Individual ", "Primary Name", D(1968, 3, 14), "Tver, Russia",
     "Russian", "12 Naberezhnaya St, Moscow, Russia", "Invented for tests.",
     "Instrument of first designation: invented", "Autonomous (Russia)", D(2022, 3, 18)],
    ["1a", "Serguei IVANOFF", "individual", "Aka ", D(1968, 3, 14), "Tver, Russia", "Russian",
     "12 Naberezhnaya St, Moscow, Russia", "Invented for tests.",
     "Instrument of first designation: invented", "Autonomous (Russia)", D(2022, 3, 18)],
    ["1b", "Сергей Петрович Иванов", "Individual", "Original script ", D(1968, 3, 14),
     "Tver, Russia", "Russian", "12 Naberezhnaya St, Moscow, Russia", "Invented for tests.",
     "Instrument of first designation: invented", "Autonomous (Russia)", D(2022, 3, 18)],
    [2, "POLAR STAR TRADING LLC", "Entity ", "Primary Name", None, None, None,
     "a) 1 Harbour Road, Vladivostok, Russian Federation b) Office 4, Dubai, United Arab Emirates",
     "IMO Number: 9123456. Operates the invented tanker NEW HORIZON.", "Listed 2023", "Autonomous (Russia)",
     D(2024, 11, 11)],
    ["2a", "POLAR STAR MARITIME", "Entity", "Formerly known as", None, None, None,
     "a) 1 Harbour Road, Vladivostok, Russian Federation b) Office 4, Dubai, United Arab Emirates",
     "IMO Number: 9123456. Operates the invented tanker NEW HORIZON.", "Listed 2023", "Autonomous (Russia)",
     D(2024, 11, 11)],
    ["2b1", "PST", "Entity ", "aka", None, None, None, "NA", None, None, "Autonomous (Russia)",
     D(2024, 11, 11)],
    [None, None, None, None, None, None, None, None, None, None, None, None],
    [3, "ABDUL HAMID", "individual", "primary name", "a) Approximately 1955- 1958 b) 12 Dec. 1960",
     "a) Kabul, Afghanistan b) Peshawar, Pakistan", "a) Afghan b) Pakistani", "na", None,
     "Listed by UN 1267 Committee on 25 January 2001", "1988 (Taliban)", D(2014, 12, 15)],
    ["3a", "Abdul HAMEED", "Individual", "aka", 1956, None, None, None, None, None, "1988 (Taliban)",
     D(2014, 12, 15)],
    # Malformed: a reference that does not start with a number.
    ["x9", "Nobody", "Individual", "Primary Name", None, None, None, None, None, None, None, None],
]


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def write_zip(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data, method in entries:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = method
            z.writestr(info, data)


def write_xlsx(path, table, sheet="Data"):
    cells_xml = []
    for r, row in enumerate(table, start=1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col_name(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, datetime.date):
                # Style 1 = built-in number format 14 (a date), so readers see a date cell.
                cells.append(f'<c r="{ref}" s="1"><v>{excel_serial(v)}</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(v)}</t></is></c>')
        cells_xml.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 f'<sheetData>{"".join(cells_xml)}</sheetData></worksheet>')
    M = "http://schemas.openxmlformats.org"
    entries = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         f'<Types xmlns="{M}/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         f'<Relationships xmlns="{M}/package/2006/relationships">'
         f'<Relationship Id="rId1" Type="{M}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         f'<workbook xmlns="{M}/spreadsheetml/2006/main" xmlns:r="{M}/officeDocument/2006/relationships">'
         f'<sheets><sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         f'<Relationships xmlns="{M}/package/2006/relationships">'
         f'<Relationship Id="rId1" Type="{M}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         f'<Relationship Id="rId2" Type="{M}/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
         '</Relationships>'),
        ("xl/styles.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         f'<styleSheet xmlns="{M}/spreadsheetml/2006/main">'
         '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>'
         '<cellStyleXfs count="1"><xf/></cellStyleXfs>'
         '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>'
         '</styleSheet>'),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ]
    write_zip(path, [(n, d.encode("utf-8"), zipfile.ZIP_DEFLATED) for n, d in entries])


def write_ods(path, table, indented=False):
    nl, ind = ("\n", "  ") if indented else ("", "")
    rows = []
    for row in table:
        cells = []
        for v in row:
            cells.append(f'{nl}{ind * 5}<table:table-cell office:value-type="string">'
                         f'{nl}{ind * 6}<text:p>{escape(v)}</text:p>{nl}{ind * 5}</table:table-cell>')
        rows.append(f'{nl}{ind * 4}<table:table-row>{"".join(cells)}{nl}{ind * 4}</table:table-row>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
               f'{nl}{ind}<office:body>{nl}{ind * 2}<office:spreadsheet>'
               f'{nl}{ind * 3}<table:table table:name="UK_Sanction_List">{"".join(rows)}'
               f'{nl}{ind * 3}</table:table>{nl}{ind * 2}</office:spreadsheet>{nl}{ind}</office:body>'
               '</office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    entries = [("mimetype", b"application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED),
               ("META-INF/manifest.xml", manifest.encode(), zipfile.ZIP_DEFLATED),
               ("content.xml", content.encode(), zipfile.ZIP_DEFLATED)]
    if indented:
        # Excel puts META-INF/ first and no mimetype entry at the front, as in the 2025 export.
        entries = entries[1:] + entries[:1]
    write_zip(path, entries)


def main():
    uk = uk_rows()
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(uk)
    with open(os.path.join(HERE, "uk/conlist_mini.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    write_xlsx(os.path.join(HERE, "uk/conlist_mini.xlsx"), uk)
    write_ods(os.path.join(HERE, "uk/fcdo_mini.ods"), FCDO)
    write_ods(os.path.join(HERE, "uk/fcdo_mini_indented.ods"), FCDO, indented=True)
    write_xlsx(os.path.join(HERE, "uk/fcdo_mini.xlsx"), FCDO, sheet="UK_Sanction_List")
    write_xlsx(os.path.join(HERE, "australia/dfat_mini.xlsx"), AU, sheet="Sheet1")


if __name__ == "__main__":
    main()
