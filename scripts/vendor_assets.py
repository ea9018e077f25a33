"""Rebuild ``static/vendor/`` (and ``static/LICENSES.md``) from the package registries.

Why this exists: folium loads Leaflet, jQuery, Bootstrap, awesome-markers, Font Awesome and its plugins'
scripts from CDNs. With no network the map is blank, so Touchdown serves copies of those files itself
(``geo/assets.py`` points folium at them). The copies are committed; this script is how they were made and
how anyone can re-make or verify them, using only the npm registry (``npm pack``) and the installed folium.

Usage (from the repository root; needs ``npm`` on PATH and the npm registry reachable)::

    python scripts/vendor_assets.py          # rebuild static/vendor/ and static/LICENSES.md
    python scripts/vendor_assets.py --check  # rebuild into a temp dir, compare with the committed tree

What it does, per package: ``npm pack NAME@VERSION --pack-destination TMP --json`` (npm checks the tarball
against the registry's integrity hash), extracts only the files a browser loads (no source maps, docs,
unminified duplicates, or legacy font formats that modern browsers never request), and copies the licence
text. Two files are derived rather than copied, both recorded in LICENSES.md: the Glyphicons subset of
Bootstrap 3's CSS, and folium's ``leaflet.awesome.rotate.min.css`` (generated; it is not in folium's wheel).
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import importlib.metadata
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
STATIC_DIR = REPO_ROOT / "static"
VENDOR_DIR = STATIC_DIR / "vendor"
FOLIUM_VERSION = "0.20.0"

MIT_TEMPLATE = """MIT License

{copyright}

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""


@dataclass(frozen=True)
class Package:
    """One vendored npm package: which files of its tarball go where, and under which licence."""

    npm: str
    version: str
    dest: str  # directory under static/vendor/
    files: dict[str, str]  # path inside the tarball (below package/) -> path under dest
    licence: str  # SPDX expression
    homepage: str
    licence_files: dict[str, str] = field(default_factory=dict)  # tarball path -> path under dest
    licence_text: str | None = None  # written as LICENSE when the tarball has none
    note: str = ""
    derived: tuple[str, ...] = ()  # paths under dest made by this script, not copied


