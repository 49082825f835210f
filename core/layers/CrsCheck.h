#pragma once

#include "base/Crs.h"

#include <QRectF>
#include <QString>

namespace territoire {

// Whether a layer's declared CRS fits its coordinates, and which CRS the numbers suggest.
struct CrsVerdict
{
    enum class Status {
        Ok, // declared and plausible
        Assumed, // missing, WGS 84 assumed because the numbers are degrees
        Missing, // missing, and the numbers are not degrees: needs an override
        Contradicted, // declared, but the coordinates cannot be in it: needs an override
    };
    Status status = Status::Ok;
    Crs crs; // the CRS to use (declared, assumed or overridden); invalid when none fits
    QString suggestion; // "EPSG:2154" guessed from the numbers, or empty
    QString reason; // user sentence (without the file name), empty when Ok

    // True when drawing with `crs` would put the layer in a wrong place.
    bool blocksDrawing() const
    {
        return status == Status::Missing || status == Status::Contradicted;
    }
};

// Guesses a CRS from an extent in source units: WGS 84 degrees, Lambert-93, the CC zones
// (EPSG:3942-3950), Web Mercator. Returns "EPSG:nnnn", or empty when nothing fits.
QString guessCrsFromExtent(const QRectF &extent);

// Checks a declared CRS (possibly invalid = missing) against the extent of the coordinates in
// that CRS's units. An override (user choice, "EPSG:2154") wins over everything.
CrsVerdict checkLayerCrs(const Crs &declared, const QRectF &sourceExtent,
                         const QString &crsOverride = {});

// True when every corner of the rectangle is inside [-180, 180] x [-90, 90].
bool isDegreeExtent(const QRectF &extent);

} // namespace territoire
