"""Input an editor writes, checked before anything is built from it.

- on_files: every page of the language: a file not saved as UTF-8 (read anyway,
  and named), front matter that cannot be read (one message with line and
  column), keys given twice, placeholders left in, markup in plain-text fields,
  invisible characters, HTML that can run script; once per build the data files
- on_page_markdown: a page whose front matter could not be read is built from
  its body alone: MkDocs would publish the raw YAML as its first paragraph
"""
from mkdocs.plugins import event_priority

from samverkan import frontmatter
from samverkan import mkdocs_glue as glue
from samverkan.data_checks import TEXT_FIELDS, data_file_warnings
from samverkan.text_rules import page_problems, template_texts
from samverkan.yamlfile import decode


@event_priority(-190)   # after mkdocs-static-i18n picked this language's files, before site_scan reads them
def on_files(files, config):
    root = glue.root(config)
    templates = template_texts(str(root / "scripts" / "templates"))
    for file in files.documentation_pages():
        if glue.is_generated(file):
            continue
        display = glue.display_path(config, file)
        for problem in page_problems(_source(file, display), display, templates):
            glue.log.warning(str(problem))
    if glue.language(config) == glue.default_language(config):
        for display in TEXT_FIELDS:
            for problem in data_file_warnings(root, display):
                glue.log.warning(str(problem))
    return files


def _source(file, display: str) -> str:
    """The page's text; a page not saved as UTF-8 is read with its bad bytes replaced."""
    text, problem = decode(file.content_bytes, display)
    if problem:
        glue.log.warning(str(problem))
        path = file.abs_src_path
        file.content_string = text      # what every later reader of the page gets
        file.abs_src_path = path        # MkDocs forgets the path of a file given content; the page is still real
    return text


@event_priority(100)    # before every other handler sees the Markdown
def on_page_markdown(markdown, page, config, files):
    if glue.is_generated(page.file):
        return markdown
    found = frontmatter.read(page.file.content_string, glue.display_path(config, page.file))
    if found.broken:
        page.meta = {}
        return found.body
    return markdown