PACKAGES: list[Package] = [
    Package(
        npm="leaflet",
        version="1.9.3",
        dest="leaflet@1.9.3",
        files={
            "dist/leaflet.js": "dist/leaflet.js",
            "dist/leaflet.css": "dist/leaflet.css",
            **{
                f"dist/images/{n}": f"dist/images/{n}"
                for n in (
                    "layers.png",
                    "layers-2x.png",
                    "marker-icon.png",
                    "marker-icon-2x.png",
                    "marker-shadow.png",
                )
            },
        },
        licence="BSD-2-Clause",
        homepage="https://leafletjs.com",
        licence_files={"LICENSE": "LICENSE"},
    ),
    Package(
        npm="jquery",
        version="3.7.1",
        dest="jquery@3.7.1",
        files={"dist/jquery.min.js": "jquery-3.7.1.min.js"},
        licence="MIT",
        homepage="https://jquery.com",
        licence_files={"LICENSE.txt": "LICENSE.txt"},
    ),
    Package(
        npm="bootstrap",
        version="5.2.2",
        dest="bootstrap@5.2.2",
        files={
            "dist/js/bootstrap.bundle.min.js": "dist/js/bootstrap.bundle.min.js",
            "dist/css/bootstrap.min.css": "dist/css/bootstrap.min.css",
        },
        licence="MIT",
        homepage="https://getbootstrap.com",
        licence_files={"LICENSE": "LICENSE"},
    ),
    Package(
        npm="bootstrap",
        version="3.4.1",
        dest="bootstrap@3.4.1",
        files={
            "dist/fonts/glyphicons-halflings-regular.woff2": "fonts/glyphicons-halflings-regular.woff2",
            "dist/fonts/glyphicons-halflings-regular.woff": "fonts/glyphicons-halflings-regular.woff",
        },
        licence="MIT",
        homepage="https://getbootstrap.com/docs/3.4/components/#glyphicons",
        licence_files={"LICENSE": "LICENSE"},
        derived=("css/bootstrap-glyphicons.css",),
        note=(
            "folium asks for netdna.bootstrapcdn.com/bootstrap/3.0.0/css/bootstrap-glyphicons.css; Bootstrap "
            "3.0.0 is not on npm (3.1.1 is the oldest 3.x there), so the Glyphicons rules (@font-face, "
            "`.glyphicon`, `.glyphicon-*`) are cut out of 3.4.1's dist/css/bootstrap.css, the last 3.x and a "
            "superset of the icon names, with only the woff2/woff fonts. Glyphicons Halflings are made "
            "available to Bootstrap by their creator and ship under Bootstrap's MIT licence."
        ),
    ),
    Package(
        npm="drmonty-leaflet-awesome-markers",
        version="2.0.2",
        dest="leaflet.awesome-markers@2.0.2",
        files={
            "js/leaflet.awesome-markers.js": "leaflet.awesome-markers.js",
            "css/leaflet.awesome-markers.css": "leaflet.awesome-markers.css",
            **{
                f"css/images/{n}": f"images/{n}"
                for n in (
                    "markers-soft.png",
                    "markers-soft@2x.png",
                    "markers-shadow.png",
                    "markers-shadow@2x.png",
                )
            },
        },
        licence="MIT",
        homepage="https://github.com/lvoogdt/Leaflet.awesome-markers",
        note=(
            "npm repackaging of Lennard Voogdt's Leaflet.awesome-markers 2.0.2 (the version folium asks "
            "cdnjs for). Its tarball has no licence file: the MIT text is the upstream project's own, taken "
            "from npm `leaflet.awesome-markers@2.0.5` (same author)."
        ),
    ),
    Package(
        npm="@fortawesome/fontawesome-free",
        version="6.2.0",
        dest="fontawesome-free@6.2.0",
        files={
            "css/all.min.css": "css/all.min.css",
            **{
                f"webfonts/{n}.woff2": f"webfonts/{n}.woff2"
                for n in (
                    "fa-brands-400",
                    "fa-regular-400",
                    "fa-solid-900",
                    "fa-v4compatibility",
                )
            },
        },
        licence="CC-BY-4.0 AND OFL-1.1 AND MIT",
        homepage="https://fontawesome.com",
        licence_files={"LICENSE.txt": "LICENSE.txt"},
        note=(
            "Icons CC BY 4.0, fonts SIL OFL 1.1, code MIT. Only the woff2 fonts are kept: all.min.css lists "
            "woff2 first and every browser that runs Leaflet 1.9 loads it; the .ttf fallbacks it also names "
            "are left out (about 650 kB)."
        ),
    ),
    Package(
        npm="leaflet-draw",
        version="1.0.2",
        dest="leaflet.draw@1.0.2",
        files={
            "dist/leaflet.draw.js": "leaflet.draw.js",
            "dist/leaflet.draw.css": "leaflet.draw.css",
            **{
                f"dist/images/{n}": f"images/{n}"
                for n in (
                    "spritesheet.png",
                    "spritesheet-2x.png",
                    "spritesheet.svg",
                )
            },
        },
        licence="MIT",
        homepage="https://github.com/Leaflet/Leaflet.draw",
        licence_text=MIT_TEMPLATE.format(
            copyright="Copyright (c) 2012-2017, Jacob Toye, Jon West, Smartrak, Leaflet"
        ),
        note=(
            "The npm tarball declares MIT in package.json but has no licence file; LICENSE here is the MIT "
            "text with the copyright line of leaflet.draw.js's header."
        ),
    ),
    Package(
        npm="leaflet.fullscreen",
        version="3.0.0",
        dest="leaflet.fullscreen@3.0.0",
        files={
            "Control.FullScreen.js": "Control.FullScreen.js",
            "Control.FullScreen.css": "Control.FullScreen.css",
            "icon-fullscreen.svg": "icon-fullscreen.svg",
        },
        licence="MIT",
        homepage="https://github.com/brunob/leaflet.fullscreen",
        licence_files={"LICENSE": "LICENSE"},
        note="folium asks jsDelivr for Control.FullScreen.min.js, which jsDelivr minifies on the fly; "
        "the package ships only the unminified file (8 kB), served in its place.",
    ),
    Package(
        npm="leaflet-measure",
        version="2.1.7",
        dest="leaflet-measure@2.1.7",
        files={
            "dist/leaflet-measure.min.js": "dist/leaflet-measure.min.js",
            "dist/leaflet-measure.css": "dist/leaflet-measure.css",
            **{
                f"dist/images/{n}.png": f"dist/images/{n}.png"
                for n in (
                    "cancel",
                    "cancel_@2X",
                    "check",
                    "check_@2X",
                    "focus",
                    "focus_@2X",
                    "rulers",
                    "rulers_@2X",
                    "start",
                    "start_@2X",
                    "trash",
                    "trash_@2X",
                )
            },
        },
        licence="MIT",
        homepage="https://github.com/ljagis/leaflet-measure",
        licence_files={"LICENSE": "LICENSE"},
        note="folium asks for dist/leaflet-measure.min.css (jsDelivr minifies on the fly); "
        "dist/leaflet-measure.css is served in its place.",
    ),
    Package(
        npm="leaflet-mouse-position",
        version="1.2.0",
        dest="leaflet-mouse-position@1.2.0",
        files={
            "src/L.Control.MousePosition.js": "src/L.Control.MousePosition.js",
            "src/L.Control.MousePosition.css": "src/L.Control.MousePosition.css",
        },
        licence="MIT",
        homepage="https://github.com/ardhi/Leaflet.MousePosition",
        licence_files={"MIT-LICENCE.txt": "MIT-LICENCE.txt"},
        note=(
            "folium asks jsDelivr for the unversioned GitHub master of ardhi/Leaflet.MousePosition "
            "(src/*.min.js). This npm wrapper of the same plugin carries the same source unminified (the "
            "only difference from upstream master: `map.off` in onRemove lacks the context argument)."
        ),
    ),
]

