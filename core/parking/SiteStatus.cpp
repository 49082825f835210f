#include "parking/SiteStatus.h"

namespace territoire {

BayStatus SiteStatus::bayStatus() const
{
    if (state == State::Closed || state == State::Full)
        return BayStatus::Taken;
    if (vacant > 0)
        return BayStatus::Free;
    if (vacant == 0)
        return BayStatus::Taken;
    return BayStatus::Unknown;
}

QString SiteStatus::stateKey(State state)
{
    switch (state) {
    case State::Open:
        return QStringLiteral("open");
    case State::Full:
        return QStringLiteral("full");
    case State::Closed:
        return QStringLiteral("closed");
    case State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

SiteStatus::State SiteStatus::stateFromKey(const QString &key)
{
    if (key == QLatin1String("open"))
        return State::Open;
    if (key == QLatin1String("full"))
        return State::Full;
    if (key == QLatin1String("closed"))
        return State::Closed;
    return State::Unknown;
}

namespace {

struct FormatName
{
    StatusFormat format;
    const char *key;
};

constexpr FormatName formatNames[] = {
    {StatusFormat::Datex2, "datex2"},
    {StatusFormat::ParkApi, "parkapi"},
    {StatusFormat::StrasbourgOpendatasoft, "strasbourg-opendatasoft"},
    {StatusFormat::StrasbourgLegacy, "strasbourg-legacy"},
    {StatusFormat::MontpellierNgsi, "montpellier-ngsi"},
    {StatusFormat::Basel, "basel"},
    {StatusFormat::GeoJsonStatus, "geojson-status"},
};

} // namespace

QString statusFormatKey(StatusFormat format)
{
    for (const FormatName &f : formatNames) {
        if (f.format == format)
            return QString::fromLatin1(f.key);
    }
    return {};
}

StatusFormat statusFormatFromKey(const QString &key)
{
    for (const FormatName &f : formatNames) {
        if (key == QLatin1String(f.key))
            return f.format;
    }
    return StatusFormat::Invalid;
}

StatusParseResult parseStatus(StatusFormat format, const QByteArray &body,
                              const QDateTime &receivedAt)
{
    switch (format) {
    case StatusFormat::Datex2:
        return parseDatex2Status(body, receivedAt);
    case StatusFormat::ParkApi:
        return parseParkApiStatus(body, receivedAt);
    case StatusFormat::StrasbourgOpendatasoft:
        return parseStrasbourgOpendatasoft(body, receivedAt);
    case StatusFormat::StrasbourgLegacy:
        return parseStrasbourgLegacy(body, receivedAt);
    case StatusFormat::MontpellierNgsi:
        return parseMontpellierNgsi(body, receivedAt);
    case StatusFormat::Basel:
        return parseBasel(body, receivedAt);
    case StatusFormat::GeoJsonStatus:
        return parseGeoJsonStatus(body, receivedAt);
    case StatusFormat::Invalid:
        break;
    }
    StatusParseResult result;
    result.error = QStringLiteral("unknown feed format");
    return result;
}

} // namespace territoire
