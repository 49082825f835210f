#pragma once

#include "export/PdfExporter.h"

class QWidget;

namespace territoire {

class AppContext;

// Exports on a worker thread with a progress dialog that can cancel; reports the outcome in
// the status bar or as an error. Returns at once.
void runExport(AppContext &context, const PrintLayout &layout, const ExportOptions &options,
               const QString &path, QWidget *parent);

} // namespace territoire
