#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

namespace territoire {

// What one feature under the cursor holds, for the identify panel.
struct IdentifyResult
{
    QString layerId;
    QString layerName;
    QString featureId;
    QList<QPair<QString, QVariant>> attributes; // in source field order
    QString geometryType; // "Polygon", "Point", ... or empty
};

} // namespace territoire