# Extra tarballs needed only for a licence text.
LICENCE_ONLY = {"leaflet.awesome-markers@2.0.2": ("leaflet.awesome-markers", "2.0.5", "LICENSE")}

FOLIUM_DEST = f"folium@{FOLIUM_VERSION}"
ROTATE_CSS = "leaflet.awesome.rotate.min.css"


def npm_pack(spec: str, dest: Path) -> tuple[Path, str]:
    """Download one package tarball with npm (which verifies its integrity) and return (path, integrity)."""
    out = subprocess.run(
        ["npm", "pack", spec, "--pack-destination", str(dest), "--json", "--ignore-scripts"],
        check=True,
        capture_output=True,
        text=True,
        cwd=dest,
    ).stdout
    info = json.loads(out)[0]
    return dest / info["filename"], info["integrity"]


def extract(tarball: Path, members: dict[str, str], out_dir: Path) -> None:
    """Copy the given members (paths below ``package/``) of an npm tarball to ``out_dir``."""
    with tarfile.open(tarball) as tar:
        for src, dst in members.items():
            member = tar.getmember(f"package/{src}")
            fh = tar.extractfile(member)
            if fh is None:
                raise RuntimeError(f"{tarball.name}: {src} is not a regular file")
            target = out_dir / dst
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(fh.read())


def read_member(tarball: Path, src: str) -> str:
    """Return one text file of an npm tarball."""
    with tarfile.open(tarball) as tar:
        fh = tar.extractfile(tar.getmember(f"package/{src}"))
        assert fh is not None
        return fh.read().decode("utf-8")


_RULE = re.compile(r"(?P<sel>[^{}]+)\{(?P<body>[^{}]*)\}")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


def glyphicons_css(bootstrap_css: str) -> str:
    """Cut the Glyphicons part out of Bootstrap 3's CSS, keeping only the woff2/woff font sources.

    Why: folium's ``bootstrap-glyphicons.css`` is a Glyphicons-only sheet; loading all of Bootstrap 3 next to
    folium's Bootstrap 5 would restyle the page.
    """
    banner = bootstrap_css[: bootstrap_css.index("*/") + 2]
    kept: list[str] = []
    for m in _RULE.finditer(bootstrap_css):
        sel = _COMMENT.sub("", m["sel"]).strip()
        body = m["body"]
        if sel == "@font-face" and "Glyphicons Halflings" in body:
            body = (
                '\n  font-family: "Glyphicons Halflings";\n'
                '  src: url("../fonts/glyphicons-halflings-regular.woff2") format("woff2"), '
                'url("../fonts/glyphicons-halflings-regular.woff") format("woff");\n'
            )
        elif not all(part.strip().startswith(".glyphicon") for part in sel.split(",")):
            continue
        kept.append(f"{sel} {{{body}}}")
    if len(kept) < 200:
        raise RuntimeError(f"only {len(kept)} Glyphicons rules found: has bootstrap.css changed shape?")
    header = (
        f"{banner}\n/* Glyphicons subset of Bootstrap 3.4.1 dist/css/bootstrap.css, cut by "
        "scripts/vendor_assets.py (Touchdown) in place of folium's bootstrap-glyphicons.css. */\n"
    )
    return header + "\n".join(kept) + "\n"


