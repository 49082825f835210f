#include "base/Project.h"

#include "base/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace territoire {

namespace {

bool isFileLike(const QString &source)
{
    // Connection strings and URLs are stored as they are.
    static const QStringList prefixes = {QStringLiteral("PG:"), QStringLiteral("http:"),
                                         QStringLiteral("https:"), QStringLiteral("/vsicurl")};
    for (const QString &prefix : prefixes) {
        if (source.startsWith(prefix, Qt::CaseInsensitive))
            return false;
    }
    // GDAL subdataset syntax, "DRIVER:path:name" (GPKG:, NETCDF:, HDF5:, WMTS: ...): the
    // path inside is GDAL's business. Two letters at least, so that a drive letter stays a file.
    static const QRegularExpression driverPrefix(QStringLiteral("^[A-Z][A-Z0-9_]+:"));
    if (driverPrefix.match(source).hasMatch())
        return false;
    return !source.isEmpty();
}

QString storePath(const QString &source, const QString &projectDir)
{
    if (!isFileLike(source) || projectDir.isEmpty() || QFileInfo(source).isRelative())
        return source;
    return QDir(projectDir).relativeFilePath(source);
}

QString resolvePath(const QString &stored, const QString &projectDir)
{
    if (!isFileLike(stored) || QFileInfo(stored).isAbsolute() || projectDir.isEmpty())
        return stored;
    return QDir::cleanPath(QDir(projectDir).absoluteFilePath(stored));
}

QJsonArray rectToJson(const QRectF &r)
{
    return {r.left(), r.top(), r.right(), r.bottom()};
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

QJsonObject ProjectLayer::toJson(const QString &projectDir) const
{
    QJsonObject json {
        {"id", id},     {"type", type},       {"source", storePath(source, projectDir)},
        {"name", name}, {"visible", visible}, {"opacity", opacity}};
    if (!sublayer.isEmpty())
        json["sublayer"] = sublayer;
    if (minScale > 0)
        json["minScale"] = minScale;
    if (maxScale > 0)
        json["maxScale"] = maxScale;
    if (!crsOverride.isEmpty())
        json["crsOverride"] = crsOverride;
    if (!encoding.isEmpty())
        json["encoding"] = encoding;
    if (!style.isEmpty())
        json["style"] = style;
    if (!options.isEmpty())
        json["options"] = options;
    return json;
}

ProjectLayer ProjectLayer::fromJson(const QJsonObject &json, const QString &projectDir)
{
    ProjectLayer layer;
    layer.id = json["id"].toString();
    layer.type = json["type"].toString(QStringLiteral("vector"));
    layer.source = resolvePath(json["source"].toString(), projectDir);
    layer.sublayer = json["sublayer"].toString();
    layer.name = json["name"].toString();
    layer.visible = json["visible"].toBool(true);
    layer.opacity = json["opacity"].toDouble(1.0);
    layer.minScale = json["minScale"].toDouble(0);
    layer.maxScale = json["maxScale"].toDouble(0);
    layer.crsOverride = json["crsOverride"].toString();
    layer.encoding = json["encoding"].toString();
    layer.style = json["style"].toObject();
    layer.options = json["options"].toObject();
    return layer;
}

Project::Project()
    : m_mapCrs(Crs::lambert93())
{ }

QString Project::directory() const
{
    return m_baseDir;
}

QString Project::absolutePath(const QString &stored) const
{
    return resolvePath(stored, m_baseDir);
}

QString Project::uniqueLayerId(const QString &hint) const
{
    QString base = hint.toLower();
    for (QChar &c : base) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    }
    if (base.isEmpty())
        base = QStringLiteral("layer");
    QString candidate = base;
    int n = 1;
    auto taken = [this](const QString &id) {
        for (const ProjectLayer &l : m_layers) {
            if (l.id == id)
                return true;
        }
        return false;
    };
    while (taken(candidate))
        candidate = QStringLiteral("%1_%2").arg(base).arg(++n);
    return candidate;
}

void Project::setSection(const QString &key, const QJsonObject &value)
{
    if (value.isEmpty())
        m_sections.remove(key);
    else
        m_sections[key] = value;
}

QJsonObject Project::toJson() const
{
    QJsonArray layers;
    for (const ProjectLayer &layer : m_layers)
        layers.append(layer.toJson(m_baseDir));
    QJsonObject json {{"format", "territoire-project"},
                      {"version", formatVersion},
                      {"title", m_title},
                      {"crs",
                       m_mapCrs.isValid()
                           ? (m_mapCrs.authId().isEmpty() ? m_mapCrs.toWkt() : m_mapCrs.authId())
                           : QString()},
                      {"layers", layers}};
    if (!m_extent.isNull())
        json["extent"] = rectToJson(m_extent);
    if (!m_sections.isEmpty())
        json["sections"] = m_sections;
    return json;
}

bool Project::fromJson(const QJsonObject &json, const QString &baseDir, QString *error)
{
    if (json["format"].toString() != QLatin1String("territoire-project")) {
        if (error)
            *error = QCoreApplication::translate("Project", "not a Territoire project");
        return false;
    }
    if (json["version"].toInt() > formatVersion) {
        if (error)
            *error
                = QCoreApplication::translate("Project", "made by a newer Territoire (format %1)")
                      .arg(json["version"].toInt());
        return false;
    }
    QString crsError;
    const QString crsText = json["crs"].toString(QStringLiteral("EPSG:2154"));
    const Crs crs = Crs::fromUserInput(crsText, &crsError);
    if (!crs.isValid()) {
        if (error)
            *error = QCoreApplication::translate("Project", "unknown map CRS \"%1\"").arg(crsText);
        return false;
    }
    m_baseDir = baseDir;
    m_title = json["title"].toString();
    m_mapCrs = crs;
    m_extent = rectFromJson(json["extent"]);
    m_layers.clear();
    for (const QJsonValue &value : json["layers"].toArray())
        m_layers.append(ProjectLayer::fromJson(value.toObject(), baseDir));
    m_sections = json["sections"].toObject();
    return true;
}

bool Project::load(const QString &path, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("Project", "Cannot open project %1: %2")
                         .arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("Project", "invalid JSON at byte %1 (%2)")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(QCoreApplication::translate("Project", "not a JSON object"));

    Project loaded;
    QString reason;
    if (!loaded.fromJson(doc.object(), QFileInfo(path).absolutePath(), &reason))
        return fail(reason);
    loaded.m_filePath = QFileInfo(path).absoluteFilePath();
    *this = loaded;
    return true;
}

bool Project::save(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString oldBase = m_baseDir;
    m_baseDir = QFileInfo(absolute).absolutePath();
    QSaveFile file(absolute);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok) {
        file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
        ok = file.commit();
    }
    if (!ok) {
        m_baseDir = oldBase;
        if (error)
            *error = QCoreApplication::translate("Project", "Cannot save project %1: %2")
                         .arg(QDir::toNativeSeparators(absolute), file.errorString());
        return false;
    }
    m_filePath = absolute;
    qCDebug(lcProject) << "saved project with" << m_layers.size() << "layers";
    return true;
}

} // namespace territoire
