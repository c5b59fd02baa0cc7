#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the Flatpak manifests: flatpak-builder parses them, and they carry
# what DESIGN.md asks of the sandbox (they cannot be built without network).
import json
import os
import shutil
import subprocess
import sys
import tempfile

REQUIRED_FINISH_ARGS = {
    "--socket=wayland",
    "--socket=fallback-x11",
    "--share=ipc",
    "--device=dri",
    "--share=network",
    "--talk-name=org.freedesktop.secrets",
}
FORBIDDEN_FINISH_ARGS = {"--filesystem=home", "--filesystem=host", "--socket=x11"}


def fail(path, message):
    print(f"{path}: {message}", file=sys.stderr)
    sys.exit(1)


def check(path, app_id):
    with open(path, encoding="utf-8") as f:
        manifest = json.load(f)
    if manifest.get("id") != app_id:
        fail(path, f"id is {manifest.get('id')!r}, expected {app_id!r}")
    for key, expected in (("runtime", "org.gnome.Platform"), ("sdk", "org.gnome.Sdk"),
                          ("command", "shortlist")):
        if manifest.get(key) != expected:
            fail(path, f"{key} is {manifest.get(key)!r}, expected {expected!r}")
    if not isinstance(manifest.get("runtime-version"), str):
        fail(path, "runtime-version must be a string")
    finish_args = set(manifest.get("finish-args", []))
    missing = REQUIRED_FINISH_ARGS - finish_args
    if missing:
        fail(path, f"finish-args lack {sorted(missing)}")
    if finish_args & FORBIDDEN_FINISH_ARGS:
        fail(path, f"finish-args must not have {sorted(finish_args & FORBIDDEN_FINISH_ARGS)}")
    modules = manifest.get("modules")
    if not isinstance(modules, list) or not modules:
        fail(path, "no modules")
    for module in modules:
        if not isinstance(module, dict) or "name" not in module or "sources" not in module:
            fail(path, f"a module lacks name or sources: {module!r}")
        for source in module["sources"]:
            if source.get("type") in ("archive", "file") and "sha256" not in source:
                fail(path, f"module {module['name']}: an archive without sha256")
            if source.get("type") == "git":
                fail(path, f"module {module['name']}: sources from git are not allowed")
    app = modules[-1]
    if app.get("name") != "shortlist" or app.get("buildsystem") != "meson":
        fail(path, "the last module must be shortlist, built with meson")
    profile = "development" if app_id.endswith(".Devel") else "default"
    if f"-Dprofile={profile}" not in app.get("config-opts", []):
        fail(path, f"the shortlist module must set -Dprofile={profile}")

    builder = shutil.which("flatpak-builder")
    if builder:
        with tempfile.TemporaryDirectory() as scratch:
            result = subprocess.run([builder, "--show-manifest", os.path.abspath(path)],
                                    capture_output=True, text=True, timeout=120,
                                    cwd=scratch)
        if result.returncode != 0:
            fail(path, "flatpak-builder --show-manifest failed: " + result.stderr.strip())
        if json.loads(result.stdout).get("id") != app_id:
            fail(path, "flatpak-builder read another id")


def main():
    directory = sys.argv[1]
    for app_id in ("io.github.shortlist.Shortlist", "io.github.shortlist.Shortlist.Devel"):
        check(os.path.join(directory, app_id + ".json"), app_id)


if __name__ == "__main__":
    main()
