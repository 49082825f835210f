#pragma once

#include <QImage>
#include <QString>

namespace territoire::test {

// Compares a rendered image against a control PNG in tests/render/control/ with a tolerance:
// a pixel differs when any channel differs by more than channelTolerance (0-255); the check
// fails when more than maxDifferentRatio of the pixels differ or the sizes differ. On failure
// the actual image and a diff image (differing pixels in red) are saved under
// <build>/test-output/render/ and *message says where. With TERRITOIRE_UPDATE_CONTROL=1 in the
// environment the control image is (re)written instead and the check passes.
bool matchesControl(const QImage &actual, const QString &controlName, QString *message,
                    int channelTolerance = 24, double maxDifferentRatio = 0.002);

} // namespace territoire::test
