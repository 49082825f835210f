#pragma once

#include <QString>

class QCoreApplication;

namespace territoire {

// Installs the translators for the user's language: the override when given ("fr", "en"),
// otherwise the system locale; French when the locale is French, English otherwise.
// Returns the language code in use.
QString installTranslations(QCoreApplication &app, const QString &languageOverride = {});

} // namespace territoire
