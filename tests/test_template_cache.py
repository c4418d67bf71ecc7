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
