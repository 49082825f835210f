#include "base/Crs.h"

#include "base/Logging.h"

#include <ogr_spatialref.h>

#include <cmath>
#include <limits>

namespace territoire {

namespace {

std::shared_ptr<OGRSpatialReference> makeSrs()
{
    auto srs = std::make_shared<OGRSpatialReference>();
    srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

} // namespace

Crs Crs::fromUserInput(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const int code = trimmed.toInt(&isNumber);
    if (isNumber)
        return fromEpsg(code);

    auto srs = makeSrs();
    const QByteArray utf8 = trimmed.toUtf8();
    if (trimmed.isEmpty() || srs->SetFromUserInput(utf8.constData()) != OGRERR_NONE) {
        if (error)
            *error = QStringLiteral("unknown coordinate reference system \"%1\"").arg(trimmed);
        return {};
    }
    Crs crs;
    crs.m_srs = srs;
    return crs;
}

Crs Crs::fromEpsg(int code)
{
    auto srs = makeSrs();
    if (code <= 0 || srs->importFromEPSG(code) != OGRERR_NONE)
        return {};
    Crs crs;
    crs.m_srs = srs;
    return crs;
}

Crs Crs::fromOgr(const OGRSpatialReference *source)
{
    if (!source)
        return {};
    auto srs = std::shared_ptr<OGRSpatialReference>(source->Clone());
    srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    Crs crs;
    crs.m_srs = srs;
    return crs;
}

Crs Crs::wgs84()
{
    static const Crs crs = fromEpsg(4326);
    return crs;
}

Crs Crs::lambert93()
{
    static const Crs crs = fromEpsg(2154);
    return crs;
}

QString Crs::authId() const
{
    const int code = epsg();
    return code > 0 ? QStringLiteral("EPSG:%1").arg(code) : QString();
}

int Crs::epsg() const
{
    if (!m_srs)
        return 0;
    const char *name = m_srs->GetAuthorityName(nullptr);
    const char *code = m_srs->GetAuthorityCode(nullptr);
    if (name && code && QByteArray(name).compare("EPSG", Qt::CaseInsensitive) == 0)
        return QByteArray(code).toInt();
    // Some sources (an ESRI .prj, a CRS84 URN) carry no code: ask PROJ for a confident match.
    int confidenceCount = 0;
    int *confidences = nullptr;
    OGRSpatialReferenceH *matches = m_srs->FindMatches(nullptr, &confidenceCount, &confidences);
    int result = 0;
    if (matches && confidenceCount > 0 && confidences[0] >= 90) {
        auto *best = OGRSpatialReference::FromHandle(matches[0]);
        const char *bestName = best->GetAuthorityName(nullptr);
        const char *bestCode = best->GetAuthorityCode(nullptr);
        if (bestName && bestCode && QByteArray(bestName) == "EPSG")
            result = QByteArray(bestCode).toInt();
    }
    OSRFreeSRSArray(matches);
    CPLFree(confidences);
    return result;
}

QString Crs::name() const
{
    return m_srs ? QString::fromUtf8(m_srs->GetName()) : QString();
}

QString Crs::toWkt() const
{
    if (!m_srs)
        return {};
    char *wkt = nullptr;
    const char *options[] = {"FORMAT=WKT2_2018", nullptr};
    m_srs->exportToWkt(&wkt, options);
    const QString result = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return result;
}

bool Crs::isGeographic() const
{
    return m_srs && m_srs->IsGeographic();
}

QRectF Crs::areaOfUse() const
{
    double west = 0, south = 0, east = 0, north = 0;
    const char *areaName = nullptr;
    if (!m_srs || !m_srs->GetAreaOfUse(&west, &south, &east, &north, &areaName) || west < -1000)
        return {};
    return QRectF(QPointF(west, south), QPointF(east, north));
}

bool Crs::operator==(const Crs &other) const
{
    if (!m_srs || !other.m_srs)
        return m_srs == other.m_srs;
    if (m_srs == other.m_srs)
        return true;
    const char *options[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", nullptr};
    return m_srs->IsSame(other.m_srs.get(), options);
}

CoordinateTransform::CoordinateTransform(const Crs &source, const Crs &target)
    : m_source(source)
    , m_target(target)
{
    if (!source.isValid() || !target.isValid())
        return;
    if (source == target) {
        m_identity = true;
        return;
    }
    OGRCoordinateTransformation *ct = OGRCreateCoordinateTransformation(source.ogr(), target.ogr());
    if (!ct) {
        qCWarning(lcBase) << "no coordinate operation from" << source.name() << "to"
                          << target.name();
        return;
    }
    m_ct.reset(ct);
}

int CoordinateTransform::transform(double *x, double *y, int count) const
{
    if (m_identity)
        return count;
    if (!m_ct) {
        for (int i = 0; i < count; ++i)
            x[i] = y[i] = std::numeric_limits<double>::quiet_NaN();
        return 0;
    }
    std::vector<int> success(size_t(std::max(count, 0)));
    m_ct->Transform(size_t(count), x, y, nullptr, nullptr, success.data());
    int ok = 0;
    for (int i = 0; i < count; ++i) {
        if (success[size_t(i)] && std::isfinite(x[i]) && std::isfinite(y[i])) {
            ++ok;
        } else {
            x[i] = y[i] = std::numeric_limits<double>::quiet_NaN();
        }
    }
    return ok;
}

QPointF CoordinateTransform::transform(const QPointF &point) const
{
    double x = point.x();
    double y = point.y();
    transform(&x, &y, 1);
    return {x, y};
}

QRectF CoordinateTransform::transformBounds(const QRectF &rect) const
{
    if (m_identity || rect.isNull())
        return rect;
    if (!m_ct)
        return {};
    double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
    if (!m_ct->TransformBounds(rect.left(), rect.top(), rect.right(), rect.bottom(), &xmin, &ymin,
                               &xmax, &ymax, 21))
        return {};
    return QRectF(QPointF(xmin, ymin), QPointF(xmax, ymax));
}

QPointF toProjected(const LonLat &position, const Crs &crs)
{
    return CoordinateTransform(Crs::wgs84(), crs).transform(position.toPointF());
}

LonLat toLonLat(const QPointF &point, const Crs &crs)
{
    const QPointF p = CoordinateTransform(crs, Crs::wgs84()).transform(point);
    return {p.x(), p.y()};
}

} // namespace territoire
