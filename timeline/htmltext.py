"""The visible text of an HTML article, and the metadata its head gives (imported only
when an HTML file is read).

Saved web pages carry their publication date, address, site and headline in `<meta>`
tags, JSON-LD and `<time>` elements, which the visible text often lacks; they are read
as the page's own front matter.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser

# Meta tags that give the publication date (name or property, lower-cased), best
# first; modification dates are left out.
_PUBLISHED_META = (
    "article:published_time", "og:published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "publication_date", "dc.date.issued", "dcterms.issued",
    "dc.date", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
    "article.published", "originalpublicationdate", "date",
)
_URL_META = ("og:url", "twitter:url")
_SOURCE_META = ("og:site_name", "application-name", "publisher")
_TITLE_META = ("og:title", "twitter:title")
# JSON-LD types whose datePublished is the page's own (not a list of other stories).
_ARTICLE_TYPES = frozenset(
    "article newsarticle reportagenewsarticle analysisnewsarticle opinionnewsarticle "
    "backgroundnewsarticle blogposting socialmediaposting liveblogposting report "
    "scholarlyarticle techarticle webpage videoobject podcastepisode".split())
# When a JSON-LD block does not parse (a trailing comma, a CDATA wrapper), its first
# datePublished is taken as written.
_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page, with block elements as paragraph breaks, and the
    metadata of its head."""

    _BLOCKS = frozenset(
        "p div br li h1 h2 h3 h4 h5 h6 tr table section article header footer blockquote".split()
    )
    _SKIP = frozenset(("script", "style", "noscript", "template"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0
        self.meta: dict[str, str] = {}  # meta tag name or property -> content
        self.links: dict[str, str] = {}  # rel -> href
        self.times: list[str] = []  # datetime of <time> marked as the publication
        self.json_ld: list[str] = []
        self.title: list[str] = []
        self._in: str | None = None  # 'title' or 'ld' while inside one
        self._body = False  # inside <body>: a <title> there (an <svg>'s) is no page title

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k.lower(): v or "" for k, v in attrs}
        if tag == "body" or tag in self._BLOCKS:
            # A <title> left open ends here, and later ones (an <svg>'s) are no page title.
            self._body = True
            if self._in == "title":
                self._in = None
        self._read_head(tag, found)
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def _read_head(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop", "")).lower()
            if key and attrs.get("content", "").strip():
                self.meta.setdefault(key, attrs["content"].strip())
        elif tag == "link" and attrs.get("href"):
            for rel in attrs.get("rel", "").lower().split():
                self.links.setdefault(rel, attrs["href"].strip())
        elif tag == "time" and attrs.get("datetime") and (
                "pubdate" in attrs or attrs.get("itemprop", "").lower() == "datepublished"):
            self.times.append(attrs["datetime"].strip())
        elif tag == "title" and not self._body:
            self._in = "title"
        elif tag == "script" and attrs.get("type", "").lower() == "application/ld+json":
            self._in = "ld"

    def handle_endtag(self, tag: str) -> None:
        if tag in ("title", "script"):
            self._in = None
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in == "title":
            self.title.append(data)
        elif self._in == "ld":
            self.json_ld.append(data)
        if not self._skipping and self._in != "title":
            self.parts.append(data)

    def page_meta(self) -> dict[str, str]:
        """`published`, `url`, `source` and `title` as the page's head gives them."""
        published = next((v for k in _PUBLISHED_META if (v := self.meta.get(k))), "")
        if not published:
            published = _json_ld_published(self.json_ld) or (self.times[0] if self.times else "")
        url = self.links.get("canonical") or next(
            (v for k in _URL_META if (v := self.meta.get(k))), "")
        source = next((v for k in _SOURCE_META if (v := self.meta.get(k))), "")
        title = next((v for k in _TITLE_META if (v := self.meta.get(k))), "") or " ".join(
            "".join(self.title).split())
        found = {"published": published, "url": url, "source": source, "title": title}
        return {k: html.unescape(v).strip() for k, v in found.items() if v.strip()}


def _json_ld_published(blocks: list[str]) -> str:
    """The datePublished of the page's own article in its JSON-LD blocks (an @graph, a
    list, or one object), not of the other stories a block may list."""
    for block in blocks:
        try:
            data = json.loads(block, strict=False)  # raw newlines in strings are common
        except ValueError:
            found = _JSON_LD_PUBLISHED.search(block)
            if found:
                return found.group(1)
            continue
        for item in _json_objects(data):
            kinds = item.get("@type", "")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            published = item.get("datePublished")
            if isinstance(published, str) and any(
                    isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
                return published
    return ""


def _json_objects(data: object) -> list[dict[str, object]]:
    """The top-level objects of a JSON-LD block: itself, its list or its @graph."""
    if isinstance(data, list):
        return [x for x in data if isinstance(x, dict)]
    if isinstance(data, dict):
        graph = data.get("@graph")
        return [data, *(x for x in graph if isinstance(x, dict))] if isinstance(graph, list) \
            else [data]
    return []


def read_html(markup: str) -> tuple[str, dict[str, str]]:
    """The visible text of a page, and the metadata of its head (see page_meta)."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    text = re.sub(r"[ \t\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n", parser.page_meta()
