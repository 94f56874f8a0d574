"""The work cache (``--cache DIR``, default ``<claim base>/.cache``): what was computed for an
article or a story, keyed by content hashes, so that a re-run redoes only what changed.

    <dir>/<code fingerprint>/heads/<sha[:2]>.heads                metadata and clustering features (ids) of
                                                                  the articles whose sha starts so
    <dir>/<code fingerprint>/files.json                           file -> (size, mtime, inode, sha)
    <dir>/<code fingerprint>/clustering.json                      the last run's stories by its key, and its story labels
    <dir>/<code fingerprint>/articles/<sha[:2]>/<sha>.work.json   the article (text) and its clauses
    <dir>/<code fingerprint>/articles/<sha[:2]>/<sha>.vec.npz     embeddings of its statements (and lead)
    <dir>/<code fingerprint>/stories/<key[:2]>/<key>.story        a story's claims and findings as JSON

``sha`` is the SHA-256 of the article file's bytes (the text as read); a story's ``key`` hashes its
articles' ids and shas. The code fingerprint hashes the package's source and data files, so a new
version of any stage never reads an old version's results. Entries are written atomically (a temporary
file, then a rename): concurrent runs may both write one, never a half of it. An entry that cannot be
read is a miss. Deleting the directory is always safe.

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
import tempfile
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from .models import Article, Clause

# Bump when the layout of the entries changes (the code fingerprint covers what is computed).
CACHE_FORMAT = "v4"
# Exceptions that make an entry a miss: missing, unreadable, truncated or from an older layout.
READ_ERRORS = (OSError, ValueError, KeyError, TypeError, EOFError)
# A file whose modification time is this close to (or after) the moment files.json is written is not
# remembered there: it could change again within the file system's time granularity unseen.
RACY_S = 2.0


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of every source and data file of the package (what the cached results depend on)."""
    root = Path(__file__).resolve().parent
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
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass
class Head:
    """What every run needs of a cached article: enough to rebuild the Article's metadata and to
    cluster it."""

    id: str
    language: str
    published: str | None
    published_span: list[int] | None
    published_rule: str | None
    fids: np.ndarray    # the clustering features' ids (cluster.encode)
    labels: str         # their labels, joined by cluster.LABEL_SEP
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
            d = json.loads(self._article(sha, "work.json").read_bytes())
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
        from .store import article_info   # (here: reading the cache needs none of the claim base)
        head = {"id": article.id, "language": article.language,
                "published": article.published.isoformat() if article.published else None,
                "published_span": list(article.published_span) if article.published_span else None,
                "published_rule": article.published_rule, "fids": np.asarray(fids, dtype=np.int64), "labels": labels,
                "source": article_info(article).model_dump(
                    mode="json", include={"outlet", "outlet_guessed", "url", "title", "published_at"})}
        work = {"article": article.model_dump(mode="json"), "clauses": [c.model_dump(mode="json") for c in clauses]}
        self._put(self._article(sha, "work.json"), json.dumps(work, ensure_ascii=False).encode())
        self._shard(sha)[sha] = head
        self._dirty.add(sha[:2])

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
            if len(entry.findings) != meta["findings_bytes"]:
                return None
        except READ_ERRORS:
            return None
        self.hits["story"] += 1
        return entry

    def put_story(self, key: str, entry: StoryEntry) -> None:
        if not self.enabled:
            return
        meta = {**entry.meta, "claims_bytes": len(entry.claims), "findings_bytes": len(entry.findings)}
        data = json.dumps(meta, ensure_ascii=False).encode() + b"\n" + entry.claims + entry.findings
        self._put(Path(self._story(key)), data)

    def _put(self, path: Path, data: bytes) -> None:
        try:
            _write_bytes(path, data)
            self.writes += 1
        except OSError:
            pass  # a cache that cannot be written only costs time: the run goes on without it