def rotate_css() -> str:
    """Folium's ``leaflet.awesome.rotate.min.css``: one ``.fa-rotate-N`` class per degree, 1..360.

    Why generated: the file lives only in folium's GitHub repository (jsDelivr serves it from there), not in
    the folium wheel or any npm package; it is a mechanical list, reproduced here exactly in content.
    """
    rules = (
        f".fa-rotate-{n}{{-ms-transform:rotate({n}deg);-webkit-transform:rotate({n}deg);"
        f"transform:rotate({n}deg)}}"
        for n in range(1, 361)
    )
    return (
        "/* folium templates/leaflet.awesome.rotate.css (MIT, Folium developers) */\n" + "".join(rules) + "\n"
    )


def folium_licence() -> str:
    """The MIT licence text shipped in the installed folium distribution (must be folium 0.20.0)."""
    dist = importlib.metadata.distribution("folium")
    if dist.version != FOLIUM_VERSION:
        raise RuntimeError(f"folium {dist.version} installed; this vendor set is for folium {FOLIUM_VERSION}")
    for f in dist.files or []:
        if f.name.upper().startswith("LICENSE"):
            return Path(str(dist.locate_file(f))).read_text(encoding="utf-8")
    raise RuntimeError("folium's licence file not found in its installed metadata")


