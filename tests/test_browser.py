"""Open 00-start-here in JupyterLab (started by `make lab`) in headless Chromium and run every cell.

Needs Debian's Chromium (/usr/bin/chromium) and the Python `playwright` package; `make browser-test`
installs both. The screenshot goes to build/browser-00-start-here.png. The server gets its own
settings (no autosave, so the notebook on disk is never rewritten; no news fetching) and workspace
folders, so the test neither reads nor changes the user's JupyterLab state.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import REPO
from lab_server import make_lab

CHROMIUM = Path("/usr/bin/chromium")
NOTEBOOK = "00-start-here.ipynb"
SCREENSHOT = REPO / "build" / "browser-00-start-here.png"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SETTINGS = {
    "@jupyterlab/docmanager-extension/plugin": {"autosave": False},
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
}
KERNEL_IDLE = """() => {
    const bar = document.querySelector('.jp-StatusBar-Widget');
    return bar !== null && / \\| Idle/.test(bar.textContent) && !/No Kernel/.test(bar.textContent);
}"""
ALL_EXECUTED = """() => {
    const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')];
    return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
}"""

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="the Python 'playwright' package is not installed "
    "(make browser-test installs it)")
if not CHROMIUM.exists():
    pytest.skip(f"Chromium is not installed at {CHROMIUM} (make browser-test installs it as root; "
                "otherwise sudo apt-get install chromium)", allow_module_level=True)


def lab_settings(folder: Path) -> list[str]:
    """Server flags for private settings and workspaces under ``folder``."""
    for plugin, values in SETTINGS.items():
        path = folder / "settings" / f"{plugin}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")
    return [f"--LabApp.user_settings_dir={folder / 'settings'}",
            f"--LabApp.workspaces_dir={folder / 'workspaces'}"]


def test_start_here_runs_in_jupyterlab(tmp_path: Path) -> None:
    notebook_file = REPO / "notebooks" / NOTEBOOK
    before = notebook_file.read_bytes()
    with make_lab(*lab_settings(tmp_path)) as lab, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1600})
            page.goto(f"{lab.base}/lab/tree/{NOTEBOOK}?token={lab.token}")
            page.wait_for_function(KERNEL_IDLE, timeout=60_000)  # kernel started and connected
            page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
            page.locator(".lm-Menu-itemLabel").get_by_text("Run All Cells", exact=True).click()
            page.wait_for_function(ALL_EXECUTED, timeout=60_000)
            page.wait_for_function(KERNEL_IDLE, timeout=60_000)
            errors = page.locator(".jp-OutputArea-output[data-mime-type="
                                  "'application/vnd.jupyter.stderr']").all_inner_texts()
            executed = page.locator(".jp-CodeCell .jp-InputArea-prompt").all_inner_texts()
            page.locator(".jp-OutputArea-output").first.scroll_into_view_if_needed()
            SCREENSHOT.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(SCREENSHOT))
        finally:
            browser.close()
    assert notebook_file.read_bytes() == before, "the browser run rewrote the notebook on disk"
    assert not errors, f"error output in {NOTEBOOK}:\n" + "\n---\n".join(errors)
    assert executed and all(p.strip("[]: ").isdigit() for p in executed), executed
