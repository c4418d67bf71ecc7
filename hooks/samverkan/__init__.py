"""Samverkan mot återfall: the site's own logic, in plain Python.

Nothing in this package imports MkDocs except ``mkdocs_glue``; the modules are
functions of text and data, so they can be tested alone and moved to another
generator. The MkDocs event handlers live one feature per file in ``hooks/``.
"""
