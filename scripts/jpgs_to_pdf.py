"""Wrap JPEG photos as the pages of one PDF, each JPEG's bytes embedded unchanged (DCTDecode), 1 px = 1 pt.

Used for heldout-scans/hs_02 (a two-page phone photo; the benchmark takes one source file per document).
Usage: python scripts/jpgs_to_pdf.py OUT.pdf PAGE1.jpg PAGE2.jpg …
"""

import sys
from pathlib import Path

from PIL import Image


def main(out, *jpgs):
    objs = []  # object bodies, numbered from 1

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    catalog = add(b"")  # filled later
    pages = add(b"")
    kids = []
    for path in jpgs:
        data = Path(path).read_bytes()
        with Image.open(path) as im:
            w, h = im.size
            cs = {"RGB": b"/DeviceRGB", "L": b"/DeviceGray", "CMYK": b"/DeviceCMYK"}[im.mode]
            assert im.format == "JPEG"
        img = add(
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 "
            b"/Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, cs, len(data)) + data + b"\nendstream"
        )
        content = b"q %d 0 0 %d 0 0 cm /Im0 Do Q" % (w, h)
        cont = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        page = add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /XObject << /Im0 %d 0 R >> >> "
            b"/Contents %d 0 R >>" % (pages, w, h, img, cont)
        )
        kids.append(page)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages
    objs[pages - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out_b = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out_b))
        out_b += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out_b)
    out_b += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out_b += b"%010d 00000 n \n" % off
    out_b += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, xref)
    Path(out).write_bytes(bytes(out_b))


if __name__ == "__main__":
    main(*sys.argv[1:])