def sha256(path: Path) -> str:
    """Hex SHA-256 of a file, for the LICENSES.md inventory."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(out_vendor: Path, licences_md: Path) -> None:
    """Build the whole vendor tree into ``out_vendor`` and the inventory into ``licences_md``."""
    if out_vendor.exists():
        shutil.rmtree(out_vendor)
    out_vendor.mkdir(parents=True)
    integrities: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="touchdown-npm-") as tmp:
        tmpdir = Path(tmp)
        for pkg in PACKAGES:
            spec = f"{pkg.npm}@{pkg.version}"
            print(f"npm pack {spec}", file=sys.stderr)
            tarball, integrity = npm_pack(spec, tmpdir)
            integrities[spec] = integrity
            dest = out_vendor / pkg.dest
            extract(tarball, pkg.files, dest)
            extract(tarball, pkg.licence_files, dest)
            if pkg.licence_text:
                (dest / "LICENSE").write_text(pkg.licence_text, encoding="utf-8")
            if pkg.dest == "bootstrap@3.4.1":
                css = glyphicons_css(read_member(tarball, "dist/css/bootstrap.css"))
                (dest / "css").mkdir(parents=True, exist_ok=True)
                (dest / "css" / "bootstrap-glyphicons.css").write_text(css, encoding="utf-8")
            if pkg.dest in LICENCE_ONLY:
                name, version, member = LICENCE_ONLY[pkg.dest]
                lic_tar, lic_integrity = npm_pack(f"{name}@{version}", tmpdir)
                integrities[f"{name}@{version}"] = lic_integrity
                extract(lic_tar, {member: "LICENSE"}, dest)
    folium_dir = out_vendor / FOLIUM_DEST
    folium_dir.mkdir(parents=True)
    (folium_dir / ROTATE_CSS).write_text(rotate_css(), encoding="utf-8")
    (folium_dir / "LICENSE.txt").write_text(folium_licence(), encoding="utf-8")
    licences_md.write_text(inventory(out_vendor, integrities), encoding="utf-8")


def inventory(out_vendor: Path, integrities: dict[str, str]) -> str:
    """Render static/LICENSES.md: every vendored file with its version, origin, licence and hash."""
    sys.path.insert(0, str(REPO_ROOT))
    from geo.assets import CDN_ASSETS  # the table folium's URLs are mapped with

    by_local = {local: url for url, local in CDN_ASSETS.items()}
    lines = [
        "# Vendored map assets",
        "",
        "Every script, stylesheet, font and image that folium 0.20 and the plugins Touchdown uses",
        "(Draw, Fullscreen, MeasureControl, MousePosition) would load from a CDN, copied here so that the",
        "map draws with no network. `geo/assets.py` maps each CDN URL to its file below; `static/` is served",
        "by Streamlit at `/app/static/` and `geo.assets.inline_html` inlines the same files into a",
        "self-contained export.",
        "",
        "Generated by `python scripts/vendor_assets.py` (which rebuilds `static/vendor/` from the npm",
        "registry; `--check` verifies the committed copy). Do not edit by hand.",
        "",
        "| package (origin) | version | licence | licence text | notes |",
        "|---|---|---|---|---|",
    ]
    for pkg in PACKAGES:
        lic = sorted(p.relative_to(out_vendor).as_posix() for p in (out_vendor / pkg.dest).glob("*LICEN*"))
        origin = f"npm `{pkg.npm}@{pkg.version}` ([home]({pkg.homepage}))"
        lines.append(
            f"| {origin} | {pkg.version} | {pkg.licence} | {', '.join(f'`vendor/{x}`' for x in lic)} "
            f"| {pkg.note} |"
        )
    lines.append(
        f"| PyPI `folium=={FOLIUM_VERSION}` (generated; "
        "[home](https://github.com/python-visualization/folium)) "
        f"| {FOLIUM_VERSION} | MIT | `vendor/{FOLIUM_DEST}/LICENSE.txt` | `{ROTATE_CSS}` is generated by "
        "the script: the same 360 `.fa-rotate-N` rules as folium's GitHub file that jsDelivr serves. |"
    )
    lines += [
        "",
        "## npm tarball integrity (as verified by `npm pack`)",
        "",
        *(f"- `{spec}`: `{integ}`" for spec, integ in sorted(integrities.items())),
        "",
        "## Files",
        "",
        "| file | bytes | sha256 | replaces CDN URL |",
        "|---|---|---|---|",
    ]
    for path in sorted(p for p in out_vendor.rglob("*") if p.is_file()):
        rel = path.relative_to(out_vendor).as_posix()
        url = by_local.get(rel, "")
        lines.append(f"| `vendor/{rel}` | {path.stat().st_size} | `{sha256(path)}` | {url} |")
    total = sum(p.stat().st_size for p in out_vendor.rglob("*") if p.is_file())
    lines += ["", f"Total: {total} bytes.", ""]
    return "\n".join(lines)


def verify(out_vendor: Path) -> list[str]:
    """Problems with a built tree: table paths missing, or CSS url() references that do not resolve."""
    sys.path.insert(0, str(REPO_ROOT))
    from geo import assets

    problems = [
        f"missing {rel}"
        for rel in sorted(set(assets.CDN_ASSETS.values()))
        if not (out_vendor / rel).is_file()
    ]
    for rel in sorted(set(assets.CDN_ASSETS.values())):
        if rel.endswith(".css") and (out_vendor / rel).is_file():
            try:
                assets.inline_css(out_vendor / rel)
            except assets.OfflineAssetError as exc:
                problems.append(str(exc))
    return problems


def dir_diff(a: Path, b: Path) -> list[str]:
    """Relative paths that differ between two trees (added, removed or changed)."""
    files_a = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    diff = sorted(files_a ^ files_b)
    diff += sorted(r for r in files_a & files_b if not filecmp.cmp(a / r, b / r, shallow=False))
    return diff


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: rebuild, or with --check compare a fresh build with the committed one."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="build into a temp dir and compare")
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory(prefix="touchdown-vendor-") as tmp:
            fresh = Path(tmp) / "vendor"
            fresh_md = Path(tmp) / "LICENSES.md"
            build(fresh, fresh_md)
            diff = dir_diff(fresh, VENDOR_DIR)
            if (STATIC_DIR / "LICENSES.md").read_text(encoding="utf-8") != fresh_md.read_text(
                encoding="utf-8"
            ):
                diff.append("LICENSES.md")
            for d in diff:
                print(f"differs: {d}")
            problems = verify(fresh)
            for p in problems:
                print(f"problem: {p}")
            return 1 if diff or problems else 0
    build(VENDOR_DIR, STATIC_DIR / "LICENSES.md")
    problems = verify(VENDOR_DIR)
    for p in problems:
        print(f"problem: {p}")
    total = sum(p.stat().st_size for p in VENDOR_DIR.rglob("*") if p.is_file())
    print(f"static/vendor: {total} bytes", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
