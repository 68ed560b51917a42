"""Renderers: pure functions from a `Timeline` to text, bytes, files or rich renderables.

Nothing here prints or imports click; the CLI decides where output goes. Heavy
imports (rich, pandas) live only in the modules that need them, so importing
`timeline.render.jsondoc` stays fast for `timeline dates --format jsonl`.
"""
