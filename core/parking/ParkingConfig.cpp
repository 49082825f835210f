#include "parking/ParkingConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace territoire {

namespace {

QString resolve(const QString &stored, const QString &projectDir)
{
    if (stored.isEmpty() || QFileInfo(stored).isAbsolute() || projectDir.isEmpty())
        return stored;
    return QDir::cleanPath(QDir(projectDir).absoluteFilePath(stored));
}

QString store(const QString &path, const QString &projectDir)
{
    if (path.isEmpty() || projectDir.isEmpty() || QFileInfo(path).isRelative())
        return path;
    return QDir(projectDir).relativeFilePath(path);
}

QRectF rectFromJson(const QJsonValue &value)
{
    const QJsonArray a = value.toArray();
    if (a.size() != 4)
        return {};
    return QRectF(QPointF(a[0].toDouble(), a[1].toDouble()),
                  QPointF(a[2].toDouble(), a[3].toDouble()));
}

} // namespace

QJsonObject ParkingFeedConfig::toJson() const
{
    QJsonObject json {{"id", id},
                      {"url", url.toString()},
                      {"format", statusFormatKey(format)},
                      {"interval", intervalSeconds},
                      {"freshness", freshnessSeconds}};
    if (!name.isEmpty())
        json["name"] = name;
    if (!sources.isEmpty())
        json["sources"] = QJsonArray::fromStringList(sources);
    if (!idMap.isEmpty()) {
        QJsonObject map;
        for (auto it = idMap.cbegin(); it != idMap.cend(); ++it)
            map[it.key()] = it.value();
        json["idMap"] = map;
    }
    if (!recordedFile.isEmpty())
        json["file"] = recordedFile;
    if (!attribution.isEmpty())
        json["attribution"] = attribution;
    return json;
}

ParkingFeedConfig ParkingFeedConfig::fromJson(const QJsonObject &json)
{
    ParkingFeedConfig feed;
    feed.id = json["id"].toString();
    feed.name = json["name"].toString(feed.id);
    feed.url = QUrl(json["url"].toString());
    feed.format = statusFormatFromKey(json["format"].toString());
    feed.intervalSeconds = qMax(10, json["interval"].toInt(120));
    feed.freshnessSeconds = qMax(1, json["freshness"].toInt(900));
    for (const QJsonValue &v : json["sources"].toArray())
        feed.sources.append(v.toString());
    const QJsonObject map = json["idMap"].toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        feed.idMap.insert(it.key(), it.value().toString());
    feed.recordedFile = json["file"].toString();
    feed.attribution = json["attribution"].toString();
    return feed;
}

ParkingConfig ParkingConfig::fromJson(const QJsonObject &section, const QString &projectDir)
{
    ParkingConfig config;
    for (const QJsonValue &v : section["sources"].toArray())
        config.sources.append(InventorySource::fromJson(v.toObject(), projectDir));
    for (const QJsonValue &v : section["feeds"].toArray())
        config.feeds.append(ParkingFeedConfig::fromJson(v.toObject()));
    config.expectedBounds = rectFromJson(section["bounds"]);
    const QJsonObject zones = section["zones"].toObject();
    config.zones.path = resolve(zones["path"].toString(), projectDir);
    config.zones.layer = zones["layer"].toString();
    config.zones.idField = zones["idField"].toString(config.zones.idField);
    config.zones.nameField = zones["nameField"].toString(config.zones.nameField);
    const QJsonObject routing = section["routing"].toObject();
    config.routingNetwork = resolve(routing["network"].toString(), projectDir);
    config.routingProfile = routing["profile"].toString(config.routingProfile);
    return config;
}

QJsonObject ParkingConfig::toJson(const QString &projectDir) const
{
    QJsonObject json;
    QJsonArray sourceArray;
    for (const InventorySource &s : sources)
        sourceArray.append(s.toJson(projectDir));
    json["sources"] = sourceArray;
    QJsonArray feedArray;
    for (const ParkingFeedConfig &f : feeds)
        feedArray.append(f.toJson());
    json["feeds"] = feedArray;
    if (!expectedBounds.isNull())
        json["bounds"] = QJsonArray {expectedBounds.left(), expectedBounds.top(),
                                     expectedBounds.right(), expectedBounds.bottom()};
    if (!zones.isEmpty())
        json["zones"] = QJsonObject {{"path", store(zones.path, projectDir)},
                                     {"layer", zones.layer},
                                     {"idField", zones.idField},
                                     {"nameField", zones.nameField}};
    if (!routingNetwork.isEmpty())
        json["routing"] = QJsonObject {{"network", store(routingNetwork, projectDir)},
                                       {"profile", routingProfile}};
    return json;
}

QRectF ParkingConfig::boundsFor(const InventorySource &source) const
{
    return source.expectedBounds.isNull() ? expectedBounds : source.expectedBounds;
}

} // namespace territoire
