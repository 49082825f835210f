#include "export/MapDrawing.h"

#include "base/Logging.h"
#include "export/LayoutPainter.h"
#include "render/LabelPlacer.h"

#include <QPainter>

namespace territoire {

bool drawMapLayers(QPainter &painter, const MapFrame &frame, PageSnapshot &snapshot,
                   const QPainterPath &highlight, const std::atomic<bool> *cancel, QString *error)
{
    const MapSettings &settings = frame.settings();
    painter.save();
    painter.setClipRect(frame.frameDevice());
    painter.translate(frame.painterOffset());
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    RenderContext context(settings, cancel);
    bool cancelled = false;
    for (PageSnapshot::Layer &layer : snapshot.layers) {
        if (context.isCancelled()) {
            cancelled = true;
            break;
        }
        if (!layer.job)
            continue;
        painter.save();
        painter.setOpacity(layer.opacity);
        const bool ok = layer.job->render(painter, context);
        painter.restore();
        if (!ok && context.isCancelled()) {
            cancelled = true;
            break;
        }
        if (!ok) {
            const QString reason = layer.job->errorString();
            qCWarning(lcExport) << "layer" << layer.name << "failed to draw:" << reason;
            if (error)
                *error += (error->isEmpty() ? QString() : QStringLiteral("\n"))
                    + QStringLiteral("%1: %2").arg(layer.name, reason);
        }
    }
    if (!cancelled) {
        LabelPlacer placer(QSizeF(settings.outputSize()));
        QList<LabelCandidate> labels = context.takeLabels();
        for (LabelCandidate &label : labels)
            label.font = withoutLigatures(label.font);
        placer.placeAndDraw(painter, labels);
        if (!highlight.isEmpty()) {
            QPen pen(QColor(200, 30, 30), 0.8 / 25.4 * settings.outputDpi());
            pen.setJoinStyle(Qt::RoundJoin);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(settings.mapToPixel().map(highlight));
        }
    }
    painter.restore();
    return !cancelled;
}

} // namespace territoire
