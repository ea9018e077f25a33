"""Words the press uses for landings in this language (ISO 639-1 "ja"); see geo/extract/languages/__init__.py.

Every name is optional and has the meaning and format of the list of the same name in
geo/extract/lexicon.py. Entries are lower-case.
"""

from __future__ import annotations
