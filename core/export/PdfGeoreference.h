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

// Adds ISO 32000 geospatial dictionaries (a /VP viewport with a /Measure /GEO dictionary
// holding the frame corners in latitude/longitude and the map CRS by EPSG code and WKT) to the
// pages of an existing PDF, which GDAL's PDF driver and geospatial PDF viewers read. pages[i]
// goes to page i; invalid entries are skipped. The file is rewritten atomically (qpdf, object
// streams). Returns false with a sentence naming the file and the reason in *error.
bool georeferencePdf(const QString &path, const QList<PageGeoreference> &pages, QString *error);

} // namespace territoire
