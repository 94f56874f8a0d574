"""The work cache (``--cache DIR``, default ``<claim base>/.cache``): what was computed for an
article or a story, keyed by content hashes, so that a re-run redoes only what changed.

    <dir>/<code fingerprint>/heads/<sha[:2]>.heads                metadata and clustering features (ids) of
                                                                  the articles whose sha starts so
    <dir>/<code fingerprint>/files.json                           file -> (size, mtime, inode, sha)
    <dir>/<code fingerprint>/clustering.json                      the last run's stories by its key, and its story labels
    <dir>/<code fingerprint>/articles/<sha[:2]>/<sha>.work.json   its SHA-256, then the article (text) and its clauses
    <dir>/<code fingerprint>/articles/<sha[:2]>/<sha>.vec.npz     embeddings of its statements (and lead)
    <dir>/<code fingerprint>/stories/<key[:2]>/<key>.story        a story's claims and findings as JSON (their SHA-256 in its first line)

``sha`` is the SHA-256 of the article file's bytes (the text as read); a story's ``key`` hashes its
articles' ids and shas. The code fingerprint hashes the package's source and data files, so a new
version of any stage never reads an old version's results. Entries are written atomically (a temporary
file, then a rename): concurrent runs may both write one, never a half of it. An entry that cannot be
read is a miss; so is a story entry whose bytes no longer match the hash written with it. Deleting the directory is always safe.

The directory is bounded (``factcheck cache info|prune|clear``; ``prune`` also runs after every report
that computed something): over the size cap (DEFAULT_MAX_BYTES), files are removed oldest first (by
modification time: an entry is written once, so this is its age), every code version's alike, until
the total is under the cap. Only the code-version directories are ever touched: ``--cache`` pointing at
a directory that holds anything else leaves that alone.

What a run over a large cached corpus must read is kept in few files: the heads of all articles sit in
256 shard files, not one file each, and ``files.json`` remembers each input file's sha by its size,
modification time and inode, so an unchanged file is not read again to be hashed (as git's index
does; a file modified within RACY_S of the index being written is not remembered, since a second
change in the same clock tick would keep its size and time). Two runs saving one shard at once can
lose one's new entries: those are misses, recomputed next time.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from .. import atomic
from ..errors import UsageError
from ..models import Article, Clause

# Bump when the layout of the entries changes (the code fingerprint covers what is computed).
CACHE_FORMAT = "v5"
# Exceptions that make an entry a miss: missing, unreadable, truncated or from an older layout.
READ_ERRORS = (OSError, ValueError, KeyError, TypeError, EOFError)
# A file whose modification time is this close to (or after) the moment files.json is written is not
# remembered there: it could change again within the file system's time granularity unseen.
RACY_S = 2.0
# The cache's default size cap: 1 GB, about 19,000 articles at the 52 KB per article (work entry,
# vectors, head, story share) measured on the seeds' and five open stories' cache (34 articles, 1.77 MB).
DEFAULT_MAX_BYTES = 1_000_000_000
# Permissions asked for a new entry (the umask applies): its owner's only, as the cache holds article
# text (what tempfile.mkstemp gave the entries before they went through atomic.write).
ENTRY_FILE_MODE = 0o600
# The directories a cache holds, one per code version (``code_fingerprint``): the only ones pruned.
VERSION_DIR = re.compile(r"^v\d+-[0-9a-f]{16}$")
# Size suffixes of ``parse_size`` (decimal, as disk sizes are sold and ``du --si`` shows them).
SIZE_UNITS = {"": 1, "K": 10**3, "M": 10**6, "G": 10**9, "T": 10**12}
SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMGT]?)B?\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of every source and data file of the package (what the cached results depend on)."""
    root = Path(__file__).resolve().parents[__name__.count(".") - 1]   # the package's folder, at any depth
    h = hashlib.sha256(CACHE_FORMAT.encode())
    for p in sorted(list(root.rglob("*.py")) + list(root.rglob("*.json"))):
        if "__pycache__" in p.parts:
            continue
        h.update(str(p.relative_to(root)).encode())
        h.update(p.read_bytes())
    return f"{CACHE_FORMAT}-{h.hexdigest()[:16]}"


