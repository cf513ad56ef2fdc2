"""The one Jinja2 environment, shared by web pages and the mail worker."""

from __future__ import annotations

import functools
from pathlib import Path

import jinja2
from markdown_it import MarkdownIt
from markupsafe import Markup

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def markdown(text: str | None) -> Markup:
    """Markdown to safe HTML (raw HTML in the source is escaped)."""
    return Markup(_markdown.render(text or ""))


@functools.cache
def get_environment() -> jinja2.Environment:
    """Jinja2 over templates/, autoescaping HTML."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["markdown"] = markdown
    return env
