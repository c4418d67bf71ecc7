"""Compiled templates are kept across processes (samverkan/bytecode.py), and an edited
template is never served from the cache."""
import jinja2

from samverkan.bytecode import TemplateCache


def render(cache, source: str) -> str:
    env = jinja2.Environment(loader=jinja2.DictLoader({"main.html": source}), bytecode_cache=cache)
    return env.get_template("main.html").render(word="samverkan")


def test_the_next_process_takes_the_compiled_code_and_an_edit_is_compiled_again(tmp_path, monkeypatch):
    compiled = []
    original = jinja2.Environment.compile
    monkeypatch.setattr(jinja2.Environment, "compile",
                        lambda self, source, *a, **k: compiled.append(source) or original(self, source, *a, **k))
    assert render(TemplateCache(str(tmp_path)), "<p>{{ word }}</p>") == "<p>samverkan</p>"
    assert len(compiled) == 1 and len(list(tmp_path.iterdir())) == 1
    # a new process (a new cache over the same folder): nothing is compiled
    assert render(TemplateCache(str(tmp_path)), "<p>{{ word }}</p>") == "<p>samverkan</p>"
    assert len(compiled) == 1
    # the template edited: compiled again, in this process and in the next, and still one file
    fresh = TemplateCache(str(tmp_path))
    assert render(fresh, "<b>{{ word }}</b>") == "<b>samverkan</b>" and len(compiled) == 2
    assert render(fresh, "<b>{{ word }}</b>") == "<b>samverkan</b>" and len(compiled) == 2
    assert render(TemplateCache(str(tmp_path)), "<b>{{ word }}</b>") == "<b>samverkan</b>" and len(compiled) == 2
    assert render(TemplateCache(str(tmp_path)), "<p>{{ word }}</p>") == "<p>samverkan</p>" and len(compiled) == 3
    assert len(list(tmp_path.iterdir())) == 1


def test_without_a_usable_folder_the_cache_keeps_to_memory(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    cache = TemplateCache(str(blocked))
    assert render(cache, "{{ word }}") == "samverkan" and render(cache, "{{ word }}!") == "samverkan!"


def _theme_files(config, env) -> list[tuple[str, str]]:
    from mkdocs.structure.files import Files
    files = Files([])
    files.add_files_from_theme(env, config)
    return [(f.src_uri, f.abs_src_path) for f in files]


def test_the_theme_gives_mkdocs_the_same_files_without_walking_its_hidden_folders(tmp_path):
    """samverkan/theme_files.py: the theme's loader does not walk into folders whose name starts
    with a dot (Material's 14,000 icons); MkDocs copies the same theme files as with Jinja's
    own listing, hidden files and folders of a fork's overrides/ included."""
    import copy

    from mkdocs.config import load_config
    from samverkan.theme_files import list_visible_files
    from sitebuild import copy_project, write

    root = copy_project(tmp_path / "project")
    for name in ("assets/.cache/a.css", ".private/b.js", "assets/c/.d/e.js", "assets/.f.css", "assets/extra/g.js"):
        write(root / "overrides" / name, "/* x */")
    config = load_config(config_file=str(root / "mkdocs.yml"))
    theme = config.theme
    plain = type(theme).get_env(theme)
    list_visible_files(theme)
    ours = theme.get_env()
    copied = _theme_files(config, ours)
    assert copied == _theme_files(config, plain)
    assert ("assets/extra/g.js", str(root / "overrides/assets/extra/g.js")) in copied
    assert any(src.startswith("assets/javascripts/bundle.") for src, _ in copied)     # Material's own
    walked, listed = plain.list_templates(), ours.list_templates()
    assert len([n for n in walked if n.startswith(".icons/")]) > 10_000
    assert [n for n in listed if n.startswith(".") or "/." in n] == ["assets/.f.css"]
    assert set(listed) < set(walked)
    # a copy of the theme (mkdocs-static-i18n copies the configuration) lists its own folders
    other = copy.deepcopy(theme)
    other.dirs = other.dirs[1:]          # without overrides/
    assert "assets/extra/g.js" not in [src for src, _ in _theme_files(config, other.get_env())]
    assert "assets/extra/g.js" in [src for src, _ in _theme_files(config, theme.get_env())]


def test_the_build_lists_the_theme_files_this_way():
    """hooks/template_cache.py makes it so in every pass (its on_config, as mkdocs.yml lists it)."""
    from mkdocs.config import load_config
    from samverkan.theme_files import visible_templates
    from sitebuild import ROOT

    config = load_config(config_file=str(ROOT / "mkdocs.yml"))
    assert getattr(config.theme.get_env().loader.list_templates, "__func__", None) is not visible_templates
    config = config.plugins["hooks/template_cache.py"].on_config(config)
    assert config.theme.get_env().loader.list_templates.__func__ is visible_templates
