#include "offline/PackFormat.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace territoire::pack {

QSqlDatabase openDatabase(const QString &path, bool readOnly, QString *error)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("territoire-pack-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    return db;
}

void closeDatabase(QSqlDatabase &db)
{
    if (!db.isValid())
        return;
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString tableName(const QString &prefix, const QString &hint)
{
    QString t = hint.toLower();
    t.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]+")), QStringLiteral("_"));
    t.replace(QRegularExpression(QStringLiteral("_+")), QStringLiteral("_"));
    if (t.startsWith(QLatin1Char('_')))
        t.remove(0, 1);
    if (t.isEmpty())
        t = QStringLiteral("layer");
    return prefix + t.left(50);
}

} // namespace territoire::pack
