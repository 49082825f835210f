#include "TileServer.h"

#include <QDeadlineTimer>
#include <QThread>

#ifndef TERRITOIRE_TILE_SERVER_SCRIPT
#error "TERRITOIRE_TILE_SERVER_SCRIPT must be defined"
#endif

namespace territoire::test {

TileServer::TileServer(QObject *parent)
    : QObject(parent)
{ }

TileServer::~TileServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool TileServer::start(QString *error)
{
    m_process.setProgram(QStringLiteral("python3"));
    m_process.setArguments({QStringLiteral("-u"), QStringLiteral(TERRITOIRE_TILE_SERVER_SCRIPT)});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Drained whenever the event loop runs: a full pipe would stall the server.
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &TileServer::readOutput,
            Qt::UniqueConnection);
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("cannot start python3: %1").arg(m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(10000);
    while (m_port == 0 && !deadline.hasExpired()) {
        m_process.waitForReadyRead(200);
        readOutput();
    }
    if (m_port == 0) {
        *error = QStringLiteral("tile server did not report its port");
        return false;
    }
    return true;
}

QString TileServer::xyzTemplate() const
{
    return QStringLiteral("http://127.0.0.1:%1/tiles/${z}/${x}/${y}.png").arg(m_port);
}

QString TileServer::wmtsUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/wmts?").arg(m_port);
}

void TileServer::readOutput()
{
    m_buffer += m_process.readAllStandardOutput();
    int nl;
    while ((nl = m_buffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_buffer.left(nl)).trimmed();
        m_buffer.remove(0, nl + 1);
        if (line.startsWith(QLatin1String("PORT ")))
            m_port = line.mid(5).toInt();
        else if (line.startsWith(QLatin1String("REQUEST ")))
            m_requests.append(line.mid(8));
    }
}

QStringList TileServer::requests()
{
    // Lines may still be in the pipe: give the server a moment to flush them.
    for (int i = 0; i < 5; ++i) {
        m_process.waitForReadyRead(20);
        readOutput();
    }
    return m_requests;
}

void TileServer::clearRequests()
{
    requests();
    m_requests.clear();
}

} // namespace territoire::test
