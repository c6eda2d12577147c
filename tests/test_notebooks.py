"""The notebooks are the tutorial, so they always run: each is executed top to bottom in a
real kernel, and a failing cell fails the suite. Committed notebooks carry no outputs."""

from __future__ import annotations

import warnings
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks():
    assert [p.name for p in NOTEBOOKS][:4] == [
        "01_quickstart.ipynb", "02_cypher.ipynb", "03_network_analysis.ipynb",
        "04_your_corpus.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_runs_top_to_bottom(path, monkeypatch):
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    stderr = [o.get("text", "") for c in nb.cells if c.cell_type == "code"
              for o in c.outputs if o.get("name") == "stderr"]
    assert not [s for s in stderr if "Glyph" in s and "missing" in s], stderr


def test_a_plot_with_chinese_labels_has_every_glyph(tmp_path, monkeypatch):
    monkeypatch.setenv("MPLBACKEND", "Agg")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from govkg.graph.plotting import missing_glyphs, use_chinese_font

    font = use_chinese_font()
    labels = ["县委书记", "副县长岳宏斌", "沂南县人民政府", "职务时间线 −1"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font" is a warning
        fig, ax = plt.subplots()
        ax.bar(range(len(labels)), [3, -1, 2, 1])
        ax.set_xticks(range(len(labels)), labels)
        ax.set_title("会议 出席 人数")
        fig.savefig(tmp_path / "plot.png")
        plt.close(fig)
    assert "CJK" in font or "Hei" in font or "Han" in font
    assert missing_glyphs("".join(labels[:3]) + "会议出席人数") == set()
