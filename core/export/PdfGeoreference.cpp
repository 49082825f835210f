#include "export/PdfGeoreference.h"

#include "base/Logging.h"

#include <QCoreApplication>
#include <QFile>

#include <ogr_spatialref.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <cmath>
#include <cstdio>
#include <exception>

namespace territoire {

namespace {

constexpr double pointsPerMm = 72.0 / 25.4;

QPDFObjectHandle realArray(std::initializer_list<double> values, int decimals)
{
    QPDFObjectHandle array = QPDFObjectHandle::newArray();
    for (double v : values)
        array.appendItem(QPDFObjectHandle::newReal(v, decimals));
    return array;
}

// The geographic CRS the projection is based on (itself when already geographic).
Crs geographicBase(const Crs &crs)
{
    if (crs.isGeographic())
        return crs;
    std::unique_ptr<OGRSpatialReference> geog(crs.ogr()->CloneGeogCS());
    return Crs::fromOgr(geog.get());
}

// The /VP array of one page, or a null handle when the corners cannot be transformed.
QPDFObjectHandle viewportArray(QPDF &pdf, const PageGeoreference &geo, double pageTop)
{
    // Frame corners in PDF user space (points, y up from the page's top edge at pageTop).
    const double x1 = geo.frameMm.left() * pointsPerMm;
    const double x2 = geo.frameMm.right() * pointsPerMm;
    const double y1 = pageTop - geo.frameMm.bottom() * pointsPerMm;
    const double y2 = pageTop - geo.frameMm.top() * pointsPerMm;

    // Corners upper-left, lower-left, lower-right, upper-right, as latitude then longitude.
    const QRectF e = geo.frameExtent;
    const CoordinateTransform toGeographic(geo.crs, geographicBase(geo.crs));
    double xs[4] = {e.left(), e.left(), e.right(), e.right()};
    double ys[4] = {e.bottom(), e.top(), e.top(), e.bottom()};
    if (toGeographic.transform(xs, ys, 4) != 4)
        return {};
    QPDFObjectHandle gpts = QPDFObjectHandle::newArray();
    for (int i = 0; i < 4; ++i) {
        gpts.appendItem(QPDFObjectHandle::newReal(ys[i], 10));
        gpts.appendItem(QPDFObjectHandle::newReal(xs[i], 10));
    }

    QPDFObjectHandle gcs = QPDFObjectHandle::newDictionary();
    gcs.replaceKey("/Type",
                   QPDFObjectHandle::newName(geo.crs.isGeographic() ? "/GEOGCS" : "/PROJCS"));
    char *wkt = nullptr;
    const char *options[] = {"FORMAT=WKT1_GDAL", nullptr};
    if (geo.crs.ogr()->exportToWkt(&wkt, options) == OGRERR_NONE && wkt)
        gcs.replaceKey("/WKT", QPDFObjectHandle::newString(wkt));
    CPLFree(wkt);
    if (geo.crs.epsg() > 0)
        gcs.replaceKey("/EPSG", QPDFObjectHandle::newInteger(geo.crs.epsg()));

    QPDFObjectHandle measure = QPDFObjectHandle::newDictionary();
    measure.replaceKey("/Type", QPDFObjectHandle::newName("/Measure"));
    measure.replaceKey("/Subtype", QPDFObjectHandle::newName("/GEO"));
    measure.replaceKey("/Bounds", realArray({0, 1, 0, 0, 1, 0, 1, 1}, 0));
    measure.replaceKey("/LPTS", realArray({0, 1, 0, 0, 1, 0, 1, 1}, 0));
    measure.replaceKey("/GPTS", gpts);
    measure.replaceKey("/GCS", pdf.makeIndirectObject(gcs));

    QPDFObjectHandle viewport = QPDFObjectHandle::newDictionary();
    viewport.replaceKey("/Type", QPDFObjectHandle::newName("/Viewport"));
    viewport.replaceKey("/Name", QPDFObjectHandle::newUnicodeString("Map"));
    viewport.replaceKey("/BBox", realArray({x1, y1, x2, y2}, 4));
    viewport.replaceKey("/Measure", pdf.makeIndirectObject(measure));

    QPDFObjectHandle array = QPDFObjectHandle::newArray();
    array.appendItem(viewport);
    return array;
}

} // namespace

bool finishPdf(const QString &path, const QList<PageGeoreference> &pages, bool georeference,
               QString *error)
{
    const QString temporary = path + QStringLiteral(".georef.tmp");
    try {
        QPDF pdf;
        pdf.processFile(QFile::encodeName(path).constData());
        const std::vector<QPDFObjectHandle> pdfPages = pdf.getAllPages();
        for (size_t i = 0; i < pdfPages.size() && i < size_t(pages.size()); ++i) {
            const PageGeoreference &geo = pages.at(int(i));
            QPDFObjectHandle page = pdfPages[i];
            // QPdfWriter rounds the media box to whole points (A4 landscape: 842 x 595) and
            // draws from its top edge down: keep that edge, give the box the exact size.
            double pageTop = geo.pageSizeMm.height() * pointsPerMm;
            QPDFObjectHandle mediaBox = page.getKey("/MediaBox");
            if (mediaBox.isRectangle())
                pageTop = mediaBox.getArrayAsRectangle().ury;
            if (!geo.pageSizeMm.isEmpty()) {
                // Hundredths of a point, as PDF tools print sizes (841.89 x 595.28).
                const double w = std::round(geo.pageSizeMm.width() * pointsPerMm * 100) / 100;
                const double h = std::round(geo.pageSizeMm.height() * pointsPerMm * 100) / 100;
                page.replaceKey("/MediaBox", realArray({0, pageTop - h, w, pageTop}, 2));
                page.removeKey("/CropBox");
            }
            if (!geo.isValid() || !georeference)
                continue;
            QPDFObjectHandle vp = viewportArray(pdf, geo, pageTop);
            if (vp.isInitialized())
                page.replaceKey("/VP", vp);
            else
                qCWarning(lcExport) << "page" << i + 1 << "frame corners cannot be transformed";
        }
        QPDFWriter writer(pdf, QFile::encodeName(temporary).constData());
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.setCompressStreams(true);
        writer.write();
    } catch (const std::exception &e) {
        QFile::remove(temporary);
        if (error)
            *error = QCoreApplication::translate("PdfGeoreference", "Cannot georeference %1: %2")
                         .arg(path, QString::fromUtf8(e.what()));
        return false;
    }
    // rename(2) replaces the old file atomically.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData())
        != 0) {
        QFile::remove(temporary);
        if (error)
            *error = QCoreApplication::translate("PdfGeoreference",
                                                 "Cannot write %1: the file cannot be replaced.")
                         .arg(path);
        return false;
    }
    return true;
}

} // namespace territoire
