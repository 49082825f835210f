#pragma once

#include <QImage>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace territoire::test {

// Runs a command-line tool (poppler-utils, gdalinfo) and returns its standard output;
// *ok tells whether it ran and exited with 0.
QString runTool(const QString &program, const QStringList &arguments, bool *ok = nullptr);
// A page rendered by pdftoppm at a resolution (RGB), or only the crop rectangle of it (pixels
// at that resolution) when given; null on failure.
QImage rasterisePage(const QString &pdf, double dpi, int page = 1, const QRect &crop = {});
// gdalinfo -json of a file; empty on failure.
QJsonObject gdalInfo(const QString &path);
// Centres (in pixels, along the row or column) of the runs of pixels matching a predicate.
QList<double> runCentres(const QImage &image, int index, bool row, bool (*match)(QRgb pixel));
// Lengths of those runs, in pixels.
QList<int> runLengths(const QImage &image, int index, bool row, bool (*match)(QRgb pixel));

} // namespace territoire::test
