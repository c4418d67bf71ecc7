"""Compiled templates, kept for the next language pass, rebuild and process.

MkDocs makes a new Jinja environment for every build, and mkdocs-static-i18n builds once
per language, so Material's templates (about 40) and the project's were compiled again
for every pass, every `mkdocs serve` rebuild and every `mkdocs build`. Jinja's own
bytecode cache hands the compiled code on: in memory within a process, and on disk (Jinja's
per-user folder in the system's temporary directory) to the next process. Jinja checks the
code against each template's source (a checksum) and against its own and Python's version,
so an edited template is compiled again.
"""
from __future__ import annotations

from hashlib import sha1

from jinja2 import BytecodeCache, FileSystemBytecodeCache


class TemplateCache(BytecodeCache):
    def __init__(self, directory: str | None = None):
        self.compiled: dict[str, bytes] = {}     # one entry per template: bounded
        try:
            self.disk: FileSystemBytecodeCache | None = FileSystemBytecodeCache(directory)
        except (OSError, RuntimeError):          # no usable temporary folder: memory only
            self.disk = None

    def get_cache_key(self, name, filename=None):
        # by the template's name alone, not its path: every copy of the project (a fork's
        # folders, the tests' copies) shares one file per template, so the folder stays
        # the size of one project's templates; a copy whose template differs is told by
        # the checksum, compiled, and its code replaces the other's
        return sha1(name.encode("utf-8")).hexdigest()

    def load_bytecode(self, bucket):
        code = self.compiled.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)    # checked against the source like a file
        elif self.disk is not None:
            try:
                self.disk.load_bytecode(bucket)  # a stale file is compiled anew
            except OSError:
                bucket.reset()                   # an unreadable one too
            if bucket.code is not None:
                self.compiled[bucket.key] = bucket.bytecode_to_string()

    def dump_bytecode(self, bucket):
        self.compiled[bucket.key] = bucket.bytecode_to_string()
        if self.disk is not None:
            try:
                self.disk.dump_bytecode(bucket)  # Jinja writes a temporary file, then renames it
            except OSError:
                pass


CACHE = TemplateCache()
