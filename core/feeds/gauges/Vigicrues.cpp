#include "feeds/gauges/Vigicrues.h"

#include "feeds/gauges/GaugeUnits.h"
#include "feeds/gauges/HubEau.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace territoire::vigicrues {

namespace {

QJsonValue member(const QJsonObject &o, const char *key)
{
    const QString name = QLatin1String(key);
    auto it = o.constFind(name);
    if (it == o.constEnd() && name.startsWith(QLatin1String("vic:"))) {
        QString dotted = name;
        dotted[3] = QLatin1Char('.');
        it = o.constFind(dotted);
    }
    return it == o.constEnd() ? QJsonValue() : it.value();
}

QString str(const QJsonObject &o, const char *key)
{
    return member(o, key).toVariant().toString();
}

void collect(const QJsonValue &value, const QDateTime &inheritedTime, const QString &fallbackCode,
             const QString &fallbackType, const QString &feedId, ObservationList &out)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collect(v, inheritedTime, {}, {}, feedId, out);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject o = value.toObject();
    QDateTime time = inheritedTime;
    const QDateTime own = hubeau::parseInstant(str(o, "vic:DtHrInfoVigiCru"));
    if (own.isValid())
        time = own;
    if (o.contains(QLatin1String("vic:NivInfoVigiCru"))) {
        const int level = str(o, "vic:NivInfoVigiCru").toInt();
        const QJsonObject about = o.value(QLatin1String("vic:porteSurLEntite")).toObject();
        QString code = str(about, "vic:CdEntVigiCru");
        QString type = str(about, "vic:TypEntVigiCru");
        if (code.isEmpty()) {
            code = fallbackCode;
            type = fallbackType;
        }
        if (!code.isEmpty() && level >= 1 && level <= 4 && time.isValid()) {
            Observation obs;
            obs.feedId = feedId;
            obs.entityId = entityId(code, type);
            obs.quantity = gauge::vigilanceQuantity();
            obs.time = time;
            obs.value = level;
            out.append(obs);
        }
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("vic:porteSurLEntite"))
            continue;
        if (it.value().isObject() || it.value().isArray())
            collect(it.value(), time, {}, {}, feedId, out);
    }
}

void addReach(QHash<QString, QString> &map, const QJsonObject &reach)
{
    const QString reachCode = str(reach, "vic:CdEntVigiCru");
    if (reachCode.isEmpty())
        return;
    // A territory lists its stations outside any reach under a pseudo-reach "Autre station"
    // coded like the territory ("1"): they have no reach vigilance.
    bool numeric = false;
    reachCode.toInt(&numeric);
    if (numeric || str(reach, "vic:LbEntVigiCru") == QLatin1String("Autre station"))
        return;
    const QJsonValue below = member(reach, "vic:aNMoinsUn");
    const QJsonArray stations = below.isArray() ? below.toArray() : QJsonArray {below};
    for (const QJsonValue &v : stations) {
        const QJsonObject s = v.toObject();
        const QString type = str(s, "vic:TypEntVigiCru");
        const QString code = str(s, "vic:CdEntVigiCru");
        if (!code.isEmpty() && (type == QLatin1String("7") || type.isEmpty()))
            map.insert(code, reachCode);
    }
}

} // namespace

QString levelKey(int level)
{
    switch (level) {
    case 1:
        return QStringLiteral("green");
    case 2:
        return QStringLiteral("yellow");
    case 3:
        return QStringLiteral("orange");
    case 4:
        return QStringLiteral("red");
    default:
        return QStringLiteral("unknown");
    }
}

QString levelName(int level)
{
    switch (level) {
    case 1:
        return QCoreApplication::translate("Vigicrues", "green");
    case 2:
        return QCoreApplication::translate("Vigicrues", "yellow");
    case 3:
        return QCoreApplication::translate("Vigicrues", "orange");
    case 4:
        return QCoreApplication::translate("Vigicrues", "red");
    default:
        return QCoreApplication::translate("Vigicrues", "unknown");
    }
}

