#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace territoire {

QString installTranslations(QCoreApplication &app, const QString &languageOverride)
{
    QString language = languageOverride;
    if (language.isEmpty())
        language
            = QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");

    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/territoire_%1.qm").arg(language)))
        QCoreApplication::installTranslator(ours);

    // Qt's own dialogs (file dialog buttons, message boxes).
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace territoire
