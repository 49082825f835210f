#include "Translations.h"

#include <QApplication>
#include <QLabel>

#include <gdal.h>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("territoire"));
    QApplication::setOrganizationName(QStringLiteral("Territoire"));
    territoire::installTranslations(app);
    GDALAllRegister();
    QLabel placeholder(QObject::tr("Territoire"));
    placeholder.show();
    return app.exec();
}
