#pragma once

#include "base/Crs.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace territoire {

// Where a page's map frame sits and what it shows, to georeference a PDF page.
struct PageGeoreference
{
    QSizeF pageSizeMm;
    QRectF frameMm; // from the page's top-left corner
    Crs crs; // map CRS
    QRectF frameExtent; // map coordinates of the frame, top() = south

    bool isValid() const
    {
        return crs.isValid() && !frameMm.isEmpty() && !frameExtent.isEmpty()
            && !pageSizeMm.isEmpty();
    }
};

// Gives each page its exact size (QPdfWriter rounds it to whole points, 842 x 595 for A4
// landscape instead of 841.89 x 595.28) and, when georeference is true, adds ISO 32000
// geospatial dictionaries (a /VP viewport with a /Measure /GEO dictionary
// holding the frame corners in latitude/longitude and the map CRS by EPSG code and WKT) to the
// pages of an existing PDF, which GDAL's PDF driver and geospatial PDF viewers read. pages[i]
// goes to page i; invalid entries are skipped. The file is rewritten atomically (qpdf, object
// streams). Returns false with a sentence naming the file and the reason in *error.
bool finishPdf(const QString &path, const QList<PageGeoreference> &pages, bool georeference,
               QString *error);

} // namespace territoire
