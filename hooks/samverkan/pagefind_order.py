"""Pagefind's filter index in a fixed order, so two builds of the same sources are byte-identical.

Pagefind 1.5.2 writes each filter (``data-pagefind-filter``) as a list of (value, pages)
pairs in hash-map order, which changes from run to run; the file's name is a hash of its
content, and that name is written into the language's meta file, whose name is in turn in
``pagefind-entry.json``. Here the pairs are sorted, and the three names follow from the
sorted content. The files are gzip-compressed CBOR after the signature ``pagefind_dcd``;
only the three CBOR types those files use (unsigned integers, text, arrays) are read.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import struct

SIGNATURE = b"pagefind_dcd"


def _read(data: bytes, i: int):
    head = data[i]
    major, info = head >> 5, head & 31
    i += 1
    if info < 24:
        n = info
    else:
        size = {24: 1, 25: 2, 26: 4, 27: 8}[info]
        n = int.from_bytes(data[i:i + size], "big")
        i += size
    if major == 0:
        return n, i
    if major == 3:
        return data[i:i + n].decode("utf-8"), i + n
    if major == 4:
        items = []
        for _ in range(n):
            item, i = _read(data, i)
            items.append(item)
        return items, i
    raise ValueError(f"unexpected CBOR type {major}")


def _head(major: int, n: int) -> bytes:
    if n < 24:
        return bytes([major << 5 | n])
    for info, fmt in ((24, ">B"), (25, ">H"), (26, ">I"), (27, ">Q")):
        if n < 256 ** struct.calcsize(fmt):
            return bytes([major << 5 | info]) + struct.pack(fmt, n)
    raise ValueError(n)


def _write(value) -> bytes:
    if isinstance(value, int):
        return _head(0, value)
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return _head(3, len(raw)) + raw
    return _head(4, len(value)) + b"".join(_write(v) for v in value)


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def _sorted_filter(raw: bytes) -> bytes:
    data = gzip.decompress(raw)
    assert data.startswith(SIGNATURE)
    value, _ = _read(data, len(SIGNATURE))
    name, pairs = value
    return _gzip(SIGNATURE + _write([name, sorted(pairs, key=lambda pair: pair[0])]))


def make_deterministic(pagefind_dir: str) -> None:
    renamed: dict[str, str] = {}
    folder = os.path.join(pagefind_dir, "filter")
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        stem, ext = os.path.splitext(name)
        lang, old = stem.rsplit("_", 1)
        with open(os.path.join(folder, name), "rb") as f:
            content = _sorted_filter(f.read())
        new = f"{lang}_{hashlib.sha256(content).hexdigest()[:len(old)]}"
        os.remove(os.path.join(folder, name))
        with open(os.path.join(folder, new + ext), "wb") as f:
            f.write(content)
        renamed[stem] = new
    metas: dict[str, str] = {}
    for name in sorted(os.listdir(pagefind_dir)):
        if not (name.startswith("pagefind.") and name.endswith(".pf_meta")):
            continue
        stem = name[len("pagefind."):-len(".pf_meta")]
        lang, old = stem.rsplit("_", 1)
        path = os.path.join(pagefind_dir, name)
        with open(path, "rb") as f:
            data = gzip.decompress(f.read())
        for before, after in renamed.items():          # same length: the CBOR stays valid
            data = data.replace(before.encode(), after.encode())
        content = _gzip(data)
        new = f"{lang}_{hashlib.sha256(content).hexdigest()[:len(old)]}"
        os.remove(path)
        with open(os.path.join(pagefind_dir, f"pagefind.{new}.pf_meta"), "wb") as f:
            f.write(content)
        metas[stem] = new
    entry = os.path.join(pagefind_dir, "pagefind-entry.json")
    with open(entry, encoding="utf-8") as f:
        data = json.load(f)
    for lang in data.get("languages", {}).values():
        lang["hash"] = metas.get(lang.get("hash"), lang.get("hash"))
    with open(entry, "w", encoding="utf-8") as f:
        json.dump(data, f, sort_keys=True, separators=(",", ":"))
