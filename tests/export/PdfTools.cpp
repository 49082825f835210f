#include "PdfTools.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

namespace territoire::test {

QString runTool(const QString &program, const QStringList &arguments, bool *ok)
{
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(300000);
    if (ok)
        *ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return QString::fromUtf8(process.readAllStandardOutput());
}

QImage rasterisePage(const QString &pdf, double dpi, int page, const QRect &crop)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    QStringList arguments {QStringLiteral("-r"),          QString::number(dpi),
                           QStringLiteral("-f"),          QString::number(page),
                           QStringLiteral("-l"),          QString::number(page),
                           QStringLiteral("-singlefile"), QStringLiteral("-png")};
    if (!crop.isEmpty())
        arguments << QStringLiteral("-x") << QString::number(crop.x()) << QStringLiteral("-y")
                  << QString::number(crop.y()) << QStringLiteral("-W")
                  << QString::number(crop.width()) << QStringLiteral("-H")
                  << QString::number(crop.height());
    bool ok = false;
    runTool(QStringLiteral("pdftoppm"), arguments << pdf << prefix, &ok);
    if (!ok)
        return {};
    return QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
}

QJsonObject gdalInfo(const QString &path)
{
    bool ok = false;
    const QString text = runTool(QStringLiteral("gdalinfo"), {QStringLiteral("-json"), path}, &ok);
    return ok ? QJsonDocument::fromJson(text.toUtf8()).object() : QJsonObject();
}

namespace {

template<typename Visit>
void forRuns(const QImage &image, int index, bool row, bool (*match)(QRgb), Visit visit)
{
    const int n = row ? image.width() : image.height();
    int start = -1;
    for (int i = 0; i <= n; ++i) {
        const bool on = i < n && match(row ? image.pixel(i, index) : image.pixel(index, i));
        if (on && start < 0)
            start = i;
        if (!on && start >= 0) {
            visit(start, i);
            start = -1;
        }
    }
}

} // namespace

QList<double> runCentres(const QImage &image, int index, bool row, bool (*match)(QRgb))
{
    QList<double> centres;
    forRuns(image, index, row, match,
            [&](int start, int end) { centres.append((start + end) / 2.0); });
    return centres;
}

QList<int> runLengths(const QImage &image, int index, bool row, bool (*match)(QRgb))
{
    QList<int> lengths;
    forRuns(image, index, row, match, [&](int start, int end) { lengths.append(end - start); });
    return lengths;
}

} // namespace territoire::test
