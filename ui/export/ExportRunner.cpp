#include "export/ExportRunner.h"

#include "base/JobControl.h"
#include "common/AppContext.h"

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>

#include <memory>

namespace territoire {

void runExport(AppContext &context, const PrintLayout &layout, const ExportOptions &options,
               const QString &path, QWidget *parent)
{
    // The exporter snapshots layers on this thread (it blocks briefly on it per page) and draws
    // on the worker.
    auto exporter = std::make_shared<PdfExporter>(layout, context.mapSettings().crs(),
                                                  context.layers(), context.clock());
    exporter->setOptions(options);
    auto control = std::make_shared<JobControl>();

    auto *progress = new QProgressDialog(
        QCoreApplication::translate("ExportRunner", "Exporting %1…").arg(path),
        QCoreApplication::translate("ExportRunner", "Cancel"), 0, 1000, parent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(progress, &QProgressDialog::canceled, progress,
                     [control] { control->cancel(); });
    QObject::connect(
        control.get(), &JobControl::progressChanged, progress,
        [progress](double fraction, const QString &step) {
            progress->setValue(int(fraction * 1000));
            progress->setLabelText(step);
        },
        Qt::QueuedConnection);

    auto *watcher = new QFutureWatcher<ExportResult>(&context);
    QObject::connect(
        watcher, &QFutureWatcher<ExportResult>::finished, &context,
        [watcher, progress, &context, path, control, exporter] {
            const ExportResult result = watcher->result();
            watcher->deleteLater();
            progress->close();
            if (result.cancelled)
                context.showMessage(
                    QCoreApplication::translate("ExportRunner", "PDF export cancelled."));
            else if (!result.ok)
                context.reportError(result.error);
            else
                context.showMessage(QCoreApplication::translate("ExportRunner",
                                                                "Map exported to %1 (%n page(s)).",
                                                                nullptr, result.pages)
                                        .arg(path));
            for (const QString &warning : result.warnings)
                context.reportError(warning);
        });
    watcher->setFuture(QtConcurrent::run(
        [exporter, control, path] { return exporter->exportPdf(path, control.get()); }));
}

} // namespace territoire
