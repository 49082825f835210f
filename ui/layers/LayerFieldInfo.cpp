#include "layers/LayerFieldInfo.h"

#include "layers/VectorLayer.h"

#include <QSet>

#include <functional>

#include <algorithm>
#include <cmath>

namespace territoire {

bool LayerFieldInfo::isNumeric(const QString &field) const
{
    const int i = int(names.indexOf(field));
    if (i < 0 || i >= types.size())
        return false;
    switch (types.at(i)) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

LayerFieldInfo layerFieldInfo(const MapLayer *layer)
{
    LayerFieldInfo info;
    const auto *vector = qobject_cast<const VectorLayer *>(layer);
    if (!vector)
        return info;
    const FieldList fields = vector->fields();
    info.names = fields.names;
    info.types = fields.types;
    while (info.types.size() < info.names.size())
        info.types.append(QMetaType::QString);
    info.geometry = vector->geometryKind();
    info.hasStyle = true;
    return info;
}

VectorStyle layerStyle(const MapLayer *layer)
{
    if (const auto *vector = qobject_cast<const VectorLayer *>(layer))
        return vector->style();
    return VectorStyle::fromJson(layer ? layer->descriptor().style : QJsonObject());
}

namespace {
// Calls f(value) for every feature's value of a field.
// Every value of the field, from memory or, for a streamed layer, read from its source;
// f returns false to stop.
void forEachValue(const MapLayer *layer, const QString &field,
                  const std::function<bool(const QVariant &)> &f)
{
    if (const auto *vector = qobject_cast<const VectorLayer *>(layer))
        vector->forEachValue(field, f);
}
} // namespace

QVariantList distinctValues(const MapLayer *layer, const QString &field, int limit)
{
    QSet<QString> seen;
    QVariantList values;
    forEachValue(layer, field, [&](const QVariant &value) {
        if (values.size() >= limit)
            return false;
        if (!value.isValid() || value.isNull())
            return true;
        const QString key = value.toString();
        if (!seen.contains(key)) {
            seen.insert(key);
            values.append(value);
        }
        return true;
    });
    std::sort(values.begin(), values.end(), [](const QVariant &a, const QVariant &b) {
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    });
    return values;
}

std::optional<std::pair<double, double>> valueRange(const MapLayer *layer, const QString &field)
{
    double low = INFINITY;
    double high = -INFINITY;
    forEachValue(layer, field, [&](const QVariant &value) {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (ok && std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
        return true;
    });
    if (!(low <= high))
        return std::nullopt;
    return std::make_pair(low, high);
}

} // namespace territoire
