"""The dashboard: items by status, the share flagged per import and per model version over
time, the confidence histogram of the last import, and the most frequent flag reasons."""
from __future__ import annotations

from datetime import timezone

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QDateTimeAxis, QLineSeries,
                              QValueAxis)
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QListWidget, QVBoxLayout, QWidget

from app.core.dashboard import BINS, Dashboard, SharePoint, count_axis
from app.gui.labels import status_label


def _view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


class DashboardPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.share_chart = QChart()
        self.share_chart.setTitle(self.tr("Share of items flagged for review"))
        self.hist_chart = QChart()
        self.hist_chart.legend().hide()
        self.reasons = QListWidget()
        grid = QGridLayout(self)
        grid.addWidget(self.status, 0, 0, 1, 2)
        grid.addWidget(_view(self.share_chart), 1, 0)
        grid.addWidget(_view(self.hist_chart), 1, 1)
        box = QGroupBox(self.tr("Most frequent flag reasons"))
        QVBoxLayout(box).addWidget(self.reasons)
        grid.addWidget(box, 2, 0, 1, 2)
        self.data: Dashboard | None = None

    def show_data(self, d: Dashboard) -> None:
        self.data = d
        total = sum(d.status_counts.values())
        parts = ", ".join(f"{status_label(k)}: {n:,}" for k, n in d.status_counts.items())
        self.status.setText(self.tr("{total} items ({parts})").format(total=f"{total:,}", parts=parts))
        self._share(d.by_import, d.by_model)
        self._histogram(d)
        self.reasons.clear()
        for rule_id, reason, n in d.top_reasons:
            line = self.tr("1 item: {rule} — {reason}") if n == 1 else self.tr("{n} items: {rule} — {reason}")
            self.reasons.addItem(line.format(n=f"{n:,}", rule=rule_id, reason=reason))

    def _share(self, by_import: list[SharePoint], by_model: list[SharePoint]) -> None:
        chart = self.share_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        x = QDateTimeAxis()
        x.setFormat("yyyy-MM-dd")
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat("%d%%")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        times = []
        for name, points in ((self.tr("per import"), by_import), (self.tr("per model version"), by_model)):
            series = QLineSeries()
            series.setName(name)
            series.setPointsVisible(True)
            for p in points:
                at = p.at if p.at.tzinfo else p.at.replace(tzinfo=timezone.utc)  # stored as naive UTC
                ms = int(at.timestamp() * 1000)
                series.append(ms, 100 * p.share)
                times.append(ms)
            chart.addSeries(series)
            series.attachAxis(x)
            series.attachAxis(y)
        if times:
            lo, hi = min(times), max(times)
            pad = max((hi - lo) // 20, 3_600_000)
            x.setRange(QDateTime.fromMSecsSinceEpoch(lo - pad), QDateTime.fromMSecsSinceEpoch(hi + pad))
            if hi - lo + 2 * pad < 3 * 86_400_000:  # within a few days, a date alone would repeat on every tick
                x.setFormat("MM-dd HH:mm")

    def _histogram(self, d: Dashboard) -> None:
        chart = self.hist_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(self.tr("Confidence of the top suggestion, last import ({name})").format(name=d.last_import or "—"))
        bars = QBarSet(self.tr("items"))
        for n in d.histogram:
            bars.append(n)
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append([f"{10 * i}%" for i in range(BINS)])
        y = QValueAxis()
        upper, ticks = count_axis(max(d.histogram + [1]))
        y.setRange(0, upper)
        y.setTickCount(ticks)  # whole numbers only
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
