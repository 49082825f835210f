#include "render/OsmTags.h"

#include <cpl_conv.h>
#include <ogr_swq.h>

namespace territoire {

QString OsmTags::value(const AttributeLookup &attribute, const QString &key)
{
    if (!attribute)
        return {};
    const QVariant direct = attribute(key);
    if (direct.isValid() && !direct.isNull()) {
        const QString text = direct.toString();
        if (!text.isEmpty())
            return text;
    }
    const QVariant other = attribute(QStringLiteral("other_tags"));
    if (!other.isValid() || other.isNull())
        return {};
    return fromHstore(other.toString(), key);
}

QString OsmTags::fromHstore(const QString &hstore, const QString &key)
{
    if (hstore.isEmpty() || key.isEmpty())
        return {};
    // A quick test avoids GDAL's parse for the common case of an absent key.
    if (!hstore.contains(QLatin1Char('"') + key + QLatin1Char('"')))
        return {};
    char *value = OGRHStoreGetValue(hstore.toUtf8().constData(), key.toUtf8().constData());
    if (!value)
        return {};
    const QString result = QString::fromUtf8(value);
    CPLFree(value);
    return result;
}

bool OsmTags::isOsmLayer(const QStringList &fieldNames)
{
    return fieldNames.contains(QLatin1String("osm_id"))
        || fieldNames.contains(QLatin1String("osm_way_id"))
        || fieldNames.contains(QLatin1String("other_tags"));
}

} // namespace territoire