def text_key(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def story_key(members: list[tuple[str, str]]) -> str:
    """The key of a story's result: its articles' (id, sha) pairs, in order."""
    return hashlib.sha256("\n".join(f"{i}\t{s}" for i, s in members).encode()).hexdigest()


def _write_bytes(path: Path, data: bytes) -> None:
    """An entry, replaced atomically (atomic.write) but not fsync'd: an entry lost in a crash is
    computed again, and a torn one fails its check (_body_hash) and is computed again."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write(path, data, ENTRY_FILE_MODE, durable=False)


@dataclass
class Head:
    """What every run needs of a cached article: enough to rebuild the Article's metadata and to
    cluster it."""

    id: str
    language: str
    published: str | None
    published_span: list[int] | None
    published_rule: str | None
    fids: np.ndarray    # the clustering features' ids (features.encode)
    labels: str         # their labels, joined by features.LABEL_SEP
    # where the article comes from (store.article_info: outlet, outlet_guessed, url, title, published_at)
    source: dict = field(default_factory=dict)


def _shard_bytes(heads: dict[str, dict]) -> bytes:
    """A heads shard as one file: a JSON line of the heads (each head's features as [offset, count]),
    padded to 8 bytes, then every head's feature ids as little-endian int64 (read without parsing)."""
    meta, arrays, offset = {}, [], 0
    for sha, head in heads.items():
        fids = np.asarray(head["fids"], dtype="<i8")
        meta[sha] = {**head, "fids": [offset, len(fids)]}
        arrays.append(fids)
        offset += len(fids)
    line = json.dumps(meta, ensure_ascii=False).encode()
    line += b" " * (-(len(line) + 1) % 8) + b"\n"
    return line + (np.concatenate(arrays).tobytes() if arrays else b"")


def _read_shard(data: bytes) -> dict[str, dict]:
    """The heads of a shard file (``_shard_bytes``); ValueError when it is cut short or malformed."""
    nl = data.index(b"\n")
    meta = json.loads(data[:nl])
    ids = np.frombuffer(data, dtype="<i8", offset=nl + 1)
    spans = [head["fids"] for head in meta.values()]
    if sum(count for _, count in spans) != len(ids) or any(start + count > len(ids) for start, count in spans):
        raise ValueError("heads shard: feature ids do not match its index")
    for head, (start, count) in zip(meta.values(), spans):
        head["fids"] = ids[start:start + count]
    return meta


def _body_hash(body: bytes | memoryview) -> str:
    """The SHA-256 of a story entry's claims and findings, kept in its first line and checked on every
    read: an entry changed on disk (one byte is enough) is a miss, never part of a report."""
    return hashlib.sha256(body).hexdigest()


@dataclass
class StoryEntry:
    meta: dict          # finding ids, counts, comparisons
    claims: bytes | memoryview   # the claims as UTF-8 JSON objects separated by ",\n" (no brackets)
    findings: bytes     # likewise the findings


class Cache:
    """One cache directory (for the running code's fingerprint). ``None`` directory: no cache."""

    def __init__(self, directory: Path | None):
        self.root = Path(directory) / code_fingerprint() if directory is not None else None
        self._stories = str(self.root / "stories") if self.root is not None else ""
        self.hits = {"head": 0, "work": 0, "story": 0}
        self.writes = 0
        self._shards: dict[str, dict[str, dict]] = {}     # heads shard -> {sha: head}
        self._dirty: set[str] = set()
        self._files: dict[str, list] | None = None        # files.json, once read
        self._files_seen: set[str] = set()                 # the files this run asked about
        self._files_dirty = False

    @property
    def enabled(self) -> bool:
        return self.root is not None

    def _article(self, sha: str, suffix: str) -> Path:
        return self.root / "articles" / sha[:2] / f"{sha}.{suffix}"

    def _story(self, key: str) -> str:
        # (a string: a large run asks for thousands of these, and Path objects cost more than the read)
        return os.path.join(self._stories, key[:2], key + ".story")

    # -- articles -----------------------------------------------------------------------------
    def _shard(self, sha: str) -> dict[str, dict]:
        name = sha[:2]
        if name not in self._shards:
            try:
                self._shards[name] = _read_shard((self.root / "heads" / f"{name}.heads").read_bytes())
            except READ_ERRORS:
                self._shards[name] = {}
        return self._shards[name]

    def head(self, sha: str, article_id: str) -> Head | None:
        if not self.enabled:
            return None
        try:
            head = Head(**self._shard(sha)[sha])
        except READ_ERRORS:
            return None
        if head.id != article_id:
            return None
        self.hits["head"] += 1
        return head

    def work(self, sha: str, article_id: str) -> tuple[Article, list[Clause]] | None:
        if not self.enabled:
            return None
        try:
            data = self._article(sha, "work.json").read_bytes()
            nl = data.index(b"\n")
            if data[:nl].decode() != _body_hash(data[nl + 1:]):
                return None   # changed since it was written: computed again
            d = json.loads(data[nl + 1:])
            art = Article.model_validate(d["article"])
            clauses = [Clause.model_validate(c) for c in d["clauses"]]
        except READ_ERRORS:
            return None
        if art.id != article_id:
            return None
        self.hits["work"] += 1
        return art, clauses

    def put_article(self, sha: str, article: Article, clauses: list[Clause], fids: np.ndarray, labels: str) -> None:
        if not self.enabled:
            return
        from ..claimbase.store import article_info   # (here: reading the cache needs none of the claim base)
        head = {"id": article.id, "language": article.language,
                "published": article.published.isoformat() if article.published else None,
                "published_span": list(article.published_span) if article.published_span else None,
                "published_rule": article.published_rule, "fids": np.asarray(fids, dtype=np.int64), "labels": labels,
                "source": article_info(article).model_dump(
                    mode="json", include={"outlet", "outlet_guessed", "url", "title", "published_at"})}
        work = {"article": article.model_dump(mode="json"), "clauses": [c.model_dump(mode="json") for c in clauses]}
        body = json.dumps(work, ensure_ascii=False).encode()
        self._put(self._article(sha, "work.json"), _body_hash(body).encode() + b"\n" + body)
        self._shard(sha)[sha] = head
        self._dirty.add(sha[:2])

    def put_head(self, key: str, article_id: str, language: str, published, fids: np.ndarray, labels: str) -> None:
        """Clustering features computed from something other than an input file (a claim base's stored
        paragraphs: assign.py), under ``key``."""
        if not self.enabled:
            return
        self._shard(key)[key] = {"id": article_id, "language": language,
                                 "published": published.isoformat() if published else None, "published_span": None,
                                 "published_rule": None, "fids": np.asarray(fids, dtype=np.int64), "labels": labels,
                                 "source": {}}
        self._dirty.add(key[:2])

    # -- input files --------------------------------------------------------------------------
    def known_sha(self, path: str, st: os.stat_result) -> str | None:
        """The sha of ``path`` remembered for exactly this size, modification time and inode."""
        if not self.enabled:
            return None
        if self._files is None:
            try:
                got = json.loads((self.root / "files.json").read_bytes())
                self._files = got if isinstance(got, dict) else {}
            except READ_ERRORS:
                self._files = {}
        self._files_seen.add(path)
        entry = self._files.get(path)
        if isinstance(entry, list) and entry[:3] == [st.st_size, st.st_mtime_ns, st.st_ino]:
            return entry[3]
        return None

    def remember_sha(self, path: str, st: os.stat_result, sha: str) -> None:
        if not self.enabled or self.known_sha(path, st) == sha:
            return
        self._files[path] = [st.st_size, st.st_mtime_ns, st.st_ino, sha]
        self._files_dirty = True

    def flush(self) -> None:
        """Write the heads shards and the file index changed since the last flush."""
        if not self.enabled:
            return
        for name in sorted(self._dirty):
            self._put(self.root / "heads" / f"{name}.heads", _shard_bytes(self._shards[name]))
        self._dirty.clear()
        if self._files_dirty:  # only this run's files: those of other runs are hashed again if they come back
            fresh = (time.time() - RACY_S) * 1e9
            keep = {p: e for p, e in self._files.items() if e[1] < fresh and p in self._files_seen}
            self._put(self.root / "files.json", json.dumps(keep, ensure_ascii=False).encode())
            self._files_dirty = False

    def vectors(self, sha: str) -> dict[str, np.ndarray]:
        """Embeddings known for an article's texts (statement quotes, its lead), by text."""
        if not self.enabled:
            return {}
        try:
            with np.load(self._article(sha, "vec.npz"), allow_pickle=False) as z:
                return dict(zip(z["texts"].tolist(), z["vectors"]))
        except READ_ERRORS:
            return {}

    def put_vectors(self, sha: str, vectors: dict[str, np.ndarray]) -> None:
        if not self.enabled or not vectors:
            return
        merged = {**self.vectors(sha), **vectors}
        buf = io.BytesIO()
        texts = list(merged)
        np.savez(buf, texts=np.array(texts, dtype=str), vectors=np.stack([merged[t] for t in texts]))
        self._put(self._article(sha, "vec.npz"), buf.getvalue())

    # -- the story clustering of the last run -------------------------------------------------
    def clustering(self) -> tuple[str | None, dict | None, dict[str, str]]:
        """The last run's clustering: its key (the run's articles and options), its result, and its
        story labels by label key (cluster.label_keys)."""
        if not self.enabled:
            return None, None, {}
        try:
            got = json.loads((self.root / "clustering.json").read_bytes())
            labels = got.get("labels") or {}
            return got.get("key"), got.get("result"), labels if isinstance(labels, dict) else {}
        except (*READ_ERRORS, AttributeError):
            return None, None, {}

    def put_clustering(self, key: str, result: dict, labels: dict[str, str]) -> None:
        if self.enabled:
            data = {"key": key, "result": result, "labels": labels}
            self._put(self.root / "clustering.json", json.dumps(data, ensure_ascii=False).encode())

    # -- stories ------------------------------------------------------------------------------
    def has_story(self, key: str) -> bool:
        return self.enabled and os.path.isfile(self._story(key))

    def story(self, key: str) -> StoryEntry | None:
        if not self.enabled:
            return None
        try:
            with open(self._story(key), "rb") as fh:
                data = fh.read()
            nl = data.index(b"\n")
            meta = json.loads(data[:nl])
            n = nl + 1 + meta["claims_bytes"]
            view = memoryview(data)  # the claims are only written out: no copy of them
            entry = StoryEntry(meta, view[nl + 1:n], data[n:])
            if len(entry.findings) != meta["findings_bytes"] or _body_hash(view[nl + 1:]) != meta["sha256"]:
                return None   # cut short or changed since it was written: computed again
        except READ_ERRORS:
            return None
        self.hits["story"] += 1
        return entry

    def put_story(self, key: str, entry: StoryEntry) -> None:
        if not self.enabled:
            return
        meta = {**entry.meta, "claims_bytes": len(entry.claims), "findings_bytes": len(entry.findings),
                "sha256": _body_hash(bytes(entry.claims) + entry.findings)}
        data = json.dumps(meta, ensure_ascii=False).encode() + b"\n" + entry.claims + entry.findings
        self._put(Path(self._story(key)), data)

    def _put(self, path: Path, data: bytes) -> None:
        try:
            _write_bytes(path, data)
            self.writes += 1
        except OSError:
            pass  # a cache that cannot be written only costs time: the run goes on without it


# -- the directory as a whole: info, prune, clear ---------------------------------------------------
@dataclass
class CacheInfo:
    directory: str
    version: str                 # the running code's version directory
    versions: list[str]          # every version directory present
    files: int
    bytes: int
    version_bytes: int           # of these, the running version's
    oldest: float | None         # modification times (Unix seconds)
    newest: float | None


@dataclass
class PruneResult:
    directory: str
    removed_files: int
    removed_bytes: int
    left_bytes: int
    max_bytes: int | None        # None: cleared


def parse_size(text: str) -> int:
    """A size such as ``1G``, ``500M``, ``1.5GB`` or ``2000000`` in bytes (decimal units)."""
    m = SIZE_RE.match(str(text))
    if m is None:
        raise UsageError(f"bad size {text!r} (a number of bytes, or with K, M, G or T: 500M, 1G)")
    return int(float(m.group(1)) * SIZE_UNITS[m.group(2).upper()])


def human_size(n: int) -> str:
    for unit in ("T", "G", "M", "K"):
        if n >= SIZE_UNITS[unit]:
            return f"{n / SIZE_UNITS[unit]:.1f} {unit}B"
    return f"{n} B"


def _versions(directory: Path) -> list[Path]:
    try:
        return sorted(p for p in Path(directory).iterdir() if p.is_dir() and VERSION_DIR.match(p.name))
    except OSError:
        return []


def _files(version: Path) -> list[tuple[float, int, str]]:
    """(modification time, size, path) of every file under a version directory."""
    out = []
    for dirpath, _dirs, names in os.walk(version):
        for name in names:
            path = os.path.join(dirpath, name)
            try:
                st = os.stat(path, follow_symlinks=False)
            except OSError:
                continue   # removed meanwhile (another run's prune, a temporary renamed)
            out.append((st.st_mtime, st.st_size, path))
    return out


def info(directory: Path) -> CacheInfo:
    """What the cache directory holds."""
    current = code_fingerprint()
    versions = _versions(directory)
    files = {v.name: _files(v) for v in versions}
    every = [f for fs in files.values() for f in fs]
    times = [t for t, _, _ in every]
    return CacheInfo(directory=str(directory), version=current, versions=[v.name for v in versions],
                     files=len(every), bytes=sum(s for _, s, _ in every),
                     version_bytes=sum(s for _, s, _ in files.get(current, [])),
                     oldest=min(times) if times else None, newest=max(times) if times else None)


def prune(directory: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> PruneResult:
    """Remove the oldest files until the cache holds at most ``max_bytes`` (a missing file is a miss
    later, never an error)."""
    versions = _versions(directory)
    every = sorted(f for v in versions for f in _files(v))
    total = sum(s for _, s, _ in every)
    removed = removed_bytes = 0
    for _, size, path in every:
        if total - removed_bytes <= max_bytes:
            break
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        except OSError:
            continue
        removed += 1
        removed_bytes += size
    if removed:
        for v in versions:
            for dirpath, _dirs, _names in os.walk(v, topdown=False):   # children first
                if dirpath != str(v):
                    try:
                        os.rmdir(dirpath)   # only when empty
                    except OSError:
                        pass
    return PruneResult(str(directory), removed, removed_bytes, total - removed_bytes, max_bytes)


def clear(directory: Path) -> PruneResult:
    """Remove every code version's directory (the cache's whole content)."""
    removed = removed_bytes = 0
    for v in _versions(directory):
        fs = _files(v)
        removed += len(fs)
        removed_bytes += sum(s for _, s, _ in fs)
        shutil.rmtree(v, ignore_errors=True)
    return PruneResult(str(directory), removed, removed_bytes, 0, None)
