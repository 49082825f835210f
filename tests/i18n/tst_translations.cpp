#include "SharedData.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
};

// Reads a Qt Linguist .ts file with Qt's XML reader.
QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message {context, {}, {}, false};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                current.unfinished = type == QLatin1String("unfinished");
                current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type != QLatin1String("vanished") && type != QLatin1String("obsolete"))
                    messages.append(current);
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFrenchMessageIsTranslated();
    void everySourceStringIsInTheFrenchFile();
    void trContextsMatchRunTime();
    void frenchIsLoaded();
};

void TestTranslations::everyFrenchMessageIsTranslated()
{
    QString error;
    const QList<Message> messages = readTs(QStringLiteral(TERRITOIRE_TS_FR), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    for (const Message &m : messages) {
        if (m.unfinished || m.translation.trimmed().isEmpty())
            missing << m.context + QStringLiteral(": ") + m.source;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 French translations missing:\n").arg(missing.size())
                        + missing.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestTranslations::everySourceStringIsInTheFrenchFile()
{
    // Scan the sources afresh and compare with the committed file: a new tr() string that
    // nobody translated shows up here even if nobody ran lupdate.
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_fr.ts"));
    const QString root = QStringLiteral(TERRITOIRE_SOURCE_DIR);
    QProcess lupdate;
    lupdate.setWorkingDirectory(root);
    lupdate.start(QStringLiteral(TERRITOIRE_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   root + QStringLiteral("/core"), root + QStringLiteral("/ui"),
                   root + QStringLiteral("/app"), QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);

    QString error;
    const QList<Message> scanned = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> translated;
    for (const Message &m : readTs(QStringLiteral(TERRITOIRE_TS_FR), &error)) {
        if (!m.unfinished && !m.translation.trimmed().isEmpty())
            translated.insert(m.context + QLatin1Char('\x1f') + m.source);
    }
    QStringList missing;
    for (const Message &m : scanned) {
        if (!translated.contains(m.context + QLatin1Char('\x1f') + m.source))
            missing << m.context + QStringLiteral(": ") + m.source;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 strings without a French translation "
                                       "(run the update_translations target and translate):\n")
                            .arg(missing.size())
                        + missing.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestTranslations::trContextsMatchRunTime()
{
    // lupdate files a tr() call made outside a Q_OBJECT class (a file-local helper, a plain
    // class) under the enclosing class or namespace, while the call looks the text up under
    // another context at run time: the French text then never shows. lupdate says so with
    // "lacks Q_OBJECT macro"; such code must call QCoreApplication::translate("Context", ...)
    // or declare Q_DECLARE_TR_FUNCTIONS.
    QTemporaryDir dir;
    const QString root = QStringLiteral(TERRITOIRE_SOURCE_DIR);
    QProcess lupdate;
    lupdate.setWorkingDirectory(root);
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(TERRITOIRE_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"),
                   root + QStringLiteral("/core"), root + QStringLiteral("/ui"),
                   root + QStringLiteral("/app"), QStringLiteral("-ts"),
                   dir.filePath(QStringLiteral("scan_fr.ts"))});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QStringList problems;
    for (const QString &line : QString::fromUtf8(lupdate.readAll()).split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("lacks Q_OBJECT macro")))
            problems << line.trimmed();
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("tr() calls whose context differs at run time:\n")
                        + problems.join(QLatin1Char('\n'))));
}

void TestTranslations::frenchIsLoaded()
{
    int argc = 0;
    QCoreApplication *app = QCoreApplication::instance();
    Q_UNUSED(argc);
    QCOMPARE(territoire::installTranslations(*app, QStringLiteral("fr")), QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate("cli", "Commands:"), QStringLiteral("Commandes :"));
    // Strings of non-QObject code, under the contexts their code asks at run time.
    QCOMPARE(QCoreApplication::translate("GaugesUi", "Live feeds"),
             QStringLiteral("Flux en direct"));
    QCOMPARE(QCoreApplication::translate("TmsCapabilities", "it is not a TMS TileMap document."),
             QStringLiteral("ce n’est pas un document TMS TileMap."));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
