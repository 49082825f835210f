#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace territoire::test {

// Runs tests/support/mock_http_server.py on 127.0.0.1 with free ports chosen by the system, for
// the duration of a test. Routes are given as a JSON route file (format documented at the top
// of mock_http_server.py) or as a QJsonObject written to a temporary file. Optionally serves
// HTTPS too, with a certificate made by makeSelfSignedCertificate(). Stopped by stop() or the
// destructor. Everything stays on loopback.
class MockHttpServer
{
public:
    MockHttpServer();
    ~MockHttpServer();
    MockHttpServer(const MockHttpServer &) = delete;
    MockHttpServer &operator=(const MockHttpServer &) = delete;

    // Starts the server; returns false with the reason in *error (python3 missing, bad routes).
    bool start(const QString &routeFile, QString *error = nullptr, const QString &tlsCert = {},
               const QString &tlsKey = {});
    bool start(const QJsonObject &routes, QString *error = nullptr, const QString &tlsCert = {},
               const QString &tlsKey = {});
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running && m_port > 0; }

    int port() const { return m_port; }
    int tlsPort() const { return m_tlsPort; }
    // "http://127.0.0.1:PORT" and "https://127.0.0.1:TLS_PORT".
    QUrl baseUrl() const;
    QUrl tlsBaseUrl() const;

    struct Request
    {
        QString method;
        QString target; // raw request target, still percent-encoded
        QString host;
        bool tls = false;
        int status = 0;
    };
    // Requests received so far, in order.
    QList<Request> requests() const;
    // Just the targets, in order.
    QStringList targets() const;
    void clearLog();

    // The python3 executable, or empty when not found.
    static QString pythonExecutable();
    // Path of mock_http_server.py in the source tree.
    static QString scriptPath();
    // Makes a throw-away self-signed certificate and key with openssl in `directory`. With
    // forLoopback, the certificate names 127.0.0.1 and localhost (subjectAltName) so that a
    // client trusting it can connect; otherwise only CN=commonName (a name mismatch on
    // 127.0.0.1). Returns false with the reason in *error.
    static bool makeSelfSignedCertificate(const QString &directory, const QString &commonName,
                                          bool forLoopback, QString *certPath, QString *keyPath,
                                          QString *error = nullptr);

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_logPath;
    int m_port = 0;
    int m_tlsPort = 0;
};

} // namespace territoire::test
