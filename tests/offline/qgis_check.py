#!/usr/bin/env python3
"""Opens an offline pack with QGIS (python3-qgis) as a user would: every vector table with its
default style from layer_styles, and the raster tables. Prints one line per layer:
"<table> valid styled <fill colour>" or "<table> raster valid <width>x<height>", and a line
with NOT for anything QGIS cannot open or style; the exit status is 1 then."""
import os
import sys

from qgis.core import QgsApplication, QgsProviderRegistry, QgsRasterLayer, QgsVectorLayer


def main(path):
    app = QgsApplication([], False)
    app.initQgis()
    problems = 0
    for sub in QgsProviderRegistry.instance().querySublayers(path):
        name = sub.name()
        if sub.providerKey() == "gdal":
            layer = QgsRasterLayer(sub.uri(), name, "gdal")
            if layer.isValid():
                print("%s raster valid %dx%d" % (name, layer.width(), layer.height()))
            else:
                print("%s raster NOT valid" % name)
                problems += 1
        elif sub.providerKey() == "ogr" and name.startswith("l_"):
            layer = QgsVectorLayer(sub.uri(), name, "ogr")
            message, styled = layer.loadDefaultStyle()
            if not layer.isValid() or not styled:
                print("%s NOT valid or NOT styled: %s" % (name, message))
                problems += 1
                continue
            renderer = layer.renderer()
            symbol = renderer.symbol() if hasattr(renderer, "symbol") else None
            colour = symbol.color().name() if symbol else renderer.type()
            print("%s valid styled %s (%d features)" % (name, colour, layer.featureCount()))
    return 1 if problems else 0


if __name__ == "__main__":
    status = main(sys.argv[1])
    sys.stdout.flush()
    # QGIS 3.22 may crash while tearing down with layers alive: leave without tearing down.
    os._exit(status)
