#pragma once

#include "export/LayoutPainter.h"
#include "export/PrintLayout.h"
#include "map/MapLayer.h"

#include <QImage>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

namespace territoire {

class Clock;
class JobControl;

// One page per feature of a vector source, the map fitted on it and the title from a field.
struct AtlasOptions
{
    QString source; // file path of the layer's source; empty: no atlas
    QString sublayer; // layer inside a multi-layer source, or empty
    QString titleField;
    double margin = 0.08; // fraction of the feature's size added around it
    bool keepScale = false; // centre on each feature at the layout's scale instead of fitting

    bool isEnabled() const { return !source.isEmpty(); }
};

struct ExportOptions
{
    double dpi = 300; // writer resolution: rasters are drawn at this resolution
    QString badgeText; // drawn prominently on every page (e.g. an exercise replay); empty: none
    bool georeference = true; // add the ISO 32000 geospatial dictionaries
    AtlasOptions atlas;
};

struct ExportResult
{
    bool ok = false;
    bool cancelled = false;
    int pages = 0;
    QString error; // a sentence naming the file and the reason
    QStringList warnings; // layers that failed to draw, etc.
};

// Writes a layout to a vector PDF (QPdfWriter): one page, or one per atlas feature. Layers are
// snapshotted on the thread they live on (blocking briefly on it when exportPdf runs on a
// worker thread) and drawn on the calling thread. Construct it on the layers' thread; the
// export time is read from the clock at construction.
class PdfExporter
{
public:
    PdfExporter(const PrintLayout &layout, const Crs &mapCrs, const QList<MapLayer *> &layers,
                const Clock *clock);
    ~PdfExporter();

    void setOptions(const ExportOptions &options) { m_options = options; }
    const ExportOptions &options() const { return m_options; }

    // Writes the PDF; progress and cancellation through control (may be null). A cancelled or
    // failed export leaves no file behind.
    ExportResult exportPdf(const QString &path, JobControl *control = nullptr);

    // The page as an image (for previews), at a low resolution; call on the layers' thread.
    QImage renderPreview(double dpi) const;

private:
    struct Page
    {
        PrintLayout layout;
        MapFrameSpec spec;
        QPainterPath highlight;
    };
    bool planPages(QList<Page> *pages, QString *error) const;
    PageSnapshot takeSnapshot(const MapFrame &frame) const;
    QList<MapLayer *> liveLayers() const;

    PrintLayout m_layout;
    Crs m_mapCrs;
    QList<QPointer<MapLayer>> m_layers; // layers removed during an export are skipped
    QDateTime m_exportTime;
    std::unique_ptr<QObject> m_home; // lives on the layers' thread: snapshots are taken there
    ExportOptions m_options;
};

} // namespace territoire
