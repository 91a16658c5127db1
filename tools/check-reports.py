#!/usr/bin/env python3
"""Checks a folder of generated reports: every chapter folder has its PDF, with one page per
figure plus the title page (counted by pdfinfo), and every PNG its README lists exists, decodes
(a small pure-Python PNG reader: zlib + the five row filters) and is not blank. A language
folder (`fr/`, the French reports) is checked the same way, chapter by chapter, and must hold
the same chapters as the English side (the drawing kit's gallery is English only).

Usage: check-reports.py REPORTS_DIR      (exit status 1 on the first problem, with its reason)
"""
import pathlib
import re
import struct
import subprocess
import sys
import zlib


def png_pixels(path):
    """The rows of an 8-bit RGB/RGBA/grey PNG, unfiltered, as bytes objects."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG signature")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or interlace != 0:
        raise ValueError(f"unsupported PNG (depth {depth}, interlace {interlace})")
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
    stride = width * channels
    raw = zlib.decompress(idat)
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, rows


def check_png(path):
    width, height, rows = png_pixels(path)
    if width < 200 or height < 150:
        raise ValueError(f"only {width}x{height} pixels")
    distinct = set()
    for row in rows[:: max(1, height // 50)]:
        distinct.update(row[i:i + 3] for i in range(0, len(row), 3 * max(1, width // 200)))
    if len(distinct) < 3:
        raise ValueError("blank (fewer than 3 distinct colours)")


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


LANGUAGES = {"fr"}


def check_chapters(root):
    """Checks every chapter folder of `root` (language folders aside); returns their names."""
    chapters = sorted(p for p in root.iterdir() if p.is_dir() and p.name not in LANGUAGES)
    if not chapters:
        sys.exit(f"check-reports: no report folder in {root}")
    for folder in chapters:
        readme = folder / "README.md"
        pdf = folder / f"{folder.name}.pdf"
        if not readme.exists() or not pdf.exists():
            sys.exit(f"check-reports: {folder} lacks README.md or {pdf.name}")
        pngs = re.findall(r"\(([^)\s]+\.png)\)", readme.read_text())
        if not pngs:
            sys.exit(f"check-reports: {readme} lists no figure")
        for name in pngs:
            try:
                check_png(folder / name)
            except Exception as error:  # noqa: BLE001 - report any decoding problem
                sys.exit(f"check-reports: {folder / name}: {error}")
        pages = pdf_pages(pdf)
        if pages != len(pngs) + 1:
            sys.exit(f"check-reports: {pdf} has {pages} pages, expected {len(pngs) + 1} (title + figures)")
        print(f"check-reports: {root.name}/{folder.name}: {len(pngs)} figures, {pages} PDF pages, all PNGs sound")
    return [folder.name for folder in chapters]


def main(root):
    names = check_chapters(root)
    for language in sorted(LANGUAGES):
        folder = root / language
        if folder.is_dir():
            translated = check_chapters(folder)
            chapters = [name for name in names if name.startswith("chapter")]  # the gallery is English only
            if translated != chapters:
                sys.exit(f"check-reports: {folder} holds {translated}, the English side {chapters}")
    leftovers = [p for p in root.rglob("*") if p.name.startswith(".") or p.suffix == ".tmp"]
    if leftovers:
        sys.exit(f"check-reports: temporary files left behind: {leftovers}")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]))
