#!/usr/bin/python3
"""The QGIS anchor of the render benchmark: same GeoPackage, extent, size and comparable styles
(translated from the styles Territoire uses, dumped by bench_render --dump-styles), drawn by a
QgsMapRendererParallelJob. Prints the same "key=value" lines as bench_render.

qgis_render.py GPKG --layers a,b --extent x1,y1,x2,y2 [--scale N] [--size WxH] [--repeat R]
               [--first-image] [--styles FILE] [--image FILE]
"""
import argparse
import json
import os
import resource
import sys
import time

from qgis.core import (QgsApplication, QgsCategorizedSymbolRenderer, QgsCoordinateReferenceSystem,
                       QgsFillSymbol, QgsLineSymbol, QgsMapRendererParallelJob, QgsMapSettings,
                       QgsMarkerSymbol, QgsPalLayerSettings, QgsRectangle, QgsRendererCategory,
                       QgsSingleSymbolRenderer, QgsTextBufferSettings, QgsTextFormat,
                       QgsUnitTypes, QgsVectorLayer, QgsVectorLayerSimpleLabeling, QgsWkbTypes)
from qgis.PyQt.QtCore import QEventLoop, QSize
from qgis.PyQt.QtGui import QColor, QFont


def qcolor_text(text):
    c = QColor(text) if text and text != "none" else QColor(0, 0, 0, 0)
    return "%d,%d,%d,%d" % (c.red(), c.green(), c.blue(), c.alpha())


def make_symbol(sym, geometry_type):
    fill, stroke = qcolor_text(sym.get("fill")), qcolor_text(sym.get("stroke"))
    no_stroke = stroke.endswith(",0")
    width = str(sym.get("strokeWidthMm", 0.26))
    dash = sym.get("dashMm")
    if geometry_type == QgsWkbTypes.PointGeometry:
        shapes = {"circle": "circle", "square": "square", "triangle": "triangle",
                  "cross": "cross_fill", "star": "star"}
        return QgsMarkerSymbol.createSimple({
            "name": shapes.get(sym.get("marker"), "circle"), "color": fill,
            "outline_color": stroke, "size": str(sym.get("markerSizeMm", 2.5)),
            "outline_width": width, "outline_style": "no" if no_stroke else "solid"})
    if geometry_type == QgsWkbTypes.LineGeometry:
        props = {"line_color": stroke, "line_width": width, "capstyle": "round",
                 "joinstyle": "round"}
        if dash:
            props.update({"use_custom_dash": "1", "customdash": ";".join(map(str, dash)),
                          "customdash_unit": "MM", "capstyle": "flat"})
        if no_stroke:
            props["line_style"] = "no"
        return QgsLineSymbol.createSimple(props)
    props = {"color": fill, "outline_color": stroke, "outline_width": width,
             "style": "no" if fill.endswith(",0") else "solid",
             "outline_style": "no" if no_stroke else ("dash" if dash else "solid"),
             "joinstyle": "round"}
    return QgsFillSymbol.createSimple(props)


def osm_expression(keys, categories, fields):
    """One expression giving "key=value" of the first OSM key present, with "key=*" when only the
    wildcard category exists: the same classification as Territoire's, evaluated once."""
    exact = {c["value"] for c in categories if isinstance(c.get("value"), str)}
    parts = []
    for key in keys:
        tag = "map_get(hstore_to_map(coalesce(\"other_tags\", '')), '%s')" % key
        value = ("coalesce(nullif(\"%s\", ''), %s)" % (key, tag)) if key in fields else tag
        listed = sorted(v for v in exact if v.startswith(key + "=") and not v.endswith("=*"))
        if key + "=*" in exact:
            inner = ("CASE WHEN '%s=' || %s IN (%s) THEN '%s=' || %s ELSE '%s=*' END"
                     % (key, value, ",".join("'%s'" % v.replace("'", "''") for v in listed)
                        or "''", key, value, key)) if listed else "'%s=*'" % key
        else:
            inner = "'%s=' || %s" % (key, value)
        parts.append("WHEN %s IS NOT NULL AND %s <> '' THEN %s" % (value, value, inner))
    return "CASE %s END" % " ".join(parts)


