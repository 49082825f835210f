#pragma once

#include <QString>
#include <QTemporaryDir>

namespace territoire::test {

// The project the window tests open: the real sample project made by scripts/prepare-sample
// when it exists (TERRITOIRE_SAMPLE_PROJECT, or resources/samples/), otherwise a
// project written into dir with the communes of the Territoire de Belfort. Returns an empty
// string when neither the sample nor the communes file is available.
QString uiTestProject(const QTemporaryDir &dir, QString *communesLayerId);

// A project holding only the communes, for tests that need a known layer list.
QString communesProject(const QTemporaryDir &dir, const QString &fileName = "communes.territoire");

} // namespace territoire::test
