#!/usr/bin/python3
"""The QGIS anchor of the PDF benchmark: the visible vector layers of a Territoire project (same
sources, filters, single-symbol styles and commune labels), in a QgsPrintLayout of the same paper
with a map frame on the project's extent, a title, a legend, a scale bar and a north arrow,
exported by QgsLayoutExporter at the same resolution. Prints the same "key=value" lines as
bench_pdf.

qgis_pdf.py PROJECT --out FILE [--paper A3] [--dpi 300] [--repeat N] [--north-arrow SVG]
"""
import argparse
import json
import os
import sys
import time

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsFeature, QgsFillSymbol,
                       QgsGeometry, QgsPointXY,
                       QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemLegend,
                       QgsLayoutItemMap, QgsLayoutItemPage, QgsLayoutItemPicture,
                       QgsLayoutItemScaleBar, QgsLayoutPoint, QgsLayoutSize, QgsLineSymbol,
                       QgsPalLayerSettings, QgsPrintLayout, QgsProject, QgsRectangle,
                       QgsSingleSymbolRenderer, QgsTextBufferSettings, QgsTextFormat,
                       QgsUnitTypes, QgsVectorLayer, QgsVectorLayerSimpleLabeling, QgsWkbTypes)
from qgis.PyQt.QtGui import QColor, QFont


def symbol_for(layer, sym):
    stroke = sym.get("stroke", "#555555")
    fill = sym.get("fill", "none")
    width = str(sym.get("strokeWidthMm", 0.26))
    if layer.geometryType() == QgsWkbTypes.LineGeometry:
        return QgsLineSymbol.createSimple({"line_color": stroke, "line_width": width})
    props = {"color": fill if fill != "none" else "0,0,0,0", "outline_color": stroke,
             "outline_width": width, "style": "no" if fill == "none" else "solid"}
    return QgsFillSymbol.createSimple(props)


def load_layers(project_path, qproject):
    with open(project_path, encoding="utf-8") as f:
        data = json.load(f)
    base = os.path.dirname(os.path.abspath(project_path))
    layers = []
    for desc in data.get("layers", []):
        if not desc.get("visible", True) or desc.get("type") != "vector":
            continue
        source = os.path.normpath(os.path.join(base, desc["source"]))
        uri = source + ("|layername=" + desc["sublayer"] if desc.get("sublayer") else "")
        layer = QgsVectorLayer(uri, desc.get("name", desc["id"]), "ogr")
        if not layer.isValid():
            print("QGIS cannot open %s" % uri, file=sys.stderr)
            continue
        filt = desc.get("options", {}).get("filter")
        if filt:
            layer.setSubsetString(filt)
        # The same scale range as in Territoire (minScale: hidden when zoomed out beyond it).
        if desc.get("minScale", 0) or desc.get("maxScale", 0):
            layer.setScaleBasedVisibility(True)
            layer.setMinimumScale(desc.get("minScale", 0))
            layer.setMaximumScale(desc.get("maxScale", 0))
        style = desc.get("style", {})
        layer.setRenderer(QgsSingleSymbolRenderer(symbol_for(layer, style.get("symbol", {}))))
        labels = style.get("labels", {})
        if labels.get("enabled"):
            settings = QgsPalLayerSettings()
            settings.fieldName = labels["field"]
            fmt = QgsTextFormat()
            fmt.setFont(QFont("DejaVu Sans"))
            fmt.setSize(labels.get("sizePt", 8))
            fmt.setColor(QColor(labels.get("color", "#000000")))
            buf = QgsTextBufferSettings()
            buf.setEnabled(True)
            buf.setSize(labels.get("haloWidthMm", 0.4))
            fmt.setBuffer(buf)
            settings.setFormat(fmt)
            layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
            layer.setLabelsEnabled(True)
        qproject.addMapLayer(layer)
        layers.append(layer)
    # The river gauges as points (Territoire draws them from the same station list).
    for desc in data.get("layers", []):
        if desc.get("type") != "gauges" or not desc.get("visible", True):
            continue
        layer = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", desc["name"], "memory")
        features = []
        for station in desc.get("options", {}).get("stations", []):
            feature = QgsFeature(layer.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(station["lon"],
                                                                   station["lat"])))
            feature.setAttribute("name", station.get("name", ""))
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        qproject.addMapLayer(layer)
        layers.append(layer)
    return data, layers


