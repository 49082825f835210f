#include "export/PdfExporter.h"

#include "base/Clock.h"
#include "base/JobControl.h"
#include "base/Logging.h"
#include "export/AtlasFeatures.h"
#include "export/PdfGeoreference.h"

#include <QCoreApplication>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QThread>

#include <cmath>

namespace territoire {

namespace {

QPageLayout pageLayoutFor(const PageSetup &page)
{
    const QSizeF size = page.sizeMm();
    QPageSize pageSize(
        QSizeF(std::min(size.width(), size.height()), std::max(size.width(), size.height())),
        QPageSize::Millimeter, QString(), QPageSize::FuzzyMatch);
    const auto orientation
        = size.width() > size.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
    return QPageLayout(pageSize, orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

// Fits a feature's extent with a margin, or centres on it at a fixed scale.
MapFrameSpec atlasSpec(const AtlasFeature &feature, const MapFrameSpec &base,
                       const AtlasOptions &options)
{
    MapFrameSpec spec;
    if (options.keepScale && base.mode == MapFrameSpec::Mode::Scale) {
        spec = base;
        spec.center = feature.extent.center();
        return spec;
    }
    QRectF e = feature.extent;
    const double minSide = 200; // map units around a point or a tiny feature
    if (e.width() < minSide || e.height() < minSide)
        e = QRectF(
            e.center()
                - QPointF(std::max(e.width(), minSide) / 2, std::max(e.height(), minSide) / 2),
            QSizeF(std::max(e.width(), minSide), std::max(e.height(), minSide)));
    const double mx = e.width() * options.margin;
    const double my = e.height() * options.margin;
    spec.mode = MapFrameSpec::Mode::Extent;
    spec.extent = e.adjusted(-mx, -my, mx, my);
    return spec;
}

} // namespace

PdfExporter::PdfExporter(const PrintLayout &layout, const Crs &mapCrs,
                         const QList<MapLayer *> &layers, const Clock *clock)
    : m_layout(layout)
    , m_mapCrs(mapCrs)
    , m_layers(layers.cbegin(), layers.cend())
    , m_exportTime(clock ? clock->now() : QDateTime())
    , m_home(std::make_unique<QObject>())
{ }

PdfExporter::~PdfExporter() = default;

PageSnapshot PdfExporter::takeSnapshot(const MapFrame &frame) const
{
    PageSnapshot snapshot;
    QObject *home = m_home.get();
    auto take = [&] {
        snapshot = PageSnapshot::take(liveLayers(), frame.settings(), frame.scale());
    };
    if (home->thread() == QThread::currentThread())
        take();
    else
        QMetaObject::invokeMethod(home, take, Qt::BlockingQueuedConnection);
    return snapshot;
}

QList<MapLayer *> PdfExporter::liveLayers() const
{
    QList<MapLayer *> layers;
    for (const QPointer<MapLayer> &layer : m_layers) {
        if (layer)
            layers.append(layer.data());
    }
    return layers;
}

bool PdfExporter::planPages(QList<Page> *pages, QString *error) const
{
    if (!m_options.atlas.isEnabled()) {
        pages->append({m_layout, m_layout.map, {}});
        return true;
    }
    const auto features = readAtlasFeatures(m_options.atlas.source, m_options.atlas.sublayer,
                                            m_options.atlas.titleField, m_mapCrs, error);
    if (!features)
        return false;
    if (features->isEmpty()) {
        *error = QCoreApplication::translate("PdfExporter",
                                             "The atlas layer %1 has no feature to print.")
                     .arg(m_options.atlas.source);
        return false;
    }
    for (const AtlasFeature &feature : *features) {
        Page page {m_layout, atlasSpec(feature, m_layout.map, m_options.atlas), feature.outline};
        // The feature names the page; a title of the layout moves to the subtitle.
        LayoutItem *subtitle = page.layout.item(LayoutItem::Type::Subtitle);
        if (subtitle && subtitle->text.isEmpty())
            subtitle->text = m_layout.title();
        page.layout.setTitle(feature.title);
        page.layout.map = page.spec;
        pages->append(page);
    }
    return true;
}

ExportResult PdfExporter::exportPdf(const QString &path, JobControl *control)
{
    ExportResult result;
    const ProgressCallback progress = progressCallback(control);
    if (!m_layout.page.isValid()) {
        result.error = QCoreApplication::translate("PdfExporter",
                                                   "Cannot export %1: the page size is not valid.")
                           .arg(path);
        return result;
    }
    if (!(m_options.dpi >= 36 && m_options.dpi <= 2400)) {
        result.error = QCoreApplication::translate(
                           "PdfExporter",
                           "Cannot export %1: the resolution must be between 36 and 2400 dpi.")
                           .arg(path);
        return result;
    }
    QList<Page> pages;
    if (!planPages(&pages, &result.error))
        return result;

    // Full-page, margin-free pages: painter coordinates are page coordinates.
    QPdfWriter writer(path);
    writer.setResolution(int(std::lround(m_options.dpi)));
    writer.setCreator(QStringLiteral("Territoire"));
    writer.setTitle(pages.first().layout.title());
    writer.setPageLayout(pageLayoutFor(m_layout.page));
    QPainter painter;
    if (!painter.begin(&writer)) {
        result.error = QCoreApplication::translate("PdfExporter",
                                                   "Cannot write %1: the file cannot be created.")
                           .arg(path);
        return result;
    }

    QList<PageGeoreference> georeferences;
    // Drawing polls the control's own flag: a cancel pressed during a long page stops it.
    const std::atomic<bool> neverCancelled {false};
    const std::atomic<bool> *cancelFlag = control ? control->cancelFlag() : &neverCancelled;
    for (int i = 0; i < pages.size(); ++i) {
        const Page &page = pages.at(i);
        if (!progress(double(i) / pages.size(),
                      QCoreApplication::translate("PdfExporter", "Page %1 of %2: %3")
                          .arg(i + 1)
                          .arg(pages.size())
                          .arg(page.layout.title()))) {
            result.cancelled = true;
            break;
        }
        if (i > 0)
            writer.newPage();
        const LayoutPainter layoutPainter(page.layout, writer.resolution());
        const MapFrame frame = layoutPainter.mapFrame(m_mapCrs, page.spec);
        if (!frame.isValid())
            result.warnings.append(
                QCoreApplication::translate("PdfExporter",
                                            "Page %1: the map frame has no valid scale or extent.")
                    .arg(i + 1));
        PageSnapshot snapshot = takeSnapshot(frame);
        const PageDecorations decorations {m_exportTime, m_options.badgeText, page.highlight};
        QString layerErrors;
        if (!layoutPainter.paint(painter, frame, snapshot, decorations, cancelFlag, &layerErrors)) {
            result.cancelled = true;
            break;
        }
        if (!layerErrors.isEmpty())
            result.warnings.append(layerErrors);
        const LayoutItem *mapItem = page.layout.item(LayoutItem::Type::Map);
        if (frame.isValid() && mapItem)
            georeferences.append(PageGeoreference {page.layout.page.sizeMm(), mapItem->rectMm,
                                                   m_mapCrs, frame.frameExtent()});
        else
            georeferences.append(PageGeoreference {page.layout.page.sizeMm(), {}, {}, {}});
        result.pages = i + 1;
    }
    painter.end();

    if (result.cancelled || (control && control->isCancelled())) {
        result.cancelled = true;
        QFile::remove(path);
        return result;
    }
    progress(0.99, QCoreApplication::translate("PdfExporter", "Georeferencing %1").arg(path));
    QString error;
    if (!finishPdf(path, georeferences, m_options.georeference, &error)) {
        qCWarning(lcExport) << error;
        result.warnings.append(error);
    }
    progress(1.0, QCoreApplication::translate("PdfExporter", "Exported %1").arg(path));
    result.ok = true;
    return result;
}

QImage PdfExporter::renderPreview(double dpi) const
{
    const QSizeF sizeMm = m_layout.page.sizeMm();
    QImage image(QSize(int(sizeMm.width() * dpi / 25.4), int(sizeMm.height() * dpi / 25.4)),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    image.fill(Qt::white);
    QPainter painter(&image);
    const LayoutPainter layoutPainter(m_layout, dpi);
    const MapFrame frame = layoutPainter.mapFrame(m_mapCrs, m_layout.map);
    PageSnapshot snapshot = PageSnapshot::take(liveLayers(), frame.settings(), frame.scale());
    const PageDecorations decorations {m_exportTime, m_options.badgeText, {}};
    layoutPainter.paint(painter, frame, snapshot, decorations, nullptr, nullptr);
    return image;
}

} // namespace territoire
