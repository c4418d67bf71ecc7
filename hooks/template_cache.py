"""The theme, read once: its templates are compiled once, not once per language pass,
rebuild and process (samverkan/bytecode.py says how), and its files are listed without
its hidden icon folders (samverkan/theme_files.py).

- on_config: before MkDocs lists the theme's files for the pass
- on_env: the compiled templates
"""
from samverkan.bytecode import CACHE
from samverkan.theme_files import list_visible_files


def on_config(config):
    list_visible_files(config.theme)
    return config


def on_env(env, config, files):
    env.bytecode_cache = CACHE
    return env