QString entityId(const QString &code, const QString &type)
{
    if (type == QLatin1String("4"))
        return QStringLiteral("departement:") + code;
    if (type == QLatin1String("5"))
        return QStringLiteral("territoire:") + code;
    if (type == QLatin1String("2") || type == QLatin1String("1"))
        return QStringLiteral("national:") + code;
    return code;
}

ObservationList parseVigilance(const QByteArray &body, const QUrl &url, const QString &feedId,
                               QString *error)
{
    ObservationList out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QCoreApplication::translate("Vigicrues", "malformed JSON (%1 at byte %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return out;
    }
    const QJsonValue info = doc.object().value(QLatin1String("vic:InfoVigiCru"));
    if (!info.isObject()) {
        if (error)
            *error = QCoreApplication::translate("Vigicrues",
                                                 "the answer holds no vigilance bulletin");
        return out;
    }
    const QUrlQuery query(url);
    collect(info, {}, query.queryItemValue(QStringLiteral("CdEntVigiCru")),
            query.queryItemValue(QStringLiteral("TypEntVigiCru")), feedId, out);
    if (out.isEmpty() && error)
        *error = QCoreApplication::translate("Vigicrues", "the bulletin gives no vigilance level");
    return out;
}

QHash<QString, QString> parseStationReaches(const QByteArray &body, QString *error)
{
    QHash<QString, QString> map;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("Vigicrues", "malformed JSON (%1 at byte %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return map;
    }
    const QJsonObject root = doc.object();
    for (const char *key : {"vic:TronEntVigiCru", "vic:StaEntVigiCru"}) {
        const QJsonValue v = member(root, key);
        if (v.isUndefined() || v.isNull())
            continue;
        const QJsonArray list = v.isArray() ? v.toArray() : QJsonArray {v};
        for (const QJsonValue &item : list) {
            const QJsonObject o = item.toObject();
            const QString type = str(o, "vic:TypEntVigiCru");
            if (type == QLatin1String("7")) {
                // A station detail: its reach is the level above.
                const QJsonObject up = member(o, "vic:aNPlusUn").toObject();
                const QString reach = str(up, "vic:CdEntVigiCru");
                if (!reach.isEmpty() && !str(o, "vic:CdEntVigiCru").isEmpty())
                    map.insert(str(o, "vic:CdEntVigiCru"), reach);
            } else {
                addReach(map, o);
            }
        }
    }
    return map;
}

QString reachOfStation(const QHash<QString, QString> &mapping, const QString &stationCode)
{
    const QString code = stationCode.trimmed().toUpper();
    const auto exact = mapping.constFind(code);
    if (exact != mapping.constEnd())
        return exact.value();
    if (code.size() == 10) {
        const auto shortCode = mapping.constFind(code.left(8));
        return shortCode != mapping.constEnd() ? shortCode.value() : QString();
    }
    if (code.size() != 8)
        return {};
    QString found;
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
        if (it.key().size() == 10 && it.key().startsWith(code)) {
            if (!found.isEmpty() && found != it.value())
                return {}; // two stations of the site on different reaches: ambiguous
            found = it.value();
        }
    }
    return found;
}

QList<QUrl> reachMappingUrls(const QString &baseUrl, const QStringList &territories,
                             const QStringList &stationCodes)
{
    QString base = baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const bool byTerritory = !territories.isEmpty();
    QList<QUrl> urls;
    for (const QString &code : byTerritory ? territories : stationCodes) {
        if (code.trimmed().isEmpty())
            continue;
        QUrl url(base + QStringLiteral("/StaEntVigiCru.jsonld"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("CdEntVigiCru"), code.trimmed());
        query.addQueryItem(QStringLiteral("TypEntVigiCru"),
                           byTerritory ? QStringLiteral("5") : QStringLiteral("7"));
        url.setQuery(query);
        if (!urls.contains(url))
            urls.append(url);
    }
    return urls;
}

} // namespace territoire::vigicrues
