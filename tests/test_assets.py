"""Paths written in data files cannot pull arbitrary files into documents."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.assets import AssetRefused, assets_dir, import_asset, resolve_asset

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    return tmp_path / "data"


def test_a_file_the_user_chose_is_copied_in_and_resolves(data_dir: Path, tmp_path: Path) -> None:
    chosen = tmp_path / "Logo.PNG"
    chosen.write_bytes(PNG)
    name = import_asset(data_dir, chosen)
    path = resolve_asset(data_dir, name)
    assert path.parent == assets_dir(data_dir).resolve() and path.read_bytes() == PNG
    assert import_asset(data_dir, chosen) == name  # same content, same name


@pytest.mark.parametrize("reference", [
    "/etc/passwd", "../../etc/passwd", "../borderline.db", "sub/../../borderline.db", "file:///etc/passwd",
    "https://example.com/x.png", "\\\\server\\share\\x.png", "", "a\x00.png", ".",
])
def test_references_leaving_the_assets_folder_are_refused(data_dir: Path, reference: str) -> None:
    assets_dir(data_dir).mkdir()
    (data_dir / "borderline.db").write_bytes(b"SQLite format 3\x00")
    with pytest.raises(AssetRefused):
        resolve_asset(data_dir, reference)


def test_a_symlink_inside_the_folder_pointing_outside_is_refused(data_dir: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(PNG)
    assets_dir(data_dir).mkdir()
    os.symlink(secret, assets_dir(data_dir) / "logo.png")
    with pytest.raises(AssetRefused, match="outside"):
        resolve_asset(data_dir, "logo.png")


def test_only_real_images_are_embedded(data_dir: Path, tmp_path: Path) -> None:
    assets_dir(data_dir).mkdir()
    (assets_dir(data_dir) / "notes.txt").write_text("hello")
    (assets_dir(data_dir) / "fake.png").write_text("not an image")
    with pytest.raises(AssetRefused, match="only"):
        resolve_asset(data_dir, "notes.txt")
    with pytest.raises(AssetRefused, match="not a PNG"):
        resolve_asset(data_dir, "fake.png")
    text = tmp_path / "key.png"
    text.write_text("-----BEGIN PRIVATE KEY-----")
    with pytest.raises(AssetRefused):
        import_asset(data_dir, text)
