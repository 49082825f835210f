#pragma once

#include "base/Crs.h"

#include <QLabel>

namespace territoire {

// Status bar text for the point under the mouse: its coordinates in the map CRS (Lambert-93
// by default, metres) and in WGS 84 (decimal degrees).
class CoordinateLabel : public QLabel
{
    Q_OBJECT
public:
    explicit CoordinateLabel(QWidget *parent = nullptr);

    void setMapCrs(const Crs &crs);
    // A point in the map CRS.
    void showPoint(const QPointF &mapPoint);

private:
    Crs m_crs;
    CoordinateTransform m_toWgs84;
};

} // namespace territoire