def build_layout(qproject, data, paper, north_arrow):
    layout = QgsPrintLayout(qproject)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(paper, QgsLayoutItemPage.Landscape)
    w, h = page.pageSize().width(), page.pageSize().height()
    f = min(w, h) / 210.0
    margin = 10

    title = QgsLayoutItemLabel(layout)
    title.setText(data.get("title", ""))
    title.setFont(QFont("DejaVu Sans", int(18 * f), QFont.Bold))
    layout.addLayoutItem(title)
    title.attemptMove(QgsLayoutPoint(margin, margin, QgsUnitTypes.LayoutMillimeters))
    title.attemptResize(QgsLayoutSize(w - 2 * margin, 10 * f, QgsUnitTypes.LayoutMillimeters))

    panel = max(55 * f, (w - 2 * margin) * 0.22)
    top = margin + 19 * f
    frame = QgsLayoutItemMap(layout)
    frame.setCrs(QgsCoordinateReferenceSystem(data.get("crs", "EPSG:2154")))
    layout.addLayoutItem(frame)
    frame.attemptMove(QgsLayoutPoint(margin, top, QgsUnitTypes.LayoutMillimeters))
    frame.attemptResize(QgsLayoutSize(w - 2 * margin - panel - 3 * f, h - margin - top,
                                      QgsUnitTypes.LayoutMillimeters))
    # Fit the extent in the frame around its centre, as Territoire does (QGIS 3.22's
    # zoomToExtent leaves a new frame with an empty extent when run headless).
    e = data["extent"]
    frame_w, frame_h = frame.rect().width(), frame.rect().height()
    res = max((e[2] - e[0]) / frame_w, (e[3] - e[1]) / frame_h)
    cx, cy = (e[0] + e[2]) / 2, (e[1] + e[3]) / 2
    frame.setExtent(QgsRectangle(cx - frame_w * res / 2, cy - frame_h * res / 2,
                                 cx + frame_w * res / 2, cy + frame_h * res / 2))
    frame.setFrameEnabled(True)

    x = w - margin - panel
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(frame)
    legend.setTitle("Legend")
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(x, top, QgsUnitTypes.LayoutMillimeters))

    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(frame)
    bar.applyDefaultSize()
    layout.addLayoutItem(bar)
    bar.attemptMove(QgsLayoutPoint(x, h - margin - 60 * f, QgsUnitTypes.LayoutMillimeters))

    if north_arrow:
        arrow = QgsLayoutItemPicture(layout)
        arrow.setPicturePath(north_arrow)
        layout.addLayoutItem(arrow)
        arrow.attemptMove(QgsLayoutPoint(x - 3 * f - 20 * f, top + 3 * f,
                                         QgsUnitTypes.LayoutMillimeters))
        arrow.attemptResize(QgsLayoutSize(14 * f, 20 * f, QgsUnitTypes.LayoutMillimeters))
    return layout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("project")
    parser.add_argument("--out", required=True)
    parser.add_argument("--paper", default="A3")
    parser.add_argument("--dpi", type=float, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--north-arrow", default="")
    args = parser.parse_args()

    app = QgsApplication([], False)
    app.initQgis()
    start = time.perf_counter()
    qproject = QgsProject.instance()
    data, layers = load_layers(args.project, qproject)
    load_s = time.perf_counter() - start

    best = 1e9
    for _ in range(max(1, args.repeat)):
        layout = build_layout(qproject, data, args.paper, args.north_arrow)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = args.dpi
        settings.rasterizeWholeImage = False
        start = time.perf_counter()
        result = QgsLayoutExporter(layout).exportToPdf(args.out, settings)
        best = min(best, time.perf_counter() - start)
        if result != QgsLayoutExporter.Success:
            print("QGIS export failed: %d" % result, file=sys.stderr)
            return 1
    print("layers=%d" % len(layers))
    print("load_s=%.4f" % load_s)
    print("export_s=%.4f" % best)
    print("size_bytes=%d" % os.path.getsize(args.out))
    print("pages=1")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
