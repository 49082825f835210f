#include "layers/GdalSource.h"

#include "base/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_priv.h>

#include <vector>

namespace territoire {

namespace {

// A shapefile is three files; GDAL opens a .shp whose .shx is missing or short and fails later.
QString checkShapefileParts(const QFileInfo &info)
{
    const QString base = info.path() + QLatin1Char('/') + info.completeBaseName();
    const QString suffix = info.suffix();
    const bool upper = suffix == suffix.toUpper();
    auto part = [&](const char *ext) {
        const QString e = QString::fromLatin1(ext);
        return base + QLatin1Char('.') + (upper ? e.toUpper() : e);
    };
    const QFileInfo shx(part("shx"));
    const QFileInfo dbf(part("dbf"));
    if (!shx.exists())
        return QCoreApplication::translate("GdalSource", "the index file %1 is missing")
            .arg(shx.fileName());
    if (!dbf.exists())
        return QCoreApplication::translate("GdalSource", "the attribute file %1 is missing")
            .arg(dbf.fileName());

    // The file length in the 100-byte header (16-bit words, big-endian) must match the file.
    QFile shp(info.absoluteFilePath());
    if (!shp.open(QIODevice::ReadOnly))
        return shp.errorString();
    const QByteArray header = shp.read(100);
    if (header.size() < 100)
        return QCoreApplication::translate(
                   "GdalSource",
                   "the file is truncated (%1 bytes, a shapefile header alone is 100)")
            .arg(info.size());
    const auto *h = reinterpret_cast<const unsigned char *>(header.constData());
    const qint64 declared = 2 * ((qint64(h[24]) << 24) | (h[25] << 16) | (h[26] << 8) | h[27]);
    if (declared > info.size())
        return QCoreApplication::translate("GdalSource",
                                           "the file is truncated (%1 bytes instead of %2)")
            .arg(info.size())
            .arg(declared);
    return {};
}

} // namespace

void GdalDatasetCloser::operator()(GDALDataset *dataset) const
{
    if (dataset)
        GDALClose(GDALDataset::ToHandle(dataset));
}

GdalErrorCapture::GdalErrorCapture()
{
    CPLPushErrorHandlerEx(
        [](CPLErr errorClass, CPLErrorNum number, const char *message) {
            handler(int(errorClass), int(number), message);
        },
        this);
}

GdalErrorCapture::~GdalErrorCapture()
{
    CPLPopErrorHandler();
}

void GdalErrorCapture::handler(int errorClass, int, const char *message)
{
    auto *self = static_cast<GdalErrorCapture *>(CPLGetErrorHandlerUserData());
    if (!self)
        return;
    const QString text = QString::fromUtf8(message).trimmed();
    if (errorClass >= CE_Failure)
        self->m_lastError = text;
    else if (errorClass == CE_Warning && self->m_warnings.size() < 50)
        self->m_warnings.append(text);
}

bool isDatabaseSource(const QString &source)
{
    return source.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive);
}

QString displaySourceName(const QString &source)
{
    if (isDatabaseSource(source)) {
        QString text = source;
        static const QRegularExpression password(QStringLiteral("password\\s*=\\s*('[^']*'|\\S*)"),
                                                 QRegularExpression::CaseInsensitiveOption);
        text.replace(password, QStringLiteral("password=***"));
        return text;
    }
    return QDir::toNativeSeparators(source);
}

GdalDatasetPtr openGdalSource(const QString &source, SourceKind kind, const QString &encoding,
                              QString *error)
{
    const QString name = displaySourceName(source);
    auto fail = [&](const QString &reason) {
        if (error)
            *error
                = QCoreApplication::translate("GdalSource", "Cannot open %1: %2").arg(name, reason);
        return GdalDatasetPtr();
    };

    // 1. Files: existence and obvious damage first, with plain reasons.
    const bool database = isDatabaseSource(source);
    if (!database && !source.startsWith(QLatin1String("/vsi"))) {
        const QFileInfo info(source);
        if (!info.exists())
            return fail(QCoreApplication::translate("GdalSource", "the file does not exist"));
        if (!info.isReadable())
            return fail(QCoreApplication::translate("GdalSource",
                                                    "the file is not readable (permissions)"));
        if (info.isFile() && info.size() == 0)
            return fail(QCoreApplication::translate("GdalSource", "the file is empty"));
        if (info.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) == 0) {
            const QString reason = checkShapefileParts(info);
            if (!reason.isEmpty())
                return fail(reason);
        }
    }

    // 2. Driver-specific open options.
    unsigned flags = GDAL_OF_VERBOSE_ERROR | GDAL_OF_READONLY;
    if (kind == SourceKind::Vector)
        flags |= GDAL_OF_VECTOR;
    else if (kind == SourceKind::Raster)
        flags |= GDAL_OF_RASTER;
    else
        flags |= GDAL_OF_VECTOR | GDAL_OF_RASTER;

    GdalErrorCapture capture;
    const QByteArray path = source.toUtf8();
    GDALDriverH driver = GDALIdentifyDriverEx(path.constData(), flags, nullptr, nullptr);
    const QString driverName
        = driver ? QString::fromUtf8(GDALGetDriverShortName(driver)) : QString();
    std::vector<QByteArray> options;
    if (driverName == QLatin1String("ESRI Shapefile") && !encoding.isEmpty()) {
        // Raw bytes: the TextDecoder applies the user's encoding.
        options.emplace_back("ENCODING=");
    } else if (driverName == QLatin1String("CSV")) {
        options.emplace_back("AUTODETECT_TYPE=YES");
        options.emplace_back("EMPTY_STRING_AS_NULL=YES");
    }
    std::vector<const char *> optionPointers;
    for (const QByteArray &o : options)
        optionPointers.push_back(o.constData());
    optionPointers.push_back(nullptr);

    // 3. Open.
    GDALDataset *dataset
        = GDALDataset::Open(path.constData(), flags, nullptr, optionPointers.data(), nullptr);
    if (!dataset) {
        QString reason = capture.lastError();
        if (reason.isEmpty() && !driver)
            reason = QCoreApplication::translate("GdalSource", "not a format GDAL can read");
        if (reason.isEmpty())
            reason = QCoreApplication::translate("GdalSource", "the %1 driver could not read it")
                         .arg(driverName);
        if (driverName == QLatin1String("GPKG") && !reason.contains(QLatin1String("corrupt")))
            reason
                = QCoreApplication::translate("GdalSource", "corrupt or unreadable GeoPackage (%1)")
                      .arg(reason);
        return fail(reason);
    }
    if (kind == SourceKind::Vector && dataset->GetLayerCount() == 0) {
        GDALClose(GDALDataset::ToHandle(dataset));
        return fail(QCoreApplication::translate("GdalSource", "it holds no vector layer"));
    }
    return GdalDatasetPtr(dataset);
}

} // namespace territoire
