#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>

namespace territoire::test {

// The local tile server of the offline tests (tile_server.py on loopback): started by the
// test, stopped in the destructor. Every request it receives is recorded.
class TileServer : public QObject
{
    Q_OBJECT
public:
    explicit TileServer(QObject *parent = nullptr);
    ~TileServer() override;

    // Starts the server; false with the reason in *error.
    bool start(QString *error);
    int port() const { return m_port; }
    QString xyzTemplate() const; // http://127.0.0.1:PORT/tiles/${z}/${x}/${y}.png
    QString wmtsUrl() const; // http://127.0.0.1:PORT/wmts?

    // Request paths received so far (reads what the server printed).
    QStringList requests();
    int requestCount() { return int(requests().size()); }
    void clearRequests();

private:
    void readOutput();

    QProcess m_process;
    int m_port = 0;
    QByteArray m_buffer;
    QStringList m_requests;
};

} // namespace territoire::test
