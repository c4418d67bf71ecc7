"""Theme templates are compiled once per process, not once per language pass and rebuild.

MkDocs makes a new Jinja environment for every build, and mkdocs-static-i18n builds once
per language, so Material's templates (about 40) were compiled twice a build and twice
again on every `mkdocs serve` rebuild. Jinja's own bytecode cache, kept in memory, hands
the compiled code to the next environment; Jinja checks each template's source against
its checksum, so an edited template in overrides/ is compiled again.
"""
from jinja2 import BytecodeCache


class _InMemory(BytecodeCache):
    def __init__(self):
        self.compiled: dict[str, bytes] = {}     # one entry per template file: bounded

    def load_bytecode(self, bucket):
        code = self.compiled.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket):
        self.compiled[bucket.key] = bucket.bytecode_to_string()


_cache = _InMemory()


def on_env(env, config, files):
    env.bytecode_cache = _cache
    return env
