from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import csv  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from app.core.workspace import Workspace  # noqa: E402

SAMPLE = [
    # sku, title, description, material, origin, price, currency, weight_kg
    ("SKU-1001", "Men's cotton crew neck T-shirt, plain white", "Short sleeve knitted tee", "cotton", "TH", "6.50", "USD", "0.180"),
    ("SKU-1002", "20000mAh power bank fast charging dual USB", "Portable lithium battery charger", "plastic", "CN", "14.90", "USD", "0.420"),
    ("SKU-1003", "Stainless steel chef knife 8 inch", "Kitchen knife with wooden handle", "steel", "CN", "9.00", "USD", "0.250"),
    ("SKU-1004", "Ceramic coffee mug 350ml with handle", "Porcelain mug for tea and coffee", "porcelain", "VN", "3.20", "USD", "0.300"),
    ("SKU-1005", "Leather bifold wallet for men", "Genuine leather card holder wallet", "leather", "ID", "11.00", "USD", "0.090"),
    ("SKU-1006", "Disposable vape pen 5000 puffs mango", "Electronic cigarette, rechargeable", "", "CN", "7.00", "USD", "0.050"),
    ("SKU-1007", "Women's <b>floral</b> summer dress & belt", "Knitted viscose dress", "viscose", "TH", "15.00", "USD", "0.250"),
    ("SKU-1008", "=HYPERLINK(\"http://x\") sticker pack", "Vinyl sticker sheet", "vinyl", "MY", "1.50", "USD", "0.020"),
]


def write_catalogue(path: Path, rows=SAMPLE) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["SKU", "Product Name", "Description", "Material", "Country of Origin", "Price", "Currency", "Weight (kg)"])
        w.writerows(rows)
    return path


def data_rows(fh) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    """The rows of an exported CSV as dicts (every line is a data row: the audit trail's head an
    export was made at goes beside it, app.core.export.about_path)."""
    return list(csv.DictReader(fh))


VAPE = ("VP-1", "Disposable vape pen 5000 puffs", "", "plastic", "CN", "4.00", "USD", "0.050")


def classified_vape(ws: Workspace, tmp_path: Path, markets: list[str]) -> int:
    """A disposable vape imported and classified for these markets (set in Settings too); its id.
    SG, TH and VN ban it."""
    from app.core import classifying, item_views, services

    ws.set_setting("markets", list(markets))
    services.import_catalogue(ws, write_catalogue(tmp_path / "vape.csv", [VAPE]))
    classifying.classify_pending(ws, list(markets))
    item_id = item_views.item_id_for_sku(ws, "VP-1")
    assert item_id is not None
    return item_id


@pytest.fixture(autouse=True)
def private_qsettings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Window geometry, recent files and the chosen data folder go to a fresh folder per test,
    never to the user's own settings."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def catalogue_file(tmp_path: Path) -> Path:
    return write_catalogue(tmp_path / "catalogue.csv")


@pytest.fixture
def open_window(qtbot):
    """Opens the real main window on a workspace; at teardown every background job must end."""
    from app.gui.main_window import MainWindow

    opened: list[MainWindow] = []

    def open_(workspace: Workspace) -> MainWindow:
        w = MainWindow(workspace)
        qtbot.addWidget(w)
        w.show()
        opened.append(w)
        return w

    yield open_
    for w in opened:
        assert w.stop_jobs(), "a background operation did not finish"


@pytest.fixture
def window(open_window, ws):
    return open_window(ws)


@pytest.fixture(params=["en", "id"])
def language(request: pytest.FixtureRequest, qapp):  # type: ignore[no-untyped-def]
    """The interface language, installed before any widget is built."""
    from app.gui.i18n import install_translators, remove_translators

    translators = install_translators(request.param, qapp)
    assert translators or request.param == "en"
    yield request.param
    remove_translators(translators, qapp)


@pytest.fixture
def keep_log_handlers():  # type: ignore[no-untyped-def]
    """Startup adds a log file handler to the root logger: taken away again after the test."""
    import logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for h in root.handlers[:]:
        if h not in handlers:
            root.removeHandler(h)
            h.close()
    root.setLevel(level)


def loaded_rules_page(qtbot, ws):  # type: ignore[no-untyped-def]
    """A Rules page of its own (no main window), its rules read and no job left running."""
    from PySide6.QtWidgets import QWidget

    from app.gui.operations import OperationRunner
    from app.gui.rules_page import RulesPage

    holder = QWidget()
    qtbot.addWidget(holder)
    runner = OperationRunner(holder)
    page = RulesPage(ws, runner, holder)
    with qtbot.waitSignal(page.sig_loaded, timeout=20000):
        page.reload()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=20000)
    page.holder = holder  # the page's parent lives as long as the page is used
    return page


def idle(window) -> bool:  # type: ignore[no-untyped-def]
    """No background operation is running or queued."""
    return not window.runner.busy() and not window.reader.busy()


@pytest.fixture
def ws(tmp_path: Path):
    w = Workspace(tmp_path / "data")
    yield w
    w.close()


@pytest.fixture
def ready_ws(ws, tmp_path: Path):
    """A workspace whose items (test_documents' catalogue) are classified and need no review
    (no model needed)."""
    from sqlalchemy import select

    from app.core import services
    from app.core.tables import Item
    from tests.test_documents import CODES, ROWS

    services.import_catalogue(ws, write_catalogue(tmp_path / "cat.csv", ROWS))
    with ws.db.session() as s:
        for item in s.scalars(select(Item)):
            item.status, item.hs_code, item.top_p = "auto", CODES[item.sku], 0.99
    return ws


SHIPMENT = {
    "invoice_number": "INV-0001", "date": "2026-11-24", "destination": "SG", "incoterm": "DAP",
    "incoterm_place": "Singapore", "currency": "USD", "reason_for_export": "sale",
    "seller": {"name": "Siam Craft Co., Ltd.", "address": "12 Sukhumvit Rd, Bangkok 10110", "country": "TH", "tax_id": "0105551234567"},
    "consignee": {"name": "Lion City Retail Pte Ltd", "address": "1 Raffles Place, Singapore 048616", "country": "SG"},
    "lines": [{"sku": "SKU-1001", "quantity": 10}, {"sku": "SKU-1004", "quantity": 3}],
    "packages": [{"count": 2, "type": "carton", "gross_kg": 3.25, "length_cm": 40, "width_cm": 30, "height_cm": 30}],
}


def fill_parties(dialog) -> None:  # type: ignore[no-untyped-def]
    """A Thai seller shipping to a Singapore consignee, typed into the shipment dialog."""
    dialog.seller_name.setText("Siam Craft Co., Ltd.")
    dialog.seller_address.setText("12 Sukhumvit Rd, Bangkok")
    dialog.seller_country.setText("TH")
    dialog.cons_name.setText("Lion City Retail Pte Ltd")
    dialog.cons_address.setText("1 Raffles Place, Singapore")
    dialog.destination.setCurrentText("SG")
    dialog.place.setText("Singapore")


# Interpreter shutdown ---------------------------------------------------------------------
# Now and then, after every test has passed and the summary is printed, the interpreter aborts
# while collecting the last Qt wrappers at exit ("bool_dealloc: refcount error in a C
# extension"), which turns a green run into exit status 134. The results are already final
# then, so the run ends with pytest's own status and skips that last collection.
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    session.config.stash[_EXIT_STATUS] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    status = config.stash.get(_EXIT_STATUS, None)
    if status is not None:
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)


_EXIT_STATUS = pytest.StashKey[int]()
