#include "export/ExportUi.h"

#include "common/AppContext.h"
#include "export/ExportDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>

namespace territoire {

void installExportUi(AppContext &context)
{
    QMenu *file = context.menu(QStringLiteral("file"));
    if (!file)
        return;
    QAction *action
        = file->addAction(QCoreApplication::translate("ExportUi", "Export map as &PDF…"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    QObject::connect(action, &QAction::triggered, &context, [&context] {
        ExportDialog dialog(context, context.mainWindow());
        dialog.exec();
    });
}

} // namespace territoire
