#pragma once

#include <QPointer>
#include <QWidget>

class QTableWidget;

namespace territoire {

class FeedEngine;

// Every feed of the engine with its state (ok, late, failing with the reason, offline), last
// success and next poll, and a manual refresh. Times are shown in Europe/Paris.
class FeedPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FeedPanel(FeedEngine *engine, QWidget *parent = nullptr);
    void refreshView();

private:
    QPointer<FeedEngine> m_engine; // the window stops the engine before its panels go
    QTableWidget *m_table;
};

} // namespace territoire
