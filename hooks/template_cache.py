"""Theme templates are compiled once, not once per language pass, rebuild and process
(samverkan/bytecode.py says how)."""
from samverkan.bytecode import CACHE


def on_env(env, config, files):
    env.bytecode_cache = CACHE
    return env
