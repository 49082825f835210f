#pragma once

#include <QFileInfo>
#include <QString>
#include <QTest>

namespace territoire::test {

// Absolute path of a file under ../shared (e.g. "data/osm-paris10-gare-du-nord/x.osm" or
// "cases/dbf-encoding-accents/lieux_utf8_cpg.shp"). TERRITOIRE_SHARED_DIR in the environment
// overrides the build-time location.
QString sharedPath(const QString &relative);
// True when running under CI (CI=true): missing data must then fail, never skip.
bool underCi();

} // namespace territoire::test

// Declares `var` as the absolute path of a shared file; when it is missing, fails under CI and
// skips with the reason elsewhere. Use at the start of a test function.
#define TERRITOIRE_SHARED_FILE(var, relative)                                                      \
    const QString var = territoire::test::sharedPath(QStringLiteral(relative));                    \
    do {                                                                                           \
        if (!QFileInfo::exists(var)) {                                                             \
            const QByteArray why = QByteArray("shared data missing: ") + var.toUtf8();             \
            if (territoire::test::underCi())                                                       \
                QFAIL(why.constData());                                                            \
            QSKIP(why.constData());                                                                \
        }                                                                                          \
    } while (false)

// Skips the test with the reason when `condition` (a tool or service the test needs) does not
// hold; under CI it fails instead, so that a missing install step can never pass unnoticed.
#define TERRITOIRE_REQUIRE(condition, why)                                                         \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            if (territoire::test::underCi())                                                       \
                QFAIL(why);                                                                        \
            QSKIP(why);                                                                            \
        }                                                                                          \
    } while (false)
