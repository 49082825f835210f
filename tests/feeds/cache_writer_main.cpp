// Child process for test_feeds_cache: writes batches of 100 observations into a cache file in an
// endless loop and prints "committed <total>" after each commit, until it is killed.
#include "feeds/ObservationCache.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    territoire::ObservationCache cache(QString::fromLocal8Bit(argv[1]));
    QString error;
    if (!cache.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QDateTime start
        = QDateTime::fromString(QStringLiteral("2025-01-01T00:00:00Z"), Qt::ISODate);
    qint64 total = cache.count();
    for (qint64 batch = 0;; ++batch) {
        territoire::ObservationList list;
        for (int i = 0; i < 100; ++i) {
            const qint64 n = total + i;
            list.append({QStringLiteral("crash"),
                         QStringLiteral("S%1").arg(n % 7),
                         QStringLiteral("H"),
                         start.addSecs(n * 60),
                         double(n) / 1000.0,
                         {}});
        }
        if (cache.store(list, &error) != 100) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        total += 100;
        std::printf("committed %lld\n", static_cast<long long>(total));
        std::fflush(stdout);
    }
}
