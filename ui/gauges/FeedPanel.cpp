#include "FeedPanel.h"

#include "base/Clock.h"
#include "feeds/FeedEngine.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace territoire {

namespace {

QString local(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("—");
    return t.toTimeZone(QTimeZone("Europe/Paris")).toString(QStringLiteral("dd/MM HH:mm:ss"));
}

} // namespace

FeedPanel::FeedPanel(FeedEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_table(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Feed"), tr("State"), tr("Last success"), tr("Next poll"), tr("Reason")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table);
    auto *refresh = new QPushButton(tr("Refresh now"), this);
    layout->addWidget(refresh);
    connect(refresh, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!m_engine)
            return;
        if (rows.isEmpty())
            m_engine->refreshAll();
        for (const QModelIndex &row : rows)
            m_engine->refresh(m_table->item(row.row(), 0)->data(Qt::UserRole).toString());
    });
    connect(engine, &FeedEngine::statusChanged, this, &FeedPanel::refreshView);
    connect(engine, &FeedEngine::offlineChanged, this, &FeedPanel::refreshView);
    if (Clock *clock = engine->clock())
        connect(clock, &Clock::ticked, this, &FeedPanel::refreshView);
    refreshView();
}

void FeedPanel::refreshView()
{
    if (!m_engine)
        return;
    const QList<FeedStatus> statuses = m_engine->statuses();
    m_table->setRowCount(statuses.size());
    for (int i = 0; i < statuses.size(); ++i) {
        const FeedStatus &s = statuses.at(i);
        auto *name = new QTableWidgetItem(s.displayName);
        name->setData(Qt::UserRole, s.feedId);
        m_table->setItem(i, 0, name);
        auto *state
            = new QTableWidgetItem(s.polling ? tr("Polling…") : FeedStatus::stateText(s.state));
        const QColor colors[] = {Qt::gray, QColor(0x27, 0xae, 0x60), QColor(0xe6, 0x7e, 0x22),
                                 QColor(0xc0, 0x39, 0x2b), Qt::darkGray};
        state->setForeground(colors[s.state]);
        m_table->setItem(i, 1, state);
        m_table->setItem(i, 2, new QTableWidgetItem(local(s.lastSuccess)));
        m_table->setItem(i, 3, new QTableWidgetItem(local(s.nextPoll)));
        m_table->setItem(i, 4, new QTableWidgetItem(s.reason));
    }
}

} // namespace territoire
