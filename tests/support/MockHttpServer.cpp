#include "MockHttpServer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

namespace territoire::test {

MockHttpServer::MockHttpServer() = default;

MockHttpServer::~MockHttpServer()
{
    stop();
}

QString MockHttpServer::pythonExecutable()
{
    for (const char *name : {"python3", "python"}) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty())
            return path;
    }
    return {};
}

QString MockHttpServer::scriptPath()
{
    return QStringLiteral(TERRITOIRE_SOURCE_DIR "/tests/support/mock_http_server.py");
}

bool MockHttpServer::start(const QJsonObject &routes, QString *error, const QString &tlsCert,
                           const QString &tlsKey)
{
    if (!m_dir.isValid()) {
        if (error)
            *error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    const QString path = m_dir.filePath(QStringLiteral("routes.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(routes).toJson());
    file.close();
    return start(path, error, tlsCert, tlsKey);
}

bool MockHttpServer::start(const QString &routeFile, QString *error, const QString &tlsCert,
                           const QString &tlsKey)
{
    stop();
    const QString python = pythonExecutable();
    if (python.isEmpty()) {
        if (error)
            *error = QStringLiteral("python3 not found in PATH");
        return false;
    }
    m_logPath = m_dir.filePath(QStringLiteral("requests.log"));
    QFile::remove(m_logPath);
    QStringList args {scriptPath(), QStringLiteral("--routes"), routeFile, QStringLiteral("--log"),
                      m_logPath};
    if (!tlsCert.isEmpty())
        args << QStringLiteral("--tls-cert") << tlsCert << QStringLiteral("--tls-key") << tlsKey;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(python, args);
    if (!m_process.waitForStarted(10000)) {
        if (error)
            *error = QStringLiteral("cannot start %1: %2").arg(python, m_process.errorString());
        return false;
    }
    QByteArray line;
    while (!line.contains('\n')) {
        if (!m_process.waitForReadyRead(15000)) {
            if (error)
                *error = QStringLiteral("mock server did not start: %1")
                             .arg(QString::fromUtf8(m_process.readAllStandardError()));
            stop();
            return false;
        }
        line += m_process.readAllStandardOutput();
    }
    const QJsonObject ready = QJsonDocument::fromJson(line.left(line.indexOf('\n'))).object();
    m_port = ready.value(QLatin1String("port")).toInt();
    m_tlsPort = ready.value(QLatin1String("tls_port")).toInt();
    if (m_port <= 0) {
        if (error)
            *error = QStringLiteral("mock server answered: %1").arg(QString::fromUtf8(line));
        stop();
        return false;
    }
    return true;
}

void MockHttpServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel(); // the server stops when its stdin closes
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    m_port = 0;
    m_tlsPort = 0;
}

QUrl MockHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QUrl MockHttpServer::tlsBaseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_tlsPort));
}

QList<MockHttpServer::Request> MockHttpServer::requests() const
{
    QList<Request> result;
    QFile file(m_logPath);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue;
        Request r;
        r.method = o.value(QLatin1String("method")).toString();
        r.target = o.value(QLatin1String("target")).toString();
        r.host = o.value(QLatin1String("host")).toString();
        r.tls = o.value(QLatin1String("tls")).toBool();
        r.status = o.value(QLatin1String("status")).toInt();
        result.append(r);
    }
    return result;
}

QStringList MockHttpServer::targets() const
{
    QStringList result;
    for (const Request &r : requests())
        result.append(r.target);
    return result;
}

void MockHttpServer::clearLog()
{
    QFile::remove(m_logPath);
}

bool MockHttpServer::makeSelfSignedCertificate(const QString &directory, const QString &commonName,
                                               bool forLoopback, QString *certPath,
                                               QString *keyPath, QString *error)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        if (error)
            *error = QStringLiteral("openssl not found in PATH");
        return false;
    }
    const QString base = QDir(directory).filePath(commonName);
    const QString cert = base + QStringLiteral(".crt");
    const QString key = base + QStringLiteral(".key");
    QStringList args {QStringLiteral("req"),
                      QStringLiteral("-x509"),
                      QStringLiteral("-newkey"),
                      QStringLiteral("rsa:2048"),
                      QStringLiteral("-nodes"),
                      QStringLiteral("-keyout"),
                      key,
                      QStringLiteral("-out"),
                      cert,
                      QStringLiteral("-days"),
                      QStringLiteral("2"),
                      QStringLiteral("-subj"),
                      QStringLiteral("/CN=") + commonName};
    if (forLoopback)
        args << QStringLiteral("-addext")
             << QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost");
    QProcess process;
    process.start(openssl, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("openssl failed: %1")
                         .arg(QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    if (certPath)
        *certPath = cert;
    if (keyPath)
        *keyPath = key;
    return true;
}

} // namespace territoire::test
