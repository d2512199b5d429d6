"""What devzone_app/navigation.py relies on inside Streamlit. When one of these fails, Streamlit changed:
check whether the workaround is still needed (a public way to leave the pages/ folder mode) or how to adapt it.
"""

from __future__ import annotations

import inspect

import streamlit as st
from streamlit.commands import navigation as navigation_command
from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.scriptrunner import script_runner

from devzone_app import navigation


def test_a_pages_folder_puts_a_fresh_server_in_the_legacy_mode(tmp_path, monkeypatch):
    (tmp_path / "pages").mkdir()
    (tmp_path / "dashboard.py").write_text("")
    monkeypatch.setattr(PagesManager, "uses_pages_directory", None)
    PagesManager(str(tmp_path / "dashboard.py"))
    assert PagesManager.uses_pages_directory is True


def test_the_script_runner_reads_the_flag_and_st_navigation_clears_it():
    assert "PagesManager.uses_pages_directory" in inspect.getsource(script_runner.ScriptRunner)
    assert "uses_pages_directory = False" in inspect.getsource(navigation_command.navigation)
    assert st.navigation is navigation_command.navigation


def test_the_workaround_leaves_the_legacy_mode_and_reruns(monkeypatch):
    monkeypatch.setattr(PagesManager, "uses_pages_directory", True)
    reruns = []
    monkeypatch.setattr(navigation.st, "rerun", lambda: reruns.append(1))
    navigation.ensure_navigation()
    assert PagesManager.uses_pages_directory is False and reruns == [1]
    navigation.ensure_navigation()  # once out of the mode, nothing more happens
    assert reruns == [1]
