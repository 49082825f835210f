#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class GDALDataset;

namespace territoire {

struct GdalDatasetCloser
{
    void operator()(GDALDataset *dataset) const;
};
// An open GDAL dataset; closes on destruction. Not thread-safe: one per thread.
using GdalDatasetPtr = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

// Collects GDAL/OGR messages raised on the current thread while it lives, instead of printing
// them on stderr. Nested captures are fine.
class GdalErrorCapture
{
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture &) = delete;
    GdalErrorCapture &operator=(const GdalErrorCapture &) = delete;

    // The last error (CE_Failure or worse), or empty.
    QString lastError() const { return m_lastError; }
    QStringList warnings() const { return m_warnings; }

private:
    static void handler(int errorClass, int errorNumber, const char *message);
    QString m_lastError;
    QStringList m_warnings;
};

// What kind of data to open.
enum class SourceKind { Vector, Raster, Any };

// Opens a file, a folder of shapefiles or a "PG:" connection string with the options
// Territoire needs for each driver (CSV coordinates, shapefile encodings). On failure returns
// null and a sentence naming the source and the reason in *error (missing file, unreadable
// format, corrupt GeoPackage, truncated shapefile...).
// encoding: user-chosen text encoding for shapefiles ("CP1252"), or empty.
GdalDatasetPtr openGdalSource(const QString &source, SourceKind kind, const QString &encoding,
                              QString *error);

// The name to show for a source in messages: the native path, or "PG:dbname=..." without
// the password.
QString displaySourceName(const QString &source);

// True when the source is a database connection (not a file).
bool isDatabaseSource(const QString &source);

} // namespace territoire
