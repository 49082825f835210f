#include "ImageCheck.h"

#include <QDir>

#include <algorithm>
#include <cstdlib>

namespace territoire::test {

bool matchesControl(const QImage &rendered, const QString &controlName, QString *message,
                    int channelTolerance, double maxDifferentRatio)
{
    const QString controlDir = QStringLiteral(TERRITOIRE_SOURCE_DIR "/tests/render/control");
    const QString controlPath
        = controlDir + QLatin1Char('/') + controlName + QStringLiteral(".png");
    QImage actual = rendered.convertToFormat(QImage::Format_ARGB32);
    actual.setDevicePixelRatio(1.0);

    if (qEnvironmentVariableIntValue("TERRITOIRE_UPDATE_CONTROL") == 1) {
        QDir().mkpath(controlDir);
        const bool ok = actual.save(controlPath, "PNG", 9);
        *message = QStringLiteral("control image written to %1").arg(controlPath);
        return ok;
    }

    const QImage control = QImage(controlPath).convertToFormat(QImage::Format_ARGB32);
    const QString outDir = QStringLiteral(TERRITOIRE_BINARY_DIR "/test-output/render");
    QDir().mkpath(outDir);
    const QString actualPath = outDir + QLatin1Char('/') + controlName + QStringLiteral(".png");
    const QString diffPath = outDir + QLatin1Char('/') + controlName + QStringLiteral("-diff.png");
    if (control.isNull()) {
        actual.save(actualPath);
        *message = QStringLiteral("control image %1 missing; actual saved to %2")
                       .arg(controlPath, actualPath);
        return false;
    }
    if (control.size() != actual.size()) {
        actual.save(actualPath);
        *message = QStringLiteral("size %1x%2 differs from control %3x%4; actual saved to %5")
                       .arg(actual.width())
                       .arg(actual.height())
                       .arg(control.width())
                       .arg(control.height())
                       .arg(actualPath);
        return false;
    }

    QImage diff(actual.size(), QImage::Format_ARGB32);
    diff.fill(Qt::white);
    qint64 different = 0;
    int worst = 0;
    for (int y = 0; y < actual.height(); ++y) {
        const QRgb *a = reinterpret_cast<const QRgb *>(actual.constScanLine(y));
        const QRgb *c = reinterpret_cast<const QRgb *>(control.constScanLine(y));
        QRgb *d = reinterpret_cast<QRgb *>(diff.scanLine(y));
        for (int x = 0; x < actual.width(); ++x) {
            const int delta = std::max(
                {std::abs(qRed(a[x]) - qRed(c[x])), std::abs(qGreen(a[x]) - qGreen(c[x])),
                 std::abs(qBlue(a[x]) - qBlue(c[x])), std::abs(qAlpha(a[x]) - qAlpha(c[x]))});
            worst = std::max(worst, delta);
            if (delta > channelTolerance) {
                ++different;
                d[x] = qRgb(255, 0, 0);
            } else {
                const int g = 200 + qGray(c[x]) / 5; // faint copy of the control
                d[x] = qRgb(g, g, g);
            }
        }
    }
    const double ratio = double(different) / (double(actual.width()) * actual.height());
    if (ratio <= maxDifferentRatio) {
        *message = QStringLiteral("%1 pixels differ (%2%), worst channel delta %3")
                       .arg(different)
                       .arg(ratio * 100, 0, 'f', 3)
                       .arg(worst);
        return true;
    }
    actual.save(actualPath);
    diff.save(diffPath);
    *message = QStringLiteral("%1 pixels differ (%2% > %3%), worst channel delta %4; actual: %5, "
                              "diff: %6")
                   .arg(different)
                   .arg(ratio * 100, 0, 'f', 3)
                   .arg(maxDifferentRatio * 100, 0, 'f', 3)
                   .arg(worst)
                   .arg(actualPath, diffPath);
    return false;
}

} // namespace territoire::test