def apply_style(layer, style):
    gtype = layer.geometryType()
    fields = [f.name() for f in layer.fields()]
    renderer = style.get("renderer", "single")
    if renderer == "categorized":
        cats = []
        for c in style.get("categories", []):
            cats.append(QgsRendererCategory(c.get("value"), make_symbol(c["symbol"], gtype),
                                            c.get("label", "")))
        if style.get("drawOthers", True):
            cats.append(QgsRendererCategory("", make_symbol(style["otherSymbol"], gtype), ""))
        keys = style.get("osmKeys")
        attr = osm_expression(keys, style.get("categories", []), fields) if keys else style["field"]
        layer.setRenderer(QgsCategorizedSymbolRenderer(attr, cats))
    else:
        layer.setRenderer(QgsSingleSymbolRenderer(make_symbol(style.get("symbol", {}), gtype)))
    labels = style.get("labels", {})
    if labels.get("enabled") and labels.get("field") in fields:
        pal = QgsPalLayerSettings()
        pal.fieldName = labels["field"]
        fmt = QgsTextFormat()
        fmt.setFont(QFont(labels.get("font", "DejaVu Sans")))
        fmt.setSize(labels.get("sizePt", 8))
        fmt.setColor(QColor(labels.get("color", "#202020")))
        buf = QgsTextBufferSettings()
        buf.setEnabled(labels.get("haloWidthMm", 0) > 0)
        buf.setSize(labels.get("haloWidthMm", 0.4))
        buf.setSizeUnit(QgsUnitTypes.RenderMillimeters)
        buf.setColor(QColor(labels.get("haloColor", "#ffffff")))
        fmt.setBuffer(buf)
        pal.setFormat(fmt)
        placement = labels.get("placement", "point")
        pal.placement = {"line": QgsPalLayerSettings.Line,
                         "polygon-centroid": QgsPalLayerSettings.OverPoint}.get(
                             placement, QgsPalLayerSettings.OverPoint)
        if labels.get("minScale", 0) or labels.get("maxScale", 0):
            pal.scaleVisibility = True
            pal.minimumScale = labels.get("minScale", 0)
            pal.maximumScale = labels.get("maxScale", 0)
        layer.setLabeling(QgsVectorLayerSimpleLabeling(pal))
        layer.setLabelsEnabled(True)


def render(settings):
    job = QgsMapRendererParallelJob(settings)
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    start = time.perf_counter()
    job.start()
    loop.exec_()
    return time.perf_counter() - start, job.renderedImage()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("gpkg")
    parser.add_argument("--layers", required=True)
    parser.add_argument("--extent", required=True)
    parser.add_argument("--scale", type=float)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--first-image", action="store_true")
    parser.add_argument("--styles")
    parser.add_argument("--image")
    args = parser.parse_args()

    app = QgsApplication([], False)
    QgsApplication.setPrefixPath("/usr", True)
    QgsApplication.initQgis()
    styles = json.load(open(args.styles)) if args.styles else {}

    width, height = (int(v) for v in args.size.split("x"))
    x1, y1, x2, y2 = (float(v) for v in args.extent.split(","))
    cx, cy = (x1 + x2) / 2, (y1 + y2) / 2
    res = max((x2 - x1) / width, (y2 - y1) / height)
    if args.scale:
        res = args.scale * 0.0254 / 96.0
    extent = QgsRectangle(cx - res * width / 2, cy - res * height / 2,
                          cx + res * width / 2, cy + res * height / 2)

    opening = time.perf_counter()
    layers = []
    for name in args.layers.split(","):
        layer = QgsVectorLayer("%s|layername=%s" % (args.gpkg, name), name, "ogr")
        if not layer.isValid():
            print("cannot open layer %s of %s" % (name, args.gpkg), file=sys.stderr)
            return 1
        if name in styles:
            apply_style(layer, styles[name])
        layers.append(layer)

    settings = QgsMapSettings()
    settings.setLayers(list(reversed(layers)))  # QGIS lists the top layer first
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    settings.setOutputSize(QSize(width, height))
    settings.setOutputDpi(96)
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor(255, 255, 255))
    settings.setFlag(QgsMapSettings.Antialiasing, True)

    if args.first_image:
        render(settings)
        print("first_image_s=%f" % (time.perf_counter() - opening))
        print("load_s=%f" % (time.perf_counter() - opening))
    else:
        print("load_s=%f" % (time.perf_counter() - opening))
        print("features=%d" % sum(l.featureCount() for l in layers))
        print("scale=%d" % round(settings.scale()))
        first, image = render(settings)
        times = sorted(render(settings)[0] for _ in range(max(1, args.repeat)))
        print("first_render_s=%f" % first)
        print("render_s=%f" % times[len(times) // 2])
        if args.image:
            image.save(args.image)
    print("maxrss_kb=%d" % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    sys.stdout.flush()
    # QGIS 3.22's Python teardown can crash after the work is done: leave at once.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
